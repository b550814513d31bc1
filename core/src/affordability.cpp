#include "loansim/affordability.hpp"

#include <cmath>

#include "loansim/annuity.hpp"
#include "loansim/error.hpp"
#include "loansim/portable_math.hpp"

namespace loansim {

double peak_installment_factor(PeriodicRate rate, int periods, InterestMethod method) {
  if (periods < 1) throw Error(ErrorCode::OutOfRange, "term", "must be at least one period");
  if (!(rate.value >= 0.0) || !std::isfinite(rate.value)) throw Error(ErrorCode::OutOfRange, "rate", "must be finite and not negative");
  if (method != InterestMethod::Annuity) return 1.0 / periods + rate.value;
  if (rate.value == 0.0) return 1.0 / periods;
  // Portable functions: the same bits natively and in WebAssembly (portable_math.hpp).
  return rate.value / -portable::expm1(-periods * portable::log1p(rate.value));
}

Money peak_installment(Money principal, PeriodicRate rate, int periods, InterestMethod method, const RoundingPolicy& rounding) {
  const Money exact = method == InterestMethod::Annuity
                          ? level_payment(principal, rate, periods, PaymentTiming::End, rounding.mode)
                          : principal.scaled(peak_installment_factor(rate, periods, method), rounding.mode);
  return {round_to_increment(exact.minor(), rounding), principal.currency()};
}

Money max_principal(Money budget, PeriodicRate rate, int periods, InterestMethod method,
                    const RoundingPolicy& installment_rounding, std::int64_t amount_step) {
  const Money zero{0, budget.currency()};
  if (amount_step <= 0) throw Error(ErrorCode::OutOfRange, "rounding.amount.increment", "must be positive");
  if (budget.minor() <= 0) return zero;
  // Closed form on the budget floored to the installment's increment, floored to the step...
  const std::int64_t usable = round_to_increment(budget.minor(), {Rounding::Down, installment_rounding.increment});
  const double exact = static_cast<double>(usable) / peak_installment_factor(rate, periods, method);
  Money principal{round_to_increment(round_to_integer(exact, Rounding::Down), {Rounding::Down, amount_step}), budget.currency()};
  // ...then checked forward: binary rounding of the factor may leave it one step too high.
  const Money step{amount_step, budget.currency()};
  for (int i = 0; i < 64 && principal.minor() > 0 && peak_installment(principal, rate, periods, method, installment_rounding) > budget; ++i) {
    principal -= step;
  }
  if (principal.minor() <= 0 || peak_installment(principal, rate, periods, method, installment_rounding) > budget) return zero;
  return principal;
}

}  // namespace loansim
