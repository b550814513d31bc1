// The one cash-flow model behind every cost-of-credit standard (Reg Z APR, CET, APRC, RBI APR,
// OJK effective rate, IRR): money the customer receives (advances) and pays (installments, fees,
// insurance), each at a point of a time line counted in unit periods, and the periodic rate at
// which what is received equals what is paid, both discounted to the start.
//
// A flow at `periods` compounded unit periods plus a `simple_fraction` of a unit period at simple
// interest is worth amount / ((1 + i)^periods · (1 + simple_fraction · i)) at the start: Appendix J
// (b)(8)'s general equation when periods = t and simple_fraction = f, and plain compound
// discounting (CET, APRC, IRR) when simple_fraction = 0.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "loansim/date.hpp"
#include "loansim/double_double.hpp"
#include "loansim/money.hpp"
#include "loansim/root_finding.hpp"
#include "loansim/unit_period.hpp"

namespace loansim {

struct CashFlow {
  double amount = 0.0;           // minor units: > 0 received by the customer, < 0 paid by the customer
  double periods = 0.0;          // compounded unit periods from the start of the term
  double simple_fraction = 0.0;  // a further fraction of a unit period at simple interest (Reg Z)
};

// A dated amount: an advance (disbursement) or a payment (installment, fee, insurance premium).
struct DatedFlow {
  Date date;
  Money amount;  // ≥ 0
};

// How dates become positions on the time line, counted from the earliest flow.
enum class OddDays : unsigned char {
  Simple,    // f stays a simple-interest fraction (Reg Z Appendix J (b)(8))
  Compound,  // f is added to the compounded periods (IRR on a unit-period grid)
};
struct TimeScale {
  UnitPeriod unit{TimeUnit::Month, 1};
  OddDays odd_days = OddDays::Compound;
  double days_per_month = 30.0;  // odd whole months inside a month-based unit (Reg Z 30, EU 365/12)
};

// Whole days from the start: with solve_annual_log_rate, actual days / 365 as the time in years, the
// exponent of the Brazilian CET (Resolução CMN 3.517/2007) and of the EU APRC counted in days
// (Directive 2008/48/EC Annex I (c)).
inline constexpr TimeScale kDays{{TimeUnit::Day, 1}, OddDays::Compound, 30.0};

// The advances (> 0) and payments (< 0) on one time line, counted from the earliest date of either.
// Amounts must share one currency (Error{InvalidValue}); zero amounts are kept (they weigh nothing).
[[nodiscard]] std::vector<CashFlow> time_line(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments,
                                              const TimeScale& scale);

// Present value of `flows` at periodic rate `rate` (> −1), and its derivative in the rate.
[[nodiscard]] FunctionValue present_value(std::span<const CashFlow> flows, double rate) noexcept;

// The periodic rate at which the flows' present value is zero. Solved by find_root in
// x = ln(1 + rate), where every compound discount factor is a plain exponential: Newton from a
// simple-interest estimate (total paid over total received, spread over the mean time between
// them), then find_root's scan-and-bisect fallback. No allocation. Throws Error{NoSolution, field}
// when the flows do not both receive and pay money, or no rate in (−100 %, 10^6 %] per period
// balances them. When several rates do (flows that change sign more than once), the one found
// nearest the estimate. Exponentials and logarithms come from portable_math.hpp, so the native
// and WebAssembly builds return the same bits.
[[nodiscard]] double solve_periodic_rate(std::span<const CashFlow> flows, std::string_view field = "");

// The same for flows placed in days (time_line with kDays), the rate per 365 days (an effective
// annual rate), as its logarithm ln(1 + i) in double-double: the rates a standard derives from it
// (portable::expm1) then round once. Between flows a whole number of days apart (installments: 28
// to 31) the discount is multiplied in, so an evaluation takes a few exponentials instead of one a
// flow. Newton steers on those products in doubles, then finishes on the same sums in double-double
// arithmetic: the root is the true one past a double's precision (one exponential a flow, summed in
// doubles, was a few ulps off; thousands when the flows nearly cancel). Same domain and errors as
// solve_periodic_rate (and InvalidValue for a flow not on a whole day), and the same bits natively
// and in WebAssembly.
[[nodiscard]] DoubleDouble solve_annual_log_rate(std::span<const CashFlow> day_flows, std::string_view field = "");

}  // namespace loansim
