#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "loansim/api.hpp"

using namespace loansim;
using nlohmann::json;

namespace {

const ApiOptions kCreditPolicy{.format = "creditpolicy", .product_json = {}};

// Seed 003's sample request body (tests/fixtures), which names only the application.
json seed_envelope() {
  std::ifstream in(std::string(LOANSIM_SOURCE_DIR) + "/tests/fixtures/creditpolicy_decision_request.json");
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

// The envelope plus the applicant and the loan asked for: our documented extension.
json decision_request() {
  json request = seed_envelope();
  request["Applicant"] = {{"MonthlyGrossIncome", 6500}, {"MonthlyDebtPayments", 900}, {"MonthlyLivingExpenses", 2500},
                          {"OutstandingDebt", 12000},  {"OpenTradelines", 3},        {"FICOScore", 712},
                          {"Savings", 5000},           {"Purpose", "debt consolidation"}, {"ProgramState", "TX"}};
  request["RequestedLoanAmt"] = 15000;
  request["RequestedTermMonths"] = 36;
  return request;
}

json run(const json& request, bool ok = true) {
  const ApiResponse response = run_command("policy-decision", request.dump(), kCreditPolicy);
  INFO(response.json);
  REQUIRE(response.ok == ok);
  return json::parse(response.json);
}

}  // namespace

TEST_CASE("policy-decision: seed 003's request alone names no applicant to decide on") {
  const json error = run(seed_envelope(), false).at("error");
  CHECK(error.at("code") == "missing_field");
  CHECK(error.at("field") == "Applicant");
}

TEST_CASE("policy-decision: the seed's response shape, with the decision's figures") {
  const json out = run(decision_request());
  CHECK(out.at("Message") == "Success");
  CHECK(out.at("Status") == true);
  const json& data = out.at("ResponseData");
  for (const char* field : {"BankAuditDetailsList", "CreditPolicy", "BKPlusScore", "CoApplicationBKPlusScore", "RequestedLoanAmt",
                            "Apartment", "CAApartment", "ProgramState", "CreditLimit", "Status", "MerchantName", "DTI",
                            "MaximumCreditLimit", "CoApplicationIncome", "ProgramAddress1", "ProgramAddress2", "ProgramCity",
                            "ProgramZip", "ApplicationFICOScore", "CoApplicationFICOScore"}) {
    CAPTURE(field);
    CHECK(data.contains(field));
  }
  CHECK(data.at("CreditPolicy") == "us-consumer-installment 2026.1");
  CHECK(data.at("Status") == "Approved");
  CHECK(data.at("ProgramState") == "TX");
  CHECK(data.at("ApplicationFICOScore") == "712");
  CHECK(data.at("RequestedLoanAmt") == 15000.0);
  const json& ours = data.at("loansim");
  // BKPlusScore is our risk score: 1300 − 10 × composite with the sample's anchors (700 at 60, 100 points a halving).
  const double composite = ours.at("composite").get<double>();
  CHECK(data.at("BKPlusScore") == static_cast<int>(std::round(1300.0 - 10.0 * composite)));
  // Risk ≤ 550: band B, whose 36-month rate is 12.49 % a year. pmt(0.1249/12, 36, 15000) = 501.7324 →
  // 501.73; DTI (900 + 501.73) / 6,500 = 21.565 % → "21.57".
  CHECK(ours.at("trace").at("rate").at("risk_band") == "B");
  CHECK(ours.at("recommendation").at("installment") == 501.73);
  CHECK(data.at("DTI") == "21.57");
  CHECK(data.at("CreditLimit") == "15000.00");
  // The installment budget 40 % × 6,500 − 900 = 1,700 carries more than the product's $50,000 at
  // 60 months, so the maximum credit limit is the product's.
  CHECK(ours.at("trace").at("installment_budget") == 1700.0);
  CHECK(data.at("MaximumCreditLimit") == "50000.00");
  CHECK(ours.at("application_id") == 8002200220);
  for (const json& audit : data.at("BankAuditDetailsList")) {
    CHECK(audit.at("GDSCode").is_string());
    CHECK_FALSE(audit.at("GDSDecription").get<std::string>().empty());
  }
}

TEST_CASE("policy-decision: a co-applicant's income joins, and gets a risk score of its own") {
  json request = decision_request();
  request["CoApplicant"] = {{"MonthlyGrossIncome", 3000}, {"MonthlyDebtPayments", 200}, {"FICOScore", 655}, {"Apartment", "4B"}};
  const json data = run(request).at("ResponseData");
  CHECK(data.at("CoApplicationIncome") == 3000.0);
  CHECK(data.at("CoApplicationFICOScore") == "655");
  CHECK(data.at("CAApartment") == "4B");
  CHECK(data.at("CoApplicationBKPlusScore").is_string());
  // Joint budget: 40 % × (6,500 + 3,000) − (900 + 200) = 2,700; scored on the weaker FICO, 655:
  // (655 − 300) / 550 × 100 = 64.5455 bureau points (criteria in order: active loans, bureau).
  CHECK(data.at("loansim").at("trace").at("installment_budget") == 2700.0);
  CHECK(data.at("loansim").at("five_c").at("character").at("criteria").at(1).at("measured") ==
        json(std::round((655.0 - 300.0) / 550.0 * 100.0 * 10000.0) / 10000.0));
}

TEST_CASE("policy-decision: refusals read Declined with their reason codes") {
  json request = decision_request();
  request["Applicant"]["Bankruptcy"] = true;
  const json data = run(request).at("ResponseData");
  CHECK(data.at("Status") == "Declined");
  CHECK(data.at("CreditLimit") == "0.00");
  CHECK(data.at("BKPlusScore").get<int>() >= 1200);
  CHECK(data.at("BankAuditDetailsList").at(0) == json{{"GDSCode", "KO_BANKRUPTCY"}, {"GDSDecription", "Bankruptcy record or bankruptcy score above the cut-off"}});
}

TEST_CASE("policy-decision: without a bureau score the fixed score refers, never approves") {
  json request = decision_request();
  request["Applicant"].erase("FICOScore");
  const json data = run(request).at("ResponseData");
  CHECK(data.at("Status") == "Refer");
  CHECK(data.at("ApplicationFICOScore").is_null());
  CHECK(data.at("loansim").at("decision") == "FIXED_SCORE");
  CHECK(data.at("BankAuditDetailsList").at(0).at("GDSCode") == "CHR_NO_BUREAU");
}

TEST_CASE("policy-decision: every bad field is named") {
  struct Case {
    std::string pointer;
    json value;
    const char* code;
    const char* field;
  };
  const Case cases[] = {
      {"/APIVersion", "1.0", "invalid_value", "APIVersion"},
      {"/Source", std::string(51, 'w'), "out_of_range", "Source"},
      {"/IPAddress", "10.120.000.00001", "out_of_range", "IPAddress"},
      {"/CurrencyCode", "986", "invalid_value", "CurrencyCode"},
      {"/DateFormat", "4", "invalid_value", "DateFormat"},
      {"/RequestTime", "2020-01-15 10:05:23", "invalid_value", "RequestTime"},
      {"/RequestTime", "02/30/2020 10:05:23", "invalid_value", "RequestTime"},
      {"/ApplicationID", 12345678901, "out_of_range", "ApplicationID"},
      {"/ApplicationID", "8002200220", "invalid_type", "ApplicationID"},
      {"/Applicant/FICOScore", 900, "out_of_range", "Applicant.FICOScore"},
      {"/Applicant/MonthlyGrossIncome", -1, "out_of_range", "Applicant.MonthlyGrossIncome"},
      {"/Applicant/Nickname", "Bob", "unknown_field", "Applicant.Nickname"},
      {"/RequestedTermMonths", 0, "out_of_range", "RequestedTermMonths"},
      {"/RequestedLoanAmt", 0, "out_of_range", "RequestedLoanAmt"},
      {"/Extra", 1, "unknown_field", "Extra"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.pointer);
    json request = decision_request();
    request[json::json_pointer(c.pointer)] = c.value;
    const json error = run(request, false).at("error");
    CHECK(error.at("code") == c.code);
    CHECK(error.at("field") == c.field);
  }
  json request = decision_request();
  request.erase("ExternalIP");
  CHECK(run(request, false).at("error").at("field") == "ExternalIP");
  CHECK(json::parse(run_command("policy-decision", decision_request().dump()).json).at("error").at("field") == "--format");
  request = decision_request();
  request["RequestTime"] = "01/15/2020 10:05:23";
  CHECK(run(request).at("Status") == true);
}

TEST_CASE("property: protected attributes change no credit-policy decision") {
  json request = decision_request();
  const std::string base = run_command("policy-decision", request.dump(), kCreditPolicy).json;
  for (const auto& [key, value] : {std::pair{"Gender", "F"}, std::pair{"Religion", "Buddhist"}, std::pair{"MaritalStatus", "Married"}}) {
    json changed = request;
    changed["Applicant"][key] = value;
    CHECK(run_command("policy-decision", changed.dump(), kCreditPolicy).json == base);
  }
}
