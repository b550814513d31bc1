// `apr`: the cost of credit of advances and payments under one standard (docs/api.md).
// One adapter for both transports (JSON and the tape): see fields.hpp and json_writer.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "format_option.hpp"
#include "loansim/apr.hpp"
#include "loansim/json/fields.hpp"

namespace loansim::json {
namespace apr_adapter {

enum class Standard : unsigned char { UsRegZ, BrCet, EuCcd, InRbi, Irr };

constexpr std::size_t kMaxFlows = 1300;
constexpr std::int64_t kMaxPeriod = 36500;  // a position: at most 100 years of daily unit periods

inline Currency default_currency(Standard standard) {
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

template <class Reader>
RequestUnit read_unit(Reader& in) {
  static constexpr UnitPeriod kNamed[] = {{TimeUnit::Day, 1},       {TimeUnit::Week, 1},  {TimeUnit::Week, 2},
                                          {TimeUnit::Semimonth, 1}, {TimeUnit::Month, 1}, {TimeUnit::Month, 3},
                                          {TimeUnit::Month, 6},     {TimeUnit::Month, 12}};
  const auto per_year_given = in.optional_number("unit_periods_per_year", 1e-3, 365.0);
  if (per_year_given && in.has("unit_period")) {
    fail(ErrorCode::InvalidValue, "unit_periods_per_year", "give unit_period or unit_periods_per_year, not both");
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

// Counts `count` more flows: at most kMaxFlows in all.
inline void add_flow_count(Flows& flows, std::size_t count, const FieldPath& path) {
  flows.count += count;
  if (flows.count > kMaxFlows) fail(ErrorCode::OutOfRange, path.text(), "makes more than " + std::to_string(kMaxFlows) + " flows");
}

// The usual shape, single dated flows [{date, amount}, ...], when the tape carries it as a table
// (json/tape.hpp): a column at a time, no reader per flow. The same checks in the same order as
// read_flows' loop, so the same errors; false, nothing read, for any other array.
template <class Source>
bool read_dated_table(const Elements<Source>& items, double sign, Currency currency, Flows& flows) {
  if constexpr (requires { items.array().column(std::string_view{}); }) {
    const auto amounts = items.array().column("amount"), dates = items.array().column("date");
    if (!amounts || !dates || items.array().first_element().size() != 2 || amounts->kind() != SourceKind::Number ||
        dates->kind() != SourceKind::String || flows.by_position) {
      return false;
    }
    auto& list = sign > 0 ? flows.advances : flows.payments;
    list.reserve(list.size() + items.size());
    std::int64_t total = 0;  // at most 1,300 amounts of 10^15 minor units: no overflow
    Source amount = *amounts, date = *dates;
    for (std::size_t i = 0; i < items.size(); ++i, amount = amount.next_element(), date = date.next_element()) {
      // A flow that passes here (money_value's bounds, which NaN fails, an amount in whole minor
      // units, an ISO date, room for one more flow) is what the reader would read; any other goes
      // through the reader's own checks, in its order, which say what fails and where.
      const double major = amount.number();
      const auto fast_value = major >= 0.0 && major <= kMaxAmountMajor ? money_in_one_step(major, currency) : std::nullopt;
      const auto fast_date = iso_date(date.string());
      Money value;
      Date day;
      if (fast_value && fast_date && flows.count < kMaxFlows) {
        value = *fast_value, day = *fast_date, ++flows.count;
      } else {
        const FieldPath path = items.path().element(i);
        value = money_value(amount, path.member("amount"), currency);
        add_flow_count(flows, 1, path);
        day = date_value(date, path.member("date"));
      }
      total += value.minor();
      list.push_back({day, value});
    }
    (sign > 0 ? flows.advances_total : flows.payments_total) += Money(total, currency);
    flows.dated = flows.dated || !items.empty();
    return true;
  }
  return false;
}

template <class Reader>
void read_flows(Reader& in, const char* key, double sign, Currency currency, const RequestUnit& unit, Flows& flows) {
  const auto items = in.items(key, kMaxFlows);
  if (read_dated_table(items, sign, currency, flows)) return;
  for (const auto& [item, path] : items) {
    Reader flow(item, path);
    const Money amount = flow.money("amount", currency);
    const bool single_date = flow.has("date");
    const bool series = flow.has("first_date");
    const bool position = flow.has("period");
    if (single_date + series + position != 1) {
      fail(ErrorCode::InvalidValue, path.text(), "needs exactly one of date, first_date (a series) or period (a position)");
    }
    const auto count = static_cast<int>(single_date ? 1 : flow.optional_integer("count", 1, kMaxFlows).value_or(1));
    add_flow_count(flows, static_cast<std::size_t>(count), path);
    (sign > 0 ? flows.advances_total : flows.payments_total) += amount.times(count);
    if (position) {
      const auto period = static_cast<double>(flow.integer("period", 0, kMaxPeriod));
      const double fraction = flow.optional_number("fraction", 0.0, 1.0).value_or(0.0);
      if (fraction == 1.0) fail(ErrorCode::OutOfRange, flow.path_of("fraction"), "must be below 1");
      for (int k = 0; k < count; ++k) {
        flows.positioned.push_back({sign * static_cast<double>(amount.minor()), period + k, fraction});
      }
      flows.by_position = true;
    } else {
      const char* key_of_date = single_date ? "date" : "first_date";
      const Date first = flow.date(key_of_date);
      if (series && !unit.calendar) {
        fail(ErrorCode::InvalidValue, "unit_periods_per_year",
             "has no calendar length to step a dated series by; give the flows by period instead");
      }
      auto& list = sign > 0 ? flows.advances : flows.payments;
      for (int k = 0; k < count; ++k) {
        const Date date = k == 0 ? first : add_unit_periods(first, *unit.calendar, k);
        if (date > kLatestDate) fail(ErrorCode::OutOfRange, path.text(), "runs past 2200-12-31");
        list.push_back({date, amount});
      }
      flows.dated = true;
    }
    flow.finish();
    if (flows.dated && flows.by_position) {
      fail(ErrorCode::InvalidValue, path.text(), "dated flows and flows by period cannot be mixed in one request");
    }
  }
}

}  // namespace apr_adapter

template <class Source, class Writer>
void apr_command(const Source& request, Writer& out, const ApiOptions& options) {
  using namespace apr_adapter;
  require_format(options, {});
  BasicFieldReader<Source> in(request, "");
  static constexpr std::string_view kStandards[] = {"us_reg_z", "br_cet", "eu_ccd", "in_rbi", "irr"};
  const auto standard = static_cast<Standard>(in.choice("standard", kStandards));
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
    fail(ErrorCode::InvalidValue, "unit_periods_per_year",
         "has no calendar length to place dated flows by; give the flows by period instead");
  }
  out.begin_object();
  out.string("standard", kStandards[static_cast<std::size_t>(standard)]);
  out.string("currency", code(currency));
  const auto percent = [](double rate) { return rate * 100.0; };
  // Positioned flows: odd fractions are simple interest for Reg Z and compound elsewhere.
  auto compound = flows.positioned;
  for (auto& flow : compound) flow.periods += flow.simple_fraction, flow.simple_fraction = 0.0;

  switch (standard) {
    case Standard::UsRegZ: {
      const RegZApr apr = flows.dated ? reg_z_apr(flows.advances, flows.payments, *unit.calendar)
                                      : reg_z_apr(flows.positioned, unit.per_year);
      out.number("apr_pct", percent(apr.apr));
      out.number("disclosed_apr_pct", apr.disclosed_pct);
      out.number("unit_period_rate_pct", percent(apr.unit_period_rate));
      out.number("unit_periods_per_year", unit.per_year);
      out.boolean("regular", apr.regular);
      out.number("tolerance_pct", apr.tolerance_pct);
      break;
    }
    case Standard::BrCet: {
      const Cet cet = flows.dated ? br_cet(flows.advances, flows.payments) : br_cet(compound, unit.per_year);
      out.number("apr_pct", percent(cet.annual));
      out.number("disclosed_apr_pct", cet.disclosed_annual_pct);
      out.number("cet_monthly_pct", percent(cet.monthly));
      out.number("disclosed_cet_monthly_pct", cet.disclosed_monthly_pct);
      break;
    }
    case Standard::EuCcd: {
      const Aprc aprc = flows.dated ? eu_aprc(flows.advances, flows.payments, time) : eu_aprc(compound, unit.per_year);
      out.number("apr_pct", percent(aprc.aprc));
      out.number("disclosed_apr_pct", aprc.disclosed_pct);
      out.string("time_basis", flows.dated ? (time == AprcTime::Days ? "days" : "months") : "unit_periods");
      break;
    }
    case Standard::InRbi:
    case Standard::Irr: {
      const IrrApr apr = flows.dated ? irr_apr(flows.advances, flows.payments, *unit.calendar)
                                     : irr_apr(compound, unit.per_year);
      out.number("apr_pct", percent(apr.apr));
      out.number("disclosed_apr_pct", apr.disclosed_pct);
      out.number("periodic_rate_pct", percent(apr.periodic_rate));
      out.number("unit_periods_per_year", unit.per_year);
      out.number("effective_annual_rate_pct", percent(apr.effective_annual));
      break;
    }
  }
  out.number("advances_total", to_major(flows.advances_total));
  out.number("payments_total", to_major(flows.payments_total));
  out.end_object();
}

}  // namespace loansim::json
