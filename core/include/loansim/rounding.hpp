// Explicit rounding of exact quantities to whole minor units (or to a coarser increment).
#pragma once

#include <cstdint>

namespace loansim {

// 128-bit intermediates keep products of two int64 amounts exact (GCC and Clang, incl. wasm32).
__extension__ typedef __int128 Int128;

enum class Rounding : std::uint8_t {
  HalfUp,    // ties away from zero (commercial rounding)
  HalfEven,  // ties to the even neighbour (banker's rounding)
  Up,        // away from zero: Indonesian lenders round installments up
  Down,      // toward zero (truncation)
};

// A rounding mode plus the step to round to, in minor units (1 = the currency's minor unit;
// 100 = Rp 100 for IDR).
struct RoundingPolicy {
  Rounding mode = Rounding::HalfUp;
  std::int64_t increment = 1;
};

// numerator / denominator rounded to a whole number by `mode`; denominator must be > 0.
// Exact: no floating point is involved.
[[nodiscard]] std::int64_t round_div(Int128 numerator, std::int64_t denominator, Rounding mode);

// A real number of minor units (the output of rate arithmetic) rounded to a whole number.
// Throws Error{Overflow} when the value is not finite or beyond the int64 range.
[[nodiscard]] std::int64_t round_to_integer(double minor_units, Rounding mode);

// `minor_units` rounded to a multiple of policy.increment by policy.mode.
[[nodiscard]] std::int64_t round_to_increment(std::int64_t minor_units, const RoundingPolicy& policy);

}  // namespace loansim
