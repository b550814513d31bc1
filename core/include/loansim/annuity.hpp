// The level payment of an annuity loan (Price / anuitas / EMI), in whole minor units.
#pragma once

#include "loansim/money.hpp"
#include "loansim/rate.hpp"

namespace loansim {

enum class PaymentTiming { End, Begin };  // payments in arrears (ordinary annuity) or in advance (annuity-due)

// The installment per unit of principal, unrounded: r / (1 − (1 + r)^−n), divided by (1 + r) when
// payments are in advance; 1 / n at a zero rate. Schedules scale it and round once, to their own
// increment. Throws Error{OutOfRange} for periods < 1 or a rate ≤ −100 %.
[[nodiscard]] double level_payment_factor(PeriodicRate rate, int periods, PaymentTiming timing = PaymentTiming::End);

// The constant installment that retires `principal` over `periods` payments at `rate` per period:
//   P · r / (1 − (1 + r)^−n), divided by (1 + r) when payments are in advance; P / n at a zero rate.
// Rounded to whole minor units by `mode`. Throws Error{OutOfRange} for periods < 1 or a rate ≤ −100 %.
[[nodiscard]] Money level_payment(Money principal, PeriodicRate rate, int periods,
                                  PaymentTiming timing = PaymentTiming::End, Rounding mode = Rounding::HalfUp);

}  // namespace loansim
