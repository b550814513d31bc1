#include "loansim/cost_of_credit.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "loansim/apr.hpp"
#include "loansim/error.hpp"

using namespace loansim;
using namespace std::chrono;

namespace {

Date d(int y, unsigned m, unsigned day) { return year{y} / month{m} / std::chrono::day{day}; }

// `count` flows of `minor` units of `currency` from `first`, one unit period apart.
std::vector<DatedFlow> series(std::int64_t minor, Currency currency, int count, Date first, UnitPeriod unit) {
  std::vector<DatedFlow> flows;
  for (int k = 0; k < count; ++k) flows.push_back({add_unit_periods(first, unit, k), Money(minor, currency)});
  return flows;
}

constexpr UnitPeriod kMonth{TimeUnit::Month, 1};

}  // namespace

TEST_CASE("cost_of_credit: Reg Z is Appendix J's APR, its unit-period rate and that rate compounded") {
  // 12 CFR 1026 Appendix J (c)(1)(i): $5,000 advanced 1-10-78, 24 monthly payments of $230 from
  // 2-10-78, APR 9.69 %; (c)(1)(iii): $5,000 on 2-23-78, 24 semimonthly payments of $219.17 from
  // 3-1-78, APR 10.34 % (the dated examples of apr_test.cpp).
  const std::vector<DatedFlow> monthly_advance{{d(1978, 1, 10), Money(500'000, Currency::USD)}};
  const auto monthly = series(23'000, Currency::USD, 24, d(1978, 2, 10), kMonth);
  CostOfCredit cost = cost_of_credit(CostStandard::RegZApr, monthly_advance, monthly, kMonth);
  const RegZApr apr = reg_z_apr(monthly_advance, monthly, kMonth);
  CHECK(cost.standard == CostStandard::RegZApr);
  CHECK(cost.disclosed_annual_pct == 9.69);
  CHECK(cost.annual == apr.apr);
  CHECK(cost.periodic == apr.unit_period_rate);
  CHECK(cost.periods_per_year == 12.0);
  CHECK(cost.disclosed_periodic_pct == 0.81);  // 9.69 % / 12 = 0.807 % a month
  CHECK(cost.effective_annual == doctest::Approx(std::pow(1.0 + apr.unit_period_rate, 12.0) - 1.0).epsilon(1e-13));

  const UnitPeriod semimonth{TimeUnit::Semimonth, 1};
  const std::vector<DatedFlow> semimonthly_advance{{d(1978, 2, 23), Money(500'000, Currency::USD)}};
  cost = cost_of_credit(CostStandard::RegZApr, semimonthly_advance, series(21'917, Currency::USD, 24, d(1978, 3, 1), semimonth),
                        semimonth);
  CHECK(cost.disclosed_annual_pct == 10.34);
  CHECK(cost.periods_per_year == 24.0);
  CHECK(cost.annual == doctest::Approx(cost.periodic * 24.0).epsilon(1e-15));
}

TEST_CASE("cost_of_credit: the CET is annual and effective, its periodic rate a month's") {
  // The Banco Central's CET example (FAQ "Custo Efetivo Total": FC0 = R$ 940.00 after R$ 60 of fee
  // and IOF paid upfront, 5 installments of R$ 205.73; 43.93 % a year at fixed periods) on real
  // dates: calendar days / 365 from the release on 2025-01-15, which February makes a little dearer.
  const std::vector<DatedFlow> advance{{d(2025, 1, 15), Money(94'000, Currency::BRL)}};
  const auto payments = series(20'573, Currency::BRL, 5, d(2025, 2, 15), kMonth);
  const CostOfCredit cost = cost_of_credit(CostStandard::BrCet, advance, payments, kMonth);
  const Cet cet = br_cet(advance, payments);
  CHECK(cost.annual == cet.annual);
  CHECK(cost.effective_annual == cet.annual);
  CHECK(cost.periodic == cet.monthly);
  CHECK(cost.periods_per_year == 12.0);
  CHECK(cost.disclosed_annual_pct == cet.disclosed_annual_pct);
  CHECK(cost.disclosed_periodic_pct == cet.disclosed_monthly_pct);
  CHECK(cost.annual > 0.4393);
  // The unit period plays no part in calendar days / 365.
  CHECK(cost_of_credit(CostStandard::BrCet, advance, payments, {TimeUnit::Week, 1}).annual == cet.annual);
}

TEST_CASE("cost_of_credit: the IRR APR, India's Key Facts Statement illustration, 17.10 %") {
  // RBI circular DOR.STR.REC.13/13.03.00/2024-25, Annex B as transcribed in apr_test.cpp: Rs 20,000
  // sanctioned, Rs 400 of fees, 24 monthly EMIs of Rs 970, APR 17.10 %. A fee withheld at
  // disbursement is a payment on the start date, or (as a schedule gives it) a smaller advance:
  // both sit at time 0, so the rate is the same.
  const Date start = d(2024, 10, 1);
  auto payments = series(97'000, Currency::INR, 24, d(2024, 11, 1), kMonth);
  const CostOfCredit net = cost_of_credit(CostStandard::IrrApr, std::vector<DatedFlow>{{start, Money(1'960'000, Currency::INR)}},
                                          payments, kMonth);
  payments.push_back({start, Money(40'000, Currency::INR)});
  const CostOfCredit gross = cost_of_credit(CostStandard::IrrApr, std::vector<DatedFlow>{{start, Money(2'000'000, Currency::INR)}},
                                            payments, kMonth);
  CHECK(net.disclosed_annual_pct == 17.10);
  CHECK(gross.disclosed_annual_pct == 17.10);
  CHECK(net.annual == doctest::Approx(gross.annual).epsilon(1e-13));
  CHECK(net.annual == doctest::Approx(net.periodic * 12.0).epsilon(1e-15));
  CHECK(net.effective_annual == doctest::Approx(std::pow(1.0 + net.periodic, 12.0) - 1.0).epsilon(1e-13));
}

TEST_CASE("cost_of_credit: a schedule's flows are what it disburses less what is paid at the start, then each installment") {
  ScheduleRequest request;
  request.principal = Money(1'200'00, Currency::USD);
  request.annual_rate = 0.12;
  request.term = 3;
  request.start_date = d(2025, 1, 31);
  request.first_due_date = d(2025, 3, 10);  // a 38-day first period
  request.upfront_fees = {{.charge = {.fixed = Money(0, Currency::USD), .fraction = 0.01}, .financed = false}};
  request.installment_fees = {{.fixed = Money(2'50, Currency::USD), .fraction = 0.0}};
  const Schedule schedule = build_schedule(request);
  const Money paid_at_start(15'00, Currency::USD);
  std::vector<DatedFlow> payments;
  for (std::size_t i = 0; i < schedule.size(); ++i) payments.push_back({schedule.due_date[i], Money(schedule.payment[i], Currency::USD)});
  const std::vector<DatedFlow> advance{{request.start_date, schedule.disbursed - paid_at_start}};
  for (const CostStandard standard : {CostStandard::BrCet, CostStandard::RegZApr, CostStandard::IrrApr}) {
    CAPTURE(cost_standard_key(standard));
    const CostOfCredit of_schedule = cost_of_credit(standard, schedule, kMonth, paid_at_start);
    const CostOfCredit of_flows = cost_of_credit(standard, advance, payments, kMonth);
    CHECK(of_schedule.annual == of_flows.annual);
    CHECK(of_schedule.periodic == of_flows.periodic);
  }
  // Charges that leave nothing to receive: no rate balances the flows.
  CHECK_THROWS_AS((void)cost_of_credit(CostStandard::IrrApr, schedule, kMonth, schedule.disbursed), Error);
}

TEST_CASE("cost_of_credit: a day tenor is one unit period of its days, Appendix J (c)(5)(i)") {
  // (c)(5)(i): $1,000 advanced 1-3-78, $1,080 repaid 9-15-78 (255 days), APR 11.45 %. As a bullet
  // schedule: 1,000 × 11.451 % × 255 / 365 = 80.0006 → $80.00 of interest.
  ScheduleRequest request;
  request.principal = Money(1'000'00, Currency::USD);
  request.annual_rate = 0.11451;
  request.method = Method::Bullet;
  request.unit = TermUnit::Day;
  request.term = 255;
  request.start_date = d(1978, 1, 3);
  const Schedule schedule = build_schedule(request);
  REQUIRE(schedule.size() == 1);
  CHECK(schedule.due_date[0] == d(1978, 9, 15));
  CHECK(schedule.payment[0] == 1'080'00);
  const UnitPeriod unit = unit_period_of(request.unit, request.term);
  CHECK(unit.unit == TimeUnit::Day);
  CHECK(unit.count == 255);
  const CostOfCredit cost = cost_of_credit(CostStandard::RegZApr, schedule, unit, Money(0, Currency::USD));
  CHECK(cost.disclosed_annual_pct == 11.45);
  CHECK(cost.periodic == doctest::Approx(0.08).epsilon(1e-14));  // 80 / 1,000 over the one unit period
  CHECK(cost.periods_per_year == doctest::Approx(365.0 / 255).epsilon(1e-15));
}

TEST_CASE("cost_of_credit: the unit periods of a schedule's term units") {
  CHECK(per_year(unit_period_of(TermUnit::Month, 12)) == 12.0);
  CHECK(per_year(unit_period_of(TermUnit::Week, 52)) == 52.0);
  CHECK(per_year(unit_period_of(TermUnit::Fortnight, 26)) == 26.0);
  CHECK(per_year(unit_period_of(TermUnit::Day, 4)) == 365.0 / 4);
}

TEST_CASE("cost_of_credit: the standards' keys") {
  CHECK(cost_standard_key(CostStandard::BrCet) == "br_cet");
  CHECK(cost_standard_key(CostStandard::RegZApr) == "reg_z_apr");
  CHECK(cost_standard_key(CostStandard::IrrApr) == "irr_apr");
}
