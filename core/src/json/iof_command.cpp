// `iof`: Brazil's IOF on a credit, from its amortisations, paid upfront or financed (docs/api.md).
#include <string>
#include <vector>

#include "commands.hpp"
#include "json_build.hpp"
#include "loansim/iof.hpp"

namespace loansim::json {
namespace {

constexpr std::size_t kMaxAmortizations = 1300;

// A rate in percent as written ("0.0082") to an exact fraction (0.000082).
Decimal fraction_of_pct(double pct, std::string_view field) {
  Decimal rate = decimal_from_double(pct, field);
  rate.scale += 2;
  if (rate.scale > 18) fail(ErrorCode::InvalidValue, field, "has more decimals than the 16 a percent rate may carry");
  return rate;
}

}  // namespace

Json iof_command(const Json& request, const ApiOptions& options) {
  require_format(options, {});
  FieldReader in(request, "");
  const auto borrower = static_cast<IofBorrower>(in.choice("borrower", {"individual", "company"}));
  const auto currency_text = in.optional_string("currency");
  const Currency currency = currency_text ? currency_from_code(*currency_text) : Currency::BRL;
  const Money credit = in.money("amount", currency);
  const Date disbursed = parse_date(in.string("disbursement_date"), "disbursement_date");
  const bool financed = in.boolean("financed", false);
  const auto mode = static_cast<Rounding>(in.choice("rounding", {"half_up", "half_even", "up", "down"}, 0));
  IofRates rates = iof_rates(borrower);
  if (const auto daily = in.optional_number("daily_rate_pct", 0.0, 1.0)) rates.daily = fraction_of_pct(*daily, "daily_rate_pct");
  if (const auto additional = in.optional_number("additional_rate_pct", 0.0, 100.0)) {
    rates.additional = fraction_of_pct(*additional, "additional_rate_pct");
  }
  std::vector<Amortization> amortizations;
  for (const auto& [item, path] : in.array("amortizations", kMaxAmortizations)) {
    FieldReader row(*item, path);
    const Date due = parse_date(row.string("date"), row.path_of("date"));
    amortizations.push_back({due, row.money("amount", currency)});
    row.finish();
  }
  in.finish();
  if (amortizations.empty()) fail(ErrorCode::InvalidValue, "amortizations", "must list at least one amortisation");

  const auto parts = [](const Iof& tax) {
    return object({{"iof_daily", amount(tax.daily)}, {"iof_additional", amount(tax.additional)}, {"iof", amount(tax.total)}});
  };
  Json result = object({{"currency", code(currency)}, {"borrower", request.at("borrower")}, {"financed", financed}});
  if (!financed) {
    // The due dates are checked here, with the request's field names, before any rescaling.
    result.update(parts(iof(credit, disbursed, amortizations, rates, mode)));
    result["amount"] = amount(credit);
    return result;
  }
  (void)iof(credit, disbursed, amortizations, rates, mode);  // validates the amortisations as given
  const IofGrossUp grossed = iof_financed(credit, disbursed, amortizations, rates, mode);
  result.update(parts(grossed.iof));
  result["financed_amount"] = amount(grossed.financed);
  result["released_amount"] = amount(grossed.released);
  Json rows = Json::array();
  for (const auto& row : scale_amortizations(amortizations, grossed.financed)) {
    rows.push_back(object({{"date", format_date(row.due_date)}, {"amount", amount(row.principal)}}));
  }
  result["amortizations"] = std::move(rows);
  return result;
}

}  // namespace loansim::json
