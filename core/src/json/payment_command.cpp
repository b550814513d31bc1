// `payment`: the level installment of a loan, without its schedule (the widget's instant quote).
#include "commands.hpp"

#include "loansim/annuity.hpp"

namespace loansim::json {

Json payment_command(const Json& request, const ApiOptions& options) {
  require_format(options, {});
  FieldReader in(request, "");
  const Currency currency = currency_from_code(in.string("currency"));
  const Money principal = in.money("principal", currency);
  const double annual_rate_pct = in.number("annual_rate_pct", 0.0, 1000.0);
  const auto term = static_cast<int>(in.integer("term", 1, 600));
  const auto timing = static_cast<PaymentTiming>(in.choice("when", {"end", "begin"}, 0));
  in.finish();

  const Money payment = level_payment(principal, periodic_from_nominal(annual_rate_pct / 100.0, 12), term, timing);
  return Json{{"currency", code(currency)}, {"payment", amount(payment)}};
}

}  // namespace loansim::json
