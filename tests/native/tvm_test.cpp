#include "loansim/tvm.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <random>
#include <vector>

#include "loansim/error.hpp"

using namespace loansim;
using namespace std::chrono;

namespace {

ErrorCode code_of(auto&& call) {
  try {
    call();
  } catch (const Error& e) {
    return e.code();
  }
  FAIL("no error thrown");
  return ErrorCode::InvalidJson;
}

std::string field_of(auto&& call) {
  try {
    call();
  } catch (const Error& e) {
    return e.field();
  }
  FAIL("no error thrown");
  return {};
}

constexpr auto kEnd = PaymentTiming::End;
constexpr auto kBegin = PaymentTiming::Begin;

}  // namespace

// ---- pmt, ipmt, ppmt ----------------------------------------------------------------------------

TEST_CASE("pmt: numpy-financial's documented examples") {
  // numpy_financial.pmt docstring: pmt(0.075/12, 12*15, 200000) = -1854.0247200054619.
  CHECK(pmt({0.075 / 12}, 12 * 15, 200000) == doctest::Approx(-1854.0247200054619).epsilon(1e-14));
  // numpy-financial test_pmt (Decimal): pmt(0.08/12, 60, 15000) = -304.1459143262052370338701494.
  CHECK(pmt({0.08 / 12}, 60, 15000) == doctest::Approx(-304.1459143262052370338701494).epsilon(1e-14));
  // numpy-financial test_pmt (Decimal): pmt(0.3, 12, 2000) = -626.9081401700757748402586600,
  // pmt(0.8, 3, 20000) = -19311.25827814569536423841060.
  CHECK(pmt({0.3}, 12, 2000) == doctest::Approx(-626.9081401700757748402586600).epsilon(1e-14));
  CHECK(pmt({0.8}, 3, 20000) == doctest::Approx(-19311.25827814569536423841060).epsilon(1e-14));
}

TEST_CASE("pmt: the issue's contract example, to the last digit") {
  // Issue 3: {"fn":"pmt","rate":0.01,"nper":12,"pv":10000} → -888.4878867834161, which is
  // -pv·r / (1 - (1 + r)^-n) with (1 + r)^-n by pow (the spreadsheet's annuity formula).
  CHECK(pmt({0.01}, 12, 10000) == -888.4878867834161);
}

TEST_CASE("pmt: a zero rate is the limit, the principal spread evenly") {
  // numpy-financial test_pmt: pmt(0.0, 5*12, 15000) = -250.0; pmt(0, 12, 2000) = -166.66667.
  CHECK(pmt({0.0}, 60, 15000) == -250.0);
  CHECK(pmt({0.0}, 12, 2000) == doctest::Approx(-166.66666666666666));
  // Hand derivation: with fv, -(pv + fv) / n.
  CHECK(pmt({0.0}, 10, 1000, -500) == -50.0);
  // Continuity: at r = 1e-12 the payment differs from the limit by about pv·r·(n + 1)/2 / n.
  CHECK(pmt({1e-12}, 60, 15000) == doctest::Approx(-250.0).epsilon(1e-10));
  CHECK(pmt({1e-15}, 60, 15000) == doctest::Approx(-250.0).epsilon(1e-13));
}

TEST_CASE("pmt: payments in advance are discounted one period") {
  // Hand derivation: an annuity-due pays pmt_end / (1 + r); for the contract loan -888.4878867834161 / 1.01.
  CHECK(pmt({0.01}, 12, 10000, 0, kBegin) == doctest::Approx(-888.4878867834161 / 1.01).epsilon(1e-15));
  // Hand derivation: a single payment in advance repays the loan at once, interest-free.
  CHECK(pmt({0.05}, 1, 1000, 0, kBegin) == doctest::Approx(-1000.0).epsilon(1e-13));
}

TEST_CASE("ipmt and ppmt: numpy-financial's documented values") {
  // numpy-financial test_ipmt (Decimal): ipmt(0.1/12, 1, 24, 2000) = -16.66666666666666666666666667.
  CHECK(ipmt({0.1 / 12}, 1, 24, 2000) == doctest::Approx(-16.66666666666666666666666667).epsilon(1e-14));
  // numpy-financial test_ppmt (Decimal): ppmt(0.1/12, 1, 60, 55000) = -710.2541257864217612489830917.
  CHECK(ppmt({0.1 / 12}, 1, 60, 55000) == doctest::Approx(-710.2541257864217612489830917).epsilon(1e-13));
  // numpy-financial test_ppmt_special_rate_decimal: ppmt(0.23/12, 1, 60, 1e10) = -90238044.2322778884413969909.
  CHECK(ppmt({0.23 / 12}, 1, 60, 1e10) == doctest::Approx(-90238044.2322778884413969909).epsilon(1e-13));
}

TEST_CASE("ipmt and ppmt: numpy-financial's amortization table for 2,500 at 8.24 % over a year") {
  // numpy_financial.ipmt docstring: per 1 is ppmt -200.58, ipmt -17.17; per 12 is -216.26, -1.49;
  // the interest totals -112.98 and the balance ends at -0.00 (all printed to the cent).
  const PeriodicRate r{0.0824 / 12};
  CHECK(std::round(ppmt(r, 1, 12, 2500) * 100) == -20058);
  CHECK(std::round(ipmt(r, 1, 12, 2500) * 100) == -1717);
  CHECK(std::round(ppmt(r, 12, 12, 2500) * 100) == -21626);
  CHECK(std::round(ipmt(r, 12, 12, 2500) * 100) == -149);
  double interest = 0.0, balance = 2500.0;
  for (int per = 1; per <= 12; ++per) interest += ipmt(r, per, 12, 2500), balance += ppmt(r, per, 12, 2500);
  CHECK(std::round(interest * 100) == -11298);
  CHECK(balance == doctest::Approx(0.0).scale(1.0).epsilon(1e-9));
}

TEST_CASE("ipmt: payments in advance, and a zero rate") {
  // numpy semantics: the first payment in advance carries no interest; a later one is the
  // end-of-period interest on the balance discounted one period.
  CHECK(ipmt({0.01}, 1, 12, 10000, 0, kBegin) == 0.0);
  const double payment = pmt({0.01}, 12, 10000, 0, kBegin);
  // Hand derivation (numpy's rule): after the first payment, at t = 0, 10000 + payment is owed; a
  // period later that is (10000 + payment)·1.01, whose interest 0.01 · that, discounted one period,
  // is (10000 + payment)·0.01.
  CHECK(ipmt({0.01}, 2, 12, 10000, 0, kBegin) == doctest::Approx(-(10000 + payment) * 0.01).epsilon(1e-13));
  CHECK(ipmt({0.0}, 5, 12, 1200) == 0.0);
  CHECK(ppmt({0.0}, 5, 12, 1200) == -100.0);
}

TEST_CASE("ipmt and ppmt: per must be a payment of the loan") {
  CHECK(code_of([] { (void)ipmt({0.01}, 0, 12, 1000); }) == ErrorCode::OutOfRange);
  CHECK(field_of([] { (void)ppmt({0.01}, 13, 12, 1000); }) == "per");
}

// ---- pv, fv, nper, rate -------------------------------------------------------------------------

TEST_CASE("fv and pv: numpy-financial's documented examples") {
  // numpy_financial.fv docstring: fv(0.05/12, 10*12, -100, -100) = 15692.92889433575.
  CHECK(fv({0.05 / 12}, 120, -100, -100) == doctest::Approx(15692.92889433575).epsilon(1e-14));
  // numpy-financial test_fv: fv(0.075, 20, -2000, 0, 0) = 86609.362673042924.
  CHECK(fv({0.075}, 20, -2000, 0) == doctest::Approx(86609.362673042924).epsilon(1e-14));
  // numpy_financial.pv docstring: pv(0.05/12, 10*12, -100, 15692.93) = -100.00067131625819.
  CHECK(pv({0.05 / 12}, 120, -100, 15692.93) == doctest::Approx(-100.00067131625819).epsilon(1e-13));
  // numpy-financial test_pv (Decimal): pv(0.07, 20, 12000, 0) = -127128.1709461939327295222005.
  CHECK(pv({0.07}, 20, 12000, 0) == doctest::Approx(-127128.1709461939327295222005).epsilon(1e-14));
}

TEST_CASE("fv and pv: zero rate limits and payments in advance") {
  // Hand derivation: no interest, so what is not paid remains: -(pv + pmt·n).
  CHECK(fv({0.0}, 12, -100, -1000) == 2200.0);
  CHECK(pv({0.0}, 12, -100, 2200) == -1000.0);
  // Hand derivation: one period at 10 % with 100 paid in advance grows to 110, in arrears to 100.
  CHECK(fv({0.1}, 1, -100, 0, kBegin) == doctest::Approx(110.0).epsilon(1e-15));
  CHECK(fv({0.1}, 1, -100, 0, kEnd) == doctest::Approx(100.0).epsilon(1e-15));
  // nper = 0: nothing happens, fv = -pv.
  CHECK(fv({0.1}, 0, -100, 500) == -500.0);
}

TEST_CASE("nper: numpy-financial's documented examples") {
  // numpy_financial.nper docstring: nper(0.07/12, -150, 8000) = 64.07335 (to 5 decimals), and its
  // table: 0.08/12 → 66.12443902, -100 → 108.07548412, 9000 → 74.06368256.
  CHECK(nper({0.07 / 12}, -150, 8000) == doctest::Approx(64.07334877).epsilon(1e-9));
  CHECK(nper({0.08 / 12}, -150, 8000) == doctest::Approx(66.12443902).epsilon(1e-9));
  CHECK(nper({0.07 / 12}, -100, 8000) == doctest::Approx(108.07548412).epsilon(1e-9));
  CHECK(nper({0.07 / 12}, -150, 9000) == doctest::Approx(74.06368256).epsilon(1e-9));
  // numpy-financial test_nper: nper(0.075, -2000, 0, 100000) = 21.54 (2 decimals); test_nper2:
  // nper(0.0, -2000, 0, 100000) = 50.
  CHECK(nper({0.075}, -2000, 0, 100000) == doctest::Approx(21.54).epsilon(1e-3));
  CHECK(nper({0.0}, -2000, 0, 100000) == 50.0);
}

TEST_CASE("nper: flows no number of periods can balance are NoSolution") {
  // Hand derivation: 1 % a month on 10,000 is 100 of interest; a payment of 100 never reduces it,
  // one of 50 lets it grow.
  CHECK(code_of([] { (void)nper({0.01}, -100, 10000); }) == ErrorCode::NoSolution);
  CHECK(field_of([] { (void)nper({0.01}, -50, 10000); }) == "pmt");
  CHECK(code_of([] { (void)nper({0.0}, 0, 10000); }) == ErrorCode::NoSolution);
  CHECK(code_of([] { (void)nper({0.0}, 0, 100, -100); }) == ErrorCode::NoSolution);
}

TEST_CASE("rate: numpy-financial's test value, exactly") {
  // numpy-financial test_rate: rate(10, 0, -3500, 10000) = 0.1107 (4 decimals). Hand derivation:
  // 3500·(1 + r)^10 = 10000, so r = (20/7)^(1/10) - 1 = 0.1106908537107528062538… (numpy's own
  // Decimal answer, 0.11069085371426…, stops at its 1e-6 tolerance; this converges fully).
  const SolvedRate solved = rate(10, 0, -3500, 10000);
  CHECK(solved.rate == doctest::Approx(0.1106908537107528062538).epsilon(1e-15));
  CHECK(solved.sign_changes == 1);
}

TEST_CASE("rate: recovers the rate of a payment, in arrears and in advance, and zero") {
  CHECK(rate(12, -888.4878867834161, 10000, 0).rate == doctest::Approx(0.01).epsilon(1e-13));
  CHECK(rate(360, pmt({0.05 / 12}, 360, 250000, 0, kBegin), 250000, 0, kBegin).rate == doctest::Approx(0.05 / 12).epsilon(1e-12));
  // Hand derivation: 12 payments of 100 repay 1,200 with no interest at all.
  CHECK(rate(12, -100, 1200, 0).rate == doctest::Approx(0.0).scale(1.0).epsilon(1e-13));
  // And a negative rate: 12 payments of 90 "repay" 1,200.
  CHECK(rate(12, -90, 1200, 0).rate < 0.0);
}

TEST_CASE("rate: no rate balances flows of one sign") {
  CHECK(code_of([] { (void)rate(12, 100, 1000, 0); }) == ErrorCode::NoSolution);
  CHECK(field_of([] { (void)rate(12, 100, 1000, 0); }) == "pmt");
}

TEST_CASE("rate: of two rates, Newton from the guess decides, and sign_changes says there may be two") {
  // Hand derivation: pv = -100 (paid now), pmt = 230 at the end of periods 1 and 2 and fv = -362
  // (nper 2, end: net flows -100, 230, -132) solve 100 (1 + r)² - 230 (1 + r) + 132 = 0:
  // 1 + r = 1.1 or 1.2, so r = 10 % or 20 %. (The two roots are close, so the equation is
  // ill-conditioned near them: a few 1e-13 of error.)
  const SolvedRate low = rate(2, 230, -100, -362, kEnd, 0.05);
  const SolvedRate high = rate(2, 230, -100, -362, kEnd, 0.3);
  CHECK(low.rate == doctest::Approx(0.1).epsilon(1e-11));
  CHECK(high.rate == doctest::Approx(0.2).epsilon(1e-11));
  CHECK(low.sign_changes == 2);
}

// ---- npv, irr ------------------------------------------------------------------------------------

TEST_CASE("npv: numpy-financial discounts the first value at t = 0") {
  // numpy_financial.npv docstring: npv(0.08, [-40000, 5000, 8000, 12000, 30000]) = 3065.22267 (5 decimals),
  // and npv(0.05, [-4000, 500, 800]) = -2798.19, npv(0.10, [-5000, 600, 900]) = -3710.74 (2 decimals).
  CHECK(npv({0.08}, std::vector<double>{-40000, 5000, 8000, 12000, 30000}) == doctest::Approx(3065.22267).epsilon(1e-9));
  CHECK(std::round(npv({0.05}, std::vector<double>{-4000, 500, 800}) * 100) == -279819);
  CHECK(std::round(npv({0.10}, std::vector<double>{-5000, 600, 900}) * 100) == -371074);
  // numpy-financial test_npv (Decimal): npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000]) = 122.894854950942692161628715.
  CHECK(npv({0.05}, std::vector<double>{-15000, 1500, 2500, 3500, 4500, 6000}) ==
        doctest::Approx(122.894854950942692161628715).epsilon(1e-13));
  // Zero rate: the plain sum.
  CHECK(npv({0.0}, std::vector<double>{-100, 30, 80}) == 10.0);
}

TEST_CASE("npv: Excel's NPV is this npv divided by (1 + rate)") {
  // Excel "NPV function" example: NPV(10%, -10000, 3000, 4200, 6800) = 1,188.44 (Excel discounts the
  // first value one period).
  const double excel = npv({0.1}, std::vector<double>{-10000, 3000, 4200, 6800}) / 1.1;
  CHECK(std::round(excel * 100) == 118844);
}

TEST_CASE("irr: numpy-financial's documented examples, one sign change") {
  // numpy_financial.irr docstring: round(irr([-100, 39, 59, 55, 20]), 5) = 0.28095,
  // irr([-100, 0, 0, 74]) = -0.0955, irr([-100, 100, 0, 7]) = 0.06206.
  const auto a = irr(std::vector<double>{-100, 39, 59, 55, 20});
  CHECK(a.rate == doctest::Approx(0.28095).epsilon(2e-5));
  CHECK(a.sign_changes == 1);
  // Hand derivation: -100 + 74 / (1 + r)^3 = 0, so r = 0.74^(1/3) - 1 = -0.0954958303…
  CHECK(irr(std::vector<double>{-100, 0, 0, 74}).rate == doctest::Approx(std::cbrt(0.74) - 1.0).epsilon(1e-14));
  CHECK(irr(std::vector<double>{-100, 100, 0, 7}).rate == doctest::Approx(0.06206).epsilon(1e-4));
  // numpy-financial test_irr: irr([-150000, 15000, 25000, 35000, 45000, 60000]) = 0.0524 (2 decimals).
  CHECK(irr(std::vector<double>{-150000, 15000, 25000, 35000, 45000, 60000}).rate == doctest::Approx(0.0524).epsilon(1e-3));
}

TEST_CASE("irr: several sign changes give numpy-financial's choice") {
  // numpy_financial.irr docstring: irr([-5, 10.5, 1, -8, 1]) = 0.0886 (5 decimals). Its roots are
  // about -0.8702, 0.0886 and 0.7096 (hand check: the NPV changes sign on [-0.88, -0.86],
  // [0.08, 0.09] and [0.70, 0.72]): the smallest non-negative one is returned.
  const auto three = irr(std::vector<double>{-5, 10.5, 1, -8, 1});
  CHECK(three.rate == doctest::Approx(0.0886).epsilon(1e-4));
  CHECK(three.sign_changes == 3);
  // numpy_financial.irr docstring: irr([-100, 100, 0, -7]) = -0.0833. Both roots are negative
  // (about -0.6789 and -0.0833): the one nearest zero is returned.
  const auto two = irr(std::vector<double>{-100, 100, 0, -7});
  CHECK(two.rate == doctest::Approx(-0.0833).epsilon(1e-3));
  CHECK(two.sign_changes == 2);
  // Hand derivation: -100 + 230/(1 + r) - 132/(1 + r)² = 0 at r = 10 % and 20 %: 10 % is returned.
  CHECK(irr(std::vector<double>{-100, 230, -132}).rate == doctest::Approx(0.1).epsilon(1e-13));
}

TEST_CASE("irr: zero at 0 % exactly, leading and trailing zeros") {
  CHECK(irr(std::vector<double>{-100, 50, 50}).rate == doctest::Approx(0.0).scale(1.0).epsilon(1e-15));
  // Hand derivation: -100 now and 110 a period later is 10 %, wherever the zeros pad the series.
  CHECK(irr(std::vector<double>{0, -100, 110, 0, 0}).rate == doctest::Approx(0.1).epsilon(1e-14));
}

TEST_CASE("irr: npv at the irr is zero (numpy-financial test_npv_irr_congruence)") {
  const std::vector<double> flows{-40000, 5000, 8000, 12000, 30000};
  CHECK(npv({irr(flows).rate}, flows) == doctest::Approx(0.0).scale(1.0).epsilon(1e-10));
}

TEST_CASE("irr: flows that never change sign have no rate (numpy returns nan)") {
  // numpy-financial test_irr: irr([-1, -2, -3]) is nan.
  CHECK(code_of([] { (void)irr(std::vector<double>{-1, -2, -3}); }) == ErrorCode::NoSolution);
  CHECK(field_of([] { (void)irr(std::vector<double>{0, 0}); }) == "values");
  CHECK(code_of([] { (void)irr(std::vector<double>{-100}); }) == ErrorCode::NoSolution);
}

TEST_CASE("irr: extreme rates near both ends of the search") {
  // Hand derivation: -1 now and 1e6 a period later is 999,999 per period; -1e6 and 1 is -99.9999 %.
  CHECK(irr(std::vector<double>{-1, 1e6}).rate == doctest::Approx(999999.0).epsilon(1e-12));
  CHECK(irr(std::vector<double>{-1e6, 1}).rate == doctest::Approx(-0.999999).epsilon(1e-12));
  // A long series whose rate is far below zero: 600 periods, -1e6 now and 1 at the end:
  // (1 + r)^600 = 1e-6, r = 10^(-6/600) - 1 (hand derivation). Nothing overflows on the way.
  std::vector<double> flows(601, 0.0);
  flows.front() = -1e6, flows.back() = 1.0;
  CHECK(irr(flows).rate == doctest::Approx(std::pow(10.0, -0.01) - 1.0).epsilon(1e-12));
}

// ---- xnpv, xirr ----------------------------------------------------------------------------------

namespace {
// Excel's XNPV/XIRR documentation example (Microsoft support, "XIRR function" / "XNPV function").
const std::vector<double> kExcelValues{-10000, 2750, 4250, 3250, 2750};
const std::vector<Date> kExcelDates{2008y / January / 1, 2008y / March / 1, 2008y / October / 30, 2009y / February / 15,
                                    2009y / April / 1};
}  // namespace

TEST_CASE("xnpv: Excel's documented example, ACT/365 from the first date") {
  // Excel XNPV(0.09, values, dates) = 2086.6476 (Microsoft's XNPV documentation: "2086.6476 or 2086.65").
  CHECK(xnpv(0.09, kExcelValues, kExcelDates) == doctest::Approx(2086.6476).epsilon(1e-8));
  // Hand derivation of the exponents: 0, 60, 303, 411 and 456 days after 2008-01-01, over 365.
  const double by_hand = -10000 + 2750 / std::pow(1.09, 60 / 365.0) + 4250 / std::pow(1.09, 303 / 365.0) +
                         3250 / std::pow(1.09, 411 / 365.0) + 2750 / std::pow(1.09, 456 / 365.0);
  CHECK(xnpv(0.09, kExcelValues, kExcelDates) == doctest::Approx(by_hand).epsilon(1e-14));
  CHECK(xnpv(0.0, kExcelValues, kExcelDates) == 3000.0);
}

TEST_CASE("xirr: Excel's documented example") {
  // Excel XIRR(values, dates, 0.1) = 0.373362535 (Excel iterates to 0.000001 %, so 1e-8 apart).
  const SolvedRate solved = xirr(kExcelValues, kExcelDates);
  CHECK(solved.rate == doctest::Approx(0.373362535).epsilon(1e-8));
  CHECK(solved.sign_changes == 1);
  CHECK(xnpv(solved.rate, kExcelValues, kExcelDates) == doctest::Approx(0.0).scale(1.0).epsilon(1e-9));
}

TEST_CASE("xirr: dates in any order after the first, same-date flows netted") {
  // Excel: "All other dates must be later than this date, but they may occur in any order."
  const std::vector<double> values{-10000, 2750, 3250, 4250, 2750};
  const std::vector<Date> dates{2008y / January / 1, 2009y / April / 1, 2009y / February / 15, 2008y / October / 30,
                                2008y / March / 1};
  CHECK(xirr(values, dates).rate == doctest::Approx(xirr(kExcelValues, kExcelDates).rate).epsilon(1e-14));
  // -100 and +100 on the first date net to nothing; the rest never changes sign.
  const std::vector<Date> two_days{2024y / January / 1, 2024y / January / 1, 2025y / January / 1};
  CHECK(code_of([&] { (void)xirr(std::vector<double>{-100, 100, 5}, two_days); }) == ErrorCode::NoSolution);
  // Hand derivation: -100 on 2023-01-01 and 110 on 2024-01-01 (365 days) is exactly 10 % a year.
  const std::vector<Date> one_year{2023y / January / 1, 2024y / January / 1};
  CHECK(xirr(std::vector<double>{-100, 110}, one_year).rate == doctest::Approx(0.1).epsilon(1e-14));
}

TEST_CASE("xnpv and xirr: dates before the start and mismatched lengths are errors") {
  const std::vector<Date> backwards{2024y / January / 1, 2023y / December / 31};
  CHECK(field_of([&] { (void)xnpv(0.1, std::vector<double>{-100, 110}, backwards); }) == "dates[1]");
  CHECK(field_of([&] { (void)xirr(std::vector<double>{-100, 110, 5}, backwards); }) == "dates");
  CHECK(code_of([&] { (void)xirr(std::vector<double>{-100, -110}, kExcelDates); }) == ErrorCode::InvalidValue);
}

TEST_CASE("xirr: a deeply negative rate over decades does not overflow") {
  // Hand derivation: -1e6 on 1950-01-01 and 1 on 2050-01-01 (36,525 days): (1 + r)^(36525/365) = 1e-6.
  const std::vector<Date> century{1950y / January / 1, 2050y / January / 1};
  CHECK(xirr(std::vector<double>{-1e6, 1}, century).rate == doctest::Approx(std::pow(1e-6, 365.0 / 36525.0) - 1.0).epsilon(1e-12));
}

// ---- domain errors -------------------------------------------------------------------------------

TEST_CASE("tvm: rates at or below -100 %, negative periods and non-finite inputs are errors") {
  CHECK(code_of([] { (void)pmt({-1.0}, 12, 1000); }) == ErrorCode::OutOfRange);
  CHECK(field_of([] { (void)fv({-1.5}, 12, 0, 1000); }) == "rate");
  CHECK(field_of([] { (void)pmt({0.01}, 0, 1000); }) == "nper");
  CHECK(field_of([] { (void)pv({0.01}, -1, 0, 1000); }) == "nper");
  CHECK(field_of([] { (void)pv({0.01}, 12, NAN, 1000); }) == "pmt");
  CHECK(field_of([] { (void)npv({0.01}, std::vector<double>{1, INFINITY}); }) == "values[1]");
  CHECK(field_of([] { (void)rate(12, -100, 1000, 0, kEnd, -1.0); }) == "guess");
}

// ---- properties over random loans ----------------------------------------------------------------

TEST_CASE("tvm properties: pv ↔ fv round trip, pmt ↔ nper ↔ rate consistency, ipmt + ppmt = pmt") {
  std::mt19937_64 random(20240603);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int trial = 0; trial < 2000; ++trial) {
    // Rates from 0 % to 400 % a year spread over 12 periods, zero included; 1 to 600 periods.
    const double r = trial % 10 == 0 ? 0.0 : 4.0 * unit(random) / 12.0;
    const double n = std::floor(1.0 + 600.0 * unit(random));
    const double principal = 1.0 + 1e6 * unit(random);
    const double balloon = trial % 3 == 0 ? -principal * unit(random) / 2.0 : 0.0;
    const PaymentTiming when = trial % 2 == 0 ? kEnd : kBegin;
    CAPTURE(r);
    CAPTURE(n);
    CAPTURE(principal);
    CAPTURE(balloon);

    const double payment = pmt({r}, n, principal, balloon, when);
    // The payment balances the loan: fv of the loan and its payments is the balloon. (fv sums terms
    // of size principal·(1 + r)^n to a far smaller balloon, so that is the scale of its rounding.)
    CHECK(fv({r}, n, payment, principal, when) == doctest::Approx(balloon).scale(principal * std::pow(1.0 + r, n)).epsilon(1e-12));
    // pv(fv(pv)) = pv.
    CHECK(pv({r}, n, payment, fv({r}, n, payment, principal, when), when) == doctest::Approx(principal).epsilon(1e-9));
    // nper recovers the term when the payment covers more than the interest.
    if (r == 0.0 || std::fabs(payment) > r * principal * 1.0001) {
      CHECK(nper({r}, payment, principal, balloon, when) == doctest::Approx(n).epsilon(1e-6));
    }
    // rate recovers the rate (Newton from 10 %, a single sign change: the only root) — except for one
    // payment in advance, which repays the loan at once and so carries no rate at all.
    if (n > 1.0 || when == kEnd) {
      CHECK(rate(n, payment, principal, balloon, when).rate == doctest::Approx(r).scale(1.0).epsilon(1e-9));
    }
    // ipmt + ppmt = pmt at a random period.
    const double per = std::floor(1.0 + (n - 1.0) * unit(random));
    CHECK(ipmt({r}, per, n, principal, balloon, when) + ppmt({r}, per, n, principal, balloon, when) ==
          doctest::Approx(payment).epsilon(1e-12));
  }
}

TEST_CASE("tvm properties: the irr of a loan's flows is its rate, and its xirr its effective annual rate") {
  std::mt19937_64 random(7);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int trial = 0; trial < 500; ++trial) {
    const double r = 4.0 * unit(random) / 12.0;
    const int n = 1 + static_cast<int>(120.0 * unit(random));
    const double payment = pmt({r}, n, 10000);
    std::vector<double> flows(static_cast<std::size_t>(n) + 1, -payment);
    flows[0] = -10000;
    CAPTURE(r);
    CAPTURE(n);
    CHECK(irr(flows).rate == doctest::Approx(r).scale(1.0).epsilon(1e-10));
    // Dated every 365 days: a period is then exactly a year, so xirr equals irr.
    std::vector<Date> dates;
    for (int t = 0; t <= n; ++t) dates.push_back(Date{sys_days{2000y / January / 1} + days{365 * t}});
    CHECK(xirr(flows, dates).rate == doctest::Approx(r).scale(1.0).epsilon(1e-10));
  }
}
