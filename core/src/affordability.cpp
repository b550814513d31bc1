#include "loansim/affordability.hpp"

#include <cmath>
#include <limits>

#include "loansim/annuity.hpp"
#include "loansim/error.hpp"
#include "loansim/portable_math.hpp"

namespace loansim {

double peak_installment_factor(PeriodicRate rate, int periods, InterestMethod method) {
  if (periods < 1) fail(ErrorCode::OutOfRange, "term", "must be at least one period");
  if (!(rate.value >= 0.0) || !std::isfinite(rate.value)) fail(ErrorCode::OutOfRange, "rate", "must be finite and not negative");
  if (method != InterestMethod::Annuity) return 1.0 / periods + rate.value;
  if (rate.value == 0.0) return 1.0 / periods;
  // Portable functions: the same bits natively and in WebAssembly (portable_math.hpp).
  return rate.value / -portable::expm1(-periods * portable::log1p(rate.value));
}

namespace {

// P·(1/n + r) in minor units, rounded by `mode`. P/n is exact at a zero rate. Otherwise the
// factor's binary rounding can leave a whole result (1,200,000 × (1/12 + 1 %) = 112,000) a few
// ulps above or below the whole number, which Up or Down rounding would turn into a whole minor
// unit: a result within 8 ulps of a whole number is that number.
std::int64_t flat_installment(Money principal, PeriodicRate rate, int periods, InterestMethod method, Rounding mode) {
  if (rate.value == 0.0) return round_div(principal.minor(), periods, mode);
  double minor_units = static_cast<double>(principal.minor()) * peak_installment_factor(rate, periods, method);
  const double whole = std::round(minor_units);
  if (std::fabs(minor_units - whole) <= 8.0 * std::numeric_limits<double>::epsilon() * std::fabs(minor_units)) minor_units = whole;
  return round_to_integer(minor_units, mode);
}

}  // namespace

Money peak_installment(Money principal, PeriodicRate rate, int periods, InterestMethod method, const RoundingPolicy& rounding) {
  const std::int64_t exact = method == InterestMethod::Annuity
                                 ? level_payment(principal, rate, periods, PaymentTiming::End, rounding.mode).minor()
                                 : flat_installment(principal, rate, periods, method, rounding.mode);
  return {round_to_increment(exact, rounding), principal.currency()};
}

Money max_principal(Money budget, PeriodicRate rate, int periods, InterestMethod method,
                    const RoundingPolicy& installment_rounding, std::int64_t amount_step) {
  const Money zero{0, budget.currency()};
  if (amount_step <= 0) fail(ErrorCode::OutOfRange, "rounding.amount.increment", "must be positive");
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
