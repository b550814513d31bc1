// Brazil's IOF on credit (Imposto sobre Operações Financeiras, Decreto 6.306/2007 art. 7): a daily
// rate on each amortisation of principal for the days from the disbursement to its due date
// (at most 365), plus an additional rate on the amount of the credit. Paid upfront, it is a payment
// on the disbursement date; financed, the credit includes its own IOF (gross-up).
//
// The amortisations are an input, a list of (due date, principal amortised), so the tax does not
// depend on how the schedule was built; the gross-up takes a callable that gives the amortisations
// of any financed amount.
#pragma once

#include <span>
#include <vector>

#include "loansim/date.hpp"
#include "loansim/decimal.hpp"
#include "loansim/function_ref.hpp"
#include "loansim/money.hpp"

namespace loansim {

enum class IofBorrower : unsigned char { Individual, Company };

// Exact rates (fractions): the daily rate per day and the additional rate on the amount.
struct IofRates {
  Decimal daily;       // 0.000082 (0.0082 % a day) individuals, 0.000041 (0.0041 %) companies
  Decimal additional;  // 0.0038 (0.38 %)
};
// The rates of Decreto 6.306/2007 art. 7 (0.0082 % / 0.0041 % a day) and its 0.38 % additional.
// Rates change by decree: callers holding newer rates pass their own IofRates.
[[nodiscard]] IofRates iof_rates(IofBorrower borrower) noexcept;

// How a credit carries its IOF: the rates, and whether the credit finances its own IOF (gross-up)
// or the customer pays it up front.
struct IofRule {
  IofRates rates;
  bool financed = false;
};

struct Amortization {
  Date due_date;
  Money principal;
};

// Each part rounded once to whole minor units by `mode` (half-up by default); total = daily + additional.
struct Iof {
  Money daily;       // Σ principal_j × daily rate × min(days_j, 365)
  Money additional;  // amount × additional rate
  Money total;
};

// IOF of a credit of `amount` released on `disbursement` and amortised by `amortizations`.
// Throws Error{InvalidValue, "amortizations[j].due_date"} for a due date before the
// disbursement, Error{InvalidValue} when the currencies differ or the amortisations do not add up
// to the amount, Error{OutOfRange} for a negative amortisation or a rate outside [0, 1].
[[nodiscard]] Iof iof(Money amount, Date disbursement, std::span<const Amortization> amortizations,
                      const IofRates& rates, Rounding mode = Rounding::HalfUp);

// The gross-up: the smallest financed amount F, to the minor unit, whose released part
// F − IOF(F) reaches `released`, the amortisations of F given by `amortizations_of(F)`. Usually
// F − IOF(F) equals `released` exactly; when rounding skips that value, it is one minor unit more.
// Fixed-point iteration F ← released + IOF(F) (the IOF is a few % of F, so each step shrinks the
// error by that factor), capped at 64 steps, then a search of the neighbouring minor units.
// Throws Error{NoSolution} if that does not settle (amortisations that jump with F).
struct IofGrossUp {
  Money financed;
  Money released;  // financed − iof.total
  Iof iof;
  int iterations = 0;
};
using AmortizationsOf = FunctionRef<std::vector<Amortization>(Money financed)>;
[[nodiscard]] IofGrossUp iof_financed(Money released, Date disbursement, const AmortizationsOf& amortizations_of,
                                      const IofRates& rates, Rounding mode = Rounding::HalfUp);

// A schedule's amortisations rescaled to another principal: each `reference` amortisation × target
// / their sum, rounded half-up, the residue on the last, so they add up to `target` exactly. For
// equal-principal (SAC) schedules this is exact, for annuity (Price) ones exact up to rounding: the
// amortisations of a fixed rate and term are proportional to the principal.
[[nodiscard]] std::vector<Amortization> scale_amortizations(std::span<const Amortization> reference, Money target);

}  // namespace loansim
