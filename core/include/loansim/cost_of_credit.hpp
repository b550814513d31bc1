// The cost of credit a loan discloses, as one figure whatever the standard: Brazil's CET (Resolução
// CMN 3.517/2007), the US Regulation Z APR (12 CFR 1026 Appendix J), or the periodic IRR × unit
// periods a year (India's Key Facts Statement APR, Indonesia's effective rate). apr.hpp holds the
// standards themselves; this is the one place their results become a CostOfCredit, for dated cash
// flows and for a schedule (the flows its customer sees). Offers and the `schedule` command use it.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "loansim/cash_flow.hpp"
#include "loansim/due_dates.hpp"
#include "loansim/money.hpp"
#include "loansim/schedule.hpp"
#include "loansim/unit_period.hpp"

namespace loansim {

enum class CostStandard : std::uint8_t { BrCet, RegZApr, IrrApr };

// The standards' names in the JSON API, in enum order.
inline constexpr std::array<std::string_view, 3> kCostStandardKeys{"br_cet", "reg_z_apr", "irr_apr"};
[[nodiscard]] std::string_view cost_standard_key(CostStandard standard) noexcept;

// Rates are fractions at full precision; the disclosed figures are percent, rounded as the standard
// discloses them (all three: to 1/100 %).
struct CostOfCredit {
  CostStandard standard = CostStandard::IrrApr;
  double annual = 0.0;            // CET: the effective annual rate; the APRs: periodic × periods_per_year
  double periodic = 0.0;          // the rate per unit period; CET: its monthly rate, (1 + annual)^(1/12) − 1
  double periods_per_year = 12.0; // of `periodic` (CET: 12)
  double effective_annual = 0.0;  // (1 + periodic)^periods_per_year − 1; CET: `annual` itself
  double disclosed_annual_pct = 0.0;
  double disclosed_periodic_pct = 0.0;
};

// The cost of money received (advances) against money paid (payments) under `standard`. `unit` is
// the unit period of the APRs' time line (Appendix J (b)(5): whole unit periods counted back from
// each date, odd days simple for Reg Z, compounded for the IRR); the CET counts calendar days / 365
// and ignores it. Throws Error{NoSolution, "payments"} when no rate balances the flows, and what
// cash_flow.hpp's time_line throws for mixed currencies.
[[nodiscard]] CostOfCredit cost_of_credit(CostStandard standard, std::span<const DatedFlow> advances,
                                          std::span<const DatedFlow> payments, UnitPeriod unit);

// The unit period of a schedule's installments: a month, a week, two weeks; a day tenor's single
// payment is one unit period of `term` days (Appendix J (c)(5)(i): a 255-day loan, 365/255 a year).
[[nodiscard]] UnitPeriod unit_period_of(TermUnit unit, int term) noexcept;

// The cost of a schedule to its customer: one advance on the start date, what is disbursed less
// `paid_at_start` (charges the customer pays at disbursement that the schedule does not deduct:
// an IOF paid up front, fees an offer collects up front), as the Banco Central nets them into its
// FC0 and Reg Z's amount financed excludes prepaid finance charges; then each installment (fees
// included) on its due date. A financed IOF is in the amount financed, never in `paid_at_start`
// (schedule_iof.hpp). Throws as the flows' version does.
[[nodiscard]] CostOfCredit cost_of_credit(CostStandard standard, const Schedule& schedule, UnitPeriod unit,
                                          Money paid_at_start);

}  // namespace loansim
