// `policy-decision --format creditpolicy`: a credit-policy decision in the shape of the US
// core-credit "Get Credit Policy Decision Details" API (seed 003). The seed's request only names
// an application; ours carries the seed's envelope plus the applicant, co-applicant and the loan
// asked for (docs/api.md), and the response is the seed's ResponseData: CreditPolicy, BKPlusScore
// (our risk score, 1–1400, low = low risk), DTI, CreditLimit, MaximumCreditLimit, Status and
// BankAuditDetailsList reason codes, plus our explained recommendation under "loansim".
#include <array>
#include <cstdio>

#include "commands.hpp"
#include "json_build.hpp"
#include "loansim/date.hpp"
#include "loansim/error.hpp"
#include "loansim/json/product_json.hpp"
#include "loansim/recommendation.hpp"
#include "recommendation_json.hpp"
#include "text_scan.hpp"

namespace loansim::json {
namespace {

constexpr std::string_view kDefaultProduct = "us-consumer-installment";

std::optional<std::string> bounded_string(FieldReader& in, std::string_view key, std::size_t max_length, bool required) {
  const auto value = required ? std::optional<std::string>(in.string(key)) : in.optional_string(key);
  if (value && value->size() > max_length) {
    fail(ErrorCode::OutOfRange, in.path_of(key), "is longer than " + std::to_string(max_length) + " characters");
  }
  return value;
}

// ISO 4217 numeric codes, as the seed's CurrencyCode carries them (840 = US dollar).
std::string_view numeric_code(Currency currency) {
  constexpr std::array<std::string_view, 9> kCodes{"840", "978", "826", "986", "356", "360", "484", "608", "392"};
  return kCodes[static_cast<std::size_t>(currency)];
}

// "01/15/2020 10:05:23" (MM/dd/yyyy HH:mm:ss), the seed's RequestTime.
void check_request_time(const std::string& text, std::string_view field) {
  std::array<Scanned, 7> v;  // month, day, year, hour, minute, second, anything after
  const bool shaped = text.size() == 19 && scan_text(text, "%2u/%2u/%4d %2u:%2u:%2u%c", v) == 6;
  const auto part = [&](std::size_t i) { return static_cast<unsigned>(v[i].number); };  // as scanf stores it
  const Date date{std::chrono::year{static_cast<int>(part(2))}, std::chrono::month{part(0)}, std::chrono::day{part(1)}};
  if (!shaped || !date.ok() || part(3) > 23 || part(4) > 59 || part(5) > 59) {
    fail(ErrorCode::InvalidValue, field, "'" + text.substr(0, 40) + "' is not a time of the form MM/dd/yyyy HH:mm:ss");
  }
}

struct Person {
  Money income;
  Money debt_payments;
  Money expenses;
  std::optional<Money> outstanding;
  std::optional<int> open_tradelines;
  std::optional<double> fico;
  Money savings;
  bool bankruptcy = false;
  std::optional<std::string> apartment;
};

Person read_person(FieldReader& in, Currency currency) {
  const Money zero{0, currency};
  Person p;
  p.income = in.money("MonthlyGrossIncome", currency);
  p.debt_payments = in.optional_money("MonthlyDebtPayments", currency).value_or(zero);
  p.expenses = in.optional_money("MonthlyLivingExpenses", currency).value_or(zero);
  p.outstanding = in.optional_money("OutstandingDebt", currency);
  if (const auto n = in.optional_integer("OpenTradelines", 0, 1000)) p.open_tradelines = static_cast<int>(*n);
  p.fico = in.optional_number("FICOScore", 300.0, 850.0);
  if (p.fico && *p.fico != static_cast<double>(static_cast<int>(*p.fico))) {
    fail(ErrorCode::InvalidValue, in.path_of("FICOScore"), "must be a whole number");
  }
  p.savings = in.optional_money("Savings", currency).value_or(zero);
  p.bankruptcy = in.boolean("Bankruptcy", false);
  p.apartment = bounded_string(in, "Apartment", 100, false);
  return p;
}

Applicant applicant_of(const Person& p, const std::optional<Person>& co) {
  Applicant a;
  const Money income = co ? p.income + co->income : p.income;
  const Money expenses = co ? p.expenses + co->expenses : p.expenses;
  a.monthly_income = {income, income};
  a.monthly_expenses = {expenses, expenses};
  a.existing_installments = co ? p.debt_payments + co->debt_payments : p.debt_payments;
  if (p.outstanding || (co && co->outstanding)) {
    a.outstanding_debt = p.outstanding.value_or(Money{0, income.currency()}) +
                         (co ? co->outstanding.value_or(Money{0, income.currency()}) : Money{0, income.currency()});
  }
  if (p.open_tradelines || (co && co->open_tradelines)) {
    a.active_loans = p.open_tradelines.value_or(0) + (co ? co->open_tradelines.value_or(0) : 0);
  }
  // A joint application is scored on the weaker of the two bureau scores.
  std::optional<double> fico = p.fico;
  if (co && co->fico) fico = fico ? std::min(*fico, *co->fico) : co->fico;
  if (fico) a.bureau = BureauScore{BureauScale::Fico, *fico};
  a.savings = co ? p.savings + co->savings : p.savings;
  a.bankruptcy = p.bankruptcy || (co && co->bankruptcy);
  return a;
}

std::string fixed2(double value) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

std::string fixed_amount(Money value) { return fixed2(to_major(value)); }

std::string_view status_of(Decision decision) {
  switch (decision) {
    case Decision::PreApproved: return "Approved";
    case Decision::Refused: return "Declined";
    case Decision::Refer:
    case Decision::FixedScore: return "Refer";  // a fixed score never approves
  }
  return "Refer";
}

}  // namespace

Json policy_decision_command(const Json& request, const ApiOptions& options) {
  require_format(options, {"creditpolicy"});
  if (options.format.empty()) {
    fail(ErrorCode::InvalidValue, "--format", "policy-decision speaks the credit-policy format only: --format creditpolicy");
  }
  const auto shared = resolve_product(options, "", kDefaultProduct);
  const Product& product = *shared;
  const Currency currency = product.currency;
  FieldReader in(request, "");
  (void)bounded_string(in, "Source", 50, true);
  (void)bounded_string(in, "IPAddress", 15, false);
  if (const auto format = bounded_string(in, "DateFormat", 25, false); format && *format != "1" && *format != "2" && *format != "3") {
    fail(ErrorCode::InvalidValue, "DateFormat", "must be 1, 2 or 3");
  }
  if (const auto code = bounded_string(in, "CurrencyCode", 10, false); code && *code != numeric_code(currency)) {
    fail(ErrorCode::InvalidValue, "CurrencyCode",
         "must be " + std::string(numeric_code(currency)) + " (" + std::string(loansim::code(currency)) + "), the product's currency");
  }
  if (const auto symbol = bounded_string(in, "CurrencySymbolType", 10, false); symbol && *symbol != "1" && *symbol != "2") {
    fail(ErrorCode::InvalidValue, "CurrencySymbolType", "must be 1 or 2");
  }
  if (const auto language = bounded_string(in, "Language", 10, false); language && *language != "en") {
    fail(ErrorCode::InvalidValue, "Language", "must be en");
  }
  (void)bounded_string(in, "ExternalIP", 50, true);
  (void)bounded_string(in, "SessionID", 100, false);
  if (const auto version = bounded_string(in, "APIVersion", 10, true); *version != "2.0") {
    fail(ErrorCode::InvalidValue, "APIVersion", "must be 2.0, the current version");
  }
  (void)bounded_string(in, "CallerID", 20, false);
  (void)bounded_string(in, "CalledID", 20, false);
  if (const auto time = in.optional_string("RequestTime")) check_request_time(*time, "RequestTime");
  const std::int64_t application_id = in.integer("ApplicationID", 0, 9'999'999'999);

  FieldReader applicant_in = in.object("Applicant");
  const Person applicant = read_person(applicant_in, currency);
  const auto purpose = applicant_in.optional_string("Purpose");
  const auto state = bounded_string(applicant_in, "ProgramState", 100, false);
  const auto merchant = bounded_string(applicant_in, "MerchantName", 100, false);
  const auto address1 = bounded_string(applicant_in, "ProgramAddress1", 100, false);
  const auto address2 = bounded_string(applicant_in, "ProgramAddress2", 100, false);
  const auto city = bounded_string(applicant_in, "ProgramCity", 100, false);
  const auto zip = bounded_string(applicant_in, "ProgramZip", 100, false);
  // Protected attributes are accepted and never read.
  for (const char* key : {"Gender", "Religion", "MaritalStatus"}) (void)applicant_in.optional_string(key);
  applicant_in.finish();
  std::optional<Person> co;
  if (auto co_in = in.optional_object("CoApplicant")) {
    co = read_person(*co_in, currency);
    for (const char* key : {"Gender", "Religion", "MaritalStatus"}) (void)co_in->optional_string(key);
    co_in->finish();
  }

  RecommendationRequest core;
  core.loan.amount = in.money("RequestedLoanAmt", currency);
  core.loan.term_months = static_cast<int>(in.integer("RequestedTermMonths", 1, 600));
  if (const auto apr = in.optional_number("RequestedAPR", 0.0, 1000.0)) core.loan.rate = periodic_from_nominal(*apr / 100.0, 12);
  core.loan.method = product.methods.front();
  core.loan.purpose = purpose.value_or("");
  in.finish();

  const auto decide = [&](const Applicant& who) {
    core.applicant = who;
    try {
      return recommend(core, product);
    } catch (const Error& e) {
      if (e.field() == "loan.amount") fail(e.code(), "RequestedLoanAmt", e.what());
      if (e.field() == "loan.term_months") fail(e.code(), "RequestedTermMonths", e.what());
      throw;
    }
  };
  const Recommendation r = decide(applicant_of(applicant, co));
  std::optional<int> co_risk;
  if (co) co_risk = decide(applicant_of(*co, std::nullopt)).risk_score;

  Json audit = Json::array();
  for (const Reason& reason : r.reasons) {
    audit.push_back(object({{"GDSCode", reason_key(reason.code)}, {"GDSDecription", reason_text(reason.code, Language::English)}}));
  }
  const std::optional<double> dti = r.dsr_pct ? r.dsr_pct : r.trace.requested_dsr_pct;
  const auto fico_text = [](const std::optional<Person>& p) {
    return p && p->fico ? std::optional(std::to_string(static_cast<int>(*p->fico))) : std::nullopt;
  };
  Json extension = recommendation_json(r, product, {});
  extension["application_id"] = application_id;
  return object({
      {"Message", "Success"},
      {"Status", true},
      {"ErrorCode", nullptr},
      {"ResponseData",
       {{"BankAuditDetailsList", std::move(audit)},
        {"CreditPolicy", product.id + " " + product.version},
        {"BKPlusScore", r.risk_score},
        {"CoApplicationBKPlusScore", co_risk ? std::optional(std::to_string(*co_risk)) : std::nullopt},
        {"RequestedLoanAmt", amount(core.loan.amount)},
        {"Apartment", applicant.apartment},
        {"CAApartment", co ? Value(co->apartment) : Value(nullptr)},
        {"ProgramState", state},
        {"CreditLimit", fixed_amount(r.plafon)},
        {"Status", status_of(r.decision)},
        {"MerchantName", merchant},
        {"DTI", dti ? std::optional(fixed2(*dti)) : std::nullopt},
        {"MaximumCreditLimit", fixed_amount(r.max_amount)},
        {"CoApplicationIncome", co ? amount(co->income) : amount(Money{0, currency})},
        {"ProgramAddress1", address1},
        {"ProgramAddress2", address2},
        {"ProgramCity", city},
        {"ProgramZip", zip},
        {"ApplicationFICOScore", fico_text(applicant)},
        {"CoApplicationFICOScore", fico_text(co)},
        {"loansim", std::move(extension)}}},
  });
}

}  // namespace loansim::json
