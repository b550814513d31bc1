// Brazil's IOF on a loan that build_schedule describes (iof.hpp computes the tax from
// amortisations): the tax on the schedule's own amortisations (its principal column on the due
// dates) and amount financed, paid up front by the customer or financed by the credit itself.
// Offers and the `schedule` command's cost of credit share it, so both carry the IOF alike.
#pragma once

#include "loansim/iof.hpp"
#include "loansim/schedule.hpp"

namespace loansim {

// Builds the schedule of `request` into `out` carrying Brazil's IOF under `rule`, and returns the IOF.
// Up front: the schedule is `request`'s own; the customer pays the IOF at disbursement (pass it to
// cost_of_credit.hpp as paid at the start).
// Financed: the credit includes its own IOF (iof_financed): the amount financed becomes the
// smallest A whose A − IOF(A) reaches `request`'s own amount financed, A's amortisations being the
// request's rescaled (scale_amortizations), so two schedules are built, not one per step. What A
// adds (the IOF, and the centavo rounding may skip) joins `out` as a financed upfront charge: it is
// in the amount financed and the upfront fees, never in what is disbursed.
// Throws what build_schedule and iof throw, and Error{InvalidValue, "grace.interest"} for a
// capitalised grace: its principal column repays interest as well as the credit, so it is not the
// credit's amortisation the tax is charged on.
[[nodiscard]] Iof build_schedule_with_iof(ScheduleRequest request, const IofRule& rule, Schedule& out);

}  // namespace loansim
