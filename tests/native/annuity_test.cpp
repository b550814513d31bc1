#include "loansim/annuity.hpp"

#include <doctest/doctest.h>

using namespace loansim;

TEST_CASE("level_payment: 10,000.00 at 12 % a year over 12 months pays 888.49") {
  // numpy_financial.pmt(0.01, 12, 10000) = -888.4878867834161 → 888.49 half-up.
  const Money payment = level_payment(Money(1'000'000, Currency::USD), periodic_from_nominal(0.12, 12), 12);
  CHECK(payment == Money(88'849, Currency::USD));
}

TEST_CASE("level_payment: textbook 30-year mortgage") {
  // 100,000 at 6 % over 360 months: 599.55, the standard amortization-table value
  // (numpy_financial.pmt(0.005, 360, 100000) = -599.5505251527569).
  CHECK(level_payment(Money(10'000'000, Currency::USD), periodic_from_nominal(0.06, 12), 360).minor() == 59'955);
}

TEST_CASE("level_payment: annuity-due divides by (1 + r)") {
  // numpy_financial.pmt(0.01, 12, 10000, when='begin') = -879.6909770132833 → 879.69.
  CHECK(level_payment(Money(1'000'000, Currency::USD), {0.01}, 12, PaymentTiming::Begin).minor() == 87'969);
}

TEST_CASE("level_payment: zero rate splits the principal evenly, rounded by the policy") {
  CHECK(level_payment(Money(1'000'000, Currency::USD), {0.0}, 3).minor() == 333'333);           // 3333.333… half-up
  CHECK(level_payment(Money(1'000'000, Currency::USD), {0.0}, 3, PaymentTiming::End, Rounding::Up).minor() == 333'334);
}

TEST_CASE("level_payment: whole rupiah, rounded up as Indonesian lenders do") {
  // Rp 10,000,000 at 12 % over 12: 888,487.886… → Rp 888,488 rounded up.
  CHECK(level_payment(Money(10'000'000, Currency::IDR), {0.01}, 12, PaymentTiming::End, Rounding::Up).minor() == 888'488);
}

TEST_CASE("level_payment: rejects impossible terms and rates") {
  CHECK_THROWS_AS((void)level_payment(Money(100, Currency::USD), {0.01}, 0), Error);
  CHECK_THROWS_AS((void)level_payment(Money(100, Currency::USD), {-1.0}, 12), Error);
}

TEST_CASE("level_payment_factor: the unrounded installment per unit of principal") {
  // numpy_financial.pmt(0.01, 12, 1) = -0.08884878867834161; with when='begin' it is divided by 1.01.
  CHECK(level_payment_factor({0.01}, 12) == doctest::Approx(0.08884878867834161).epsilon(1e-15));
  CHECK(level_payment_factor({0.01}, 12, PaymentTiming::Begin) == doctest::Approx(0.08884878867834161 / 1.01).epsilon(1e-15));
  CHECK(level_payment_factor({0.0}, 4) == 0.25);  // a zero rate splits evenly
  CHECK_THROWS_AS((void)level_payment_factor({0.01}, 0), Error);
}
