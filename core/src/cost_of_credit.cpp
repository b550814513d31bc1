#include "loansim/cost_of_credit.hpp"

#include <algorithm>
#include <vector>

#include "loansim/apr.hpp"
#include "loansim/rate.hpp"

namespace loansim {

std::string_view cost_standard_key(CostStandard standard) noexcept {
  return kCostStandardKeys[static_cast<std::size_t>(standard)];
}

CostOfCredit cost_of_credit(CostStandard standard, std::span<const DatedFlow> advances,
                            std::span<const DatedFlow> payments, UnitPeriod unit) {
  CostOfCredit cost;
  cost.standard = standard;
  switch (standard) {
    case CostStandard::BrCet: {
      const Cet cet = br_cet(advances, payments);
      cost.annual = cet.annual;
      cost.periodic = cet.monthly;
      cost.periods_per_year = 12.0;
      cost.effective_annual = cet.annual;
      cost.disclosed_annual_pct = cet.disclosed_annual_pct;
      cost.disclosed_periodic_pct = cet.disclosed_monthly_pct;
      return cost;
    }
    case CostStandard::RegZApr: {
      const RegZApr apr = reg_z_apr(advances, payments, unit);
      cost.annual = apr.apr;
      cost.periodic = apr.unit_period_rate;
      cost.disclosed_annual_pct = apr.disclosed_pct;
      break;
    }
    case CostStandard::IrrApr: {
      const IrrApr apr = irr_apr(advances, payments, unit);
      cost.annual = apr.apr;
      cost.periodic = apr.periodic_rate;
      cost.disclosed_annual_pct = apr.disclosed_pct;
      break;
    }
  }
  cost.periods_per_year = per_year(unit);
  cost.effective_annual = effective_from_periodic({cost.periodic}, cost.periods_per_year);
  cost.disclosed_periodic_pct = disclosed_pct(cost.periodic, 2);
  return cost;
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
