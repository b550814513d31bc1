#include "loansim/cash_flow.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "loansim/error.hpp"
#include "loansim/ordering.hpp"
#include "loansim/portable_math.hpp"

namespace loansim {
namespace {

// The solve runs in x = ln(1 + i): −100 % < i ≤ 10^6 % per period.
constexpr double kLowestLogRate = -13.815510557964274;  // ln(10^-6): i = −99.9999 %
constexpr double kHighestLogRate = 9.210440366976517;   // ln(1 + 10^4): i = 10^6 %

// Value and x-derivative of the flows' present value at x = ln(1 + i).
FunctionValue present_value_at_log_rate(std::span<const CashFlow> flows, double x) noexcept {
  const double rate = portable::expm1(x);
  const double growth = rate + 1.0;
  // Flows a whole number of periods after the previous one (a schedule's installments) are
  // discounted by multiplying in 1/(1 + i) per period: one exp per evaluation instead of one per
  // flow. Basic operations only, so native and WebAssembly still agree to the bit.
  const double per_period = portable::exp(-x);
  double last_periods = 0.0;
  double last_discount = 1.0;
  FunctionValue result;
  for (const CashFlow& flow : flows) {
    const double step = flow.periods - last_periods;
    double discount;
    if (step >= 0.0 && step <= 4.0 && step == std::floor(step)) {
      discount = last_discount;
      for (int k = 0; k < static_cast<int>(step); ++k) discount *= per_period;
    } else {
      discount = portable::exp(-flow.periods * x);
    }
    last_periods = flow.periods;
    last_discount = discount;
    double value = flow.amount * discount;
    double time = flow.periods;  // −d ln(discount)/dx
    if (flow.simple_fraction != 0.0) {
      const double simple = 1.0 + flow.simple_fraction * rate;
      value /= simple;
      time += flow.simple_fraction * growth / simple;
    }
    result.value += value;
    result.derivative -= value * time;
  }
  return result;
}

// Flows on whole days (solve_annual_log_rate). At x = ln(1 + i), i per 365 days, a flow d days
// from the start is discounted by e^(−d·x/365); between flows a whole number of days apart, below
// kMaxGapDays, the factor for the days between them is multiplied in. Each evaluation makes the
// factors of the gaps it meets once (a bit of `known` each: nothing to clear per evaluation).
constexpr int kMaxGapDays = 64;

// base^n for a whole n ≥ 0, by squaring: a few ulps, enough to steer Newton.
double power(double base, int n) noexcept {
  double result = 1.0;
  for (; n > 0; n >>= 1, base *= base) {
    if (n % 2 == 1) result *= base;
  }
  return result;
}

// The day flows' present value and its x-derivative in doubles, good to about 1e-13: what Newton
// steers by.
FunctionValue rough_present_value(std::span<const CashFlow> flows, double x) noexcept {
  const double per_day = x / 365.0;
  const double one_day = portable::exp(-per_day);
  std::array<double, kMaxGapDays> factors;  // NOLINT: each set before its bit in `known`
  std::uint64_t known = 0;
  double discount = 1.0, last = 0.0, value = 0.0, slope = 0.0;
  for (const CashFlow& flow : flows) {
    const double days = flow.periods - last;  // whole: checked_search
    if (days >= 0.0 && days < kMaxGapDays) {
      const auto gap = static_cast<int>(days);
      if ((known >> gap & 1) == 0) factors[gap] = power(one_day, gap), known |= std::uint64_t{1} << gap;
      discount *= factors[gap];
    } else {
      discount = portable::exp(-flow.periods * per_day);
    }
    last = flow.periods;
    const double term = flow.amount * discount;
    value += term;
    slope -= term * flow.periods;
  }
  return {value, slope / 365.0};
}

// The same present value in double-double arithmetic (the derivative in doubles): the factors to
// about 1e-19, their products and the sum without rounding. What the root is finished on. The
// running discount and sum stay hi + lo pairs without renormalising: their parts still add up.
FunctionValue exact_present_value(std::span<const CashFlow> flows, double x) noexcept {
  // e^(−days·x/365), the exponent in double-double too: x/365 rounded would shift every factor alike.
  const auto discount_over = [x](double days) { return portable::exp(two_product(-x, days) / 365.0); };
  std::array<DoubleDouble, kMaxGapDays> factors;  // NOLINT: each set before its bit in `known`
  std::uint64_t known = 0;
  DoubleDouble discount{1.0, 0.0}, value;
  double last = 0.0, slope = 0.0;
  for (const CashFlow& flow : flows) {
    const double days = flow.periods - last;
    if (days >= 0.0 && days < kMaxGapDays) {
      const auto gap = static_cast<int>(days);
      if ((known >> gap & 1) == 0) factors[gap] = discount_over(days), known |= std::uint64_t{1} << gap;
      const DoubleDouble product = two_product(discount.hi, factors[gap].hi);
      discount = {product.hi, product.lo + (discount.hi * factors[gap].lo + discount.lo * factors[gap].hi)};
    } else {
      discount = discount_over(flow.periods);
    }
    last = flow.periods;
    const DoubleDouble term = two_product(flow.amount, discount.hi);
    const DoubleDouble sum = two_sum(value.hi, term.hi);
    value = {sum.hi, value.lo + sum.lo + (term.lo + flow.amount * discount.lo)};
    slope -= term.hi * flow.periods;
  }
  return {value.hi + value.lo, slope / 365.0};
}

// Both solvers' search, once the flows are checked: finite, at non-negative times (whole days for
// the day solver, `unit` 365), money both received and paid. Newton starts from simple interest on
// the totals, their times in `unit`s a period.
RootSearch checked_search(std::span<const CashFlow> flows, std::string_view field, double unit) {
  double received = 0.0, paid = 0.0, received_time = 0.0, paid_time = 0.0;
  for (const CashFlow& flow : flows) {
    if (!std::isfinite(flow.amount) || !std::isfinite(flow.periods) || !std::isfinite(flow.simple_fraction) ||
        flow.periods < 0.0 || flow.simple_fraction < 0.0) {
      fail(ErrorCode::InvalidValue, field, "flows need finite amounts and non-negative times");
    }
    if (unit != 1.0 && flow.periods != std::floor(flow.periods)) fail(ErrorCode::InvalidValue, field, "flows must fall on whole days");
    const double time = flow.periods + flow.simple_fraction;
    if (flow.amount > 0.0) received += flow.amount, received_time += flow.amount * time;
    if (flow.amount < 0.0) paid -= flow.amount, paid_time -= flow.amount * time;
  }
  if (!(received > 0.0) || !(paid > 0.0)) {
    fail(ErrorCode::NoSolution, field,
         "no rate exists: the flows must include money received (an advance) and money paid (a payment)");
  }
  // Simple interest on the totals: (paid / received − 1) over the mean time between them.
  const double span = (paid_time / paid - received_time / received) / unit;
  double estimate = 0.0;
  if (span > 0.0) estimate = (paid / received - 1.0) / span;
  if (span < 0.0) estimate = (received / paid - 1.0) / -span;
  return {.guess = portable::log1p(std::clamp(estimate, -0.9, 100.0)),
          .lower = kLowestLogRate,
          .upper = kHighestLogRate,
          .tolerance = 1e-14,
          .max_newton_iterations = 60,
          .scan_points = 460,  // steps of 0.05 in ln(1 + i): about 5 % of the rate each
          .max_bisections = 200};
}

[[noreturn]] void no_rate(std::string_view field) {
  fail(ErrorCode::NoSolution, field,
       "no periodic rate between -99.9999 % and 1,000,000 % makes the payments worth the advances");
}

int month_index(Date date) noexcept {
  return static_cast<int>(date.year()) * 12 + static_cast<int>(static_cast<unsigned>(date.month()));
}

// The day of the month each flow's series falls on, for month-based unit periods. A date on the
// last day of a short month (February 28, April 30) is ambiguous: a series on the 28th, the 30th
// or the month's end. It takes the latest day of its neighbours (in date order) one unit period
// away; with no such neighbour, 0: the date speaks for itself (month end to month end).
std::vector<int> series_days(std::span<const DatedFlow> flows, UnitPeriod unit) {
  if (unit.unit != TimeUnit::Month) return {};  // none to count back to: 0 for every flow
  std::vector<int> days(flows.size(), 0);
  std::vector<double> day_numbers(flows.size());
  for (std::size_t k = 0; k < flows.size(); ++k) day_numbers[k] = static_cast<double>(days_between(kEarliestDate, flows[k].date));
  const std::vector<std::size_t> order = ascending_order(day_numbers);
  for (std::size_t k = 0; k < order.size(); ++k) {
    const Date at = flows[order[k]].date;
    const auto day = static_cast<int>(static_cast<unsigned>(at.day()));
    if (day == 31 || at != Date{at.year() / at.month() / std::chrono::last}) continue;
    for (const std::size_t neighbour : {k - 1, k + 1}) {
      if (neighbour >= order.size()) continue;  // k − 1 wraps around at the first flow
      const Date other = flows[order[neighbour]].date;
      if (std::abs(month_index(other) - month_index(at)) != unit.count) continue;
      const auto other_day = static_cast<int>(static_cast<unsigned>(other.day()));
      days[order[k]] = std::max({days[order[k]], day, other_day});
    }
  }
  return days;
}

}  // namespace

std::vector<CashFlow> time_line(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments,
                                const TimeScale& scale) {
  if (advances.empty() && payments.empty()) return {};
  const Currency currency = advances.empty() ? payments.front().amount.currency() : advances.front().amount.currency();
  Date origin = kLatestDate;
  for (const auto& flow : advances) origin = std::min(origin, flow.date);
  for (const auto& flow : payments) origin = std::min(origin, flow.date);

  const bool whole_days = scale.unit.unit == TimeUnit::Day && scale.unit.count == 1;
  const std::chrono::sys_days origin_day{origin};
  std::vector<CashFlow> flows;
  flows.reserve(advances.size() + payments.size());
  const auto add = [&](const DatedFlow& flow, double sign, int series_day) {
    if (flow.amount.currency() != currency) {
      fail(ErrorCode::InvalidValue, "", "all flows must be in one currency, got " +
                                                   std::string(code(currency)) + " and " +
                                                   std::string(code(flow.amount.currency())));
    }
    // Whole days (the CET's and the APRC's time line, on every keystroke) counted from the origin's
    // day number, once: position_in_unit_periods would convert both dates for every flow.
    const auto position = whole_days ? UnitPeriodPosition{static_cast<int>((std::chrono::sys_days{flow.date} - origin_day).count()), 0.0}
                                     : position_in_unit_periods(origin, flow.date, scale.unit, scale.days_per_month, series_day);
    const bool simple = scale.odd_days == OddDays::Simple;
    flows.push_back({sign * static_cast<double>(flow.amount.minor()),
                     position.whole + (simple ? 0.0 : position.fraction), simple ? position.fraction : 0.0});
  };
  const auto advance_days = series_days(advances, scale.unit);
  const auto payment_days = series_days(payments, scale.unit);
  for (std::size_t k = 0; k < advances.size(); ++k) add(advances[k], 1.0, advance_days.empty() ? 0 : advance_days[k]);
  for (std::size_t k = 0; k < payments.size(); ++k) add(payments[k], -1.0, payment_days.empty() ? 0 : payment_days[k]);
  return flows;
}

FunctionValue present_value(std::span<const CashFlow> flows, double rate) noexcept {
  const FunctionValue at_log = present_value_at_log_rate(flows, portable::log1p(rate));
  return {at_log.value, at_log.derivative / (1.0 + rate)};  // dx/di = 1 / (1 + i)
}

double solve_periodic_rate(std::span<const CashFlow> flows, std::string_view field) {
  const auto root = find_root([&](double x) { return present_value_at_log_rate(flows, x); }, checked_search(flows, field, 1.0));
  if (!root) no_rate(field);
  return portable::expm1(*root);
}

DoubleDouble solve_annual_log_rate(std::span<const CashFlow> day_flows, std::string_view field) {
  RootSearch search = checked_search(day_flows, field, 365.0);
  search.tolerance = 1e-7;  // the exact sums finish it
  const auto rough = find_root([&](double x) { return rough_present_value(day_flows, x); }, search);
  if (!rough) no_rate(field);
  // Newton on the exact sums from the rough root, the last step's rounding kept as the low part.
  // Newton squares the error: after a step below 1e-11 it is below 1e-20, so that step is the last
  // (from the rough root, the first). A step beyond the rough root's accuracy (a flat present
  // value) is not taken.
  DoubleDouble x{*rough, 0.0};
  for (int i = 0; i < 4; ++i) {
    const FunctionValue exact = exact_present_value(day_flows, x.hi);
    const double step = exact.value / exact.derivative;
    if (!(std::fabs(step) <= 1e-6 * (1.0 + std::fabs(x.hi)))) break;
    x = two_sum(x.hi, -step);
    if (std::fabs(step) <= 1e-11 * (1.0 + std::fabs(x.hi))) break;
  }
  return x;
}

}  // namespace loansim
