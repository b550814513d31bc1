// `servicing`: a loan's installments (given, or built from its terms as `schedule` builds them),
// the payments received and an as-of date → paid, overdue and outstanding amounts, DPD, the
// expected EMI, the status. `--format dompetkilat` takes the payments as Dompet Kilat's repayment
// callback (seed 001) as-is; `--format credgenics` answers with Credgenics' loan and default
// record fields (seed 004), our own result under "loansim".
#include "commands.hpp"
#include "json_build.hpp"
#include "loansim/error.hpp"
#include "loansim/servicing.hpp"
#include "schedule_command.hpp"

namespace loansim::json {
namespace {

constexpr std::size_t kMaxInstallments = 3660;
constexpr std::size_t kMaxPayments = 3660;
// Dompet Kilat books in Jakarta: a callback's timestamp is dated in WIB (UTC+07:00).
constexpr int kJakartaOffsetMinutes = 7 * 60;

struct Loan {
  ServicingRequest request;
  Currency currency = Currency::USD;
  std::optional<ScheduleRequest> terms;  // when the installments were built from the loan's terms
};

Date read_date(FieldReader& in, std::string_view key) { return parse_date(in.string(key), in.path_of(key)); }

// The installments and the as-of date, shared by every format.
Loan read_loan(const Json& request, FieldReader& in) {
  Loan loan;
  loan.request.as_of = read_date(in, "as_of");
  if (in.has("loan") == in.has("installments")) {
    fail(in.has("loan") ? ErrorCode::InvalidValue : ErrorCode::MissingField, "loan",
         "give either the loan's terms (loan, as the schedule command takes them) or its installments (installments and currency)");
  }
  if (in.has("loan")) {
    (void)in.object("loan");  // checks it is an object and marks it read
    loan.terms = read_schedule_request(JsonSource(request.at("loan")), "loan");
    const Schedule schedule = build_schedule(*loan.terms);
    loan.currency = schedule.currency;
    for (std::size_t i = 0; i < schedule.size(); ++i) {
      loan.request.installments.push_back({schedule.due_date[i], Money{schedule.principal[i], loan.currency},
                                           Money{schedule.interest[i], loan.currency}, Money{schedule.fees[i], loan.currency}});
    }
    return loan;
  }
  loan.currency = currency_from_code(in.string("currency"), "currency");
  for (const auto& [item, path] : in.array("installments", kMaxInstallments)) {
    FieldReader row(*item, path);
    loan.request.installments.push_back({read_date(row, "due_date"), row.money("principal", loan.currency),
                                         row.money("interest", loan.currency),
                                         row.optional_money("fees", loan.currency).value_or(Money{0, loan.currency})});
    row.finish();
  }
  return loan;
}

void read_payments(FieldReader& in, Loan& loan) {
  for (const auto& [item, path] : in.optional_array("payments", kMaxPayments)) {
    FieldReader row(*item, path);
    loan.request.payments.push_back({read_date(row, "date"), row.money("amount", loan.currency)});
    row.finish();
  }
}

// "2021-10-25T15:20:16.921Z" → its date in Jakarta. An offset other than Z is honoured; without
// one the time is taken as Jakarta's already.
Date jakarta_date(const std::string& text, std::string_view path) {
  const auto bad = [&] { return Error(ErrorCode::InvalidValue, std::string(path), "'" + text.substr(0, 40) + "' is not an ISO 8601 date-time"); };
  if (text.size() < 16 || text[10] != 'T' || text[13] != ':') throw bad();
  const Date date = parse_date(std::string_view(text).substr(0, 10), path);
  const auto two = [&](std::size_t at) {
    if (at + 2 > text.size() || text[at] < '0' || text[at] > '9' || text[at + 1] < '0' || text[at + 1] > '9') throw bad();
    return (text[at] - '0') * 10 + (text[at + 1] - '0');
  };
  const int minutes = two(11) * 60 + two(14);
  if (minutes >= 24 * 60) throw bad();
  int offset = kJakartaOffsetMinutes;
  if (text.back() == 'Z') {
    offset = 0;
  } else if (text.size() >= 22 && (text[text.size() - 6] == '+' || text[text.size() - 6] == '-') && text[text.size() - 3] == ':') {
    const int magnitude = two(text.size() - 5) * 60 + two(text.size() - 2);
    offset = text[text.size() - 6] == '-' ? -magnitude : magnitude;
  }
  const int local = minutes - offset + kJakartaOffsetMinutes;
  return add_days(date, local >= 24 * 60 ? 1 : (local < 0 ? -1 : 0));
}

// Dompet Kilat's repayment (or disbursement) callback: histories become the payments; the
// callback's own totals are checked against them and the schedule, never trusted. Returns the
// callback's status, to be checked against the servicing's.
std::optional<std::string> read_dompetkilat(FieldReader& in, Loan& loan, std::vector<std::string>& warnings) {
  FieldReader callback = in.object("repayment");
  Money received{0, loan.currency};
  const auto histories = callback.optional_array("histories", kMaxPayments);
  for (const auto& [item, path] : histories) {
    FieldReader row(*item, path, false);
    const Repayment payment{jakarta_date(row.string("transactionTime"), row.path_of("transactionTime")), row.money("paymentAmount", loan.currency)};
    received += payment.amount;
    loan.request.payments.push_back(payment);
  }
  if (const auto paid = callback.optional_money("loanAmountPaid", loan.currency); paid && *paid != received) {
    warnings.push_back("repayment.loanAmountPaid " + to_string(*paid) + " is not the histories' sum " + to_string(received) +
                       "; the histories are used");
  }
  if (const auto count = callback.optional_integer("numberOfPay", 0, 1000000); count && *count != static_cast<std::int64_t>(histories.size())) {
    warnings.push_back("repayment.numberOfPay " + std::to_string(*count) + " is not the " + std::to_string(histories.size()) +
                       " payments in histories");
  }
  if (const auto lent = callback.optional_money("loanAmount", loan.currency)) {
    Money principal{0, loan.currency};
    for (const DueInstallment& row : loan.request.installments) principal += row.principal;
    if (*lent != principal) {
      warnings.push_back("repayment.loanAmount " + to_string(*lent) + " is not the schedule's principal " + to_string(principal));
    }
  }
  return callback.optional_string("status");
}

Json split_json(const Split& split) {
  return object({{"principal", amount(split.principal)}, {"interest", amount(split.interest)}, {"fees", amount(split.fees)}, {"total", amount(split.total())}});
}

std::optional<std::string> optional_date(const std::optional<Date>& date) {
  return date ? std::optional(format_date(*date)) : std::nullopt;
}

Json servicing_json(const Servicing& s, Currency currency, const std::vector<std::string>& warnings) {
  Json rows = Json::array();
  for (std::size_t i = 0; i < s.installments.size(); ++i) {
    const InstallmentState& row = s.installments[i];
    rows.push_back(object({{"number", i + 1},
                           {"due_date", format_date(row.due.due_date)},
                           {"due", split_json({row.due.principal, row.due.interest, row.due.fees})},
                           {"paid", split_json(row.paid)},
                           {"paid_on", optional_date(row.paid_on)}}));
  }
  Json notes = Json::array();
  for (const std::string& w : warnings) notes.push_back(w);
  return object({{"as_of", format_date(s.as_of)},
                 {"allocation_month", allocation_month(s.as_of)},
                 {"currency", code(currency)},
                 {"status", status_key(s.status)},
                 {"days_past_due", s.days_past_due},
                 {"dpd_bracket", dpd_bracket(s.days_past_due)},
                 {"oldest_unpaid_installment", s.oldest_unpaid},
                 {"date_of_default", optional_date(s.date_of_default)},
                 {"paid", split_json(s.paid)},
                 {"overdue", split_json(s.overdue)},
                 {"outstanding", split_json({s.outstanding_principal, s.overdue.interest, s.overdue.fees})},
                 {"overpaid", amount(s.overpaid)},
                 {"expected_emi", {{"installment", s.expected_installment},
                                   {"amount", amount(s.expected.total())},
                                   {"expected_emi_principal_amount", amount(s.expected.principal)},
                                   {"expected_emi_interest_amount", amount(s.expected.interest)},
                                   {"fees", amount(s.expected.fees)}}},
                 {"installments_settled", s.installments_settled},
                 {"installments", std::move(rows)},
                 {"allocation_order", "each payment in date order to the oldest installment not fully paid: fees, then interest, then principal"},
                 {"warnings", std::move(notes)}});
}

// Credgenics' amounts are integers (its schema types them so): whole major units, rounded half-up.
std::int64_t whole(Money value) {
  return round_div(value.minor(), minor_per_major(value.currency()), Rounding::HalfUp);
}

Json credgenics_json(const Servicing& s, const Loan& loan, Json own) {
  const Currency currency = loan.currency;
  Money principal{0, currency}, received{0, currency};
  for (const DueInstallment& row : loan.request.installments) principal += row.principal;
  for (const Repayment& p : loan.request.payments) {
    if (p.date.year() == s.as_of.year() && p.date.month() == s.as_of.month()) received += p.amount;
  }
  const DueInstallment& first = loan.request.installments.front();
  Json defaults = Json::array();
  if (s.oldest_unpaid) {
    defaults.push_back(object({{"allocation_month", allocation_month(s.as_of)},
                               {"date_of_default", format_date(*s.date_of_default)},
                               {"actual_date_of_default", format_date(*s.date_of_default)},
                               {"default_emi_number", *s.oldest_unpaid},
                               {"expected_emi", whole(s.overdue.total())},
                               {"expected_emi_principal_amount", whole(s.overdue.principal)},
                               {"expected_emi_interest_amount", whole(s.overdue.interest)},
                               {"principal_outstanding_amount", whole(s.outstanding_principal)},
                               {"total_claim_amount", whole(s.overdue.total())},
                               {"late_fee", nullptr},
                               {"other_penalty", nullptr},
                               {"amount_recovered", whole(received)},
                               {"client_amount_recovered", whole(s.paid.total())},
                               {"allocation_dpd_value", s.days_past_due},
                               {"allocation_dpd_bracket", dpd_bracket(s.days_past_due)}}));
  }
  Json details = object({{"total_loan_amount", whole(principal)},
                         {"loan_tenure", loan.request.installments.size()},
                         {"emi_amount", whole(first.principal + first.interest + first.fees)},
                         {"interest_on_loan", loan.terms ? Value(loan.terms->annual_rate * 100.0) : Value(nullptr)},
                         {"client_loan_sanction_date", loan.terms ? Value(format_date(loan.terms->start_date)) : Value(nullptr)},
                         {"loan_end_date", format_date(loan.request.installments.back().due_date)},
                         {"tenure_finished", loan.request.installments.back().due_date <= s.as_of},
                         {"defaults", std::move(defaults)}});
  return object({{"loan_details", std::move(details)}, {"loansim", std::move(own)}});
}

}  // namespace

Json servicing_command(const Json& request, const ApiOptions& options) {
  require_format(options, {"dompetkilat", "credgenics"});
  FieldReader in(request, "");
  Loan loan = read_loan(request, in);
  std::vector<std::string> warnings;
  std::optional<std::string> partner_status;
  if (options.format == "dompetkilat") {
    partner_status = read_dompetkilat(in, loan, warnings);
  } else {
    read_payments(in, loan);
  }
  in.finish();
  const Servicing s = service(loan.request);
  if (partner_status && *partner_status != status_key(s.status)) {
    warnings.push_back("repayment.status '" + partner_status->substr(0, 20) + "' is not the schedule's: " + std::string(status_key(s.status)));
  }
  Json own = servicing_json(s, loan.currency, warnings);
  if (options.format == "credgenics") return credgenics_json(s, loan, std::move(own));
  return own;
}

}  // namespace loansim::json
