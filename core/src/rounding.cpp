#include "loansim/rounding.hpp"

#include <cmath>

#include "loansim/error.hpp"

namespace loansim {
namespace {

// Decides whether the truncated quotient moves one step away from zero, given how the dropped
// remainder compares with half of the divisor (-1 below, 0 exactly half, +1 above).
bool steps_away(Rounding mode, int remainder_vs_half, bool has_remainder, bool quotient_is_odd) {
  switch (mode) {
    case Rounding::Down: return false;
    case Rounding::Up: return has_remainder;
    case Rounding::HalfUp: return remainder_vs_half >= 0 && has_remainder;
    case Rounding::HalfEven: return remainder_vs_half > 0 || (remainder_vs_half == 0 && quotient_is_odd);
  }
  return false;
}

}  // namespace

std::int64_t round_div(Int128 numerator, std::int64_t denominator, Rounding mode) {
  const Int128 quotient = numerator / denominator;  // truncates toward zero
  const Int128 remainder = numerator % denominator;
  const Int128 twice = (remainder < 0 ? -remainder : remainder) * 2;
  const int vs_half = twice < denominator ? -1 : (twice == denominator ? 0 : 1);
  Int128 result = quotient;
  if (steps_away(mode, vs_half, remainder != 0, (quotient % 2) != 0)) result += (numerator < 0) ? -1 : 1;
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
  const double whole = std::floor(magnitude);
  const double fraction = magnitude - whole;  // exact: |value| < 2^62 keeps it representable
  const int vs_half = fraction < 0.5 ? -1 : (fraction == 0.5 ? 0 : 1);
  const bool odd = std::fmod(whole, 2.0) != 0.0;
  double rounded = whole + (steps_away(mode, vs_half, fraction != 0.0, odd) ? 1.0 : 0.0);
  if (minor_units < 0) rounded = -rounded;
  return static_cast<std::int64_t>(rounded);
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
