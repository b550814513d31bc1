#include "loansim/apr.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "loansim/error.hpp"
#include "loansim/ordering.hpp"
#include "loansim/portable_math.hpp"

namespace loansim {
namespace {

constexpr int kMaxPeriods = 100'000;  // flat/effective conversions: far beyond any loan

void require_per_year(double unit_periods_per_year) {
  if (!(unit_periods_per_year > 0.0) || !std::isfinite(unit_periods_per_year)) {
    fail(ErrorCode::OutOfRange, "unit_periods_per_year", "must be a positive number");
  }
}

void require_term(int periods, double periods_per_year) {
  if (periods < 1 || periods > kMaxPeriods) {
    fail(ErrorCode::OutOfRange, "term", "must be between 1 and " + std::to_string(kMaxPeriods) + " periods");
  }
  require_per_year(periods_per_year);
}

// `rate` compounded over `periods` periods: (1 + rate)^periods − 1, precise for small rates.
double compounded(double rate, double periods) noexcept { return portable::expm1(periods * portable::log1p(rate)); }

// §1026.22(a)(3): one advance, payments one unit period apart after the first, and every payment
// but the first and the last of one amount.
bool is_regular(std::span<const CashFlow> flows) {
  std::vector<double> amounts, times;  // the payments'
  int advances = 0;
  for (const CashFlow& flow : flows) {
    if (flow.amount > 0.0) ++advances;
    if (flow.amount < 0.0) amounts.push_back(flow.amount), times.push_back(flow.periods + flow.simple_fraction);
  }
  if (advances != 1) return false;
  const std::vector<std::size_t> order = ascending_order(times);
  for (std::size_t k = 1; k < order.size(); ++k) {
    if (std::fabs(times[order[k]] - times[order[k - 1]] - 1.0) > 1e-9) return false;
  }
  for (std::size_t k = 2; k + 1 < order.size(); ++k) {
    if (amounts[order[k]] != amounts[order[1]]) return false;
  }
  return true;
}

// The CET of an effective annual rate: the monthly rate over a twelfth of a year, both disclosed.
Cet cet_of(double annual, double monthly) noexcept {
  return {annual, monthly, disclosed_pct(annual, 2), disclosed_pct(monthly, 2)};
}

Aprc aprc_of(double annual) noexcept { return {annual, disclosed_pct(annual, 1)}; }

// `received` now, `periods` level payments of `installment` a period after.
std::vector<CashFlow> level_loan(double received, double installment, int periods) {
  std::vector<CashFlow> flows;
  flows.reserve(static_cast<std::size_t>(periods) + 1);
  flows.push_back({received, 0.0, 0.0});
  for (int k = 1; k <= periods; ++k) flows.push_back({-installment, static_cast<double>(k), 0.0});
  return flows;
}

}  // namespace

double disclosed_pct(double rate, int decimals) noexcept {
  double scale = 1.0;
  for (int k = 0; k < decimals; ++k) scale *= 10.0;
  return std::round(rate * 100.0 * scale) / scale;
}

RegZApr reg_z_apr(std::span<const CashFlow> flows, double unit_periods_per_year) {
  require_per_year(unit_periods_per_year);
  RegZApr result;
  result.unit_period_rate = solve_periodic_rate(flows, "payments");
  result.apr = result.unit_period_rate * unit_periods_per_year;
  result.disclosed_pct = disclosed_pct(result.apr, 2);
  result.regular = is_regular(flows);
  result.tolerance_pct = result.regular ? 0.125 : 0.25;
  return result;
}

RegZApr reg_z_apr(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments, UnitPeriod unit) {
  return reg_z_apr(time_line(advances, payments, {unit, OddDays::Simple, 30.0}), per_year(unit));
}

Cet br_cet(std::span<const CashFlow> flows, double unit_periods_per_year) {
  require_per_year(unit_periods_per_year);
  const double annual = compounded(solve_periodic_rate(flows, "payments"), unit_periods_per_year);
  return cet_of(annual, compounded(annual, 1.0 / 12.0));
}

Cet br_cet(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments) {
  const DoubleDouble log_rate = solve_annual_log_rate(time_line(advances, payments, kDays), "payments");
  return cet_of(portable::expm1(log_rate), portable::expm1(log_rate / 12.0));
}

Aprc eu_aprc(std::span<const CashFlow> flows, double unit_periods_per_year) {
  require_per_year(unit_periods_per_year);
  return aprc_of(compounded(solve_periodic_rate(flows, "payments"), unit_periods_per_year));
}

Aprc eu_aprc(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments, AprcTime time) {
  if (time == AprcTime::Days) return aprc_of(portable::expm1(solve_annual_log_rate(time_line(advances, payments, kDays), "payments")));
  return eu_aprc(time_line(advances, payments, {{TimeUnit::Month, 1}, OddDays::Compound, 365.0 / 12.0}), 12.0);
}

IrrApr irr_apr(std::span<const CashFlow> flows, double unit_periods_per_year) {
  require_per_year(unit_periods_per_year);
  IrrApr result;
  result.periodic_rate = solve_periodic_rate(flows, "payments");
  result.apr = result.periodic_rate * unit_periods_per_year;
  result.effective_annual = compounded(result.periodic_rate, unit_periods_per_year);
  result.disclosed_pct = disclosed_pct(result.apr, 2);
  return result;
}

IrrApr irr_apr(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments, UnitPeriod unit) {
  return irr_apr(time_line(advances, payments, {unit, OddDays::Compound, 30.0}), per_year(unit));
}

double flat_to_effective(double flat_annual, int periods, double periods_per_year) {
  require_term(periods, periods_per_year);
  if (!(flat_annual >= 0.0) || !std::isfinite(flat_annual)) {
    fail(ErrorCode::OutOfRange, "flat_rate", "must be a finite rate of 0 or more");
  }
  // A loan of `periods` units repaid by installments of 1 + its flat interest: exact at a 0 % rate.
  const double installment = 1.0 + flat_annual * periods / periods_per_year;
  return solve_periodic_rate(level_loan(periods, installment, periods), "flat_rate") * periods_per_year;
}

double effective_to_flat(double effective_annual, int periods, double periods_per_year) {
  require_term(periods, periods_per_year);
  const double rate = effective_annual / periods_per_year;
  if (!(rate > -1.0) || !std::isfinite(rate)) {
    fail(ErrorCode::OutOfRange, "effective_rate", "periodic rate must be finite and above -100 %");
  }
  // The level installment of a unit loan is 1 over the present value of a payment of one a period:
  // that present value is 1 − PV(unit loan).
  const double annuity = 1.0 - present_value(level_loan(1.0, 1.0, periods), rate).value;
  return (periods / annuity - 1.0) * periods_per_year / periods;
}

}  // namespace loansim
