// `schedule`: the full amortisation schedule of a loan, every installment and the totals.
#include <algorithm>
#include <string>

#include "commands.hpp"
#include "loansim/apr.hpp"
#include "loansim/schedule.hpp"

namespace loansim::json {
namespace {

// The most holidays, fees and prepayments a request may list.
constexpr std::size_t kMaxHolidays = 3660;
constexpr std::size_t kMaxCharges = 16;
constexpr std::size_t kMaxPrepayments = 600;

Date read_date(FieldReader& in, std::string_view key) { return parse_date(in.string(key), in.path_of(key)); }

// {"amount": 25, "<fraction_key>": 1.5}: a fixed amount, a percentage of a base, or both.
Charge read_charge(FieldReader& in, Currency currency, std::string_view fraction_key) {
  if (!in.has("amount") && !in.has(fraction_key)) {
    throw Error(ErrorCode::MissingField, in.path_of("amount"),
                "a charge needs an amount, " + std::string(fraction_key) + ", or both");
  }
  Charge charge{.fixed = in.optional_money("amount", currency).value_or(Money(0, currency)), .fraction = 0.0};
  charge.fraction = in.optional_number(fraction_key, 0.0, 100.0).value_or(0.0) / 100.0;
  return charge;
}

void read_business_days(FieldReader& in, ScheduleRequest& request) {
  if (!in.has("business_days")) return;
  FieldReader days = in.object("business_days");
  request.business_day = static_cast<BusinessDayConvention>(
      days.choice("convention", {"unadjusted", "following", "modified_following", "preceding"}));
  request.calendar.weekends_off = days.boolean("weekends_off", true);
  if (days.has("holidays")) {
    for (const auto& [value, path] : days.array("holidays", kMaxHolidays)) {
      if (!value->is_string()) throw Error(ErrorCode::InvalidType, path, "must be a date string YYYY-MM-DD");
      request.calendar.holidays.push_back(parse_date(value->get<std::string>(), path));
    }
    std::sort(request.calendar.holidays.begin(), request.calendar.holidays.end());  // any order in JSON
  }
  days.finish();
}

void read_grace(FieldReader& in, ScheduleRequest& request) {
  if (!in.has("grace")) return;
  FieldReader grace = in.object("grace");
  request.grace.periods = static_cast<int>(grace.integer("periods", 0, 3659));
  request.grace.interest = static_cast<GraceInterest>(grace.choice("interest", {"paid", "capitalised"}, 0));
  grace.finish();
}

void read_fees(FieldReader& in, ScheduleRequest& request, Currency currency) {
  if (in.has("upfront_fees")) {
    for (const auto& [value, path] : in.array("upfront_fees", kMaxCharges)) {
      FieldReader fee(*value, path);
      const Charge charge = read_charge(fee, currency, "pct");
      request.upfront_fees.push_back({.charge = charge, .financed = fee.boolean("financed", false)});
      fee.finish();
    }
  }
  if (in.has("installment_fees")) {
    for (const auto& [value, path] : in.array("installment_fees", kMaxCharges)) {
      FieldReader fee(*value, path);
      request.installment_fees.push_back(read_charge(fee, currency, "pct_of_balance"));
      fee.finish();
    }
  }
}

void read_rounding(FieldReader& in, ScheduleRequest& request, Currency currency) {
  if (!in.has("rounding")) return;
  FieldReader rounding = in.object("rounding");
  request.rounding.mode = static_cast<Rounding>(rounding.choice("mode", {"half_up", "half_even", "up", "down"}, 0));
  if (const auto increment = rounding.optional_money("increment", currency)) {
    if (increment->is_zero()) throw Error(ErrorCode::OutOfRange, rounding.path_of("increment"), "must be greater than 0");
    request.rounding.increment = increment->minor();
  }
  request.residue = static_cast<Residue>(rounding.choice("residue", {"last", "first"}, 0));
  rounding.finish();
}

void read_prepayments(FieldReader& in, ScheduleRequest& request, Currency currency) {
  if (!in.has("prepayments")) return;
  for (const auto& [value, path] : in.array("prepayments", kMaxPrepayments)) {
    FieldReader prepayment(*value, path);
    request.prepayments.push_back(
        {.installment = static_cast<int>(prepayment.integer("installment", 1, 3660)),
         .amount = prepayment.optional_money("amount", currency),
         .effect = static_cast<PrepaymentEffect>(prepayment.choice("then", {"shorter_term", "lower_installment"}, 0))});
    prepayment.finish();
  }
}

}  // namespace

ScheduleRequest read_schedule_request(const Json& json, const std::string& path) {
  FieldReader in(json, path);
  const Currency currency = currency_from_code(in.string("currency"), in.path_of("currency"));
  ScheduleRequest request;
  request.principal = in.money("principal", currency);
  request.annual_rate = in.number("annual_rate_pct", 0.0, 1000.0) / 100.0;
  request.method = static_cast<Method>(
      in.choice("method", {"annuity", "annuity_due", "equal_principal", "flat", "interest_only", "bullet"}, 0));
  request.unit = static_cast<TermUnit>(in.choice("term_unit", {"month", "week", "fortnight", "day"}, 0));
  request.term = static_cast<int>(in.integer("term", 1, max_term(request.unit)));
  request.start_date = read_date(in, "start_date");
  if (in.has("first_due_date")) request.first_due_date = read_date(in, "first_due_date");
  if (in.has("day_count")) {
    request.day_count = static_cast<DayCount>(in.choice("day_count", {"30/360", "30e/360", "act/360", "act/365f", "act/act_isda"}));
  }
  read_business_days(in, request);
  read_grace(in, request);
  read_fees(in, request, currency);
  read_rounding(in, request, currency);
  read_prepayments(in, request, currency);
  in.finish();
  return request;
}

Json schedule_command(const Json& json, const ApiOptions& options) {
  require_format(options, {});
  const ScheduleRequest request = read_schedule_request(json, "");
  const Schedule schedule = build_schedule(request);

  const Currency currency = schedule.currency;
  const auto money = [currency](std::int64_t minor) { return amount(Money(minor, currency)); };
  const bool capitalised = request.grace.periods > 0 && request.grace.interest == GraceInterest::Capitalised;
  const bool prepaid = !request.prepayments.empty();

  Json installments = Json::array();
  for (std::size_t i = 0; i < schedule.size(); ++i) {
    Json row = {{"number", i + 1},
                {"due_date", format_date(schedule.due_date[i])},
                {"payment", money(schedule.payment[i])},
                {"principal", money(schedule.principal[i])},
                {"interest", money(schedule.interest[i])},
                {"fees", money(schedule.fees[i])},
                {"balance", money(schedule.balance[i])}};
    if (capitalised) row["capitalised_interest"] = money(schedule.capitalised[i]);
    if (prepaid) row["prepayment"] = money(schedule.prepaid[i]);
    installments.push_back(std::move(row));
  }
  Json totals = {{"payment", amount(schedule.totals.payment)},
                 {"principal", amount(schedule.totals.principal)},
                 {"interest", amount(schedule.totals.interest)},
                 {"fees", amount(schedule.totals.fees)}};
  if (capitalised) totals["capitalised_interest"] = amount(schedule.totals.capitalised_interest);
  if (prepaid) totals["prepayment"] = amount(schedule.totals.prepaid);

  Json result{{"currency", code(currency)},
              {"amount_financed", amount(schedule.financed)},
              {"disbursed", amount(schedule.disbursed)},
              {"upfront_fees", amount(schedule.upfront_fees)},
              {"installments", std::move(installments)},
              {"totals", std::move(totals)}};
  // The periodic IRR of the customer's flows (fees included) × periods a year, and compounded over
  // a year. null when no rate the engine searches balances them (fees that leave almost nothing
  // to disburse): the schedule itself is still valid.
  try {
    const IrrApr apr = irr_apr(customer_cash_flows(schedule), schedule.periods_per_year);
    result["apr_pct"] = apr.apr * 100.0;
    result["effective_annual_rate_pct"] = apr.effective_annual * 100.0;
  } catch (const Error& e) {
    if (e.code() != ErrorCode::NoSolution) throw;
    result["apr_pct"] = nullptr;
    result["effective_annual_rate_pct"] = nullptr;
  }
  return result;
}

}  // namespace loansim::json
