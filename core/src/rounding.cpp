#include "loansim/rounding.hpp"

#include <cmath>

#include "loansim/error.hpp"

namespace loansim {
namespace detail {

void throw_overflow(const char* message) { throw Error(ErrorCode::Overflow, "", message); }

}  // namespace detail

std::int64_t round_div(Int128 numerator, std::int64_t denominator, Rounding mode) {
  const Int128 quotient = numerator / denominator;  // truncates toward zero
  const Int128 remainder = numerator % denominator;
  const Int128 twice = (remainder < 0 ? -remainder : remainder) * 2;
  const int vs_half = twice < denominator ? -1 : (twice == denominator ? 0 : 1);
  Int128 result = quotient;
  if (detail::steps_away(mode, vs_half, remainder != 0, (quotient % 2) != 0)) result += (numerator < 0) ? -1 : 1;
  if (result > INT64_MAX || result < INT64_MIN) {
    throw Error(ErrorCode::Overflow, "", "amount exceeds the representable range");
  }
  return static_cast<std::int64_t>(result);
}

std::int64_t round_to_integer(double minor_units, Rounding mode) {
  // 2^62 keeps every later checked sum of a few such values inside int64.
  constexpr double kLimit = 4.611686018427387904e18;
  if (!std::isfinite(minor_units) || std::fabs(minor_units) >= kLimit) {
    throw Error(ErrorCode::Overflow, "", "amount is not finite or exceeds the representable range");
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
  if (policy.increment <= 0) throw Error(ErrorCode::OutOfRange, "rounding.increment", "must be positive");
  if (policy.increment == 1) return minor_units;
  std::int64_t result = 0;
  if (__builtin_mul_overflow(round_div(minor_units, policy.increment, policy.mode), policy.increment, &result)) {
    throw Error(ErrorCode::Overflow, "", "amount exceeds the representable range");
  }
  return result;
}

}  // namespace loansim
