#include "loansim/schedule_iof.hpp"

#include <vector>

#include "loansim/error.hpp"

namespace loansim {
namespace {

std::vector<Amortization> amortizations_of(const Schedule& schedule) {
  std::vector<Amortization> rows;
  rows.reserve(schedule.size());
  for (std::size_t i = 0; i < schedule.size(); ++i) {
    rows.push_back({schedule.due_date[i], Money(schedule.principal[i], schedule.currency)});
  }
  return rows;
}

}  // namespace

Iof build_schedule_with_iof(ScheduleRequest request, const IofRule& rule, Schedule& out) {
  if (request.grace.periods > 0 && request.grace.interest == GraceInterest::Capitalised) {
    fail(ErrorCode::InvalidValue, "grace.interest",
         "a capitalised grace cannot carry an IOF: its principal repays interest as well as the credit");
  }
  build_schedule(request, out);
  const std::vector<Amortization> amortizations = amortizations_of(out);
  if (!rule.financed) return iof(out.financed, out.start_date, amortizations, rule.rates);
  const IofGrossUp gross = iof_financed(out.financed, out.start_date, amortizations, rule.rates);
  request.upfront_fees.push_back({.charge = {.fixed = gross.financed - out.financed, .fraction = 0.0}, .financed = true});
  build_schedule(request, out);
  return gross.iof;
}

}  // namespace loansim
