// Explicit rounding of exact quantities to whole minor units (or to a coarser increment).
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>

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

// amount × factor rounded to a whole number by `mode`, exactly: the factor's binary value
// (mantissa × 2^exponent) multiplies the amount in 128-bit integers, so no floating-point product
// rounds first. How schedules charge interest and fees, and how Money::scaled scales.
// Throws Error{Overflow} when the factor is not finite or the result reaches 2^62.
// Inline: a schedule calls it on every row.
[[nodiscard]] inline std::int64_t round_product(std::int64_t amount, double factor, Rounding mode);

// `minor_units` rounded to a multiple of policy.increment by policy.mode.
[[nodiscard]] std::int64_t round_to_increment(std::int64_t minor_units, const RoundingPolicy& policy);

namespace detail {

// Whether rounding moves a truncated magnitude one step away from zero, given how the dropped
// remainder compares with one half (-1 below, 0 exactly half, +1 above).
constexpr bool steps_away(Rounding mode, int remainder_vs_half, bool has_remainder, bool quotient_is_odd) noexcept {
  switch (mode) {
    case Rounding::Down: return false;
    case Rounding::Up: return has_remainder;
    case Rounding::HalfUp: return remainder_vs_half >= 0 && has_remainder;
    case Rounding::HalfEven: return remainder_vs_half > 0 || (remainder_vs_half == 0 && quotient_is_odd);
  }
  return false;
}

// Throws Error{Overflow}; out of line so that the inline arithmetic stays small.
[[noreturn, gnu::cold]] void throw_overflow(const char* message);

// round_product in 128-bit integers: every mode, every finite factor.
[[nodiscard]] std::int64_t round_product_exact(std::int64_t amount, double factor, Rounding mode);

}  // namespace detail

std::int64_t round_product(std::int64_t amount, double factor, Rounding mode) {
  // Half-up fast path in doubles (WebAssembly has no 64 × 64 → 128-bit multiply). With the amount
  // exact (below 2^53), the product p = amount × factor carries one rounding error e, |e| ≤ ulp(p)/2,
  // and below 2^52 one half is a multiple of ulp(p) whenever p ≥ 1/2: p's own fraction then
  // decides, except at exactly one half, where e's sign does and the exact path answers. Below
  // one half, p + e stays below it too.
  constexpr double kTwoTo52 = 4503599627370496.0;
  const double amount_magnitude = amount < 0 ? -static_cast<double>(amount) : static_cast<double>(amount);
  const double rounded_product = amount_magnitude * (factor < 0 ? -factor : factor);
  if (mode == Rounding::HalfUp && amount_magnitude < 2.0 * kTwoTo52 && rounded_product < kTwoTo52) {
    // Adding 2^52 rounds p to the nearest whole number (ties to even) in the low bits of the sum's
    // mantissa: no float-to-integer conversion on a schedule's row-to-row dependency chain. Only a
    // tie, which half-up and ties-to-even may round apart, needs the exact path.
    const double shifted = rounded_product + kTwoTo52;
    const double off = rounded_product - (shifted - kTwoTo52);
    if (std::fabs(off) != 0.5) {
      std::uint64_t bits = 0;
      std::memcpy(&bits, &shifted, sizeof bits);  // Emscripten 3.1.6's libc++ has no std::bit_cast
      const auto rounded = static_cast<std::int64_t>(bits - 0x4330000000000000);  // 2^52's bits
      return (amount < 0) != (factor < 0) ? -rounded : rounded;
    }
  }
  return detail::round_product_exact(amount, factor, mode);
}

}  // namespace loansim
