#include "loansim/annuity.hpp"

#include <cmath>

namespace loansim {

Money level_payment(Money principal, PeriodicRate rate, int periods, PaymentTiming timing, Rounding mode) {
  if (periods < 1) throw Error(ErrorCode::OutOfRange, "term", "must be at least one period");
  if (!(rate.value > -1.0) || !std::isfinite(rate.value)) {
    throw Error(ErrorCode::OutOfRange, "rate", "periodic rate must be finite and above -100 %");
  }
  if (rate.value == 0.0) return {round_div(principal.minor(), periods, mode), principal.currency()};
  // 1 − (1 + r)^−n through expm1/log1p keeps its precision when r·n is small.
  const double discount = -std::expm1(-periods * std::log1p(rate.value));
  double factor = rate.value / discount;
  if (timing == PaymentTiming::Begin) factor /= 1.0 + rate.value;
  return principal.scaled(factor, mode);
}

}  // namespace loansim
