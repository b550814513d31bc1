#include "loansim/annuity.hpp"

#include <cmath>

#include "loansim/portable_math.hpp"

namespace loansim {

double level_payment_factor(PeriodicRate rate, int periods, PaymentTiming timing) {
  if (periods < 1) fail(ErrorCode::OutOfRange, "term", "must be at least one period");
  if (!(rate.value > -1.0) || !std::isfinite(rate.value)) {
    fail(ErrorCode::OutOfRange, "rate", "periodic rate must be finite and above -100 %");
  }
  if (rate.value == 0.0) return 1.0 / periods;
  // 1 − (1 + r)^−n through expm1/log1p keeps its precision when r·n is small; the portable
  // versions give the same bits natively and in WebAssembly.
  const double discount = -portable::expm1(-periods * portable::log1p(rate.value));
  const double factor = rate.value / discount;
  return timing == PaymentTiming::Begin ? factor / (1.0 + rate.value) : factor;
}

Money level_payment(Money principal, PeriodicRate rate, int periods, PaymentTiming timing, Rounding mode) {
  const double factor = level_payment_factor(rate, periods, timing);
  // At a zero rate the split is exact integer division, not a float product.
  if (rate.value == 0.0) return {round_div(principal.minor(), periods, mode), principal.currency()};
  return principal.scaled(factor, mode);
}

}  // namespace loansim
