#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "api_test_support.hpp"
#include "loansim/api.hpp"

using namespace loansim;
using nlohmann::json;
using namespace loansim::test_support;

namespace {

json build(const json& request, std::string_view target) { return run_ok("payload", request, {.format = target}).at("requests"); }
json error_of(const json& request, std::string_view target) { return run_error("payload", request, {.format = target}); }

constexpr const char* kNik = "3626382876387830";  // 16 digits (the seed's own example has 15)

// Dompet Kilat: the applicant and loan of seed 001's loan registration; everything else is the
// partner's own fields, taken from the seed body.
json dompet_kilat_input() {
  const json seed = fixture("dompetkilat_loan_register_request.json");
  json partner = seed;
  for (const char* derived : {"map", "phoneNumber", "email", "fullName", "idNumber", "gender", "birthPlace", "birthDate",
                              "plafons", "income", "loanData"}) {
    partner.erase(derived);
  }
  partner["references"].erase("interest");
  return {
      {"applicant", {{"full_name", "John"}, {"national_id", kNik}, {"phone", "62123123123"}, {"email", "johndoe@mail.com"},
                     {"birth_date", "1999-09-30"}, {"birth_place", "Jakarta"}, {"gender", "L"},
                     {"monthly_income", {{"low", 5934041}, {"high", 11868080}}}}},
      {"loan", {{"amount", 1000000}, {"currency", "IDR"}, {"term", 2}, {"term_unit", "month"}, {"annual_rate_pct", 12}}},
      {"partner", partner},
  };
}

json credgenics_input() {
  return {
      {"applicant", {{"full_name", "Shri Ram"}, {"email", "shriram@gmail.com"}, {"phone", "9805265926"}, {"gender", "Male"},
                     {"birth_date", "1992-03-23"}, {"monthly_income", 40000}, {"credit_score", 820}, {"occupation", "Job"},
                     {"national_id", "235498671293"}}},
      {"loan", {{"amount", 50000}, {"currency", "INR"}, {"term", 12}, {"annual_rate_pct", 18}, {"start_date", "2018-04-06"}}},
      {"partner", {{"loan_id", "283921"}, {"loan_type", "Personal Loan"}, {"applicant_language", "hi"},
                   {"applicant_pan_number", "ADJIY-3516-D"}, {"security_type", "Secured immovable"}, {"backed_by_surety", false},
                   {"loan_nbfc_name", "AKARA CAPITAL ADVISORS PVT. LTD."}, {"loan_nbfc_cin", "U65191TN1994PLC079235"},
                   {"product_type", ""}, {"credit_account_number", "11271000005809"}, {"credit_account_holder_name", "Sri Ram"},
                   {"credit_bank_name", "HDFC Bank"}, {"credit_account_holder_type", "Current"},
                   {"credit_bank_ifsc_code", "HDFC0G45B4W"}, {"business_name", ""}, {"merchant_name", "Intellipaat"},
                   {"payment_link", "https://rzp.io/i/itKAy2q"},
                   {"applicant_address", json::array({{{"applicant_address_type", "Home"},
                                                       {"applicant_address_text", " 395/13 veer dua colony baldev nager"},
                                                       {"applicant_state", "Rajasthan"}, {"applicant_city", "Jodhpur"},
                                                       {"applicant_pincode", 342001}}})}}},
  };
}

json creditas_input() {
  const json seed = fixture("creditas_offers_request.json");
  json partner = {{"purpose", seed["purpose"]}, {"metadataVersion", "V2024"}, {"collateral", seed["collateral"]}};
  for (const char* key : {"professionalStatus", "postalCode", "timeOfEmployment", "bacenAuthorization"}) partner[key] = seed["borrower"][key];
  return {
      {"applicant", {{"email", seed["borrower"]["email"]}, {"birth_date", "1996-06-03"}, {"phone", "5511965984565"},
                     {"monthly_income", 5500}, {"national_id", "65498745698"}}},
      {"loan", {{"amount", 50000}, {"currency", "BRL"}, {"term", 60}}},
      {"partner", partner},
  };
}

json kocek_input() {
  return {
      {"applicant", {{"full_name", "fulan"}, {"national_id", "5171021004840001"}, {"kyc_verified", true},
                     {"birth_date", "1984-04-10"}, {"birth_place", "Denpasar"}, {"gender", "l"}, {"occupation", "Pedagang"},
                     {"monthly_income", {{"low", 5000000}, {"high", 7000000}}},
                     {"monthly_expenses", {{"low", 2000000}, {"high", 3000000}}}}},
      {"loan", {{"amount", 10000000}, {"currency", "IDR"}, {"term", 12}, {"annual_rate_pct", 12}, {"start_date", "2025-01-15"},
                {"purpose", "Konsumtif"}}},
      {"collaterals", json::array({{{"name", "Avanza"}, {"type", "Mobil"}, {"code", "MBL"}, {"value", 10000000},
                                    {"recognition_pct", 50}, {"information", "Mobil bekas pakai 3 tahun"}}})},
      {"partner", {{"customer_id", "ac06b74c-6864-407a-802e-f12ee1d8ce40"}, {"loan_id", "21bef131-7ef0-405f-bb80-bcc2a53b34ef"},
                   {"member_date", "2020-08-01"},
                   {"internal_data", {{"total_loan_active", "1"}, {"collectability", "Lancar"}, {"total_balance_active", "4150000.00"},
                                      {"behaviour_pattern_withdrawal_ratio", "45,5%"}}}}},
  };
}

}  // namespace

TEST_CASE("payload --format dompetkilat: seed 001's borrower and loan registration bodies, rebuilt") {
  const json requests = build(dompet_kilat_input(), "dompetkilat");
  REQUIRE(requests.size() == 2);
  CHECK(requests[0].at("path") == "/v1/borrower/register");
  CHECK(requests[1].at("path") == "/v1/loan/register");
  json borrower = fixture("dompetkilat_borrower_register_request.json");
  borrower["idNumber"] = kNik;
  CHECK(requests[0].at("body") == borrower);
  // Every field of the seed's loan registration, with the figures derived from the loan and the
  // applicant: plafons "1000000" and loanData.amount from Rp 1,000,000; birthDate 30/09/1999 from
  // 1999-09-30; income "Rp 5.934.041 - Rp 11.868.080" from the range; interest "1.0" = 12 % a year / 12.
  json loan = fixture("dompetkilat_loan_register_request.json");
  loan["idNumber"] = kNik;
  CHECK(requests[1].at("body") == loan);
}

TEST_CASE("payload --format dompetkilat: validated as the document says") {
  struct Case {
    std::string pointer;
    json value;
    const char* code;
    const char* field;
  };
  const Case cases[] = {
      {"/applicant/national_id", "362638287638783", "invalid_value", "applicant.national_id"},  // the seed's own 15 digits
      {"/applicant/national_id", "36263828763878AB", "invalid_value", "applicant.national_id"},
      {"/applicant/phone", "08123123123", "invalid_value", "applicant.phone"},
      {"/applicant/email", "johndoe.mail.com", "invalid_value", "applicant.email"},
      {"/applicant/gender", "M", "invalid_value", "applicant.gender"},
      {"/applicant/birth_date", "30/09/1999", "invalid_value", "applicant.birth_date"},
      {"/partner/startDate", "2001-04-15", "invalid_value", "partner.startDate"},
      {"/partner/startDate", "31/04/2001", "invalid_value", "partner.startDate"},
      {"/partner/emergencyContactNumber", "081234567892", "invalid_value", "partner.emergencyContactNumber"},
      {"/partner/fotoKtp", "", "invalid_value", "partner.fotoKtp"},
      {"/partner/religion", 1, "invalid_type", "partner.religion"},
      {"/partner/hobby", "golf", "unknown_field", "partner.hobby"},
      {"/loan/currency", "BRL", "invalid_value", "loan.currency"},
      {"/loan/amount", 1000000.5, "invalid_value", "loan.amount"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.pointer);
    json request = dompet_kilat_input();
    request[json::json_pointer(c.pointer)] = c.value;
    const json error = error_of(request, "dompetkilat");
    CHECK(error.at("code") == c.code);
    CHECK(error.at("field") == c.field);
  }
  for (const char* missing : {"/partner/fotoSelfie", "/partner/productCode", "/applicant/birth_place", "/partner/references"}) {
    CAPTURE(missing);
    json request = dompet_kilat_input();
    request.at(json::json_pointer(missing).parent_pointer()).erase(json::json_pointer(missing).back());
    const json error = error_of(request, "dompetkilat");
    CHECK(error.at("code") == "missing_field");
    CHECK(error.at("field") == std::string(missing).substr(1).replace(std::string(missing).substr(1).find('/'), 1, "."));
  }
  // A tenor in days, as the disbursement callbacks carry it.
  json days = dompet_kilat_input();
  days["loan"]["term"] = 4;
  days["loan"]["term_unit"] = "day";
  CHECK(build(days, "dompetkilat")[1].at("body").at("loanData") == json{{"tenor", 4}, {"unit", "DAY"}, {"amount", "1000000"}});
}

TEST_CASE("payload --format credgenics: seed 004's Add Loan body, with the EMI and end date derived") {
  const json requests = build(credgenics_input(), "credgenics");
  REQUIRE(requests.size() == 1);
  CHECK(requests[0].at("path") == "/recovery/loan/283921");
  const json& body = requests[0].at("body");
  const json seed = fixture("credgenics_add_loan_request.json");
  for (const auto& item : body.items()) {
    const std::string key = item.key();
    CAPTURE(key);
    if (key == "emi_amount") continue;
    CHECK(item.value() == seed.at(key));
  }
  // loan_end_date: 2018-04-06 + 12 months = 2019-04-06, as in the seed. emi_amount: the seed's
  // 6000 is not the EMI of its own loan; pmt(0.18 / 12, 12, 50000) = 4583.99 → 4584 whole rupees.
  CHECK(body.at("loan_end_date") == "2019-04-06");
  CHECK(body.at("emi_amount") == 4584);
  CHECK(body.at("total_loan_amount") == 50000);
  CHECK(body.at("interest_on_loan") == 18.0);
  CHECK(body.at("applicant_monthly_income") == 40000);
}

TEST_CASE("payload --format credgenics: required fields and formats") {
  json request = credgenics_input();
  request["loan"]["amount"] = 50000.5;  // total_loan_amount is an integer
  CHECK(error_of(request, "credgenics").at("field") == "loan.amount");
  request = credgenics_input();
  request["partner"].erase("loan_type");
  CHECK(error_of(request, "credgenics") == json{{"code", "missing_field"}, {"field", "partner.loan_type"}, {"message", "is required"}});
  request = credgenics_input();
  request["partner"]["applicant_address"][0]["applicant_pincode"] = "342001";
  CHECK(error_of(request, "credgenics").at("field") == "partner.applicant_address[0].applicant_pincode");
  request = credgenics_input();
  request["partner"]["applicant_address"][0]["applicant_address_type"] = "Farm";
  CHECK(error_of(request, "credgenics").at("field") == "partner.applicant_address[0].applicant_address_type");
  request = credgenics_input();
  request["applicant"]["national_id"] = "2354986712";
  CHECK(error_of(request, "credgenics").at("field") == "applicant.national_id");
  request = credgenics_input();
  request["loan"]["method"] = "flat";
  CHECK(error_of(request, "credgenics").at("field") == "loan.method");
}

TEST_CASE("payload --format creditas: seed 002's offer request, rebuilt") {
  // The seed's email is a scrape artefact ("[email protected]"): no address, refused.
  const json error = error_of(creditas_input(), "creditas");
  CHECK(error.at("field") == "applicant.email");
  json request = creditas_input();
  request["applicant"]["email"] = "cliente@example.com";
  const json requests = build(request, "creditas");
  REQUIRE(requests.size() == 1);
  CHECK(requests[0].at("path") == "/offers");
  json seed = fixture("creditas_offers_request.json");
  seed["borrower"]["email"] = "cliente@example.com";
  seed["productType"] = "AUTO_REFI";  // required by the field table, missing from the examples
  CHECK(requests[0].at("body") == seed);

  // The seed's second example: a collateral given by its debt and pricing detail instead of the model.
  json partial = request;
  const json partial_seed = fixture("creditas_offers_request_partial_collateral.json");
  partial["partner"]["collateral"] = partial_seed["collateral"];
  partial["partner"].erase("metadataVersion");
  json expected = partial_seed;
  expected["borrower"]["email"] = "cliente@example.com";
  expected["productType"] = "AUTO_REFI";
  CHECK(build(partial, "creditas")[0].at("body") == expected);

  request["partner"]["collateral"]["licensePlate"] = "DPX-1073";
  CHECK(error_of(request, "creditas").at("field") == "partner.collateral.licensePlate");
  request = creditas_input();
  request["applicant"]["email"] = "cliente@example.com";
  request["applicant"]["phone"] = "11965984565";  // without the country code
  CHECK(error_of(request, "creditas").at("field") == "applicant.phone");
  request["applicant"]["phone"] = "5511965984565";
  request["applicant"]["national_id"] = "654.987.456-98";
  CHECK(error_of(request, "creditas").at("field") == "applicant.national_id");
}

TEST_CASE("payload --format creditpolicy: seed 003's request body") {
  const json request = {{"partner", {{"Source", "Web"}, {"IPAddress", "10.120.0.1"}, {"ExternalIP", "10.120.0.0"},
                                     {"ApplicationID", 8002200220}}}};
  const json requests = build(request, "creditpolicy");
  CHECK(requests[0].at("path") == "/api/CoreCredit/AccountManagement/GetCreditPolicyDecisionDetails");
  CHECK(requests[0].at("body") == fixture("creditpolicy_decision_request.json"));
  json bad = request;
  bad["partner"].erase("ExternalIP");
  CHECK(error_of(bad, "creditpolicy").at("field") == "partner.ExternalIP");
}

TEST_CASE("payload --format kocek: a request KOCEK takes, and that recommend reads back without a warning") {
  const json requests = build(kocek_input(), "kocek");
  CHECK(requests[0].at("path") == "/kocek/cde/credit-recommendation");
  const json& body = requests[0].at("body");
  CHECK(body.at("character").at("birth") == "Denpasar, 10 April 1984");
  CHECK(body.at("character").at("age") == 40);  // 10 April 1984 → 15 January 2025
  CHECK(body.at("income") == json::array({{{"key", "penghasilan_1"}, {"value", "5000000-7000000"}}}));
  CHECK(body.at("collaterals").at(0).at("recognition_value") == 5000000);  // 10,000,000 × 50 %
  CHECK(body.at("application").at("loan_interest_method") == 3);
  CHECK(body.at("internal_data").at("total_balance_active") == "4150000.00");
  CHECK(body.at("internal_data").at("total_deposit").is_null());

  json recommendation_request = body;
  recommendation_request["as_of"] = "2025-01-15";
  const ApiResponse response = run_command("recommend", recommendation_request.dump(), {.format = "kocek"});
  REQUIRE(response.ok);
  const json ours = json::parse(response.json).at("data").at("loansim");
  CHECK(ours.at("warnings") == json::array());
  CHECK(ours.at("decision") == "PRE_APPROVED");

  json flat = kocek_input();
  flat["loan"]["method"] = "flat";  // KOCEK documents the annuity code only
  CHECK(error_of(flat, "kocek").at("field") == "loan.method");
}

TEST_CASE("payload: the format is required, and no product is taken") {
  CHECK(json::parse(run_command("payload", kocek_input().dump()).json).at("error").at("field") == "--format");
  CHECK(json::parse(run_command("payload", kocek_input().dump(), {.format = "kocek", .product_json = "{}"}).json)
            .at("error").at("field") == "--product");
  json extra = credgenics_input();
  extra["collaterals"] = json::array({{{"name", "x"}}});
  CHECK(error_of(extra, "credgenics").at("field") == "collaterals");
}
