#include "loansim/portable_math.hpp"

#include <cmath>
#include <limits>

#include "loansim/double_double.hpp"

namespace loansim::portable {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// ln 2 = kLn2Hi + kLn2Lo to about 107 bits.
constexpr double kLn2Hi = 0x1.62e42fefa39efp-1;
constexpr double kLn2Lo = 0x1.abc9e3b39803fp-56;
// ln 2 split after its first 42 bits (Cody and Waite): k · kLn2ShortHi is exact for |k| < 2^11.
constexpr double kLn2ShortHi = 0x1.62e42fefa38p-1;
constexpr double kLn2ShortLo = 0x1.ef35793c7673p-45;
constexpr double kInvLn2 = 0x1.71547652b82fep0;
constexpr double kSqrtHalf = 0x1.6a09e667f3bcdp-1;

// 1 / j! for j = 0 … 16 (the divisions are folded exactly, to the nearest double, at compile time).
constexpr double kInvFactorial[] = {1.0,
                                    1.0,
                                    1.0 / 2,
                                    1.0 / 6,
                                    1.0 / 24,
                                    1.0 / 120,
                                    1.0 / 720,
                                    1.0 / 5040,
                                    1.0 / 40320,
                                    1.0 / 362880,
                                    1.0 / 3628800,
                                    1.0 / 39916800,
                                    1.0 / 479001600,
                                    1.0 / 6227020800.0,
                                    1.0 / 87178291200.0,
                                    1.0 / 1307674368000.0,
                                    1.0 / 20922789888000.0};

// e^(hi + lo) = 2^k · (mantissa.hi + mantissa.lo), unrounded, for |hi| ≤ 746 and |lo| ≪ 1.
struct ScaledExp {
  DoubleDouble mantissa;
  int k = 0;
};
ScaledExp exp_parts(double hi, double lo) noexcept {
  const double k = std::nearbyint(hi * kInvLn2);
  // r = hi + lo − k ln 2 with |r| ≤ ln 2 / 2: r_hi exactly (Sterbenz), r_lo the small rest.
  const double r_hi = hi - k * kLn2ShortHi;
  const double r_lo = lo - k * kLn2ShortLo;
  // e^r_hi − 1 − r_hi = r_hi² (1/2! + r_hi/3! + … + r_hi^12/14!): the next term is below 5e-18.
  double q = kInvFactorial[14];
  for (int j = 13; j >= 2; --j) q = q * r_hi + kInvFactorial[j];
  q *= r_hi * r_hi;
  // e^(r_hi + r_lo) = (1 + r_hi) + q + r_lo · e^r_hi (r_lo² is below 1e-20), 1 + r_hi kept exact.
  const double approximate = 1.0 + (r_hi + q);
  const DoubleDouble one_plus_r = two_sum(1.0, r_hi);
  return {{one_plus_r.hi, one_plus_r.lo + (q + r_lo * approximate)}, static_cast<int>(k)};
}

// log x as hi + lo, for finite x > 0.
DoubleDouble log_double_double(double x) noexcept {
  int exponent = 0;
  double m = std::frexp(x, &exponent);  // x = m · 2^exponent, m in [1/2, 1)
  if (m < kSqrtHalf) m *= 2.0, --exponent;  // m in [√½, √2)
  const double f = m - 1.0;                   // exact (Sterbenz)
  // log m = 2 atanh(s) with s = f / (2 + f), |s| ≤ 0.1716; s to double-double precision.
  const DoubleDouble denominator = two_sum(2.0, f);
  const double s_hi = f / denominator.hi;
  const DoubleDouble back = two_product(s_hi, denominator.hi);
  const double s_lo = (((f - back.hi) - back.lo) - s_hi * denominator.lo) / denominator.hi;
  // 2 atanh(s) = 2s + 2s³/3 + 2s⁵ (1/5 + s²/7 + … + s^16/21): the next term is below 1e-18 of
  // log m. 2s and 2s³/3 carry most of it and are taken to double-double precision.
  DoubleDouble square = two_product(s_hi, s_hi);
  square.lo += 2.0 * s_hi * s_lo;
  DoubleDouble cube = two_product(s_hi, square.hi);
  cube.lo += s_hi * square.lo + s_lo * square.hi;
  const double third_hi = 2.0 * cube.hi / 3.0;  // 2s³/3 = third_hi + third_lo
  const DoubleDouble three_thirds = two_product(third_hi, 3.0);
  const double third_lo = ((2.0 * cube.hi - three_thirds.hi) - three_thirds.lo + 2.0 * cube.lo) / 3.0;
  const double t = square.hi;
  double series = 1.0 / 21;
  for (int j = 19; j >= 5; j -= 2) series = series * t + 1.0 / j;
  const double rest = 2.0 * s_hi * t * t * series;
  const DoubleDouble lead = two_sum(2.0 * s_hi, third_hi);
  const DoubleDouble log_m = two_sum(lead.hi, lead.lo + (2.0 * s_lo + third_lo + rest));
  // + exponent · ln 2 (exponent · kLn2Hi exactly, exponent · kLn2Lo to double precision).
  const auto e = static_cast<double>(exponent);
  const DoubleDouble e_ln2 = two_product(e, kLn2Hi);
  const DoubleDouble sum = two_sum(e_ln2.hi, log_m.hi);
  return two_sum(sum.hi, sum.lo + (e_ln2.lo + e * kLn2Lo + log_m.lo));
}

}  // namespace

double exp(double x) noexcept { return exp(DoubleDouble{x, 0.0}).hi; }

DoubleDouble exp(DoubleDouble x) noexcept {
  if (std::isnan(x.hi) || std::isnan(x.lo)) return {kNaN, kNaN};
  if (x.hi > 710.0) return {kInfinity, 0.0};
  if (x.hi < -746.0) return {};
  const ScaledExp e = exp_parts(x.hi, x.lo);
  const DoubleDouble mantissa = normalized(e.mantissa.hi, e.mantissa.lo);
  return {std::ldexp(mantissa.hi, e.k), std::ldexp(mantissa.lo, e.k)};
}

double expm1(double x) noexcept {
  if (std::fabs(x) <= kLn2Hi / 2) {
    // x + x² (1/2! + x/3! + … + x^13/15!): the next term is below 1e-20 of the result.
    double q = kInvFactorial[15];
    for (int j = 14; j >= 2; --j) q = q * x + kInvFactorial[j];
    return x + x * x * q;
  }
  if (std::isnan(x)) return x;
  if (x > 710.0) return kInfinity;
  if (x < -40.0) return -1.0;  // e^-40 is below half an ulp of 1
  // 2^k (hi + lo) − 1, the subtraction exact (two-sum) so that only the last addition rounds.
  const ScaledExp e = exp_parts(x, 0.0);
  const DoubleDouble minus_one = two_sum(std::ldexp(e.mantissa.hi, e.k), -1.0);
  return minus_one.hi + (minus_one.lo + std::ldexp(e.mantissa.lo, e.k));
}

double expm1(DoubleDouble x) noexcept {
  // hi − 1 without rounding (two-sum), then one rounding for the sum.
  const DoubleDouble e = exp(x);
  const DoubleDouble minus_one = two_sum(e.hi, -1.0);
  return minus_one.hi + (minus_one.lo + e.lo);
}

double log(double x) noexcept {
  if (std::isnan(x) || x < 0.0) return kNaN;
  if (x == 0.0) return -kInfinity;
  if (x == kInfinity) return kInfinity;
  return log_double_double(x).hi;
}

double log1p(double x) noexcept {
  if (std::isnan(x) || x < -1.0) return kNaN;
  if (x == -1.0) return -kInfinity;
  if (x == kInfinity) return kInfinity;
  // 1 + x = u.hi + u.lo exactly; log(u.hi + u.lo) = log u.hi + u.lo / u.hi (the next term, of
  // order (u.lo / u.hi)², is below 1e-32).
  const DoubleDouble u = two_sum(1.0, x);
  const DoubleDouble log_u = log_double_double(u.hi);
  return log_u.hi + (log_u.lo + u.lo / u.hi);
}

double pow(double base, double exponent) noexcept {
  if (exponent == 0.0 || base == 1.0) return 1.0;
  if (std::isnan(base) || std::isnan(exponent) || base < 0.0) return kNaN;
  if (base == 0.0) return exponent > 0.0 ? 0.0 : kInfinity;
  if (base == kInfinity) return exponent > 0.0 ? kInfinity : 0.0;
  // e^(exponent · log base), the product carried as hi + lo so that its rounding (up to half an
  // ulp of a number as large as 709) does not reach the result.
  const DoubleDouble log_base = log_double_double(base);
  if (!(std::fabs(exponent) < 1e300)) return (exponent > 0.0) == (log_base.hi > 0.0) ? kInfinity : 0.0;
  const DoubleDouble product = two_product(exponent, log_base.hi);
  return exp(DoubleDouble{product.hi, product.lo + exponent * log_base.lo}).hi;
}

}  // namespace loansim::portable
