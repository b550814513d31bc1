#include "loansim/decimal.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>

#include "loansim/error.hpp"

namespace loansim {
namespace {

constexpr int kMaxDigits = 18;  // 10^18 < 2^63: every accepted text fits int64
constexpr double kTwoTo53 = 9007199254740992.0;  // doubles below it hold every whole number exactly
// 10^0 … 10^22: the powers of ten a double holds exactly.
constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

[[noreturn]] void reject(std::string_view text, std::string_view field, const char* why) {
  const std::string shown(text.substr(0, 40));
  fail(ErrorCode::InvalidValue, field, "'" + shown + (text.size() > 40 ? "…" : "") + "' " + why);
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

std::optional<Decimal> exact_decimal(double value) noexcept {
  if (!std::isfinite(value)) return std::nullopt;
  const double magnitude = std::fabs(value);
  if (magnitude >= 1e18) return std::nullopt;
  const auto signed_digits = [&](double digits) { return static_cast<std::int64_t>(value < 0 ? -digits : digits); };
  if (magnitude == std::floor(magnitude)) return Decimal{signed_digits(magnitude), 0};  // every double ≥ 2^52 is whole
  // Scale by ever more places until the nearest whole number, divided back, is `value`. Both
  // operands of that division are exact doubles, so its one rounding is the correct one: a match
  // means the decimal reads back as `value`. Below 2^53 the scaled product is off by less than one,
  // so the decimal is the rounded product or a neighbour.
  for (int scale = 1; scale < static_cast<int>(std::size(kPowersOfTen)); ++scale) {
    const double power = kPowersOfTen[scale];
    const double scaled = magnitude * power;
    if (scaled >= kTwoTo53) break;
    const double nearest = std::nearbyint(scaled);
    for (const double digits : {nearest, nearest - 1.0, nearest + 1.0}) {
      if (digits / power == magnitude) return Decimal{signed_digits(digits), scale};
    }
  }
  return std::nullopt;
}

Decimal decimal_from_double(double value, std::string_view field) {
  if (!std::isfinite(value)) fail(ErrorCode::InvalidValue, field, "must be a finite number");
  if (const auto decimal = exact_decimal(value)) return *decimal;
  fail(ErrorCode::InvalidValue, field,
       "must be a decimal of at most 15 significant digits and 22 decimal places, or a whole number below 10^18");
}

std::string decimal_text(Decimal value) {
  const bool negative = value.digits < 0;
  std::string digits = std::to_string(negative ? -value.digits : value.digits);
  if (value.scale > 0) {
    const auto scale = static_cast<std::size_t>(value.scale);
    if (digits.size() <= scale) digits.insert(0, scale - digits.size() + 1, '0');
    digits.insert(digits.size() - scale, 1, '.');
  } else {
    digits.append(static_cast<std::size_t>(-value.scale), '0');
  }
  return negative ? "-" + digits : digits;
}

std::int64_t rescale_exact(Decimal value, int target_scale, std::string_view field) {
  std::int64_t digits = value.digits;
  int scale = value.scale;
  while (scale > target_scale) {  // drop trailing zeros; a non-zero digit means rounding
    if (digits % 10 != 0) {
      fail(ErrorCode::InvalidValue, field,
           "has more than " + std::to_string(target_scale) + " decimal places");
    }
    digits /= 10;
    --scale;
  }
  for (; scale < target_scale; ++scale) {
    if (__builtin_mul_overflow(digits, 10, &digits)) {
      fail(ErrorCode::Overflow, field, "is beyond the representable range");
    }
  }
  return digits;
}

double to_double(Decimal value) {
  // Digits and power both exact doubles: one correctly rounded operation (Clinger's fast path).
  const auto places = static_cast<std::size_t>(value.scale < 0 ? -value.scale : value.scale);
  if (static_cast<double>(value.digits < 0 ? -value.digits : value.digits) < kTwoTo53 && places < std::size(kPowersOfTen)) {
    const auto digits = static_cast<double>(value.digits);
    if (value.scale >= 0) return digits / kPowersOfTen[places];
    const double whole = digits * kPowersOfTen[places];
    if (std::fabs(whole) < kTwoTo53) return whole;
  }
  // strtod is correctly rounded on both targets; a longer division would round twice.
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%lldE%d", static_cast<long long>(value.digits), -value.scale);
  return std::strtod(buffer, nullptr);
}

}  // namespace loansim
