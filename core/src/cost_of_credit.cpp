#include "loansim/cost_of_credit.hpp"

#include <algorithm>
#include <vector>

#include "loansim/apr.hpp"
#include "loansim/rate.hpp"

namespace loansim {

namespace {

// An APR: the unit-period rate × unit periods a year, as `annual`; compounded over the year too.
CostOfCredit apr_cost(CostStandard standard, double annual, double periodic, double disclosed_annual_pct, UnitPeriod unit) {
  const double periods_per_year = per_year(unit);
  return {.standard = standard,
          .annual = annual,
          .periodic = periodic,
          .periods_per_year = periods_per_year,
          .effective_annual = effective_from_periodic({periodic}, periods_per_year),
          .disclosed_annual_pct = disclosed_annual_pct,
          .disclosed_periodic_pct = disclosed_pct(periodic, 2)};
}

}  // namespace

std::string_view cost_standard_key(CostStandard standard) noexcept {
  return kCostStandardKeys[static_cast<std::size_t>(standard)];
}

CostOfCredit cost_of_credit(CostStandard standard, std::span<const DatedFlow> advances,
                            std::span<const DatedFlow> payments, UnitPeriod unit) {
  switch (standard) {
    case CostStandard::BrCet: {
      const Cet cet = br_cet(advances, payments);
      return {.standard = standard,
              .annual = cet.annual,
              .periodic = cet.monthly,
              .periods_per_year = 12.0,
              .effective_annual = cet.annual,
              .disclosed_annual_pct = cet.disclosed_annual_pct,
              .disclosed_periodic_pct = cet.disclosed_monthly_pct};
    }
    case CostStandard::RegZApr: {
      const RegZApr apr = reg_z_apr(advances, payments, unit);
      return apr_cost(standard, apr.apr, apr.unit_period_rate, apr.disclosed_pct, unit);
    }
    case CostStandard::IrrApr: {
      const IrrApr apr = irr_apr(advances, payments, unit);
      return apr_cost(standard, apr.apr, apr.periodic_rate, apr.disclosed_pct, unit);
    }
  }
  return {};  // unreachable: -Wswitch names any standard left out
}

UnitPeriod unit_period_of(TermUnit unit, int term) noexcept {
  switch (unit) {
    case TermUnit::Month: return {TimeUnit::Month, 1};
    case TermUnit::Week: return {TimeUnit::Week, 1};
    case TermUnit::Fortnight: return {TimeUnit::Week, 2};
    case TermUnit::Day: return {TimeUnit::Day, term};
  }
  return {TimeUnit::Month, 1};
}

CostOfCredit cost_of_credit(CostStandard standard, const Schedule& schedule, UnitPeriod unit, Money paid_at_start) {
  // Charges beyond what is disbursed leave the customer nothing: an advance of zero, which no rate
  // balances (NoSolution), rather than a negative one.
  const Money received = std::max(schedule.disbursed - paid_at_start, Money(0, schedule.currency));
  const std::array<DatedFlow, 1> advances{{{schedule.start_date, received}}};
  std::vector<DatedFlow> payments;
  payments.reserve(schedule.size());
  for (std::size_t i = 0; i < schedule.size(); ++i) {
    payments.push_back({schedule.due_date[i], Money(schedule.payment[i], schedule.currency)});
  }
  return cost_of_credit(standard, advances, payments, unit);
}

}  // namespace loansim
