// Exact decimal text: the way amounts and rates enter the core without passing through binary float.
#pragma once

#include <cstdint>
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

// The shortest decimal text that reads back as `value` (what a JSON sender wrote), parsed exactly.
// Throws Error{InvalidValue, field} for NaN, infinities and values beyond 18 significant digits.
[[nodiscard]] Decimal decimal_from_double(double value, std::string_view field);

// `value` as an integer count of 10^-target_scale units. Throws Error{InvalidValue, field} if
// that needs rounding (too many decimals) and Error{Overflow, field} if it does not fit int64.
[[nodiscard]] std::int64_t rescale_exact(Decimal value, int target_scale, std::string_view field);

// The double nearest to `value` (one correct rounding), for ratios and rates read from text.
[[nodiscard]] double to_double(Decimal value);

}  // namespace loansim
