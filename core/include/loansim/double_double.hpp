// Double-double arithmetic: a value carried as hi + lo, |lo| at most half an ulp of hi, about 106
// bits of precision from IEEE basic operations alone (so every target computes the same bits).
// The elementary functions (portable_math.hpp) and the day-count rate solver (cash_flow.hpp) use it
// where a double's rounding would show in their last digit.
#pragma once

namespace loansim {

struct DoubleDouble {
  double hi = 0.0;
  double lo = 0.0;
};

// a + b exactly, as hi + lo (Knuth's two-sum).
[[nodiscard]] inline DoubleDouble two_sum(double a, double b) noexcept {
  const double sum = a + b;
  const double b_part = sum - a;
  const double a_part = sum - b_part;
  return {sum, (a - a_part) + (b - b_part)};
}

// a × b exactly, as hi + lo: Dekker's product on halves split by Veltkamp's method (an FMA would
// do it in one step, but the WebAssembly build has none). Valid for |a|, |b| below 10^300.
[[nodiscard]] inline DoubleDouble two_product(double a, double b) noexcept {
  const auto split = [](double x) {
    const double scaled = 134217729.0 * x;  // (2^27 + 1) · x
    const double hi = scaled - (scaled - x);
    return DoubleDouble{hi, x - hi};
  };
  const DoubleDouble a_halves = split(a), b_halves = split(b);
  const double product = a * b;
  const double error = ((a_halves.hi * b_halves.hi - product) + a_halves.hi * b_halves.lo + a_halves.lo * b_halves.hi) +
                       a_halves.lo * b_halves.lo;
  return {product, error};
}

// hi + lo renormalised, for |hi| ≥ |lo| (fast two-sum).
[[nodiscard]] inline DoubleDouble normalized(double hi, double lo) noexcept {
  const double sum = hi + lo;
  return {sum, lo - (sum - hi)};
}

[[nodiscard]] inline DoubleDouble operator/(DoubleDouble a, double b) noexcept {
  const double quotient = a.hi / b;
  const DoubleDouble back = two_product(quotient, b);  // quotient · b exactly: the remainder is exact
  return normalized(quotient, ((a.hi - back.hi) - back.lo + a.lo) / b);
}

}  // namespace loansim
