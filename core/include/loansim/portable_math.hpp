// Elementary functions that give the same bits natively and in WebAssembly.
//
// The C library's exp, log, pow, log1p and expm1 are not the same code in glibc (the native build)
// and musl (Emscripten): measured here, they differ in the last bit for roughly 1 input in 2,000
// (exp, log) to 1 in 100 (pow with a whole exponent). Results printed to the last digit, like the
// tvm command's, would then differ between the two builds. These functions use only +, −, ×, ÷
// (correctly rounded by IEEE 754 on every target; neither build contracts them into FMA or
// reorders them) and exact scaling by powers of two, so each input gives one result everywhere.
// Accuracy: within one unit in the last place, and most often the correctly rounded value (see
// portable_math_test). Extra precision comes from double-double arithmetic (a value as hi + lo).
#pragma once

#include "loansim/double_double.hpp"

namespace loansim::portable {

// e^x. +infinity above 709.78, 0 below -745.13.
[[nodiscard]] double exp(double x) noexcept;

// e^(x.hi + x.lo) as a double-double, to about 1e-17 relative, 1e-19 for |x| below 0.05 (a
// month's discount below 80 % a year): the discount factors of the day-count rate solver.
[[nodiscard]] DoubleDouble exp(DoubleDouble x) noexcept;

// e^x − 1, accurate for small x.
[[nodiscard]] double expm1(double x) noexcept;

// e^(x.hi + x.lo) − 1 rounded once: a rate from its logarithm carried past a double.
[[nodiscard]] double expm1(DoubleDouble x) noexcept;

// The natural logarithm: −infinity at 0, NaN below.
[[nodiscard]] double log(double x) noexcept;

// log(1 + x), accurate for small x: −infinity at −1, NaN below.
[[nodiscard]] double log1p(double x) noexcept;

// base^exponent for base ≥ 0 (a growth factor 1 + rate); NaN for a negative base. 0^y is 0 for
// y > 0 and +infinity for y < 0; x^0 = 1.
[[nodiscard]] double pow(double base, double exponent) noexcept;

}  // namespace loansim::portable
