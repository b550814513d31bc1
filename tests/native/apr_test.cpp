#include "loansim/apr.hpp"

#include <cmath>
#include <random>
#include <vector>

#include <doctest/doctest.h>

using namespace loansim;
using namespace std::chrono;

// Reference values of Regulation Z come from 12 CFR 1026 Appendix J (c), "Examples for the
// actuarial method" (CFR 2024 edition, title 12 vol. 9, pp. 435–440). The examples are page images
// in the CFR; their inputs (A, P, n, t, f, unit periods a year) and published APRs were read from
// transcriptions of those pages, each reproduced here to the published two decimals.

namespace {

Date d(int y, unsigned m, unsigned day) { return year{y} / month{m} / std::chrono::day{day}; }
Money usd(double dollars) { return {std::llround(dollars * 100.0), Currency::USD}; }

// Appendix J's form: `count` payments of `amount`, the first t full unit periods and f of one after
// the start, the rest one unit period apart.
struct Series {
  double amount;
  int count;
  int t;
  double f;
};
std::vector<CashFlow> positioned(double advance, std::initializer_list<Series> series) {
  std::vector<CashFlow> flows{{advance, 0.0, 0.0}};
  for (const auto& s : series) {
    for (int k = 0; k < s.count; ++k) flows.push_back({-s.amount, static_cast<double>(s.t + k), s.f});
  }
  return flows;
}

// Dated payments: `count` of `amount` from `first`, one unit period apart.
void add_series(std::vector<DatedFlow>& payments, double amount, int count, Date first, UnitPeriod unit) {
  for (int k = 0; k < count; ++k) payments.push_back({add_unit_periods(first, unit, k), usd(amount)});
}

struct Published {
  const char* paragraph;
  std::vector<CashFlow> flows;
  double per_year;
  double apr_pct;
  bool regular;
};

}  // namespace

TEST_CASE("reg_z: every Appendix J (c) example, as the appendix places its flows, to the published APR") {
  const std::vector<Published> examples{
      {"(c)(1)(i) monthly, regular first period", positioned(5000, {{230, 24, 1, 0}}), 12, 9.69, true},
      {"(c)(1)(ii) monthly, long first period", positioned(6000, {{200, 36, 1, 19.0 / 30}}), 12, 11.82, true},
      {"(c)(1)(iii) semimonthly, short first period", positioned(5000, {{219.17, 24, 0, 6.0 / 15}}), 24, 10.34, true},
      {"(c)(1)(iv) quarterly, long first period", positioned(10000, {{385, 40, 1, 39.0 / 90}}), 4, 8.97, true},
      {"(c)(1)(v) weekly, long first period", positioned(500, {{17.60, 30, 4, 4.0 / 7}}), 52, 14.96, true},
      {"(c)(2)(i) monthly, irregular first payment", positioned(5000, {{250, 1, 1, 0}, {230, 23, 2, 0}}), 12, 10.08, true},
      {"(c)(2)(ii) every 4 weeks, long first period, irregular first payment",
       positioned(400, {{39.50, 1, 1, 5.0 / 28}, {38.31, 11, 2, 5.0 / 28}}), 13, 28.50, true},
      {"(c)(3)(i) monthly, irregular final payment", positioned(5000, {{230, 23, 1, 0}, {280, 1, 24, 0}}), 12, 10.50, true},
      {"(c)(3)(ii) every 2 weeks, short first period, irregular final payment",
       positioned(200, {{9.50, 19, 0, 8.0 / 14}, {30, 1, 19, 8.0 / 14}}), 26, 12.22, true},
      {"(c)(4)(i) monthly, irregular first and final payments",
       positioned(5000, {{250, 1, 1, 0}, {230, 22, 2, 0}, {280, 1, 24, 0}}), 12, 10.90, true},
      {"(c)(4)(ii) every 2 months, short first period, irregular first and final payments",
       positioned(8000, {{449.36, 1, 0, 52.0 / 60}, {465, 18, 1, 52.0 / 60}, {200, 1, 19, 52.0 / 60}}), 6, 7.30, true},
      {"(c)(5)(i) single payment, term of 255 days", positioned(1000, {{1080, 1, 1, 0}}), 365.0 / 255, 11.45, true},
      {"(c)(5)(ii) single payment, term of 6 months", positioned(1000, {{1044, 1, 1, 0}}), 2, 8.80, true},
      {"(c)(5)(iii) single payment, term of 18 months (1 year and 6/12)", positioned(1000, {{1135.19, 1, 1, 6.0 / 12}}), 1,
       8.76, true},
      {"(c)(5)(iv) single payment, term of 2 years", positioned(1000, {{1240, 1, 2, 0}}), 1, 11.36, true},
      {"(c)(6)(i) every 4 weeks with skipped payments",
       positioned(2135, {{100, 9, 0, 26.0 / 28}, {100, 6, 10, 12.0 / 28}, {100, 6, 16, 26.0 / 28}, {100, 3, 23, 12.0 / 28}}),
       13, 12.00, false},
      {"(c)(6)(ii) monthly with skipped payments and single payments",
       positioned(7350, {{1000, 3, 6, 12.0 / 30}, {2000, 1, 12, 12.0 / 30}, {750, 3, 18, 12.0 / 30}, {1000, 1, 22, 29.0 / 30}}),
       12, 10.22, false},
  };
  for (const auto& example : examples) {
    CAPTURE(example.paragraph);
    const RegZApr apr = reg_z_apr(example.flows, example.per_year);
    CHECK(apr.disclosed_pct == example.apr_pct);
    CHECK(std::fabs(apr.apr * 100.0 - example.apr_pct) <= 0.005);
    CHECK(apr.apr == doctest::Approx(apr.unit_period_rate * example.per_year).epsilon(1e-15));
    CHECK(apr.regular == example.regular);
    CHECK(apr.tolerance_pct == (example.regular ? 0.125 : 0.25));
  }
}

TEST_CASE("reg_z: the dated Appendix J (c)(1)–(c)(5)(i) examples place their own flows and reproduce") {
  struct Dated {
    const char* paragraph;
    double advance;
    Date advanced_on;
    std::vector<DatedFlow> payments;
    UnitPeriod unit;
    double apr_pct;
  };
  const UnitPeriod month{TimeUnit::Month, 1};
  std::vector<Dated> examples;
  const auto add = [&](const char* paragraph, double advance, Date on, UnitPeriod unit, double apr_pct, auto&& build) {
    Dated example{paragraph, advance, on, {}, unit, apr_pct};
    build(example.payments);
    examples.push_back(std::move(example));
  };
  // Advance 1-10-78, 24 payments of $230 from 2-10-78.
  add("(c)(1)(i)", 5000, d(1978, 1, 10), month, 9.69, [&](auto& p) { add_series(p, 230, 24, d(1978, 2, 10), month); });
  // Advance 2-10-78, 36 payments of $200 from 4-1-78.
  add("(c)(1)(ii)", 6000, d(1978, 2, 10), month, 11.82, [&](auto& p) { add_series(p, 200, 36, d(1978, 4, 1), month); });
  // Advance 2-23-78, 24 semimonthly payments of $219.17 from 3-1-78 (the 1st and 16th).
  add("(c)(1)(iii)", 5000, d(1978, 2, 23), {TimeUnit::Semimonth, 1}, 10.34,
      [&](auto& p) { add_series(p, 219.17, 24, d(1978, 3, 1), {TimeUnit::Semimonth, 1}); });
  // Advance 5-23-78, 40 quarterly payments of $385 from 10-1-78.
  add("(c)(1)(iv)", 10000, d(1978, 5, 23), {TimeUnit::Month, 3}, 8.97,
      [&](auto& p) { add_series(p, 385, 40, d(1978, 10, 1), {TimeUnit::Month, 3}); });
  // Advance 3-20-78, 30 weekly payments of $17.60 from 4-21-78.
  add("(c)(1)(v)", 500, d(1978, 3, 20), {TimeUnit::Week, 1}, 14.96,
      [&](auto& p) { add_series(p, 17.60, 30, d(1978, 4, 21), {TimeUnit::Week, 1}); });
  // Advance 1-10-78, $250 on 2-10-78, then 23 of $230 from 3-10-78.
  add("(c)(2)(i)", 5000, d(1978, 1, 10), month, 10.08, [&](auto& p) {
    p.push_back({d(1978, 2, 10), usd(250)});
    add_series(p, 230, 23, d(1978, 3, 10), month);
  });
  // Advance 3-18-78, $39.50 on 4-20-78, then 11 of $38.31 every 4 weeks from 5-18-78.
  add("(c)(2)(ii)", 400, d(1978, 3, 18), {TimeUnit::Week, 4}, 28.50, [&](auto& p) {
    p.push_back({d(1978, 4, 20), usd(39.50)});
    add_series(p, 38.31, 11, d(1978, 5, 18), {TimeUnit::Week, 4});
  });
  // Advance 1-10-78, 23 of $230 from 2-10-78, $280 on 1-10-80.
  add("(c)(3)(i)", 5000, d(1978, 1, 10), month, 10.50, [&](auto& p) {
    add_series(p, 230, 23, d(1978, 2, 10), month);
    p.push_back({d(1980, 1, 10), usd(280)});
  });
  // Advance 4-3-78, 19 of $9.50 every 2 weeks from 4-11-78, $30 two weeks after the 19th.
  add("(c)(3)(ii)", 200, d(1978, 4, 3), {TimeUnit::Week, 2}, 12.22, [&](auto& p) {
    add_series(p, 9.50, 19, d(1978, 4, 11), {TimeUnit::Week, 2});
    p.push_back({d(1979, 1, 2), usd(30)});
  });
  // Advance 1-10-78, $250 on 2-10-78, 22 of $230 from 3-10-78, $280 on 1-10-80.
  add("(c)(4)(i)", 5000, d(1978, 1, 10), month, 10.90, [&](auto& p) {
    p.push_back({d(1978, 2, 10), usd(250)});
    add_series(p, 230, 22, d(1978, 3, 10), month);
    p.push_back({d(1980, 1, 10), usd(280)});
  });
  // Advance 1-10-78, $449.36 on 3-1-78, 18 of $465 every 2 months from 5-1-78, $200 on 5-1-81.
  add("(c)(4)(ii)", 8000, d(1978, 1, 10), {TimeUnit::Month, 2}, 7.30, [&](auto& p) {
    p.push_back({d(1978, 3, 1), usd(449.36)});
    add_series(p, 465, 18, d(1978, 5, 1), {TimeUnit::Month, 2});
    p.push_back({d(1981, 5, 1), usd(200)});
  });
  // Advance 1-3-78, $1,080 on 9-15-78: one unit period of 255 days.
  add("(c)(5)(i)", 1000, d(1978, 1, 3), {TimeUnit::Day, 255}, 11.45,
      [&](auto& p) { p.push_back({d(1978, 9, 15), usd(1080)}); });

  for (const auto& example : examples) {
    CAPTURE(example.paragraph);
    const std::vector<DatedFlow> advances{{example.advanced_on, usd(example.advance)}};
    const RegZApr apr = reg_z_apr(advances, example.payments, example.unit);
    CHECK(apr.disclosed_pct == example.apr_pct);
    CHECK(apr.regular);
  }
}

TEST_CASE("reg_z: a fee-free regular annuity's APR is its nominal rate") {
  // Level payment P·r / (1 − (1 + r)^−n), unrounded, 60 months at 12 %/12 (annuity formula).
  const double r = 0.01;
  const double payment = 10000.0 * r / (1.0 - std::pow(1.0 + r, -60));
  const auto flows = positioned(10000, {{payment, 60, 1, 0}});
  CHECK(reg_z_apr(flows, 12).apr == doctest::Approx(0.12).epsilon(1e-13));
  CHECK(irr_apr(flows, 12).apr == doctest::Approx(0.12).epsilon(1e-13));
  // 888.49, the cent-rounded installment of 10,000 over 12 months at 1 % (numpy-financial pmt
  // gives 888.4878867834161): the rounding moves the APR by well under 1/100 point.
  std::vector<DatedFlow> payments;
  add_series(payments, 888.49, 12, d(2025, 2, 15), {TimeUnit::Month, 1});
  const auto dated = reg_z_apr(std::vector<DatedFlow>{{d(2025, 1, 15), usd(10000)}}, payments, {TimeUnit::Month, 1});
  CHECK(dated.disclosed_pct == 12.00);
  CHECK(dated.apr > 0.12);
}

TEST_CASE("cost of credit: adding a fee never lowers the rate, for thousands of random loans") {
  // Property: a fee paid at the start (a payment on the advance date) only adds to what the customer
  // pays, so under every standard the rate that balances the flows rises.
  std::mt19937_64 random(7);
  std::vector<DatedFlow> payments;
  for (int loan = 0; loan < 1000; ++loan) {
    const Date start = add_days(d(2000, 1, 1), static_cast<int>(random() % 9000));
    const auto principal = static_cast<std::int64_t>(10000 + random() % 100'000'000);  // 100 to 1,000,100 USD
    const int periods = 1 + static_cast<int>(random() % 120);
    const double monthly = static_cast<double>(random() % 3334) / 10000.0;  // 0 to 33.33 % a month
    const Money installment =
        Money(principal, Currency::USD).scaled(monthly == 0.0 ? 1.0 / periods : monthly / -std::expm1(-periods * std::log1p(monthly)),
                                              Rounding::HalfUp);
    payments.clear();
    for (int k = 1; k <= periods; ++k) payments.push_back({add_months(start, k), installment});
    const std::vector<DatedFlow> advances{{start, Money(principal, Currency::USD)}};
    auto with_fee = payments;
    with_fee.push_back({start, Money(1 + static_cast<std::int64_t>(random() % 50000), Currency::USD)});
    const UnitPeriod month{TimeUnit::Month, 1};
    CAPTURE(loan);
    CHECK(reg_z_apr(advances, with_fee, month).apr > reg_z_apr(advances, payments, month).apr);
    CHECK(br_cet(advances, with_fee).annual > br_cet(advances, payments).annual);
    CHECK(eu_aprc(advances, with_fee).aprc > eu_aprc(advances, payments).aprc);
    CHECK(irr_apr(advances, with_fee, month).apr > irr_apr(advances, payments, month).apr);
  }
}

TEST_CASE("br_cet: the Banco Central's worked example, 43.93 % a year, 3.08 % a month") {
  // Banco Central do Brasil, FAQ "Custo Efetivo Total": R$ 1,000.00 financed at 0.95 % a month,
  // 5 monthly installments of R$ 205.73, a R$ 50 registration fee and R$ 10 of IOF paid upfront:
  // FC0 = 940.00, FCj = 205.73, "CET = 43,93% ao ano ou 3,08% ao mês", installments at fixed periods.
  std::vector<CashFlow> flows{{94000, 0, 0}};
  for (int k = 1; k <= 5; ++k) flows.push_back({-20573, static_cast<double>(k), 0});
  const Cet cet = br_cet(flows, 12);
  CHECK(cet.disclosed_annual_pct == 43.93);
  CHECK(cet.disclosed_monthly_pct == 3.08);
}

TEST_CASE("br_cet: calendar days over 365, effective annual (Resolução CMN 3.517/2007)") {
  const std::vector<DatedFlow> advance{{d(2025, 1, 15), Money(100000, Currency::BRL)}};
  // 1,000 → 1,100 after 365 days: 10 % a year exactly; a month is (1.1)^(1/12) − 1 (hand derivation).
  Cet cet = br_cet(advance, std::vector<DatedFlow>{{d(2026, 1, 15), Money(110000, Currency::BRL)}});
  CHECK(cet.annual == doctest::Approx(0.1).epsilon(1e-14));
  CHECK(cet.monthly == doctest::Approx(std::pow(1.1, 1.0 / 12.0) - 1.0).epsilon(1e-13));
  CHECK(cet.disclosed_annual_pct == 10.00);
  CHECK(cet.disclosed_monthly_pct == 0.80);
  // Across 2024-02-29: 366 days are 366/365 years, so (1 + CET)^(366/365) = 1.1.
  cet = br_cet(std::vector<DatedFlow>{{d(2024, 1, 1), Money(100000, Currency::BRL)}},
               std::vector<DatedFlow>{{d(2025, 1, 1), Money(110000, Currency::BRL)}});
  CHECK(cet.annual == doctest::Approx(std::pow(1.1, 365.0 / 366.0) - 1.0).epsilon(1e-13));
  // The Banco Central example on real dates: the installments on the 15th of each month after a
  // release on 2025-01-15 fall 31, 59, 90, 120 and 151 days out, so the CET is above the
  // fixed-period 43.93 % (February is short): Σ 205.73 / (1 + CET)^(d/365) = 940.
  std::vector<DatedFlow> payments;
  for (int k = 1; k <= 5; ++k) payments.push_back({add_months(d(2025, 1, 15), k), Money(20573, Currency::BRL)});
  cet = br_cet(std::vector<DatedFlow>{{d(2025, 1, 15), Money(94000, Currency::BRL)}}, payments);
  double balance = 0.0;
  for (const int days : {31, 59, 90, 120, 151}) balance += 205.73 / std::pow(1.0 + cet.annual, days / 365.0);
  CHECK(balance == doctest::Approx(940.0).epsilon(1e-12));
  CHECK(cet.annual > 0.4393);
}

TEST_CASE("eu_aprc: Annex I, years of 365 days or of 12 equal months, one decimal") {
  const std::vector<DatedFlow> advance{{d(2025, 3, 1), Money(100000, Currency::EUR)}};
  // 1,000 → 1,100 a year (365 days) later: 10.0 %.
  Aprc aprc = eu_aprc(advance, std::vector<DatedFlow>{{d(2026, 3, 1), Money(110000, Currency::EUR)}});
  CHECK(aprc.aprc == doctest::Approx(0.1).epsilon(1e-14));
  CHECK(aprc.disclosed_pct == 10.0);
  // 12 monthly payments counted in twelfths of a year: APRC = (1 + monthly IRR)^12 − 1, the monthly
  // IRR of 1,000 against 12 × 88.85 (the level payment at 1 % a month, rounded to the cent).
  std::vector<DatedFlow> payments;
  for (int k = 1; k <= 12; ++k) payments.push_back({add_months(d(2025, 3, 1), k), Money(8885, Currency::EUR)});
  aprc = eu_aprc(advance, payments, AprcTime::Months);
  const double monthly = irr_apr(advance, payments, {TimeUnit::Month, 1}).periodic_rate;
  CHECK(aprc.aprc == doctest::Approx(std::pow(1.0 + monthly, 12.0) - 1.0).epsilon(1e-13));
  CHECK(aprc.disclosed_pct == 12.7);  // 1.01^12 − 1 = 12.68 %, one decimal: 12.7
  // Odd days count over an equal month of 365/12 days: 1,000 → 1,010 after 15 days in the months
  // basis is (1.01)^(365/15) − 1 a year, as in the days basis (hand derivation).
  aprc = eu_aprc(advance, std::vector<DatedFlow>{{d(2025, 3, 16), Money(101000, Currency::EUR)}}, AprcTime::Months);
  CHECK(aprc.aprc == doctest::Approx(std::pow(1.01, 365.0 / 15.0) - 1.0).epsilon(1e-12));
}

TEST_CASE("in_rbi: the Key Facts Statement illustration, 17.10 %") {
  // RBI circular DOR.STR.REC.13/13.03.00/2024-25 (15 April 2024), Annex B illustration as
  // transcribed: sanctioned Rs 20,000, fees Rs 400, net disbursed Rs 19,600, 24 monthly EMIs of
  // Rs 970, APR 17.10 %: the monthly IRR of 19,600 against 24 × 970, times 12.
  std::vector<CashFlow> flows{{1960000, 0, 0}};
  for (int k = 1; k <= 24; ++k) flows.push_back({-97000, static_cast<double>(k), 0});
  const IrrApr apr = irr_apr(flows, 12);
  CHECK(apr.disclosed_pct == 17.10);
  CHECK(apr.apr == doctest::Approx(apr.periodic_rate * 12).epsilon(1e-15));
  CHECK(apr.effective_annual == doctest::Approx(std::pow(1.0 + apr.periodic_rate, 12) - 1.0).epsilon(1e-13));
  // The same loan dated: disbursed 2024-10-01 with the fee withheld, EMIs on the 1st from November.
  std::vector<DatedFlow> payments{{d(2024, 10, 1), Money(40000, Currency::INR)}};
  for (int k = 1; k <= 24; ++k) payments.push_back({add_months(d(2024, 10, 1), k), Money(97000, Currency::INR)});
  const auto dated = irr_apr(std::vector<DatedFlow>{{d(2024, 10, 1), Money(2000000, Currency::INR)}}, payments,
                             {TimeUnit::Month, 1});
  CHECK(dated.apr == doctest::Approx(apr.apr).epsilon(1e-14));
}

TEST_CASE("ojk: flat rate to the declining-balance rate with the same installments, and back") {
  // One period: the flat installment 1 + f/12 is the declining-balance one, so the rates agree.
  CHECK(flat_to_effective(0.12, 1, 12) == doctest::Approx(0.12).epsilon(1e-14));
  CHECK(flat_to_effective(0.0, 24, 12) == 0.0);
  // Two monthly periods at 12 % flat: installment 0.51 of the principal; 1 = 0.51 v + 0.51 v²,
  // v = (−0.51 + √(0.51² + 4·0.51)) / (2·0.51), effective = 12 (1/v − 1) (quadratic formula).
  const double v = (-0.51 + std::sqrt(0.51 * 0.51 + 4 * 0.51)) / (2 * 0.51);
  CHECK(flat_to_effective(0.12, 2, 12) == doctest::Approx(12.0 * (1.0 / v - 1.0)).epsilon(1e-13));
  // 12 % effective over 12 months: the installment of 10,000 is 888.4878867834161 (numpy-financial
  // pmt(0.01, 12, 10000)), so the flat rate is 12 × 888.4878867834161 / 10,000 − 1 = 6.6185 %.
  CHECK(effective_to_flat(0.12, 12, 12) == doctest::Approx(12 * 0.08884878867834161 - 1.0).epsilon(1e-13));
  // Round trips over a grid of flat rates and terms.
  for (const double flat : {0.01, 0.06, 0.18, 0.42, 1.0}) {
    for (const int periods : {2, 12, 36, 120}) {
      CAPTURE(flat);
      CAPTURE(periods);
      const double effective = flat_to_effective(flat, periods, 12);
      CHECK(effective > flat);
      CHECK(effective_to_flat(effective, periods, 12) == doctest::Approx(flat).epsilon(1e-12));
    }
  }
  CHECK_THROWS_AS((void)flat_to_effective(-0.01, 12, 12), Error);
  CHECK_THROWS_AS((void)flat_to_effective(0.1, 0, 12), Error);
  CHECK_THROWS_AS((void)effective_to_flat(0.1, 12, 0), Error);
}

TEST_CASE("disclosed figures round half away from zero") {
  CHECK(disclosed_pct(0.096857, 2) == 9.69);
  CHECK(disclosed_pct(0.0968499, 2) == 9.68);
  CHECK(disclosed_pct(0.12682503, 1) == 12.7);
  CHECK(disclosed_pct(-0.0123456, 2) == -1.23);
}

TEST_CASE("reg_z: monthly payments on the 30th through February are a regular transaction") {
  // §1026.22(a)(3): with February's payment counted as its 30th (Appendix J (b)(3)(iv)), the
  // payments stay one unit period apart, so the 1/8-point tolerance applies.
  std::vector<DatedFlow> payments;
  add_series(payments, 175.0, 12, d(2025, 1, 30), {TimeUnit::Month, 1});
  const auto apr = reg_z_apr(std::vector<DatedFlow>{{d(2025, 1, 2), usd(2000)}}, payments, {TimeUnit::Month, 1});
  CHECK(apr.regular);
  CHECK(apr.tolerance_pct == 0.125);
}
