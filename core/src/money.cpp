#include "loansim/money.hpp"

#include <cmath>
#include <cstdlib>

#include "loansim/decimal.hpp"

namespace loansim {
namespace {

void require_same_currency(Money a, Money b) {
  if (a.currency() != b.currency()) {
    fail(ErrorCode::InvalidValue, "",
         "cannot combine " + std::string(code(a.currency())) + " with " + std::string(code(b.currency())));
  }
}

[[noreturn]] void overflow() { fail(ErrorCode::Overflow, "", "amount exceeds the representable range"); }

}  // namespace

Money& Money::operator+=(Money other) {
  require_same_currency(*this, other);
  if (__builtin_add_overflow(minor_, other.minor_, &minor_)) overflow();
  return *this;
}

Money& Money::operator-=(Money other) {
  require_same_currency(*this, other);
  if (__builtin_sub_overflow(minor_, other.minor_, &minor_)) overflow();
  return *this;
}

Money Money::operator-() const {
  if (minor_ == INT64_MIN) overflow();
  return {-minor_, currency_};
}

Money Money::times(std::int64_t factor) const {
  std::int64_t result = 0;
  if (__builtin_mul_overflow(minor_, factor, &result)) overflow();
  return {result, currency_};
}

Money Money::scaled(double factor, Rounding mode) const {
  return {round_product(minor_, factor, mode), currency_};
}

std::strong_ordering operator<=>(Money a, Money b) {
  require_same_currency(a, b);
  return a.minor() <=> b.minor();
}

double to_major(Money amount) noexcept {
  // One correctly rounded division: 88849 / 100.0 is the double nearest to 888.49.
  return static_cast<double>(amount.minor()) / static_cast<double>(minor_per_major(amount.currency()));
}

Money parse_money(std::string_view text, Currency currency, std::string_view field) {
  return {rescale_exact(parse_decimal(text, field), exponent(currency), field), currency};
}

Money money_from_major(double major_units, Currency currency, std::string_view field) {
  if (const auto money = money_in_one_step(major_units, currency)) return *money;
  return {rescale_exact(decimal_from_double(major_units, field), exponent(currency), field), currency};
}

std::optional<Money> money_in_one_step(double major_units, Currency currency) noexcept {
  const auto per_major = static_cast<double>(minor_per_major(currency));
  const double minor = std::nearbyint(major_units * per_major);
  if (!(std::fabs(minor) < 0x1p52 && minor / per_major == major_units)) return std::nullopt;
  return Money(static_cast<std::int64_t>(minor), currency);
}

Money multiply(Money amount, Decimal factor, Rounding mode) {
  if (factor.scale > 18) fail(ErrorCode::InvalidValue, "", "factor has more than 18 decimals");
  Int128 product = static_cast<Int128>(amount.minor()) * factor.digits;  // < 2^63 · 10^18: exact
  std::int64_t divisor = 1;
  for (int i = 0; i < factor.scale; ++i) divisor *= 10;  // scale ≤ 18: 10^18 fits int64
  for (int i = 0; i > factor.scale; --i) {
    if (product > (Int128{1} << 100) || product < -(Int128{1} << 100)) overflow();
    product *= 10;
  }
  return {round_div(product, divisor, mode), amount.currency()};
}

Money percent_of(Money amount, double pct, Rounding mode) {
  Decimal factor = decimal_from_double(pct, "");
  factor.scale += 2;
  return multiply(amount, factor, mode);
}

std::string to_string(Money amount) {
  const std::int64_t per_major = minor_per_major(amount.currency());
  const std::uint64_t magnitude =
      amount.minor() < 0 ? 0ULL - static_cast<std::uint64_t>(amount.minor()) : static_cast<std::uint64_t>(amount.minor());
  // Built with append: GCC 12 reports a false -Wrestrict on chained operator+ here.
  std::string text;
  if (amount.minor() < 0) text.push_back('-');
  text.append(std::to_string(magnitude / per_major));
  if (per_major > 1) {
    const std::string fraction = std::to_string(magnitude % per_major);
    text.push_back('.');
    text.append(static_cast<std::size_t>(exponent(amount.currency())) - fraction.size(), '0');
    text.append(fraction);
  }
  text.push_back(' ');
  text.append(code(amount.currency()));
  return text;
}

}  // namespace loansim
