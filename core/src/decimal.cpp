#include "loansim/decimal.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "loansim/error.hpp"

namespace loansim {
namespace {

constexpr int kMaxDigits = 18;  // 10^18 < 2^63: every accepted text fits int64

[[noreturn]] void reject(std::string_view text, std::string_view field, const char* why) {
  const std::string shown(text.substr(0, 40));
  throw Error(ErrorCode::InvalidValue, std::string(field), "'" + shown + (text.size() > 40 ? "…" : "") + "' " + why);
}

}  // namespace

Decimal parse_decimal(std::string_view text, std::string_view field, DecimalFormat format) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  Decimal result;
  int significant = 0;
  bool seen_digit = false;
  bool seen_separator = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      seen_digit = true;
      if (result.digits == 0 && c == '0') {
        if (seen_separator) ++result.scale;
        continue;
      }
      if (++significant > kMaxDigits) reject(text, field, "has more than 18 significant digits");
      result.digits = result.digits * 10 + (c - '0');
      if (seen_separator) ++result.scale;
    } else if (c == format.decimal_separator && !seen_separator) {
      seen_separator = true;
    } else {
      reject(text, field, "is not a decimal number");
    }
  }
  if (!seen_digit) reject(text, field, "is not a decimal number");
  if (result.scale > kMaxDigits) reject(text, field, "has more than 18 decimals");
  if (negative) result.digits = -result.digits;
  return result;
}

Decimal decimal_from_double(double value, std::string_view field) {
  if (!std::isfinite(value)) throw Error(ErrorCode::InvalidValue, std::string(field), "must be a finite number");
  // The digits the sender wrote: every decimal of at most 15 significant digits reads back from
  // its 15-digit rounding (DBL_DIG), so that is tried first; 16 and 17 digits cover the rest.
  // printf/strtod are correctly rounded in glibc and in Emscripten's musl alike, so native and
  // WebAssembly agree (libc++ 14 has no floating-point std::to_chars).
  char buffer[40];
  for (int precision = 14; precision <= 16; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*e", precision, value);
    if (std::strtod(buffer, nullptr) == value) break;
  }
  // buffer is "[-]d.ddd…e±XX": a mantissa with `precision` fraction digits, then a power of ten.
  const std::string_view text(buffer);
  const std::size_t e = text.find('e');
  const std::size_t dot = text.find('.');
  std::string digits(text.substr(0, dot));
  digits.append(text.substr(dot + 1, e - dot - 1));
  int scale = static_cast<int>(e - dot - 1) - std::atoi(buffer + e + 1);
  for (; scale < 0; ++scale) digits.push_back('0');
  Decimal result = parse_decimal(digits, field);
  result.scale = scale;
  while (result.scale > 0 && result.digits % 10 == 0) {  // 888.490000000000 is 888.49
    result.digits /= 10;
    --result.scale;
  }
  return result;
}

std::int64_t rescale_exact(Decimal value, int target_scale, std::string_view field) {
  std::int64_t digits = value.digits;
  int scale = value.scale;
  while (scale > target_scale) {  // drop trailing zeros; a non-zero digit means rounding
    if (digits % 10 != 0) {
      throw Error(ErrorCode::InvalidValue, std::string(field),
                  "has more than " + std::to_string(target_scale) + " decimal places");
    }
    digits /= 10;
    --scale;
  }
  for (; scale < target_scale; ++scale) {
    if (__builtin_mul_overflow(digits, 10, &digits)) {
      throw Error(ErrorCode::Overflow, std::string(field), "is beyond the representable range");
    }
  }
  return digits;
}

double to_double(Decimal value) {
  // strtod is correctly rounded on both targets; digits / 10^scale would round twice.
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%lldE%d", static_cast<long long>(value.digits), -value.scale);
  return std::strtod(buffer, nullptr);
}

}  // namespace loansim
