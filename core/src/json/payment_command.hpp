// `payment`: the level installment of a loan, without its schedule (the widget's instant quote).
// One adapter for both transports (JSON and the tape): see fields.hpp and json_writer.hpp.
#pragma once

#include "format_option.hpp"
#include "loansim/annuity.hpp"
#include "loansim/json/fields.hpp"

namespace loansim::json {

template <class Source, class Writer>
void payment_command(const Source& request, Writer& out, const ApiOptions& options) {
  require_format(options, {});
  BasicFieldReader<Source> in(request, "");
  const Currency currency = currency_from_code(in.string("currency"));
  const Money principal = in.money("principal", currency);
  const double annual_rate_pct = in.number("annual_rate_pct", 0.0, 1000.0);
  const auto term = static_cast<int>(in.integer("term", 1, 600));
  const auto timing = static_cast<PaymentTiming>(in.choice("when", {"end", "begin"}, 0));
  in.finish();

  const Money payment = level_payment(principal, periodic_from_nominal(annual_rate_pct / 100.0, 12), term, timing);
  out.begin_object();
  out.string("currency", code(currency));
  out.number("payment", to_major(payment));
  out.end_object();
}

}  // namespace loansim::json
