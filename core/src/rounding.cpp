#include "loansim/rounding.hpp"

#include <cmath>
#include <cstring>

#include "loansim/error.hpp"

namespace loansim {
namespace detail {

void throw_overflow(const char* message) { fail(ErrorCode::Overflow, "", message); }

std::int64_t round_product_exact(std::int64_t amount, double factor, Rounding mode) {
  __extension__ typedef unsigned __int128 U128;
  constexpr std::int64_t kLimit = std::int64_t{1} << 62;  // as round_to_integer's
  std::uint64_t bits = 0;
  std::memcpy(&bits, &factor, sizeof bits);  // Emscripten 3.1.6's libc++ has no std::bit_cast
  const auto exponent_field = static_cast<int>((bits >> 52) & 0x7ff);
  if (exponent_field == 0x7ff) throw_overflow("factor is not finite");
  // |factor| = mantissa × 2^-shift (subnormals have no implicit leading bit).
  const std::uint64_t fraction = bits & ((std::uint64_t{1} << 52) - 1);
  const std::uint64_t mantissa = exponent_field == 0 ? fraction : fraction | (std::uint64_t{1} << 52);
  const int shift = exponent_field == 0 ? 1074 : 1075 - exponent_field;
  const bool negative = (amount < 0) != ((bits >> 63) != 0);
  const std::uint64_t magnitude = amount < 0 ? 0 - static_cast<std::uint64_t>(amount) : static_cast<std::uint64_t>(amount);
  const U128 product = static_cast<U128>(magnitude) * mantissa;  // < 2^64 · 2^53: exact
  if (product == 0) return 0;

  std::int64_t whole = 0;
  int vs_half = -1;
  bool has_remainder = true;
  if (shift <= 0) {  // |factor| ≥ 2^52: a whole number, scaled up
    if (shift < -62 || product >= (static_cast<U128>(kLimit) >> -shift)) throw_overflow("amount exceeds the representable range");
    whole = static_cast<std::int64_t>(product << -shift);
    has_remainder = false;
  } else if (shift < 128 && mode == Rounding::HalfUp) {
    // Half-up on a magnitude is one addition: floor((product + half) / 2^shift).
    const U128 quotient = (product + (static_cast<U128>(1) << (shift - 1))) >> shift;  // < 2^127: no wrap
    if (quotient >= static_cast<U128>(kLimit)) throw_overflow("amount exceeds the representable range");
    const auto rounded = static_cast<std::int64_t>(quotient);
    return negative ? -rounded : rounded;
  } else if (shift < 128) {
    const U128 quotient = product >> shift;
    if (quotient >= static_cast<U128>(kLimit)) throw_overflow("amount exceeds the representable range");
    whole = static_cast<std::int64_t>(quotient);
    const U128 remainder = product << (128 - shift);  // the dropped bits, left-aligned
    const U128 half = static_cast<U128>(1) << 127;
    has_remainder = remainder != 0;
    vs_half = remainder < half ? -1 : (remainder == half ? 0 : 1);
  }  // else: product < 2^117 ≤ 2^(shift−1), a non-zero amount below one half
  const std::int64_t rounded = whole + (steps_away(mode, vs_half, has_remainder, (whole & 1) != 0) ? 1 : 0);
  return negative ? -rounded : rounded;
}

}  // namespace detail

std::int64_t round_div(Int128 numerator, std::int64_t denominator, Rounding mode) {
  // Both truncate toward zero. A numerator in the int64 range (amounts times rates, IOF rows)
  // divides in one 64-bit instruction instead of a 128-bit library call.
  Int128 quotient = 0, remainder = 0;
  if (const auto narrow = static_cast<std::int64_t>(numerator); narrow == numerator) {
    quotient = narrow / denominator;
    remainder = narrow % denominator;
  } else {
    quotient = numerator / denominator;
    remainder = numerator % denominator;
  }
  const Int128 twice = (remainder < 0 ? -remainder : remainder) * 2;
  const int vs_half = twice < denominator ? -1 : (twice == denominator ? 0 : 1);
  Int128 result = quotient;
  if (detail::steps_away(mode, vs_half, remainder != 0, (quotient % 2) != 0)) result += (numerator < 0) ? -1 : 1;
  if (result > INT64_MAX || result < INT64_MIN) {
    fail(ErrorCode::Overflow, "", "amount exceeds the representable range");
  }
  return static_cast<std::int64_t>(result);
}

std::int64_t round_to_integer(double minor_units, Rounding mode) {
  // 2^62 keeps every later checked sum of a few such values inside int64.
  constexpr double kLimit = 4.611686018427387904e18;
  if (!std::isfinite(minor_units) || std::fabs(minor_units) >= kLimit) {
    fail(ErrorCode::Overflow, "", "amount is not finite or exceeds the representable range");
  }
  const double magnitude = std::fabs(minor_units);
  // Below 2^62 the conversion truncates exactly (toward zero: the floor of a magnitude), and the
  // dropped fraction is exact too. Integer parity instead of fmod keeps this off libm: schedules
  // round every row.
  const auto whole = static_cast<std::int64_t>(magnitude);
  const double fraction = magnitude - static_cast<double>(whole);
  const int vs_half = fraction < 0.5 ? -1 : (fraction == 0.5 ? 0 : 1);
  const std::int64_t rounded = whole + (detail::steps_away(mode, vs_half, fraction != 0.0, (whole & 1) != 0) ? 1 : 0);
  return minor_units < 0 ? -rounded : rounded;
}

std::int64_t round_to_increment(std::int64_t minor_units, const RoundingPolicy& policy) {
  if (policy.increment <= 0) fail(ErrorCode::OutOfRange, "rounding.increment", "must be positive");
  if (policy.increment == 1) return minor_units;
  std::int64_t result = 0;
  if (__builtin_mul_overflow(round_div(minor_units, policy.increment, policy.mode), policy.increment, &result)) {
    fail(ErrorCode::Overflow, "", "amount exceeds the representable range");
  }
  return result;
}

}  // namespace loansim
