// `schedule`: the full amortisation schedule of a loan, every installment and the totals.
// One adapter for both transports (JSON and the tape): see fields.hpp and json_writer.hpp.
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

#include "format_option.hpp"
#include "loansim/cost_of_credit.hpp"
#include "loansim/json/columns.hpp"
#include "loansim/json/fields.hpp"
#include "loansim/schedule.hpp"
#include "loansim/schedule_iof.hpp"

namespace loansim::json {
namespace schedule_adapter {

// The most holidays, fees and prepayments a request may list.
constexpr std::size_t kMaxHolidays = 3660;
constexpr std::size_t kMaxCharges = 16;
constexpr std::size_t kMaxPrepayments = 600;

// {"amount": 25, "<fraction_key>": 1.5}: a fixed amount, a percentage of a base, or both.
template <class Reader>
Charge read_charge(Reader& in, Currency currency, std::string_view fraction_key) {
  if (!in.has("amount") && !in.has(fraction_key)) {
    fail(ErrorCode::MissingField, in.path_of("amount"),
         "a charge needs an amount, " + std::string(fraction_key) + ", or both");
  }
  Charge charge{.fixed = in.optional_money("amount", currency).value_or(Money(0, currency)), .fraction = 0.0};
  charge.fraction = in.optional_number(fraction_key, 0.0, 100.0).value_or(0.0) / 100.0;
  return charge;
}

template <class Reader>
void read_business_days(Reader& in, ScheduleRequest& request) {
  if (!in.has("business_days")) return;
  Reader days = in.object("business_days");
  request.business_day = static_cast<BusinessDayConvention>(
      days.choice("convention", {"unadjusted", "following", "modified_following", "preceding"}));
  request.calendar.weekends_off = days.boolean("weekends_off", true);
  if (days.has("holidays")) {
    for (const auto& [value, path] : days.items("holidays", kMaxHolidays)) {
      if (value.kind() != SourceKind::String) fail(ErrorCode::InvalidType, path.text(), "must be a date string YYYY-MM-DD");
      request.calendar.holidays.push_back(date_value(value, path));
    }
    sort_holidays(request.calendar);  // any order in JSON
  }
  days.finish();
}

template <class Reader>
void read_grace(Reader& in, ScheduleRequest& request) {
  if (!in.has("grace")) return;
  Reader grace = in.object("grace");
  request.grace.periods = static_cast<int>(grace.integer("periods", 0, 3659));
  request.grace.interest = static_cast<GraceInterest>(grace.choice("interest", {"paid", "capitalised"}, 0));
  grace.finish();
}

template <class Reader>
void read_fees(Reader& in, ScheduleRequest& request, Currency currency) {
  if (in.has("upfront_fees")) {
    for (const auto& [value, path] : in.items("upfront_fees", kMaxCharges)) {
      Reader fee(value, path);
      const Charge charge = read_charge(fee, currency, "pct");
      request.upfront_fees.push_back({.charge = charge, .financed = fee.boolean("financed", false)});
      fee.finish();
    }
  }
  if (in.has("installment_fees")) {
    for (const auto& [value, path] : in.items("installment_fees", kMaxCharges)) {
      Reader fee(value, path);
      request.installment_fees.push_back(read_charge(fee, currency, "pct_of_balance"));
      fee.finish();
    }
  }
}

template <class Reader>
void read_rounding(Reader& in, ScheduleRequest& request, Currency currency) {
  if (!in.has("rounding")) return;
  Reader rounding = in.object("rounding");
  request.rounding.mode = static_cast<Rounding>(rounding.choice("mode", {"half_up", "half_even", "up", "down"}, 0));
  if (const auto increment = rounding.optional_money("increment", currency)) {
    if (increment->is_zero()) fail(ErrorCode::OutOfRange, rounding.path_of("increment"), "must be greater than 0");
    request.rounding.increment = increment->minor();
  }
  request.residue = static_cast<Residue>(rounding.choice("residue", {"last", "first"}, 0));
  rounding.finish();
}

template <class Reader>
void read_prepayments(Reader& in, ScheduleRequest& request, Currency currency) {
  if (!in.has("prepayments")) return;
  for (const auto& [value, path] : in.items("prepayments", kMaxPrepayments)) {
    Reader prepayment(value, path);
    request.prepayments.push_back(
        {.installment = static_cast<int>(prepayment.integer("installment", 1, 3660)),
         .amount = prepayment.optional_money("amount", currency),
         .effect = static_cast<PrepaymentEffect>(prepayment.choice("then", {"shorter_term", "lower_installment"}, 0))});
    prepayment.finish();
  }
}

// The `cost_of_credit` a request asks for: a standard, and Brazil's IOF when the loan carries one.
struct CostRequest {
  CostStandard standard = CostStandard::IrrApr;
  std::optional<IofRule> iof;
};

template <class Reader>
std::optional<CostRequest> read_cost_request(Reader& in, Currency currency) {
  auto cost = in.optional_object("cost_of_credit");
  if (!cost) return std::nullopt;
  CostRequest request{.standard = static_cast<CostStandard>(cost->choice("standard", kCostStandardKeys)), .iof = {}};
  if (auto iof = cost->optional_object("iof")) {
    if (currency != Currency::BRL) {
      fail(ErrorCode::InvalidValue, cost->path_of("iof"),
           "is Brazil's tax on credit in BRL; this loan is in " + std::string(code(currency)));
    }
    const auto borrower = static_cast<IofBorrower>(iof->choice("borrower", {"individual", "company"}));
    request.iof = IofRule{.rates = iof_rates(borrower), .financed = iof->boolean("financed", false)};
    iof->finish();
  }
  cost->finish();
  return request;
}

// The loan's terms from `in`, which the caller finishes: `servicing` builds the schedule it
// services from the same fields, the `schedule` command reads its cost_of_credit beside them.
template <class Reader>
ScheduleRequest read_loan_terms(Reader& in) {
  const Currency currency = currency_from_code(in.string("currency"), in.path_of("currency"));
  ScheduleRequest request;
  request.principal = in.money("principal", currency);
  request.annual_rate = in.number("annual_rate_pct", 0.0, 1000.0) / 100.0;
  request.method = static_cast<Method>(
      in.choice("method", {"annuity", "annuity_due", "equal_principal", "flat", "interest_only", "bullet"}, 0));
  request.unit = static_cast<TermUnit>(in.choice("term_unit", {"month", "week", "fortnight", "day"}, 0));
  request.term = static_cast<int>(in.integer("term", 1, max_term(request.unit)));
  request.start_date = in.date("start_date");
  if (in.has("first_due_date")) request.first_due_date = in.date("first_due_date");
  if (in.has("day_count")) {
    request.day_count = static_cast<DayCount>(in.choice("day_count", {"30/360", "30e/360", "act/360", "act/365f", "act/act_isda"}));
  }
  read_business_days(in, request);
  read_grace(in, request);
  read_fees(in, request, currency);
  read_rounding(in, request, currency);
  read_prepayments(in, request, currency);
  return request;
}

template <class Writer>
void write_cost(Writer& out, const CostRequest& asked, const std::optional<CostOfCredit>& cost, const std::optional<Iof>& iof) {
  out.begin_object("cost_of_credit");
  out.string("standard", cost_standard_key(asked.standard));
  const CostOfCredit c = cost.value_or(CostOfCredit{});
  const std::array<std::pair<const char*, double>, 6> figures{{{"annual_pct", c.annual * 100.0},
                                                               {"periodic_pct", c.periodic * 100.0},
                                                               {"unit_periods_per_year", c.periods_per_year},
                                                               {"effective_annual_pct", c.effective_annual * 100.0},
                                                               {"disclosed_annual_pct", c.disclosed_annual_pct},
                                                               {"disclosed_periodic_pct", c.disclosed_periodic_pct}}};
  for (const auto& [name, value] : figures) {
    if (cost) {
      out.number(name, value);
    } else {
      out.null(name);
    }
  }
  if (iof) {
    out.begin_object("iof");
    out.number("daily", to_major(iof->daily));
    out.number("additional", to_major(iof->additional));
    out.number("total", to_major(iof->total));
    out.boolean("financed", asked.iof->financed);
    out.end_object();
  }
  out.end_object();
}

}  // namespace schedule_adapter

// The `schedule` command's request (a loan's terms) read from `json` at `path`: `servicing` builds
// the schedule it services from the same fields.
template <class Source>
ScheduleRequest read_schedule_request(const Source& json, FieldPath path) {
  BasicFieldReader<Source> in(json, std::move(path));
  ScheduleRequest request = schedule_adapter::read_loan_terms(in);
  in.finish();
  return request;
}

template <class Source, class Writer>
void schedule_command(const Source& json, Writer& out, const ApiOptions& options) {
  using namespace schedule_adapter;
  require_format(options, {});
  BasicFieldReader<Source> in(json, "");
  const ScheduleRequest request = read_loan_terms(in);
  const std::optional<CostRequest> asked = read_cost_request(in, request.principal.currency());
  in.finish();
  // The columns' storage is kept from call to call (per thread): a schedule on every keystroke
  // then allocates and zero-fills nothing once the longest term so far has been seen.
  thread_local Schedule schedule;
  std::optional<Iof> iof;
  if (asked && asked->iof) {
    iof = build_schedule_with_iof(request, *asked->iof, schedule);
  } else {
    build_schedule(request, schedule);
  }

  const bool capitalised = request.grace.periods > 0 && request.grace.interest == GraceInterest::Capitalised;
  const bool prepaid = !request.prepayments.empty();
  std::array<AmountColumn, 7> amounts{{{"payment", schedule.payment.data()},
                                       {"principal", schedule.principal.data()},
                                       {"interest", schedule.interest.data()},
                                       {"fees", schedule.fees.data()},
                                       {"balance", schedule.balance.data()}}};
  std::size_t amount_count = 5;
  if (capitalised) amounts[amount_count++] = {"capitalised_interest", schedule.capitalised.data()};
  if (prepaid) amounts[amount_count++] = {"prepayment", schedule.prepaid.data()};

  out.begin_object();
  out.string("currency", code(schedule.currency));
  out.number("amount_financed", to_major(schedule.financed));
  out.number("disbursed", to_major(schedule.disbursed));
  out.number("upfront_fees", to_major(schedule.upfront_fees));
  out.columns("installments", {.rows = schedule.size(),
                               .currency = schedule.currency,
                               .ordinal = "number",
                               .date_name = "due_date",
                               .dates = schedule.due_date.data(),
                               .amounts = {amounts.data(), amount_count}});
  out.begin_object("totals");
  out.number("payment", to_major(schedule.totals.payment));
  out.number("principal", to_major(schedule.totals.principal));
  out.number("interest", to_major(schedule.totals.interest));
  out.number("fees", to_major(schedule.totals.fees));
  if (capitalised) out.number("capitalised_interest", to_major(schedule.totals.capitalised_interest));
  if (prepaid) out.number("prepayment", to_major(schedule.totals.prepaid));
  out.end_object();
  if (asked) {
    // An IOF paid up front leaves the customer's hands at disbursement; a financed one is already
    // in the amount financed. No rate balancing the flows (fees that leave almost nothing to
    // disburse) gives null figures: the schedule itself is still valid.
    const Money paid_at_start = iof && !asked->iof->financed ? iof->total : Money(0, schedule.currency);
    std::optional<CostOfCredit> cost;
    try {
      cost = cost_of_credit(asked->standard, schedule, unit_period_of(request.unit, request.term), paid_at_start);
    } catch (const Error& e) {
      if (e.code() != ErrorCode::NoSolution) throw;
    }
    write_cost(out, *asked, cost, iof);
  }
  out.end_object();
}

}  // namespace loansim::json
