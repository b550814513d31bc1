#include "loansim/portable_math.hpp"

#include <cstdint>
#include <cstring>
#include <limits>

namespace loansim {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// ln 2 split so that k · kLn2Hi is exact for |k| < 2^11 (fdlibm's constants).
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
constexpr double kHalfLn2 = 3.46573590279972654709e-01;
constexpr double kExpOverflow = 7.09782712893383973096e+02;   // above: e^x > DBL_MAX
constexpr double kExpUnderflow = -7.45133219101941108420e+02;  // below: e^x < the least subnormal / 2

// e^r ≈ 1 + 2r / (R(r) − r) on |r| ≤ ln2 / 2, with R(r) = r·(e^r + 1)/(e^r − 1) ≈ 2 + P1 r² + … + P5 r¹⁰
// (fdlibm's Remez coefficients; error below 2^−59).
constexpr double kP1 = 1.66666666666666019037e-01;
constexpr double kP2 = -2.77777777770155933842e-03;
constexpr double kP3 = 6.61375632143793436117e-05;
constexpr double kP4 = -1.65339022054652515390e-06;
constexpr double kP5 = 4.13813679705723846039e-08;

// ln(1 + f) = 2s + 2s³/3 + … with s = f / (2 + f), |s| < 0.1716 (fdlibm's coefficients; error below 2^−58).
constexpr double kLg1 = 6.666666666666735130e-01;
constexpr double kLg2 = 3.999999999940941908e-01;
constexpr double kLg3 = 2.857142874366239149e-01;
constexpr double kLg4 = 2.222219843214978396e-01;
constexpr double kLg5 = 1.818357216161805012e-01;
constexpr double kLg6 = 1.531383769920937332e-01;
constexpr double kLg7 = 1.479819860511658591e-01;

// The bits of a double and back (libc++ 14, Emscripten's, has no std::bit_cast).
std::uint64_t bits_of(double value) noexcept {
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return bits;
}
double double_of(std::uint64_t bits) noexcept {
  double value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

// 2^k for −1022 ≤ k ≤ 1023, from its bits.
double power_of_two(int k) noexcept {
  return double_of(static_cast<std::uint64_t>(k + 1023) << 52);
}

// y · 2^k for −1075 ≤ k ≤ 1024 by multiplications only (exact unless the result is subnormal).
double scale(double y, int k) noexcept {
  if (k > 1023) return y * power_of_two(1023) * power_of_two(k - 1023);
  if (k < -1022) return y * power_of_two(-1022) * power_of_two(k + 1022);
  return y * power_of_two(k);
}

}  // namespace

double portable_exp(double x) noexcept {
  if (x != x) return x;
  if (x > kExpOverflow) return kInfinity;
  if (x < kExpUnderflow) return 0.0;
  const double magnitude = x < 0.0 ? -x : x;
  if (magnitude < 0x1p-28) return 1.0 + x;

  // x = k·ln 2 + r with |r| ≤ ln 2 / 2, r carried as hi − lo.
  int k = 0;
  double hi = x, lo = 0.0;
  if (magnitude > kHalfLn2) {
    k = static_cast<int>(kInvLn2 * x + (x < 0.0 ? -0.5 : 0.5));
    hi = x - k * kLn2Hi;
    lo = k * kLn2Lo;
  }
  const double r = hi - lo;
  const double t = r * r;
  const double c = r - t * (kP1 + t * (kP2 + t * (kP3 + t * (kP4 + t * kP5))));
  if (k == 0) return 1.0 - ((r * c) / (c - 2.0) - r);
  return scale(1.0 - ((lo - (r * c) / (2.0 - c)) - hi), k);
}

double portable_log(double x) noexcept {
  if (x != x) return x;
  if (x < 0.0) return kNaN;
  if (x == 0.0) return -kInfinity;
  if (x == kInfinity) return x;

  // x = 2^k · m with √2/2 < m < √2, f = m − 1.
  int k = 0;
  if (x < 0x1p-1022) x *= 0x1p54, k = -54;  // subnormal: make it normal first
  std::uint64_t bits = bits_of(x);
  auto high = static_cast<std::uint32_t>(bits >> 32);
  high += 0x3ff00000 - 0x3fe6a09e;
  k += static_cast<int>(high >> 20) - 0x3ff;
  high = (high & 0x000fffff) + 0x3fe6a09e;
  bits = (static_cast<std::uint64_t>(high) << 32) | (bits & 0xffffffffULL);
  const double f = double_of(bits) - 1.0;

  const double half_f2 = 0.5 * f * f;
  const double s = f / (2.0 + f);
  const double z = s * s;
  const double w = z * z;
  const double odd = w * (kLg2 + w * (kLg4 + w * kLg6));
  const double even = z * (kLg1 + w * (kLg3 + w * (kLg5 + w * kLg7)));
  const double dk = k;
  return s * (half_f2 + even + odd) + dk * kLn2Lo - half_f2 + f + dk * kLn2Hi;
}

double portable_log1p(double x) noexcept {
  if (x != x) return x;
  if (x == -1.0) return -kInfinity;
  if (x < -1.0) return kNaN;
  const double u = 1.0 + x;
  if (u == 1.0) return x;
  if (u == kInfinity) return portable_log(x);
  // ln(1 + x) = ln u · x / (u − 1): the factor corrects the rounding of 1 + x.
  return portable_log(u) * (x / (u - 1.0));
}

double portable_expm1(double x) noexcept {
  if (x != x) return x;
  const double u = portable_exp(x);
  if (u == 1.0) return x;
  const double u_minus_1 = u - 1.0;
  if (u_minus_1 == -1.0) return -1.0;
  if (u == kInfinity) return u;
  // e^x − 1 = (u − 1) · x / ln u: the factor corrects the error of u.
  return u_minus_1 * (x / portable_log(u));
}

}  // namespace loansim
