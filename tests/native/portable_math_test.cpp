#include "loansim/portable_math.hpp"

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

#include <doctest/doctest.h>

using namespace loansim;

namespace {

// Distance in units in the last place between two finite doubles of the same sign.
std::int64_t ulps(double a, double b) {
  const auto ia = std::bit_cast<std::int64_t>(a), ib = std::bit_cast<std::int64_t>(b);
  return ia > ib ? ia - ib : ib - ia;
}

constexpr double kInf = std::numeric_limits<double>::infinity();

}  // namespace

TEST_CASE("portable_math: within an ulp or two of the C library over a million arguments") {
  // Reference: glibc's exp/log/log1p/expm1, themselves within an ulp of the true values; ours are
  // fdlibm's reductions (< 1 ulp), log1p/expm1 Kahan's corrections (a few ulps at most).
  std::mt19937_64 random(1978);
  std::uniform_real_distribution<double> wide(-740.0, 709.0), rate(-0.9, 4.0), unit(0.0, 1.0);
  std::int64_t worst_exp = 0, worst_log = 0, worst_log1p = 0, worst_expm1 = 0;
  for (int n = 0; n < 250'000; ++n) {
    const double x = wide(random);
    worst_exp = std::max(worst_exp, ulps(portable_exp(x), std::exp(x)));
    const double y = std::ldexp(unit(random) + 0.5, static_cast<int>(random() % 2000) - 1000);
    worst_log = std::max(worst_log, ulps(portable_log(y), std::log(y)));
    const double r = rate(random) * std::ldexp(1.0, -static_cast<int>(random() % 40));
    worst_log1p = std::max(worst_log1p, ulps(portable_log1p(r), std::log1p(r)));
    worst_expm1 = std::max(worst_expm1, ulps(portable_expm1(r), std::expm1(r)));
  }
  CHECK(worst_exp <= 1);
  CHECK(worst_log <= 1);
  CHECK(worst_log1p <= 2);
  CHECK(worst_expm1 <= 2);
}

TEST_CASE("portable_math: exact and special values") {
  CHECK(portable_exp(0.0) == 1.0);
  CHECK(portable_exp(1e-300) == 1.0);
  CHECK(portable_exp(710.0) == kInf);
  CHECK(portable_exp(-746.0) == 0.0);
  CHECK(portable_exp(-kInf) == 0.0);
  CHECK(std::isnan(portable_exp(std::nan(""))));
  CHECK(portable_exp(-744.0) > 0.0);           // a subnormal result
  CHECK(portable_exp(709.7) < kInf);
  CHECK(portable_log(1.0) == 0.0);
  CHECK(portable_log(2.0) == doctest::Approx(0.6931471805599453).epsilon(1e-16));
  CHECK(portable_log(0.0) == -kInf);
  CHECK(portable_log(kInf) == kInf);
  CHECK(std::isnan(portable_log(-1.0)));
  CHECK(portable_log(4.9406564584124654e-324) == doctest::Approx(-744.4400719213812).epsilon(1e-15));  // ln of the least subnormal
  CHECK(portable_log1p(0.0) == 0.0);
  CHECK(portable_log1p(1e-20) == 1e-20);
  CHECK(portable_log1p(-1.0) == -kInf);
  CHECK(std::isnan(portable_log1p(-2.0)));
  CHECK(portable_log1p(kInf) == kInf);
  CHECK(portable_expm1(0.0) == 0.0);
  CHECK(portable_expm1(1e-20) == 1e-20);
  CHECK(portable_expm1(-800.0) == -1.0);
  CHECK(portable_expm1(800.0) == kInf);
}
