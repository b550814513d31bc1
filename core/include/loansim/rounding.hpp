// Explicit rounding of exact quantities to whole minor units (or to a coarser increment).
#pragma once

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

}  // namespace detail

std::int64_t round_product(std::int64_t amount, double factor, Rounding mode) {
  // Half-up fast path in doubles (WebAssembly has no 64 × 64 → 128-bit multiply). With the amount
  // exact (below 2^53), the product p = amount × factor carries one rounding error e, |e| ≤ ulp(p)/2,
  // and below 2^52 one half is a multiple of ulp(p) whenever p ≥ 1/2: p's own fraction then
  // decides, except at exactly one half, where e's sign does and the exact path below answers.
  constexpr double kTwoTo52 = 4503599627370496.0;
  const double amount_magnitude = amount < 0 ? -static_cast<double>(amount) : static_cast<double>(amount);
  const double rounded_product = amount_magnitude * (factor < 0 ? -factor : factor);
  if (mode == Rounding::HalfUp && amount_magnitude < 2.0 * kTwoTo52 && rounded_product < kTwoTo52) {
    const auto whole = static_cast<std::int64_t>(rounded_product);
    const double fraction = rounded_product - static_cast<double>(whole);
    if (fraction != 0.5) {
      const std::int64_t rounded = whole + (fraction > 0.5 ? 1 : 0);
      return (amount < 0) != (factor < 0) ? -rounded : rounded;
    }
  }
  __extension__ typedef unsigned __int128 U128;
  constexpr std::int64_t kLimit = std::int64_t{1} << 62;  // as round_to_integer's
  std::uint64_t bits = 0;
  std::memcpy(&bits, &factor, sizeof bits);  // Emscripten 3.1.6's libc++ has no std::bit_cast
  const auto exponent_field = static_cast<int>((bits >> 52) & 0x7ff);
  if (exponent_field == 0x7ff) detail::throw_overflow("factor is not finite");
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
    if (shift < -62 || product >= (static_cast<U128>(kLimit) >> -shift)) detail::throw_overflow("amount exceeds the representable range");
    whole = static_cast<std::int64_t>(product << -shift);
    has_remainder = false;
  } else if (shift < 128 && mode == Rounding::HalfUp) {
    // Half-up on a magnitude is one addition: floor((product + half) / 2^shift). Schedules round
    // every row's interest this way, on their critical path.
    const U128 quotient = (product + (static_cast<U128>(1) << (shift - 1))) >> shift;  // < 2^127: no wrap
    if (quotient >= static_cast<U128>(kLimit)) detail::throw_overflow("amount exceeds the representable range");
    const auto rounded = static_cast<std::int64_t>(quotient);
    return negative ? -rounded : rounded;
  } else if (shift < 128) {
    const U128 quotient = product >> shift;
    if (quotient >= static_cast<U128>(kLimit)) detail::throw_overflow("amount exceeds the representable range");
    whole = static_cast<std::int64_t>(quotient);
    const U128 remainder = product << (128 - shift);  // the dropped bits, left-aligned
    const U128 half = static_cast<U128>(1) << 127;
    has_remainder = remainder != 0;
    vs_half = remainder < half ? -1 : (remainder == half ? 0 : 1);
  }  // else: product < 2^117 ≤ 2^(shift−1), a non-zero amount below one half
  const std::int64_t rounded = whole + (detail::steps_away(mode, vs_half, has_remainder, (whole & 1) != 0) ? 1 : 0);
  return negative ? -rounded : rounded;
}

}  // namespace loansim
