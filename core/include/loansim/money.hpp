// Money: an exact integer count of a currency's minor units. Never a binary float.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "loansim/currency.hpp"
#include "loansim/decimal.hpp"
#include "loansim/error.hpp"
#include "loansim/rounding.hpp"

namespace loansim {

// Largest amount any input may carry, in major units (10^13: far beyond any loan, and still
// exact in int64 minor units with room for sums and products of rates).
inline constexpr std::int64_t kMaxAmountMajorUnits = 10'000'000'000'000;

class Money {
 public:
  constexpr Money() = default;
  constexpr Money(std::int64_t minor_units, Currency currency) : minor_(minor_units), currency_(currency) {}

  [[nodiscard]] constexpr std::int64_t minor() const noexcept { return minor_; }
  [[nodiscard]] constexpr Currency currency() const noexcept { return currency_; }
  [[nodiscard]] constexpr bool is_zero() const noexcept { return minor_ == 0; }
  [[nodiscard]] constexpr bool is_negative() const noexcept { return minor_ < 0; }

  // Checked arithmetic: overflow and mixing currencies throw, they never wrap or convert.
  Money& operator+=(Money other);
  Money& operator-=(Money other);
  [[nodiscard]] friend Money operator+(Money a, Money b) { return a += b; }
  [[nodiscard]] friend Money operator-(Money a, Money b) { return a -= b; }
  [[nodiscard]] Money operator-() const;
  [[nodiscard]] Money times(std::int64_t factor) const;

  // This amount times a real factor (a rate, a ratio), rounded to whole minor units (exactly: round_product).
  [[nodiscard]] Money scaled(double factor, Rounding mode) const;

  friend constexpr bool operator==(Money, Money) = default;
  // Ordering is only meaningful within one currency; compare_same throws across currencies.
  friend std::strong_ordering operator<=>(Money a, Money b);

 private:
  std::int64_t minor_ = 0;
  Currency currency_ = Currency::USD;
};

// The amount in major units as the nearest double (888.49), for JSON output and display only.
[[nodiscard]] double to_major(Money amount) noexcept;

// Exact conversion of decimal text in major units ("888.49", "-12", "1000000.5") to Money.
// More decimals than the currency carries is an error, not a silent rounding.
[[nodiscard]] Money parse_money(std::string_view text, Currency currency, std::string_view field);

// A JSON number in major units to Money, exactly as written: the double is turned back into its
// shortest decimal text (the digits the sender wrote) and that text is parsed exactly.
[[nodiscard]] Money money_from_major(double major_units, Currency currency, std::string_view field);
// The same in one step when a whole number of minor units reads back as `major_units` (below 2^52
// minor units no other whole number does, so it is what money_from_major returns); nullopt when
// only the exact decimal can tell, or when money_from_major throws.
[[nodiscard]] std::optional<Money> money_in_one_step(double major_units, Currency currency) noexcept;

// `amount` × `factor` rounded once by `mode`, exactly: a factor written in decimal (35 % is
// 35 × 10^-2) scales without the binary neighbour (0.34999…) a double factor would carry.
// Throws Error{Overflow} beyond the int64 range.
[[nodiscard]] Money multiply(Money amount, Decimal factor, Rounding mode);

// `amount` × `pct` %, with the percentage taken as the decimal it was written as (a JSON "35" is
// exactly 35 %): multiply() by the shortest decimal that reads back as `pct`.
[[nodiscard]] Money percent_of(Money amount, double pct, Rounding mode);

// "888.49 USD", for messages and debugging.
[[nodiscard]] std::string to_string(Money amount);

}  // namespace loansim
