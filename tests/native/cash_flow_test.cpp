#include "loansim/cash_flow.hpp"
#include "loansim/date.hpp"
#include "loansim/portable_math.hpp"

#include <cmath>
#include <random>
#include <vector>

#include <doctest/doctest.h>

using namespace loansim;
using namespace std::chrono;

namespace {
Date d(int y, unsigned m, unsigned day) { return year{y} / month{m} / std::chrono::day{day}; }
Money brl(std::int64_t centavos) { return {centavos, Currency::BRL}; }
}  // namespace

TEST_CASE("cash_flow: present value and its derivative") {
  const std::vector<CashFlow> flows{{1000.0, 0.0, 0.0}, {-600.0, 1.0, 0.0}, {-600.0, 2.0, 0.5}};
  // At 0 % every flow is worth its amount.
  CHECK(present_value(flows, 0.0).value == doctest::Approx(-200.0).epsilon(1e-15));
  // At 10 %: 1000 − 600/1.1 − 600/(1.1² · 1.05) (hand derivation).
  const double expected = 1000.0 - 600.0 / 1.1 - 600.0 / (1.21 * 1.05);
  CHECK(present_value(flows, 0.1).value == doctest::Approx(expected).epsilon(1e-14));
  // The derivative matches a central difference.
  const double h = 1e-6;
  const double slope = (present_value(flows, 0.1 + h).value - present_value(flows, 0.1 - h).value) / (2 * h);
  CHECK(present_value(flows, 0.1).derivative == doctest::Approx(slope).epsilon(1e-7));
}

TEST_CASE("cash_flow: solved rates of hand-derived flows") {
  // 100 now, 110 one period later: 10 %.
  CHECK(solve_periodic_rate(std::vector<CashFlow>{{100, 0, 0}, {-110, 1, 0}}) == doctest::Approx(0.1).epsilon(1e-15));
  // 100 = 60 v + 60 v²: v = (−60 + √27600) / 120, rate = 1/v − 1 (quadratic formula).
  const double v = (-60.0 + std::sqrt(27600.0)) / 120.0;
  CHECK(solve_periodic_rate(std::vector<CashFlow>{{100, 0, 0}, {-60, 1, 0}, {-60, 2, 0}}) ==
        doctest::Approx(1.0 / v - 1.0).epsilon(1e-14));
  // Half a period at simple interest: 100 (1 + 0.5 i) = 105 → i = 10 %.
  CHECK(solve_periodic_rate(std::vector<CashFlow>{{100, 0, 0}, {-105, 0, 0.5}}) == doctest::Approx(0.1).epsilon(1e-14));
  // Paying back exactly what was received: 0 %, exactly.
  CHECK(solve_periodic_rate(std::vector<CashFlow>{{100, 0, 0}, {-50, 1, 0}, {-50, 2, 0}}) == 0.0);
  // Paying back less: a negative rate, 90 = 100 (1 + i).
  CHECK(solve_periodic_rate(std::vector<CashFlow>{{100, 0, 0}, {-90, 1, 0}}) == doctest::Approx(-0.1).epsilon(1e-14));
  // A 9,900 % period: 100 → 10,000.
  CHECK(solve_periodic_rate(std::vector<CashFlow>{{100, 0, 0}, {-10000, 1, 0}}) == doctest::Approx(99.0).epsilon(1e-14));
  // Receiving later than paying (a deposit): 100 paid, 121 received two periods later: 10 %.
  CHECK(solve_periodic_rate(std::vector<CashFlow>{{-100, 0, 0}, {121, 2, 0}}) == doctest::Approx(0.1).epsilon(1e-14));
}

TEST_CASE("cash_flow: several rates, one of them returned") {
  // −100, +230, −132: (1 + i)² − 2.3 (1 + i) + 1.32 = 0 has roots 10 % and 20 % (hand derivation).
  const std::vector<CashFlow> flows{{-100, 0, 0}, {230, 1, 0}, {-132, 2, 0}};
  const double rate = solve_periodic_rate(flows);
  CHECK((std::fabs(rate - 0.1) < 1e-12 || std::fabs(rate - 0.2) < 1e-12));
}

TEST_CASE("cash_flow: flows that cannot balance are an error, not a hang") {
  CHECK_THROWS_AS((void)solve_periodic_rate(std::vector<CashFlow>{}), Error);
  CHECK_THROWS_AS((void)solve_periodic_rate(std::vector<CashFlow>{{100, 0, 0}, {50, 1, 0}}), Error);
  CHECK_THROWS_AS((void)solve_periodic_rate(std::vector<CashFlow>{{100, 0, 0}, {-50, -1, 0}}), Error);
  try {
    (void)solve_periodic_rate(std::vector<CashFlow>{{-100, 0, 0}, {-50, 1, 0}}, "payments");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::NoSolution);
    CHECK(e.field() == "payments");
  }
  // Beyond 10^6 % a period: 1 → 10^5 in one period is 9,999,900 %.
  CHECK_THROWS_AS((void)solve_periodic_rate(std::vector<CashFlow>{{1, 0, 0}, {-1e5, 1, 0}}), Error);
}

TEST_CASE("cash_flow: the solve recovers the rate of thousands of random annuities") {
  // Flows built from a level payment at a known rate (formula P·r / (1 − (1 + r)^−n), unrounded)
  // must solve back to that rate: 0 % to 400 % a year, 1 to 600 monthly periods.
  std::mt19937_64 random(20250115);
  std::vector<CashFlow> flows;
  for (int loan = 0; loan < 3000; ++loan) {
    const double annual = static_cast<double>(random() % 400001) / 100000.0;  // 0 to 4.00000
    const int periods = 1 + static_cast<int>(random() % 600);
    const double r = annual / 12.0;
    const double payment = r == 0.0 ? 1000.0 / periods : 1000.0 * r / -std::expm1(-periods * std::log1p(r));
    flows.assign(1, CashFlow{1000.0, 0.0, 0.0});
    for (int k = 1; k <= periods; ++k) flows.push_back({-payment, static_cast<double>(k), 0.0});
    const double solved = solve_periodic_rate(flows);
    REQUIRE(solved == doctest::Approx(r).epsilon(1e-12).scale(1e-3));
  }
}

TEST_CASE("cash_flow: rates per 365 days of flows in days are the true root to the last digit") {
  // The true roots below come from Newton in 128-bit floating point (x = ln(1 + rate), on
  // Σ amount · e^(−days · x / 365)); each CHECK is the double nearest to it.
  const auto rate = [](std::vector<DatedFlow> advances, std::vector<DatedFlow> payments) {
    return portable::expm1(solve_annual_log_rate(time_line(advances, payments, kDays), "payments"));
  };
  std::vector<DatedFlow> sixty;
  for (int k = 1; k <= 60; ++k) sixty.push_back({add_months(d(2025, 1, 15), k), brl(22244)});
  // 10,000.00 on 2025-01-15, 60 × 222.44 on the 15th: 0.12689310298755822527… (summed in doubles,
  // one exponential a flow, the solve gave 0.12689310298755815, 7 ulps off).
  CHECK(rate({{d(2025, 1, 15), brl(1000000)}}, sixty) == 0.12689310298755824);
  // The Banco Central's example on dates (docs/api.md): 940.00, 5 × 205.73 from 2025-02-15.
  sixty.resize(5);
  for (auto& payment : sixty) payment.amount = brl(20573);
  CHECK(rate({{d(2025, 1, 15), brl(94000)}}, sixty) == 0.44545021260882162);
  // 1,000.00, 1,100.00 a year later: 10 %, the double nearest (0.10000000000000009 before).
  CHECK(rate({{d(2025, 1, 15), brl(100000)}}, {{d(2026, 1, 15), brl(110000)}}) == 0.1);
  // Paid back what was received: 0 %, exactly.
  CHECK(rate({{d(2025, 1, 15), brl(100000)}}, {{d(2025, 2, 14), brl(50000)}, {d(2025, 3, 17), brl(50000)}}) == 0.0);
}

TEST_CASE("cash_flow: dated flows on a time line from the earliest date") {
  const std::vector<DatedFlow> advances{{d(2025, 1, 15), brl(100000)}};
  const std::vector<DatedFlow> payments{{d(2025, 1, 10), brl(500)}, {d(2025, 2, 15), brl(50000)}};
  const auto flows = time_line(advances, payments, {{TimeUnit::Month, 1}, OddDays::Simple, 30.0});
  REQUIRE(flows.size() == 3);
  // The origin is the fee paid on 1-10: the advance is 5 days later, the payment 1 month + 5 days.
  CHECK(flows[0].amount == 100000.0);
  CHECK(flows[0].periods == 0.0);
  CHECK(flows[0].simple_fraction == doctest::Approx(5.0 / 30.0).epsilon(1e-15));
  CHECK(flows[1].amount == -500.0);
  CHECK(flows[1].simple_fraction == 0.0);
  CHECK(flows[2].amount == -50000.0);
  CHECK(flows[2].periods == 1.0);
  CHECK(flows[2].simple_fraction == doctest::Approx(5.0 / 30.0).epsilon(1e-15));
  // Days: 2025-01-10 to 2026-01-10 is 365 of them; a leap year has 366.
  const auto days = time_line(advances, std::vector<DatedFlow>{{d(2026, 1, 15), brl(1)}}, kDays);
  CHECK(days[1].periods == 365.0);
  const auto leap = time_line(std::vector<DatedFlow>{{d(2024, 1, 1), brl(1)}}, std::vector<DatedFlow>{{d(2025, 1, 1), brl(1)}}, kDays);
  CHECK(leap[1].periods == 366.0);
  // One currency only.
  CHECK_THROWS_AS((void)time_line(advances, std::vector<DatedFlow>{{d(2025, 2, 15), Money(1, Currency::USD)}}, kDays), Error);
}

TEST_CASE("cash_flow: February's last day counts back to its series' day (Appendix J (b)(3)(iv))") {
  const std::vector<DatedFlow> advance{{d(2025, 1, 10), brl(100000)}};
  const TimeScale reg_z{{TimeUnit::Month, 1}, OddDays::Simple, 30.0};
  // Start 1-10; on the 28th, the 30th and the 31st of each month. Each payment is k whole months
  // and the same odd days from the start: 18, 20 and 21 days (hand count), February included.
  struct Series {
    unsigned day_of_month;
    int odd_days;
  };
  for (const Series series : {Series{28, 18}, Series{30, 20}, Series{31, 21}}) {
    const int odd_days = series.odd_days;
    std::vector<DatedFlow> payments;
    for (int k = 0; k < 4; ++k) payments.push_back({add_months(d(2025, 1, series.day_of_month), k), brl(25000)});
    CAPTURE(series.day_of_month);
    REQUIRE(payments[1].date == d(2025, 2, 28));
    const auto flows = time_line(advance, payments, reg_z);
    for (int k = 0; k < 4; ++k) {
      CHECK(flows[static_cast<std::size_t>(k) + 1].periods == k);
      CHECK(flows[static_cast<std::size_t>(k) + 1].simple_fraction == doctest::Approx(odd_days / 30.0).epsilon(1e-15));
    }
  }
  // A lone payment on February's last day counts back to month ends: 1-31, then 21 days to 1-10.
  const auto lone = time_line(advance, std::vector<DatedFlow>{{d(2025, 2, 28), brl(1)}}, reg_z);
  CHECK(lone[1].periods == 1.0);
  CHECK(lone[1].simple_fraction == doctest::Approx(21.0 / 30.0).epsilon(1e-15));
}
