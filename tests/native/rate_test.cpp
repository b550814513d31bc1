#include "loansim/rate.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>

using namespace loansim;

// Nominal ↔ periodic is plain arithmetic, usable at compile time.
static_assert(periodic_from_nominal(0.12, 12).value == 0.01);
static_assert(nominal_from_periodic({0.01}, 12) == 0.12);

TEST_CASE("rate: Excel's EFFECT documentation example, 5.25 % compounded quarterly") {
  // Excel EFFECT(0.0525, 4) = 0.0535427 (Microsoft support, "EFFECT function", example).
  CHECK(effective_from_nominal(0.0525, 4) == doctest::Approx(0.0535427).epsilon(1e-7));
  // Hand derivation: 0.0525 / 4 = 0.013125 and 1.013125^4 = 1.053542667370758056640625 exactly
  // (a terminating decimal), so the effective rate is 0.053542667370758056640625.
  CHECK(effective_from_nominal(0.0525, 4) == doctest::Approx(0.053542667370758056640625).epsilon(1e-15));
}

TEST_CASE("rate: Excel's NOMINAL documentation example, 5.3543 % effective, quarterly") {
  // Excel NOMINAL(0.053543, 4) = 0.05250032 (Microsoft support, "NOMINAL function", example).
  CHECK(nominal_from_effective(0.053543, 4) == doctest::Approx(0.05250032).epsilon(1e-8));
}

TEST_CASE("rate: 1 % a month is 12 % nominal and 12.68 % effective a year") {
  // Hand derivation: 1.01^12 = 1.126825030131969720661201 exactly.
  CHECK(nominal_from_periodic({0.01}, 12) == 0.12);
  CHECK(effective_from_periodic({0.01}, 12) == doctest::Approx(0.126825030131969720661201).epsilon(1e-15));
  CHECK(effective_from_monthly({0.01}) == effective_from_periodic({0.01}, 12));
  // And back: (1.126825030131969720661201)^(1/12) − 1 = 0.01.
  CHECK(periodic_from_effective(0.126825030131969720661201, 12).value == doctest::Approx(0.01).epsilon(1e-15));
}

TEST_CASE("rate: a Creditas-style monthly rate of 2 % is 26.82 % effective a year") {
  // Hand derivation: 1.02^12 = 1.268241794562545318301696 exactly.
  CHECK(effective_from_monthly({0.02}) == doctest::Approx(0.268241794562545318301696).epsilon(1e-15));
  CHECK(monthly_from_effective(0.268241794562545318301696).value == doctest::Approx(0.02).epsilon(1e-15));
}

TEST_CASE("rate: a zero rate is zero in every quote") {
  CHECK(effective_from_periodic({0.0}, 12) == 0.0);
  CHECK(periodic_from_effective(0.0, 12).value == 0.0);
  CHECK(effective_from_nominal(0.0, 365) == 0.0);
  CHECK(nominal_from_effective(0.0, 365) == 0.0);
}

TEST_CASE("rate: a tiny rate keeps its digits (no 1 + r rounding)") {
  // Hand derivation: (1 + r)^12 − 1 = 12 r + 66 r² + … ; for r = 1e-12 that is 1.2000000000066e-11,
  // which pow(1 + r, 12) − 1 gets wrong from the fourth digit on (1 + 1e-12 is not exact: 1.20011e-11).
  CHECK(effective_from_periodic({1e-12}, 12) == doctest::Approx(1.2000000000066e-11).epsilon(1e-14));
  CHECK(periodic_from_effective(1.2000000000066e-11, 12).value == doctest::Approx(1e-12).epsilon(1e-13));
}

TEST_CASE("rate: conversions round-trip over rates, compounding frequencies and directions") {
  // Property: periodic → effective → periodic and nominal → effective → nominal return the input.
  // (Not for deeply negative rates over many periods: 0.5^365 − 1 is −1 to the last bit, and no
  // inverse can recover the rate from it.)
  for (const double m : {1.0, 2.0, 4.0, 12.0, 26.0, 52.0, 365.0, 13.0, 6.0}) {
    for (const double r : {-0.01, -0.001, 1e-9, 0.001, 0.01, 0.05, 0.3, 1.0, 4.0}) {
      CAPTURE(m);
      CAPTURE(r);
      CHECK(periodic_from_effective(effective_from_periodic({r}, m), m).value == doctest::Approx(r).epsilon(1e-13));
      CHECK(nominal_from_effective(effective_from_nominal(r, m), m) == doctest::Approx(r).epsilon(1e-13));
      // More compounding never costs less: effective ≥ nominal for a positive rate, equal at m = 1.
      if (r > 0) CHECK(effective_from_nominal(r, m) >= r * (1 - 1e-15));
    }
  }
}

TEST_CASE("rate: at or below -100 % a period there is no rate, and the result says so (NaN)") {
  CHECK(std::isnan(effective_from_periodic({-1.5}, 12)));
  CHECK(std::isnan(periodic_from_effective(-1.5, 12).value));
}
