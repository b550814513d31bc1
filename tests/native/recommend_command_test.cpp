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

std::string read_text(const std::string& relative) {
  std::ifstream in(std::string(LOANSIM_SOURCE_DIR) + "/" + relative);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

json kocek_seed() { return json::parse(read_text("tests/fixtures/kocek_credit_recommendation_request.json")); }

json own_request() {
  return json::parse(R"({
    "product_id": "id-koperasi-kocek",
    "applicant": {"monthly_income": {"low": 5000000, "high": 7000000}, "monthly_expenses": {"low": 2000000, "high": 3000000},
                  "existing_installments": 500000, "collectability": "lancar", "age": 40, "savings": 4500000,
                  "kyc_verified": true, "active_loans": 1},
    "loan": {"amount": 10000000, "term_months": 24, "annual_rate_pct": 12, "method": "flat", "purpose": "modal usaha"},
    "collaterals": [{"type": "LAND_SHM_HT", "value": 100000000}, {"type": "VEHICLE_FIDUSIA", "value": 60000000}]
  })");
}

}  // namespace

TEST_CASE("recommend --format kocek: seed 000's request goes in as-is") {
  const json out = run_ok("recommend", kocek_seed(), {.format = "kocek", .product_json = {}});
  CHECK(out.at("status") == "success");
  CHECK(out.at("message") == "Berhasil mendapatkan rekomendasi kredit");
  const json& data = out.at("data");
  for (const char* c : {"capacity", "capital", "character", "collateral", "condition"}) {
    CAPTURE(c);
    CHECK(data.at("5c").at(c).is_string());
    CHECK_FALSE(data.at("5c").at(c).get<std::string>().empty());
  }
  // Refused: collectability Diragukan, and income that does not cover expenses.
  CHECK(data.at("recommendation").at("plafon") == "0");
  CHECK(data.at("recommendation").at("tenure") == "");
  const json& ours = data.at("loansim");
  CHECK(ours.at("decision") == "REFUSED");
  CHECK(ours.at("product") == json{{"id", "id-koperasi-kocek"}, {"version", "2026.1"}});
  CHECK(ours.at("customer_id") == "ac06b74c-6864-407a-802e-f12ee1d8ce40");
  const json& trace = ours.at("trace");
  // Income lines "100000-200000" + "200000-300000" at their low bounds: 100,000 + 200,000.
  CHECK(trace.at("income_used") == 300000);
  // Expense lines at their high bounds: 200,000 + 300,000.
  CHECK(trace.at("expenses_used") == 500000);
  CHECK(trace.at("disposable") == -200000);      // 300,000 − 500,000
  CHECK(trace.at("dsr_budget") == 105000);       // 35 % × 300,000
  CHECK(trace.at("disposable_budget") == -120000);  // 60 % × −200,000
  CHECK(trace.at("installment_budget") == 0);
  // Rp 10,000,000 over 12 months at 12 % a year (1 % a month), Bunga Anuitas: pmt = 888,487.89,
  // rounded up to Rp 100: 888,500; DSR 888,500 / 300,000 = 296.1667 %.
  CHECK(trace.at("requested_installment") == 888500);
  CHECK(trace.at("requested_dsr_pct") == 296.1667);
  CHECK(trace.at("rate").at("monthly_pct") == 1.0);
  // Collateral 0 (MBL): 10,000,000 × 50 % = 5,000,000, not the declared 500,000.
  const json& car = trace.at("collaterals").at(0);
  CHECK(car.at("type") == "VEHICLE_FIDUSIA");
  CHECK(car.at("recognised") == 5000000);
  CHECK(car.at("declared_recognised") == 500000);
  CHECK(car.at("declared_mismatch") == true);
  // Collateral 1 (LAND): 10,000,000,000 × 50 % = 5,000,000,000, as declared.
  CHECK(trace.at("collaterals").at(1).at("recognised") == 5000000000);
  CHECK(trace.at("collaterals").at(1).at("declared_mismatch") == false);
  CHECK(trace.at("collateral_limit") == 5005000000);
  // Savings: total_balance_active 4,150,000 + total_deposit_active_balance 20,000,000 = 24,150,000;
  // × 3 = 72,450,000, floored to Rp 100,000.
  CHECK(trace.at("savings_limit") == 72400000);
  CHECK(trace.at("age_tenure_cap_months") == 300);  // (65 − 40) × 12
  // Character: Diragukan 0 points (weight 40), 18 active loans 10 (weight 20), withdrawals
  // "174,48%" 10 (weight 15); membership and bureau unscored: (0 + 200 + 150) / 75 = 4.6667.
  const json& character = ours.at("five_c").at("character");
  CHECK(character.at("score") == 4.6667);
  CHECK(character.at("coverage") == 0.75);
  CHECK(character.at("criteria").at(2).at("measured") == 174.48);
  // Capacity: DSR 296 % → 0, residual −362.8 % → 0, debt 138,402,100 / 300,000 = 461.3 months → 0,
  // income range width (300,000 − ... ) (500,000 − 300,000) / 300,000 = 66.7 % → 20: 20 × 15 / 100 = 3.
  CHECK(ours.at("five_c").at("capacity").at("score") == 3.0);
  // Capital: 24,150,000 / 10,000,000 = 241.5 % → 100. Collateral: coverage 50,050 % → 100 (weight 60),
  // quality (5M × 70 + 5,000M × 60) / 5,005M = 60.01 (weight 40): 84.004. Condition: consumptive 60
  // (weight 60), 65 − (40 + 1) = 24 years of headroom → 100 (weight 40): 76.
  CHECK(ours.at("five_c").at("capital").at("score") == 100.0);
  CHECK(ours.at("five_c").at("collateral").at("score") == 84.004);
  CHECK(ours.at("five_c").at("condition").at("score") == 76.0);
  // Composite 0.25 × 4.6667 + 0.35 × 3 + 0.10 × 100 + 0.20 × 84.004 + 0.10 × 76 = 36.6175;
  // risk 700 − 100 × (36.6175 − 60) / 10 = 934, raised to the refused floor 1200.
  CHECK(ours.at("composite") == 36.6175);
  CHECK(ours.at("risk_score") == 1200);
  const json& reasons = ours.at("reasons");
  REQUIRE(reasons.size() == 4);
  CHECK(reasons.at(0).at("code") == "KO_COLLECTABILITY");
  CHECK(reasons.at(1).at("code") == "KO_NEGATIVE_DISPOSABLE");
  CHECK(reasons.at(2).at("code") == "KO_KYC");  // kyc_status false refers
  CHECK(reasons.at(0).at("text").at("id") == "Kolektibilitas pinjaman berada pada atau di bawah batas produk");
  CHECK(reasons.at(0).at("text").at("pt").is_string());
  CHECK(reasons.at(0).at("text").at("en").is_string());
  const auto warnings = ours.at("warnings").dump();
  CHECK(warnings.find("recognition_value 500000 IDR is not value 10000000 IDR") != std::string::npos);
  CHECK(warnings.find("nik") != std::string::npos);  // 14 digits, not 16
}

TEST_CASE("recommend --format kocek: with as_of, membership and age are computed from the dates") {
  json request = kocek_seed();
  request["as_of"] = "2025-01-15";
  const json ours = run_ok("recommend", request, {.format = "kocek", .product_json = {}}).at("data").at("loansim");
  // member_date 2020-08-01 → 2025-01-15: 53 whole months → ≥ 36: 100 points.
  const json& membership = ours.at("five_c").at("character").at("criteria").at(3);
  CHECK(membership.at("criterion") == "membership_months");
  CHECK(membership.at("measured") == 53.0);
  CHECK(membership.at("points") == 100.0);
  // Born 10 April 1984: 40 on 2025-01-15, as declared — no warning about age.
  CHECK(ours.at("warnings").dump().find("character.age") == std::string::npos);
  request["as_of"] = "2025-06-01";  // 41 by then: the declared 40 is recomputed, and said
  const json later = run_ok("recommend", request, {.format = "kocek", .product_json = {}}).at("data").at("loansim");
  CHECK(later.at("warnings").dump().find("character.age 40 contradicts character.birth: 41") != std::string::npos);
  CHECK(later.at("trace").at("age_tenure_cap_months") == 288);  // (65 − 41) × 12
}

TEST_CASE("recommend --format kocek: an applicant who qualifies gets plafon and tenure as KOCEK strings") {
  json request = kocek_seed();
  request["income"] = json::array({{{"key", "penghasilan_1"}, {"value", "5.000.000-7.000.000"}}});
  request["expenses"] = json::array({{{"key", "pengeluaran_1"}, {"value", "2 jt - 3 jt"}}});
  request["internal_data"]["collectability"] = "Lancar";
  request["internal_data"]["total_loan_active"] = "1";
  request["internal_data"]["loan_remaining"] = "0";
  request["internal_data"]["behaviour_pattern_withdrawal_ratio"] = "45,5%";
  request["character"]["kyc_status"] = true;
  const json out = run_ok("recommend", request, {.format = "kocek", .product_json = {}});
  // Budget: min(35 % × 5,000,000, 60 % × (5,000,000 − 3,000,000)) = min(1,750,000, 1,200,000).
  // Rp 10,000,000 over 12 months pays 888,500 ≤ 1,200,000: the request as asked.
  CHECK(out.at("data").at("recommendation") == json{{"plafon", "10000000"}, {"tenure", "12"}});
  CHECK(out.at("data").at("loansim").at("decision") == "PRE_APPROVED");
}

TEST_CASE("recommend --format kocek: quirks it cannot read are errors on KOCEK's own fields") {
  struct Case {
    std::string pointer;
    json value;
    const char* code;
    const char* field;
  };
  const Case cases[] = {
      {"/internal_data/collectability", "Bagus", "invalid_value", "internal_data.collectability"},
      {"/application/tenure", "dua belas", "invalid_value", "application.tenure"},
      {"/application/tenure", 0, "out_of_range", "application.tenure"},
      {"/application/plafon", "-5", "out_of_range", "application.plafon"},
      {"/income/0/value", "200000-100000", "invalid_value", "income[0].value"},
      {"/income/1/value", true, "invalid_type", "income[1].value"},
      {"/collaterals/1/recognition", "150%", "out_of_range", "collaterals[1].recognition"},
      {"/internal_data/behaviour_pattern_withdrawal_ratio", "174,48,1%", "invalid_value",
       "internal_data.behaviour_pattern_withdrawal_ratio"},
      {"/application/loan_interest_method_label", "Bunga Flat", "invalid_value", "application.loan_interest_method_label"},
      {"/character/member_date", "01-08-2020", "invalid_value", "character.member_date"},
      {"/as_of", "tomorrow", "invalid_value", "as_of"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.pointer);
    json request = kocek_seed();
    request[json::json_pointer(c.pointer)] = c.value;
    const json error = run_error("recommend", request, {.format = "kocek", .product_json = {}});
    CHECK(error.at("code") == c.code);
    CHECK(error.at("field") == c.field);
  }
  // An undocumented method code needs a label naming the method; "Efektif" alone names none.
  json undocumented = kocek_seed();
  undocumented["application"]["loan_interest_method"] = 2;
  undocumented["application"].erase("loan_interest_method_label");
  CHECK(run_error("recommend", undocumented, {.format = "kocek", .product_json = {}}).at("field") ==
        "application.loan_interest_method_label");
  undocumented["application"]["loan_interest_method_label"] = "Bunga Efektif";
  CHECK(run_error("recommend", undocumented, {.format = "kocek", .product_json = {}}).at("code") == "invalid_value");
  undocumented["application"]["loan_interest_method_label"] = "Bunga Menurun";
  CHECK(run_command("recommend", undocumented.dump(), {.format = "kocek", .product_json = {}}).ok);
  json flat = kocek_seed();
  flat["application"]["loan_interest_method"] = 1;
  flat["application"]["loan_interest_method_label"] = "Bunga Flat";
  CHECK(run_command("recommend", flat.dump(), {.format = "kocek", .product_json = {}}).ok);
}

TEST_CASE("property: protected attributes change nothing") {
  json seed = kocek_seed();
  const std::string base = run_command("recommend", seed.dump(), {.format = "kocek", .product_json = {}}).json;
  for (const char* gender : {"p", "L", "P", ""}) {
    seed["character"]["gender"] = gender;
    CHECK(run_command("recommend", seed.dump(), {.format = "kocek", .product_json = {}}).json == base);
  }
  json qualifying = kocek_seed();
  qualifying["internal_data"]["collectability"] = "Lancar";
  qualifying["income"][0]["value"] = "5000000-6000000";
  const std::string approved = run_command("recommend", qualifying.dump(), {.format = "kocek", .product_json = {}}).json;
  qualifying["character"]["gender"] = "p";
  qualifying["character"]["religion"] = "Hindu";
  qualifying["character"]["marital_status"] = "KAWIN";
  CHECK(run_command("recommend", qualifying.dump(), {.format = "kocek", .product_json = {}}).json == approved);

  json own = own_request();
  const std::string own_base = run_ok("recommend", own).dump();
  for (const auto& [key, values] : std::vector<std::pair<const char*, std::vector<const char*>>>{
           {"gender", {"female", "male", "x"}}, {"religion", {"Islam", "Katolik", "none"}}, {"marital_status", {"KAWIN", "BELUM KAWIN"}}}) {
    for (const char* value : values) {
      json request = own;
      request["applicant"][key] = value;
      CHECK(run_ok("recommend", request).dump() == own_base);
    }
  }
}

TEST_CASE("recommend: our own format") {
  const json out = run_ok("recommend", own_request());
  CHECK(out.at("decision") == "PRE_APPROVED");
  CHECK(out.at("currency") == "IDR");
  CHECK(out.at("product").at("id") == "id-koperasi-kocek");
  // Rp 10,000,000 flat at 1 % a month for 24 months: 10,000,000 × (1/24 + 0.01) = 516,666.67 → up
  // to Rp 100: 516,700; DSR (500,000 + 516,700) / 5,000,000 = 20.334 %.
  CHECK(out.at("recommendation").at("plafon") == 10000000);
  CHECK(out.at("recommendation").at("tenure_months") == 24);
  CHECK(out.at("recommendation").at("installment") == 516700);
  CHECK(out.at("recommendation").at("dsr_pct") == 20.334);
  CHECK(out.at("binding_constraint") == "REQUESTED");
  CHECK(out.at("weights").at("capacity") == 35.0);
  CHECK(out.at("risk_score") == static_cast<int>(std::round(1300.0 - 10.0 * out.at("composite").get<double>())));
}

TEST_CASE("recommend: own-format errors and --product") {
  json request = own_request();
  request.erase("product_id");
  CHECK(run_error("recommend", request).at("field") == "product_id");
  request = own_request();
  request["loan"]["termMonths"] = 3;
  CHECK(run_error("recommend", request).at("field") == "loan.termMonths");
  request = own_request();
  request["applicant"]["monthly_income"] = json{{"low", 7}, {"high", 5}};
  CHECK(run_error("recommend", request).at("field") == "applicant.monthly_income.high");
  request = own_request();
  request["loan"]["method"] = "balloon";
  CHECK(run_error("recommend", request).at("field") == "loan.method");
  CHECK(run_error("recommend", own_request(), {.format = "creditas", .product_json = {}}).at("field") == "--format");

  // --product overrides the sample; results name the product version they were computed with.
  json product = json::parse(read_text("core/products/id-koperasi-kocek.json"));
  product["version"] = "2026.2-test";
  const json out = run_ok("recommend", own_request(), {.format = {}, .product_json = product.dump()});
  CHECK(out.at("product").at("version") == "2026.2-test");
  product["scoring"]["weights"]["capacity"] = "35";
  const json error = run_error("recommend", own_request(), {.format = {}, .product_json = product.dump()});
  CHECK(error.at("field") == "--product.scoring.weights.capacity");
  CHECK(error.at("code") == "invalid_type");
}
