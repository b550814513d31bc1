// `offers`: seed 002's Creditas requests through --format creditas, our own format, and the
// properties an offer grid must keep. Reference figures are derived by hand next to each check
// from the product definition core/products/br-auto-refi-creditas.json (version 2026.1).
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "api_test_support.hpp"
#include "loansim/api.hpp"

using namespace loansim;
using nlohmann::json;
using namespace loansim::test_support;

namespace {

json run_ok(const json& request, std::string_view format = "") { return test_support::run_ok("offers", request, {.format = format}); }
json run_error(const json& request, std::string_view format = "") { return test_support::run_error("offers", request, {.format = format}); }

// Loan amounts by tenure (0 for a tenure not offered).
std::map<int, double> amounts(const json& result) {
  std::map<int, double> by_term{{12, 0.0}, {18, 0.0}, {24, 0.0}, {36, 0.0}, {48, 0.0}, {60, 0.0}};
  for (const json& offer : result.at("offers")) by_term[offer.at("term_months").get<int>()] = offer.at("loan_amount").get<double>();
  return by_term;
}

json own_request() {
  return json::parse(R"({
    "product_id": "br-auto-refi-creditas", "start_date": "2026-03-02",
    "applicant": {"monthly_income": 9000, "age": 40, "bureau": {"scale": "serasa", "score": 850}},
    "loan": {"amount": 20000, "term_months": 36, "purpose": "DEBTS_PAYMENT"},
    "collaterals": [{"type": "CAR", "value": 60000, "age_years": 4}]})");
}

}  // namespace

TEST_CASE("offers --format creditas: seed 002's first request, as-is") {
  const json result = run_ok(fixture("creditas_offers_request.json"), "creditas");
  // No bureau score in Creditas' request: the fixed score prices the offer, never pre-approves it.
  CHECK(result.at("approvedStatus") == "ANALYSIS_FIXED_SCORE");
  CHECK(result.at("scoreFixed") == true);
  CHECK(result.at("id").get<std::string>().rfind("OFR-", 0) == 0);
  CHECK(result.at("id").get<std::string>().size() == std::string("OFR-DBC79D7F-E5D7-45B9-B9DD-A60C2561EA06").size());
  // Exactly Creditas' keys, plus our extension.
  json keys = json::array();
  for (const auto& [key, value] : result.items()) keys.push_back(key);
  CHECK(keys == json{"approvedStatus", "id", "loansim", "offers", "scoreFixed"});
  // The simulation is dated by borrower.bacenAuthorization.bacenAuthorizedAt: 2023-06-02.
  CHECK(result.at("loansim").at("start_date") == "2023-06-02");
  // Tenures: the grid's 12–60 months, cut to the fixed score's 36.
  const json& offers = result.at("offers");
  REQUIRE(offers.size() == 4);
  CHECK(offers[0].at("loanTerm") == 12);
  CHECK(offers[3].at("loanTerm") == 36);
  // Requested R$ 50,000 against a 2014 car worth R$ 15,000: 2023 − 2014 = 9 years → the ≤ 10-year
  // LTV limit, 70 %: 15,000 × 70 % = 10,500 (the LTV cap binds against the request). The fixed
  // score lends 70 % of that: 7,350, floored to the R$ 100 amount step = 7,300.
  for (const json& offer : offers) CHECK(offer.at("loanAmount") == 7300);
  const json& own = result.at("loansim").at("offers");
  CHECK(own[0].at("binding_constraint") == "CAP_FIXED_SCORE");
  // Priced as Serasa 700 (the "score chumbado"): risk score 607 → band B (501–650); LTV 10,500 /
  // 15,000 = 70 % → the ≤ 70 % column; 12 months → B's 12-month row: 2.19 % a month.
  CHECK(result.at("loansim").at("risk_band") == "B");
  CHECK(result.at("loansim").at("pricing_risk_score") == 607);
  CHECK(offers[0].at("monthlyInterestRate") == 0.0219);
  CHECK(offers[1].at("monthlyInterestRate") == 0.0229);  // 18 months: the ≤ 24-month row
  CHECK(offers[3].at("monthlyInterestRate") == 0.0239);  // 36 months
  // 12 months: financed F = 7,300 + R$ 350 fee (financed) + IOF(F), IOF financed (gross-up).
  // IOF additional = F × 0.38 % = 7,811.70 × 0.0038 = 29.684 → 29.68; daily 132.02; total 161.70;
  // F − IOF = 7,650.00 = 7,300 + 350 exactly.
  CHECK(own[0].at("financed") == 7811.7);
  CHECK(own[0].at("iof").at("additional") == 29.68);
  CHECK(offers[0].at("iof") == 161.7);
  // Installment: 7,811.70 × 0.0219 / (1 − 1.0219^−12) = 747.3175… → 747.32 (half-up to R$ 0.01).
  CHECK(offers[0].at("installmentAmount") == 747.32);
  // 36 months: 7,891.15 × 0.0239 / (1 − 1.0239^−36) = 329.3121… → 329.31.
  CHECK(offers[3].at("installmentAmount") == 329.31);
  // The CET is above the rate (fee and IOF are costs), and totalEffectiveCost is the monthly CET as
  // a fraction, to the 1/100 % it is disclosed at.
  for (std::size_t i = 0; i < offers.size(); ++i) {
    CHECK(offers[i].at("totalEffectiveCost").get<double>() > offers[i].at("monthlyInterestRate").get<double>());
    CHECK(offers[i].at("totalEffectiveCost").get<double>() ==
          doctest::Approx(own[i].at("cost_of_credit").at("disclosed_monthly_pct").get<double>() / 100.0).epsilon(1e-12));
  }
  // Deterministic: the same request, the same id.
  CHECK(run_ok(fixture("creditas_offers_request.json"), "creditas").at("id") == result.at("id"));
}

TEST_CASE("offers --format creditas: seed 002's second request (no model year, R$ 5,000 owed) is refused") {
  const json result = run_ok(fixture("creditas_offers_request_partial_collateral.json"), "creditas");
  // No model year: the strictest LTV limit, 60 %: 15,000 × 60 % − 5,000 debt = 4,000; the fixed
  // score's 70 % = 2,800, below the R$ 5,000 minimum ticket.
  CHECK(result.at("approvedStatus") == "ANALYSIS_REFUSED");
  CHECK(result.at("offers").empty());
  CHECK(result.at("loansim").at("reasons").at(0).at("code") == "KO_BELOW_MIN_AMOUNT");
}

TEST_CASE("offers --format creditas: a bureau score (our extension) pre-approves; income can bind") {
  json request = fixture("creditas_offers_request.json");
  request["loansim"] = {{"bureau", {{"scale", "serasa"}, {"score", 900}}}};
  json result = run_ok(request, "creditas");
  CHECK(result.at("approvedStatus") == "ANALYSIS_PRE_APPROVED");
  CHECK(result.at("scoreFixed") == false);
  CHECK(result.at("offers").size() == 6);  // every grid tenure: no fixed-score cap
  CHECK(result.at("offers")[0].at("loanAmount") == 10500);  // the LTV cap: 15,000 × 70 %
  CHECK(result.at("loansim").at("offers")[0].at("binding_constraint") == "CAP_COLLATERAL");

  // R$ 1,000 of income: a 30 % DTI budget of R$ 300 a month binds before the car does.
  request["borrower"]["monthlyIncome"] = 1000;
  result = run_ok(request, "creditas");
  for (const json& offer : result.at("loansim").at("offers")) {
    CHECK(offer.at("binding_constraint") == "CAP_DSR");
    CHECK(offer.at("peak_installment").get<double>() <= 300.0);
    CHECK(offer.at("loan_amount").get<double>() < 10500.0);
  }
}

TEST_CASE("offers: more income never lowers the loan amount") {
  json request = own_request();
  std::map<int, double> before;
  for (int income = 500; income <= 20000; income += 500) {
    request["applicant"]["monthly_income"] = income;
    const std::map<int, double> now = amounts(run_ok(request));
    for (const auto& [term, amount] : now) {
      INFO("income ", income, " term ", term);
      if (!before.empty()) CHECK(amount >= before[term]);
    }
    before = now;
  }
}

TEST_CASE("offers: at a fixed rate a longer term never raises the installment") {
  json request = own_request();
  request["loan"]["annual_rate_pct"] = 24;
  request["applicant"]["monthly_income"] = 50000;  // the requested amount binds every tenure
  const json result = run_ok(request);
  REQUIRE(result.at("offers").size() == 6);
  double previous = 1e18;
  for (const json& offer : result.at("offers")) {
    CHECK(offer.at("loan_amount") == 20000);
    CHECK(offer.at("monthly_rate_pct") == 2.0);
    CHECK(offer.at("installment").get<double>() <= previous);
    previous = offer.at("installment").get<double>();
  }
}

TEST_CASE("offers: a worse bureau score never lowers the rate") {
  json request = own_request();
  std::map<int, double> better;
  for (int score = 1000; score >= 0; score -= 50) {
    request["applicant"]["bureau"]["score"] = score;
    const json result = run_ok(request);
    for (const json& offer : result.at("offers")) {
      const int term = offer.at("term_months").get<int>();
      const double rate = offer.at("monthly_rate_pct").get<double>();
      INFO("score ", score, " term ", term);
      if (better.count(term) != 0) CHECK(rate >= better[term]);
      better[term] = rate;
    }
  }
}

TEST_CASE("offers: own format, the cost of credit by market") {
  json result = run_ok(own_request());
  CHECK(result.at("decision") == "PRE_APPROVED");
  CHECK(result.at("offers")[0].at("cost_of_credit").at("standard") == "br_cet");
  // R$ 20,000 on a R$ 60,000 car, 4 years old: LTV 33 % → the ≤ 50 % column; the request binds.
  CHECK(result.at("offers")[0].at("binding_constraint") == "REQUESTED");

  const json us = json::parse(R"({"product_id": "us-consumer-installment", "start_date": "2026-01-15",
    "applicant": {"monthly_income": 6000, "bureau": {"scale": "fico", "score": 760}},
    "loan": {"amount": 10000, "term_months": 36, "purpose": "car repair"}})");
  result = run_ok(us);
  REQUIRE_FALSE(result.at("offers").empty());
  CHECK(result.at("offers")[0].at("cost_of_credit").at("standard") == "reg_z_apr");
  CHECK(result.at("offers")[0].at("iof").is_null());  // no IOF outside Brazil
}

TEST_CASE("offers: errors name their field") {
  json request = own_request();
  request["terms"] = {12, 72};
  CHECK(run_error(request).at("field") == "terms[1]");
  request = own_request();
  request.erase("start_date");
  CHECK(run_error(request).at("field") == "start_date");
  json creditas = fixture("creditas_offers_request.json");
  creditas["intendedCredit"]["currency"] = "USD";
  CHECK(run_error(creditas, "creditas").at("field") == "intendedCredit.currency");
  creditas = fixture("creditas_offers_request.json");
  creditas["borrower"].erase("bacenAuthorization");
  CHECK(run_error(creditas, "creditas").at("field") == "loansim.simulation_date");
  CHECK(run_error(own_request(), "kocek").at("field") == "--format");
}
