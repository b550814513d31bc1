// `apr`: the cost of credit of advances and payments under one standard (docs/api.md).
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "loansim/apr.hpp"

namespace loansim::json {
namespace {

enum class Standard : unsigned char { UsRegZ, BrCet, EuCcd, InRbi, Irr };

constexpr std::size_t kMaxFlows = 1300;
constexpr std::int64_t kMaxPeriod = 36500;  // a position: at most 100 years of daily unit periods

Currency default_currency(Standard standard) {
  switch (standard) {
    case Standard::BrCet: return Currency::BRL;
    case Standard::EuCcd: return Currency::EUR;
    case Standard::InRbi: return Currency::INR;
    case Standard::UsRegZ:
    case Standard::Irr: return Currency::USD;
  }
  return Currency::USD;
}

// The unit period of the request: a named one, or a number of them a year.
struct RequestUnit {
  std::optional<UnitPeriod> calendar;  // absent for a per-year count with no calendar length
  double per_year = 12.0;
};

RequestUnit read_unit(FieldReader& in) {
  static constexpr UnitPeriod kNamed[] = {{TimeUnit::Day, 1},       {TimeUnit::Week, 1},  {TimeUnit::Week, 2},
                                          {TimeUnit::Semimonth, 1}, {TimeUnit::Month, 1}, {TimeUnit::Month, 3},
                                          {TimeUnit::Month, 6},     {TimeUnit::Month, 12}};
  const auto per_year_given = in.optional_number("unit_periods_per_year", 1e-3, 365.0);
  if (per_year_given && in.has("unit_period")) {
    throw Error(ErrorCode::InvalidValue, "unit_periods_per_year", "give unit_period or unit_periods_per_year, not both");
  }
  if (per_year_given) return {unit_period_for(*per_year_given), *per_year_given};
  const std::size_t named = in.choice(
      "unit_period", {"day", "week", "fortnight", "semimonth", "month", "quarter", "half_year", "year"}, 4);
  return {kNamed[named], per_year(kNamed[named])};
}

// Advances and payments as the request gives them: all dated, or all by unit-period position.
struct Flows {
  std::vector<DatedFlow> advances, payments;
  std::vector<CashFlow> positioned;  // advances > 0, payments < 0
  bool dated = false, by_position = false;
  std::size_t count = 0;
  Money advances_total, payments_total;
};

void read_flows(FieldReader& in, const char* key, double sign, Currency currency, const RequestUnit& unit, Flows& flows) {
  for (const auto& [item, path] : in.array(key, kMaxFlows)) {
    FieldReader flow(*item, path);
    const Money amount = flow.money("amount", currency);
    const bool single_date = flow.has("date");
    const bool series = flow.has("first_date");
    const bool position = flow.has("period");
    if (single_date + series + position != 1) {
      throw Error(ErrorCode::InvalidValue, path, "needs exactly one of date, first_date (a series) or period (a position)");
    }
    const auto count = static_cast<int>(single_date ? 1 : flow.optional_integer("count", 1, kMaxFlows).value_or(1));
    flows.count += static_cast<std::size_t>(count);
    if (flows.count > kMaxFlows) {
      throw Error(ErrorCode::OutOfRange, path, "makes more than " + std::to_string(kMaxFlows) + " flows");
    }
    (sign > 0 ? flows.advances_total : flows.payments_total) += amount.times(count);
    if (position) {
      const auto period = static_cast<double>(flow.integer("period", 0, kMaxPeriod));
      const double fraction = flow.optional_number("fraction", 0.0, 1.0).value_or(0.0);
      if (fraction == 1.0) throw Error(ErrorCode::OutOfRange, flow.path_of("fraction"), "must be below 1");
      for (int k = 0; k < count; ++k) {
        flows.positioned.push_back({sign * static_cast<double>(amount.minor()), period + k, fraction});
      }
      flows.by_position = true;
    } else {
      const char* key_of_date = single_date ? "date" : "first_date";
      const Date first = parse_date(flow.string(key_of_date), flow.path_of(key_of_date));
      if (series && !unit.calendar) {
        throw Error(ErrorCode::InvalidValue, "unit_periods_per_year",
                    "has no calendar length to step a dated series by; give the flows by period instead");
      }
      auto& list = sign > 0 ? flows.advances : flows.payments;
      for (int k = 0; k < count; ++k) {
        const Date date = k == 0 ? first : add_unit_periods(first, *unit.calendar, k);
        if (date > kLatestDate) throw Error(ErrorCode::OutOfRange, path, "runs past 2200-12-31");
        list.push_back({date, amount});
      }
      flows.dated = true;
    }
    flow.finish();
    if (flows.dated && flows.by_position) {
      throw Error(ErrorCode::InvalidValue, path, "dated flows and flows by period cannot be mixed in one request");
    }
  }
}

}  // namespace

Json apr_command(const Json& request, const ApiOptions& options) {
  require_format(options, {});
  FieldReader in(request, "");
  const auto standard = static_cast<Standard>(in.choice("standard", {"us_reg_z", "br_cet", "eu_ccd", "in_rbi", "irr"}));
  const auto currency_text = in.optional_string("currency");
  const Currency currency = currency_text ? currency_from_code(*currency_text) : default_currency(standard);
  const RequestUnit unit = read_unit(in);
  const auto time = standard == Standard::EuCcd ? static_cast<AprcTime>(in.choice("time_basis", {"days", "months"}, 0))
                                                : AprcTime::Days;
  Flows flows;
  flows.advances_total = flows.payments_total = Money(0, currency);
  read_flows(in, "advances", 1.0, currency, unit, flows);
  read_flows(in, "payments", -1.0, currency, unit, flows);
  in.finish();

  if (flows.dated && !unit.calendar && standard != Standard::BrCet && standard != Standard::EuCcd) {
    throw Error(ErrorCode::InvalidValue, "unit_periods_per_year",
                "has no calendar length to place dated flows by; give the flows by period instead");
  }
  Json result{{"standard", request.at("standard")}, {"currency", code(currency)}};
  const auto percent = [](double rate) { return rate * 100.0; };
  // Positioned flows: odd fractions are simple interest for Reg Z and compound elsewhere.
  auto compound = flows.positioned;
  for (auto& flow : compound) flow.periods += flow.simple_fraction, flow.simple_fraction = 0.0;

  switch (standard) {
    case Standard::UsRegZ: {
      const RegZApr apr = flows.dated ? reg_z_apr(flows.advances, flows.payments, *unit.calendar)
                                      : reg_z_apr(flows.positioned, unit.per_year);
      result["apr_pct"] = percent(apr.apr);
      result["disclosed_apr_pct"] = apr.disclosed_pct;
      result["unit_period_rate_pct"] = percent(apr.unit_period_rate);
      result["unit_periods_per_year"] = unit.per_year;
      result["regular"] = apr.regular;
      result["tolerance_pct"] = apr.tolerance_pct;
      break;
    }
    case Standard::BrCet: {
      const Cet cet = flows.dated ? br_cet(flows.advances, flows.payments) : br_cet(compound, unit.per_year);
      result["apr_pct"] = percent(cet.annual);
      result["disclosed_apr_pct"] = cet.disclosed_annual_pct;
      result["cet_monthly_pct"] = percent(cet.monthly);
      result["disclosed_cet_monthly_pct"] = cet.disclosed_monthly_pct;
      break;
    }
    case Standard::EuCcd: {
      const Aprc aprc = flows.dated ? eu_aprc(flows.advances, flows.payments, time) : eu_aprc(compound, unit.per_year);
      result["apr_pct"] = percent(aprc.aprc);
      result["disclosed_apr_pct"] = aprc.disclosed_pct;
      result["time_basis"] = flows.dated ? (time == AprcTime::Days ? "days" : "months") : "unit_periods";
      break;
    }
    case Standard::InRbi:
    case Standard::Irr: {
      const IrrApr apr = flows.dated ? irr_apr(flows.advances, flows.payments, *unit.calendar)
                                     : irr_apr(compound, unit.per_year);
      result["apr_pct"] = percent(apr.apr);
      result["disclosed_apr_pct"] = apr.disclosed_pct;
      result["periodic_rate_pct"] = percent(apr.periodic_rate);
      result["unit_periods_per_year"] = unit.per_year;
      result["effective_annual_rate_pct"] = percent(apr.effective_annual);
      break;
    }
  }
  result["advances_total"] = amount(flows.advances_total);
  result["payments_total"] = amount(flows.payments_total);
  return result;
}

}  // namespace loansim::json
