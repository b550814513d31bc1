// `payload --format F`: the exact request bodies a partner's API takes, built from a chosen loan
// and an applicant, and validated as the partner's document says (NIK of 16 digits, phones that
// start with 62, dd/MM/yyyy dates, required fields). Targets: KOCEK credit recommendation (seed 000),
// Dompet Kilat borrower and loan registration (001), Creditas offers (002), the credit-policy
// decision (003) and Credgenics Add Loan (004). What neither the applicant nor the loan defines
// comes in `partner`, under the partner's own field names. The first invalid field is the error.
#include <array>
#include <cstdio>

#include "commands.hpp"
#include "json_build.hpp"
#include "loansim/annuity.hpp"
#include "loansim/date.hpp"
#include "loansim/error.hpp"
#include "loansim/product.hpp"
#include "text_scan.hpp"

namespace loansim::json {
namespace {

// ---- Validators -------------------------------------------------------------------------------

[[noreturn]] void invalid(std::string_view field, std::string_view message) {
  fail(ErrorCode::InvalidValue, field, message);
}

template <class T>
T required(const std::optional<T>& value, std::string_view field, const char* target) {
  if (!value) fail(ErrorCode::MissingField, field, std::string("is required by ") + target);
  return *value;
}

bool all_digits(const std::string& text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

std::string digits(const std::string& text, std::size_t min, std::size_t max, std::string_view field, const char* what) {
  if (!all_digits(text) || text.size() < min || text.size() > max) {
    invalid(field, "'" + text.substr(0, 24) + "' is not " + what);
  }
  return text;
}

std::string nik(const std::string& text, std::string_view field) {
  return digits(text, 16, 16, field, "an NIK (16 digits)");
}

// Dompet Kilat: "Hanya boleh diawali dengan angka 62" — only numbers starting with 62.
std::string phone_62(const std::string& text, std::string_view field) {
  if (text.rfind("62", 0) != 0) invalid(field, "'" + text.substr(0, 24) + "' must start with 62");
  return digits(text, 9, 15, field, "a phone number of 9 to 15 digits");
}

std::string email(const std::string& text, std::string_view field) {
  const std::size_t at = text.find('@');
  const bool ok = text.size() <= 254 && at != std::string::npos && at > 0 && at + 1 < text.size() &&
                  text.find('@', at + 1) == std::string::npos && text.find_first_of(" \t") == std::string::npos &&
                  text.find('.', at) != std::string::npos;
  if (!ok) invalid(field, "'" + text.substr(0, 40) + "' is not an email address");
  return text;
}

std::string dd_mm_yyyy(Date date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02u/%02u/%04d", static_cast<unsigned>(date.day()), static_cast<unsigned>(date.month()),
                static_cast<int>(date.year()));
  return buffer;
}

// A date the partner writes as dd/MM/yyyy ("15/04/2001"), checked to be a real date.
std::string checked_dd_mm_yyyy(const std::string& text, std::string_view field) {
  std::array<Scanned, 4> v;  // day, month, year, anything after
  if (text.size() != 10 || scan_text(text, "%2u/%2u/%4d%c", v) != 3 || text[2] != '/' || text[5] != '/') {
    invalid(field, "'" + text.substr(0, 24) + "' is not a date of the form dd/MM/yyyy");
  }
  const Date date{std::chrono::year{static_cast<int>(v[2].number)}, std::chrono::month{static_cast<unsigned>(v[1].number)},
                  std::chrono::day{static_cast<unsigned>(v[0].number)}};
  if (!date.ok()) invalid(field, "'" + text + "' is not a valid calendar date");
  if (date < kEarliestDate || date > kLatestDate) fail(ErrorCode::OutOfRange, field, "must be between 1900 and 2200");
  return text;
}

std::string non_empty(FieldReader& in, std::string_view key, std::size_t max_length = 500) {
  const std::string value = in.string(key);
  if (value.empty() || value.size() > max_length) {
    invalid(in.path_of(key), "must be 1 to " + std::to_string(max_length) + " characters");
  }
  return value;
}

std::optional<std::string> optional_non_empty(FieldReader& in, std::string_view key, std::size_t max_length = 500) {
  if (!in.has(key)) {
    (void)in.optional_string(key);
    return std::nullopt;
  }
  return non_empty(in, key, max_length);
}

// Amounts as the partners write them: whole major units as text ("1000000") or as a number.
std::string whole_amount_text(Money amount, std::string_view field) {
  if (amount.minor() % minor_per_major(amount.currency()) != 0) invalid(field, "must be a whole amount for this partner");
  return std::to_string(amount.minor() / minor_per_major(amount.currency()));
}

std::string decimal_text(double value, int min_decimals) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.10f", value);
  std::string text(buffer);
  while (text.back() == '0' && text.size() - text.find('.') - 1 > static_cast<std::size_t>(min_decimals)) text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

// "Rp 5.934.041" and "Rp 5.934.041 - Rp 11.868.080", as Dompet Kilat writes income ranges.
std::string rupiah(Money amount) {
  std::string whole = std::to_string(amount.minor() / minor_per_major(amount.currency()));
  for (int at = static_cast<int>(whole.size()) - 3; at > 0; at -= 3) whole.insert(static_cast<std::size_t>(at), 1, '.');
  return "Rp " + whole;
}

// ---- Our input --------------------------------------------------------------------------------

struct ApplicantData {
  std::optional<std::string> full_name, national_id, phone, email_address, birth_place, gender, occupation;
  std::optional<Date> birth_date;
  std::optional<AmountRange> income, expenses;
  std::optional<bool> kyc_verified;
  std::optional<int> credit_score;
};

struct LoanData {
  Money amount;
  int term = 0;
  bool days = false;
  std::optional<double> annual_rate_pct;
  InterestMethod method = InterestMethod::Annuity;
  std::optional<Date> start_date;
  std::optional<std::string> purpose;
};

ApplicantData read_applicant(FieldReader in, Currency currency) {
  ApplicantData a;
  a.full_name = optional_non_empty(in, "full_name", 200);
  a.national_id = in.optional_string("national_id");
  a.phone = in.optional_string("phone");
  a.email_address = in.optional_string("email");
  if (const auto text = in.optional_string("birth_date")) a.birth_date = parse_date(*text, in.path_of("birth_date"));
  a.birth_place = optional_non_empty(in, "birth_place", 100);
  a.gender = in.optional_string("gender");
  a.occupation = optional_non_empty(in, "occupation", 100);
  a.income = in.optional_money_range("monthly_income", currency);
  a.expenses = in.optional_money_range("monthly_expenses", currency);
  a.kyc_verified = in.optional_boolean("kyc_verified");
  if (const auto score = in.optional_integer("credit_score", 1, 1400)) a.credit_score = static_cast<int>(*score);
  in.finish();
  return a;
}

LoanData read_loan(FieldReader& in, Currency currency) {
  LoanData loan;
  loan.amount = in.money("amount", currency);
  if (loan.amount.is_zero()) fail(ErrorCode::OutOfRange, in.path_of("amount"), "must be above zero");
  loan.days = in.choice("term_unit", {"month", "day"}, 0) == 1;
  loan.term = static_cast<int>(in.integer("term", 1, loan.days ? 3660 : 600));
  loan.annual_rate_pct = in.optional_number("annual_rate_pct", 0.0, 1000.0);
  loan.method = static_cast<InterestMethod>(in.choice("method", {"annuity", "flat", "declining"}, 0));
  if (const auto text = in.optional_string("start_date")) loan.start_date = parse_date(*text, in.path_of("start_date"));
  loan.purpose = optional_non_empty(in, "purpose", 200);
  in.finish();
  return loan;
}

struct Input {
  Currency currency;
  ApplicantData applicant;
  LoanData loan;
  const Json* collaterals = nullptr;
};

void require_months(const Input& in, const char* target) {
  if (in.loan.days) invalid("loan.term_unit", std::string(target) + " takes tenures in months");
}

void require_currency(const Input& in, Currency currency, const char* target) {
  if (in.currency != currency) {
    invalid("loan.currency", std::string(target) + " lends in " + std::string(code(currency)) + ", not " + std::string(code(in.currency)));
  }
}

Json request(std::string_view method, std::string_view path, Json body) {
  return object({{"method", method}, {"path", path}, {"body", std::move(body)}});
}

// Copies the partner's own string fields: `required` ones must be there and not empty; optional
// ones may be "" (the documents' default for optional text).
void copy_strings(FieldReader& partner, Json& body, std::initializer_list<std::string_view> keys, bool required_fields) {
  for (const std::string_view key : keys) {
    if (required_fields) {
      body[std::string(key)] = non_empty(partner, key);
    } else if (const auto value = partner.optional_string(key)) {
      if (value->size() > 500) invalid(partner.path_of(key), "is longer than 500 characters");
      body[std::string(key)] = *value;
    }
  }
}

// ---- KOCEK credit recommendation (seed 000) ---------------------------------------------------

Json kocek(const Input& in, FieldReader& partner) {
  const char* target = "KOCEK";
  require_currency(in, Currency::IDR, target);
  require_months(in, target);
  // Seed 000 documents one method code: 3 = "Bunga Anuitas".
  if (in.loan.method != InterestMethod::Annuity) invalid("loan.method", "KOCEK documents only loan_interest_method 3 (Bunga Anuitas)");
  const ApplicantData& a = in.applicant;
  const Date as_of = required(in.loan.start_date, "loan.start_date", target);
  const Date born = required(a.birth_date, "applicant.birth_date", target);
  const Date joined = parse_date(non_empty(partner, "member_date", 10), partner.path_of("member_date"));
  constexpr std::array<std::string_view, 12> kMonths{"Januari", "Februari", "Maret", "April", "Mei", "Juni",
                                                      "Juli", "Agustus", "September", "Oktober", "November", "Desember"};
  const int age = whole_months_between(born, as_of) / 12;
  const auto lines = [&](const std::optional<AmountRange>& range, const char* prefix, const char* field) {
    const AmountRange r = required(range, field, target);
    const std::string value = r.low == r.high ? whole_amount_text(r.low, field)
                                              : whole_amount_text(r.low, field) + "-" + whole_amount_text(r.high, field);
    return array({object({{"key", std::string(prefix) + "_1"}, {"value", value}})});
  };
  Json collaterals = Json::array();
  if (in.collaterals != nullptr) {
    for (std::size_t i = 0; i < in.collaterals->size(); ++i) {
      FieldReader c((*in.collaterals)[i], "collaterals[" + std::to_string(i) + "]");
      const std::string name = non_empty(c, "name", 100), type = non_empty(c, "type", 100), code_text = non_empty(c, "code", 20);
      const Money value = c.money("value", in.currency);
      const double recognition = c.number("recognition_pct", 0.0, 100.0);
      const auto information = optional_non_empty(c, "information", 500);
      c.finish();
      // recognition_value is derived: value × recognition, computed here so it never contradicts.
      collaterals.push_back(object({{"name", name}, {"type", type}, {"code", code_text}, {"value", amount(value)},
                                    {"recognition", recognition},
                                    {"recognition_value", amount(percent_of(value, recognition, Rounding::HalfUp))},
                                    {"information", information.value_or("")}}));
    }
  }
  Json body = object({
      {"customer_id", non_empty(partner, "customer_id", 64)},
      {"loan_id", non_empty(partner, "loan_id", 64)},
      {"character", {{"name", required(a.full_name, "applicant.full_name", target)},
                     {"nik", nik(required(a.national_id, "applicant.national_id", target), "applicant.national_id")},
                     {"kyc_status", a.kyc_verified.value_or(false)},
                     {"age", age},
                     {"birth", required(a.birth_place, "applicant.birth_place", target) + ", " +
                                   std::to_string(static_cast<unsigned>(born.day())) + " " +
                                   std::string(kMonths[static_cast<unsigned>(born.month()) - 1]) + " " +
                                   std::to_string(static_cast<int>(born.year()))},
                     {"gender", a.gender.value_or("")},
                     {"member_date", format_date(joined)},
                     {"occupation", a.occupation.value_or("")}}},
      {"income", lines(a.income, "penghasilan", "applicant.monthly_income")},
      {"expenses", lines(a.expenses, "pengeluaran", "applicant.monthly_expenses")},
      {"collaterals", std::move(collaterals)},
      {"application", {{"plafon", amount(in.loan.amount)},
                       {"tenure", in.loan.term},
                       {"purpose", in.loan.purpose.value_or("")},
                       {"interest", required(in.loan.annual_rate_pct, "loan.annual_rate_pct", target)},
                       {"loan_interest_method", 3},
                       {"loan_interest_method_label", "Bunga Anuitas"}}},
  });
  if (auto internal = partner.optional_object("internal_data")) {
    Json data = Json::object();
    // KOCEK's own records travel as KOCEK writes them: text or numbers, checked to be one of those.
    for (const std::string_view key : {"total_loan", "total_loan_active", "loan_remaining", "collectability",
                                       "behaviour_pattern_deposit_per_month", "behaviour_pattern_withdrawal_per_month",
                                       "behaviour_pattern_withdrawal_ratio", "behaviour_pattern_avg_balance",
                                       "behaviour_pattern_avg_growth_balance", "total_saving", "total_saving_active",
                                       "total_balance_active", "total_deposit", "total_deposit_balance", "total_deposit_active",
                                       "total_deposit_active_balance"}) {
      const auto value = internal->optional_number_text(key);
      data[std::string(key)] = value ? Json(*value) : Json(nullptr);
    }
    internal->finish();
    body["internal_data"] = std::move(data);
  }
  return array({request("POST", "/kocek/cde/credit-recommendation", std::move(body))});
}

// ---- Dompet Kilat borrower and loan registration (seed 001) -----------------------------------

Json dompet_kilat(const Input& in, FieldReader& partner) {
  const char* target = "Dompet Kilat";
  require_currency(in, Currency::IDR, target);
  const ApplicantData& a = in.applicant;
  const std::string product_code = non_empty(partner, "productCode", 32);
  Json borrower = object({
      {"map", "PERSONAL_BORROWER"},
      {"productCode", product_code},
      {"phoneNumber", phone_62(required(a.phone, "applicant.phone", target), "applicant.phone")},
      {"email", email(required(a.email_address, "applicant.email", target), "applicant.email")},
      {"fullName", required(a.full_name, "applicant.full_name", target)},
      {"idNumber", nik(required(a.national_id, "applicant.national_id", target), "applicant.national_id")},
      {"birthDate", dd_mm_yyyy(required(a.birth_date, "applicant.birth_date", target))},
  });
  Json loan = borrower;
  const std::string gender = required(a.gender, "applicant.gender", target);
  if (gender != "L" && gender != "P") invalid("applicant.gender", "must be L or P (varchar(1))");
  loan["gender"] = gender;
  loan["birthPlace"] = required(a.birth_place, "applicant.birth_place", target);
  const AmountRange income = required(a.income, "applicant.monthly_income", target);
  loan["income"] = income.low == income.high ? rupiah(income.low) : rupiah(income.low) + " - " + rupiah(income.high);
  loan["plafons"] = whole_amount_text(in.loan.amount, "loan.amount");
  copy_strings(partner, loan, {"officeName", "address", "village", "subdistrict", "city", "province", "postalCode", "job",
                               "jobType", "jobOnline", "homeOwnership", "emergencyContactName", "emergencyContactRelationship",
                               "religion", "maritalStatus", "education", "motherMaidenName", "bankName", "bankAccountNumber",
                               "asset", "familyCard", "workExperience", "fotoKtp", "fotoSelfie"},
               true);
  loan["startDate"] = checked_dd_mm_yyyy(non_empty(partner, "startDate", 10), partner.path_of("startDate"));
  loan["emergencyContactNumber"] = phone_62(non_empty(partner, "emergencyContactNumber", 15), partner.path_of("emergencyContactNumber"));
  loan["loanData"] = object({{"tenor", in.loan.term}, {"unit", in.loan.days ? "DAY" : "MONTH"}, {"amount", whole_amount_text(in.loan.amount, "loan.amount")}});
  FieldReader references = partner.object("references");
  Json refs = Json::object();
  // The interest as Dompet Kilat's example writes it: percent a month, as text ("1.0").
  refs["interest"] = decimal_text(required(in.loan.annual_rate_pct, "loan.annual_rate_pct", target) / 12.0, 1);
  copy_strings(references, refs, {"businessAddress", "businessVillage", "businessSubdistrict", "businessCity", "businessProvince",
                                  "businessOwnership", "npwp", "jobPosition"},
               false);
  references.finish();
  loan["references"] = std::move(refs);
  return array({request("POST", "/v1/borrower/register", std::move(borrower)),
                request("POST", "/v1/loan/register", std::move(loan))});
}

// ---- Creditas offers (seed 002) ---------------------------------------------------------------

Json creditas(const Input& in, FieldReader& partner) {
  const char* target = "Creditas";
  require_currency(in, Currency::BRL, target);
  require_months(in, target);
  const ApplicantData& a = in.applicant;
  // The phone as 55 + area code (DDD, 2 digits) + 8 or 9 digits: Creditas takes the DDD apart.
  const std::string phone = digits(required(a.phone, "applicant.phone", target), 12, 13, "applicant.phone",
                                   "a Brazilian phone: 55, a 2-digit area code and 8 or 9 digits");
  if (phone.rfind("55", 0) != 0) invalid("applicant.phone", "must start with 55, Brazil's country code");
  const AmountRange income = required(a.income, "applicant.monthly_income", target);
  Json borrower = object({
      {"email", email(required(a.email_address, "applicant.email", target), "applicant.email")},
      {"birthDate", format_date(required(a.birth_date, "applicant.birth_date", target))},
      {"cellphone", phone.substr(4)},
      {"cellphoneCode", phone.substr(2, 2)},
      {"monthlyIncome", amount(income.low)},
      {"cpf", digits(required(a.national_id, "applicant.national_id", target), 11, 11, "applicant.national_id", "a CPF (11 digits)")},
  });
  borrower["professionalStatus"] = non_empty(partner, "professionalStatus", 50);
  borrower["postalCode"] = digits(non_empty(partner, "postalCode", 8), 8, 8, partner.path_of("postalCode"), "a CEP (8 digits)");
  borrower["timeOfEmployment"] = non_empty(partner, "timeOfEmployment", 50);
  if (auto bacen = partner.optional_object("bacenAuthorization")) {
    Json authorization = Json::object();
    copy_strings(*bacen, authorization, {"authorizationTerms", "userAgent", "userIp"}, true);
    authorization["bacenAuthorizedAt"] = format_date(parse_date(non_empty(*bacen, "bacenAuthorizedAt", 10), bacen->path_of("bacenAuthorizedAt")));
    bacen->finish();
    borrower["bacenAuthorization"] = std::move(authorization);
  }
  FieldReader vehicle = partner.object("collateral");
  Json collateral = object({{"value", amount(vehicle.money("value", Currency::BRL))}});
  if (const auto debt = vehicle.optional_money("debt", Currency::BRL)) collateral["debt"] = amount(*debt);
  copy_strings(vehicle, collateral, {"brand", "model", "modelVersion", "ownerKinshipDegree"}, false);
  for (const std::string_view key : {"modelYear", "manufacturingYear"}) {
    if (const auto year_text = optional_non_empty(vehicle, key, 4)) {
      collateral[std::string(key)] = digits(*year_text, 4, 4, vehicle.path_of(key), "a year (4 digits)");
    }
  }
  collateral["borrowerVehicleOwner"] = vehicle.boolean("borrowerVehicleOwner", false);
  // Brazilian plates: ABC1234 or Mercosul ABC1D23.
  const std::string plate = non_empty(vehicle, "licensePlate", 7);
  const auto letter = [](char c) { return c >= 'A' && c <= 'Z'; };
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (plate.size() != 7 || !letter(plate[0]) || !letter(plate[1]) || !letter(plate[2]) || !digit(plate[3]) ||
      !(letter(plate[4]) || digit(plate[4])) || !digit(plate[5]) || !digit(plate[6])) {
    invalid(vehicle.path_of("licensePlate"), "'" + plate + "' is not a Brazilian plate (ABC1234 or ABC1D23)");
  }
  collateral["licensePlate"] = plate;
  if (auto pricing = vehicle.optional_object("pricingDetail")) {
    Json detail = Json::object();
    copy_strings(*pricing, detail, {"type", "code"}, true);
    pricing->finish();
    collateral["pricingDetail"] = std::move(detail);
  }
  vehicle.finish();
  Json body = object({
      {"productType", "AUTO_REFI"},
      {"purpose", non_empty(partner, "purpose", 50)},
      {"intendedCredit", {{"currency", "BRL"}, {"amount", amount(in.loan.amount)}}},
      {"borrower", std::move(borrower)},
      {"collateral", std::move(collateral)},
  });
  if (const auto version = optional_non_empty(partner, "metadataVersion", 32)) body["metadata"] = object({{"version", *version}});
  return array({request("POST", "/offers", std::move(body))});
}

// ---- Credgenics Add Loan (seed 004) -----------------------------------------------------------

Json credgenics(const Input& in, FieldReader& partner) {
  const char* target = "Credgenics";
  require_currency(in, Currency::INR, target);
  require_months(in, target);
  const ApplicantData& a = in.applicant;
  const std::string loan_id = non_empty(partner, "loan_id", 64);
  Json body = object({
      {"loan_id", loan_id},
      {"loan_type", non_empty(partner, "loan_type", 100)},
      {"applicant_name", required(a.full_name, "applicant.full_name", target)},
      {"total_loan_amount", std::stoll(whole_amount_text(in.loan.amount, "loan.amount"))},
      {"loan_tenure", in.loan.term},
  });
  if (a.email_address) body["applicant_email"] = email(*a.email_address, "applicant.email");
  if (a.phone) body["applicant_contact_number"] = digits(*a.phone, 10, 10, "applicant.phone", "an Indian mobile number (10 digits)");
  if (a.gender) body["applicant_gender"] = *a.gender;
  if (a.birth_date) body["applicant_dob"] = format_date(*a.birth_date);
  if (a.income) body["applicant_monthly_income"] = std::stoll(whole_amount_text(a.income->low, "applicant.monthly_income"));
  if (a.credit_score) {
    if (*a.credit_score < 300 || *a.credit_score > 900) fail(ErrorCode::OutOfRange, "applicant.credit_score", "a CIBIL score is 300 to 900");
    body["applicant_cibil_score"] = *a.credit_score;
  }
  if (a.occupation) body["applicant_occupation"] = *a.occupation;
  if (a.national_id) body["applicant_aadhar_number"] = digits(*a.national_id, 12, 12, "applicant.national_id", "an Aadhaar number (12 digits)");
  if (in.loan.start_date) {
    body["client_loan_sanction_date"] = format_date(*in.loan.start_date);
    body["loan_end_date"] = format_date(add_months(*in.loan.start_date, in.loan.term));
  }
  if (in.loan.annual_rate_pct) {
    body["interest_on_loan"] = *in.loan.annual_rate_pct;
    // The EMI of the loan (an annuity at the annual rate / 12), in whole rupees as Credgenics takes it.
    if (in.loan.method != InterestMethod::Annuity) invalid("loan.method", "Credgenics' emi_amount is a level EMI: the annuity method");
    const Money emi = level_payment(in.loan.amount, periodic_from_nominal(*in.loan.annual_rate_pct / 100.0, 12), in.loan.term);
    body["emi_amount"] = round_div(emi.minor(), minor_per_major(emi.currency()), Rounding::HalfUp);
  }
  copy_strings(partner, body, {"client_customer_id", "applicant_language", "applicant_pan_number", "product_type", "loan_nbfc_name",
                               "loan_nbfc_cin", "credit_account_number", "credit_account_holder_name", "credit_bank_name",
                               "credit_account_holder_type", "credit_bank_ifsc_code", "business_name", "merchant_name", "payment_link"},
               false);
  constexpr std::array<std::string_view, 5> kSecurity{"Secured", "Movable", "Secured Immovable", "Secured immovable", "Unsecured"};
  const std::size_t security = partner.choice("security_type", {kSecurity[0], kSecurity[1], kSecurity[2], kSecurity[3], kSecurity[4]},
                                              kSecurity.size());
  if (security < kSecurity.size()) body["security_type"] = kSecurity[security];
  if (const auto surety = partner.optional_boolean("backed_by_surety")) body["backed_by_surety"] = *surety;
  Json addresses = Json::array();
  const auto items = partner.array("applicant_address", 10);
  if (items.empty()) fail(ErrorCode::MissingField, partner.path_of("applicant_address"), "needs at least one address");
  for (const auto& [item, path] : items) {
    FieldReader address(*item, path);
    const std::size_t type = address.choice("applicant_address_type", {"Home", "Business", "Office"});
    constexpr std::array<std::string_view, 3> kTypes{"Home", "Business", "Office"};
    addresses.push_back(object({{"applicant_address_type", kTypes[type]},
                                {"applicant_address_text", non_empty(address, "applicant_address_text")},
                                {"applicant_state", non_empty(address, "applicant_state", 100)},
                                {"applicant_city", non_empty(address, "applicant_city", 100)},
                                {"applicant_pincode", address.integer("applicant_pincode", 100000, 999999)}}));
    address.finish();
  }
  body["applicant_address"] = std::move(addresses);
  return array({request("POST", "/recovery/loan/" + loan_id, std::move(body))});
}

// ---- Credit-policy decision (seed 003) --------------------------------------------------------

Json credit_policy(FieldReader& partner) {
  const auto bounded = [&](std::string_view key, std::size_t max, bool needed) {
    return needed ? std::optional<std::string>(non_empty(partner, key, max)) : optional_non_empty(partner, key, max);
  };
  Json body = object({
      {"Source", bounded("Source", 50, true)},
      {"IPAddress", bounded("IPAddress", 15, false)},
      {"DateFormat", nullptr},
      {"CurrencyCode", nullptr},
      {"CurrencySymbolType", nullptr},
      {"Language", nullptr},
      {"ExternalIP", bounded("ExternalIP", 50, true)},
      {"SessionID", bounded("SessionID", 100, false)},
      {"APIVersion", "2.0"},
      {"CallerID", bounded("CallerID", 20, false)},
      {"CalledID", bounded("CalledID", 20, false)},
      {"RequestTime", nullptr},
      {"ApplicationID", partner.integer("ApplicationID", 0, 9'999'999'999)},
  });
  return array({request("POST", "/api/CoreCredit/AccountManagement/GetCreditPolicyDecisionDetails", std::move(body))});
}

}  // namespace

Json payload_command(const Json& request_json, const ApiOptions& options) {
  require_format(options, {"kocek", "dompetkilat", "creditas", "credgenics", "creditpolicy"});
  if (options.format.empty()) {
    fail(ErrorCode::InvalidValue, "--format", "payload builds a partner's request: --format kocek|dompetkilat|creditas|credgenics|creditpolicy");
  }
  if (!options.product_json.empty()) fail(ErrorCode::InvalidValue, "--product", "payload takes no product");
  FieldReader in(request_json, "");
  FieldReader partner = in.object("partner");
  Json requests;
  if (options.format == "creditpolicy") {
    requests = credit_policy(partner);
  } else {
    FieldReader loan_in = in.object("loan");
    Input input{currency_from_code(loan_in.string("currency"), "loan.currency"), {}, {}, nullptr};
    input.loan = read_loan(loan_in, input.currency);
    input.applicant = read_applicant(in.object("applicant"), input.currency);
    const auto collaterals = in.optional_array("collaterals", 20);
    if (!collaterals.empty()) input.collaterals = &request_json.at("collaterals");
    if (options.format == "kocek") requests = kocek(input, partner);
    if (options.format == "dompetkilat") requests = dompet_kilat(input, partner);
    if (options.format == "creditas") requests = creditas(input, partner);
    if (options.format == "credgenics") requests = credgenics(input, partner);
    if (input.collaterals != nullptr && options.format != "kocek") invalid("collaterals", "only the KOCEK request carries collaterals");
  }
  partner.finish();
  in.finish();
  return object({{"format", options.format}, {"requests", std::move(requests)}});
}

}  // namespace loansim::json
