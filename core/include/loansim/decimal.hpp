// Exact decimal text: the way amounts and rates enter the core without passing through binary float.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace loansim {

// value = digits × 10^-scale, exactly.
struct Decimal {
  std::int64_t digits = 0;
  int scale = 0;
};

struct DecimalFormat {
  char decimal_separator = '.';  // ',' for "8,3" (Indonesian, Brazilian text)
};

// Parses [+-]?digits[.digits] (at most 18 significant digits). Throws Error{InvalidValue, field}
// for anything else, including empty text, spaces, exponents and a second separator.
[[nodiscard]] Decimal parse_decimal(std::string_view text, std::string_view field, DecimalFormat format = {});

// The decimal with the fewest decimal places that reads back as `value`: what a JSON sender wrote.
// Found for every decimal of at most 15 significant digits (DBL_DIG) and 22 places, and for whole
// numbers below 10^18; none otherwise (NaN, infinities, 0.1 + 0.2 = 0.30000000000000004).
[[nodiscard]] std::optional<Decimal> exact_decimal(double value) noexcept;

// exact_decimal, or Error{InvalidValue, field} when there is none.
[[nodiscard]] Decimal decimal_from_double(double value, std::string_view field);

// "-12.5", "0.001", "1200": plain decimal text, no exponent.
[[nodiscard]] std::string decimal_text(Decimal value);

// `value` as an integer count of 10^-target_scale units. Throws Error{InvalidValue, field} if
// that needs rounding (too many decimals) and Error{Overflow, field} if it does not fit int64.
[[nodiscard]] std::int64_t rescale_exact(Decimal value, int target_scale, std::string_view field);

// The double nearest to `value` (one correct rounding), for ratios and rates read from text.
[[nodiscard]] double to_double(Decimal value);

}  // namespace loansim
