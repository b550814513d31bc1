// Numbers as partners' systems write them in text fields: decimal commas ("8,3"), percentages
// ("174,48%"), thousands groups and currency tokens ("Rp 5.934.041"), Indonesian multipliers
// ("2 jt") and ranges ("100000-200000", "5 s/d 7 juta"). These read untrusted payloads (they are
// fuzz targets): every parser is bounded by kMaxNumberTextBytes and throws
// Error{InvalidValue|OutOfRange, field} for anything it cannot read unambiguously.
#pragma once

#include <cstddef>
#include <string_view>

#include "loansim/currency.hpp"
#include "loansim/decimal.hpp"
#include "loansim/money.hpp"

namespace loansim {

inline constexpr std::size_t kMaxNumberTextBytes = 64;

// True for text that means "no value" rather than zero: blank, "-", "n/a", "null".
[[nodiscard]] bool is_missing_number_text(std::string_view text) noexcept;

// A count, rate or ratio: "31", "8,3", "17.8", "-2,5". A lone '.' or ',' is the decimal point;
// with both, the last one is ("1.234,5" and "1,234.5" are 1234.5) and the other groups thousands.
[[nodiscard]] Decimal parse_text_quantity(std::string_view text, std::string_view field);

// A percentage in percent units: "174,48%" → 174.48 (the '%' may be left out).
[[nodiscard]] Decimal parse_text_percent(std::string_view text, std::string_view field);

// A money amount: "138402100.00", "Rp 5.934.041", "1,5 jt", "R$ 2.839.039,38". A lone separator
// before exactly three digits groups thousands ("1.500" and "1,500" are 1500), because amounts
// are written with two decimals or none. Multipliers: rb/ribu 10^3, jt/juta 10^6, miliar/milyar
// 10^9. A currency token (Rp, R$, $, US$, Rs, ₹ or an ISO code) must name `currency`. Negative
// amounts, amounts above kMaxAmountMajorUnits and more decimals than the currency carries are errors.
[[nodiscard]] Money parse_text_amount(std::string_view text, Currency currency, std::string_view field);

struct AmountRange {
  Money low;
  Money high;
};

// "100000-200000", "Rp 5.934.041 - Rp 11.868.080", "5 s/d 7 juta"; a single amount is a range of
// width zero. Separators: - – — ~ s/d sd sampai hingga to até. A multiplier written only on the
// upper bound carries down when the bare lower bound is under 1/100 of the upper ("5 s/d 7 juta").
// A low bound above the high bound is an error: which one was meant cannot be told.
[[nodiscard]] AmountRange parse_text_amount_range(std::string_view text, Currency currency, std::string_view field);

}  // namespace loansim
