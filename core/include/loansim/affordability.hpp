// Installment ↔ principal under an interest method: what a loan asks of a monthly budget, and the
// largest loan a budget carries. Affordability is tested on the largest installment of the loan.
#pragma once

#include "loansim/money.hpp"
#include "loansim/product.hpp"
#include "loansim/rate.hpp"
#include "loansim/rounding.hpp"

namespace loansim {

// The installment per unit of principal that the affordability test uses:
//   annuity: r / (1 − (1 + r)^−n) (1/n at a zero rate), the level installment;
//   flat and declining: 1/n + r, the flat installment and the first (largest) declining one.
[[nodiscard]] double peak_installment_factor(PeriodicRate rate, int periods, InterestMethod method);

// The largest installment of `principal` over `periods` (level_payment for an annuity), rounded to
// whole minor units by rounding.mode and then to rounding.increment. Never rises with `periods`.
[[nodiscard]] Money peak_installment(Money principal, PeriodicRate rate, int periods, InterestMethod method,
                                     const RoundingPolicy& rounding);

// The largest principal, a multiple of amount_step (minor units), whose peak_installment fits
// `budget`; zero when none does. Exact for the rounding: the result is checked forward.
[[nodiscard]] Money max_principal(Money budget, PeriodicRate rate, int periods, InterestMethod method,
                                  const RoundingPolicy& installment_rounding, std::int64_t amount_step);

}  // namespace loansim
