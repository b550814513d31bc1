#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "loansim/api.hpp"

using namespace loansim;
using nlohmann::json;

namespace {
json ok(std::string_view command, const std::string& request) {
  const auto response = run_command(command, request);
  INFO(response.json);
  REQUIRE(response.ok);
  return json::parse(response.json);
}
json error_of(std::string_view command, const std::string& request) {
  const auto response = run_command(command, request);
  INFO(response.json);
  REQUIRE_FALSE(response.ok);
  return json::parse(response.json).at("error");
}
}  // namespace

TEST_CASE("api apr: Appendix J (c)(1)(i) dated, a series of 24 monthly payments, 9.69 %") {
  // 12 CFR 1026 Appendix J (c)(1)(i): $5,000 advanced 1-10-78, 24 payments of $230 from 2-10-78.
  const auto result = ok("apr", R"({"standard":"us_reg_z","advances":[{"date":"1978-01-10","amount":5000}],
      "payments":[{"amount":230,"count":24,"first_date":"1978-02-10"}],"unit_period":"month"})");
  CHECK(result.at("disclosed_apr_pct") == 9.69);
  CHECK(result.at("apr_pct").get<double>() == doctest::Approx(9.69).epsilon(0.005 / 9.69));
  CHECK(result.at("regular") == true);
  CHECK(result.at("tolerance_pct") == 0.125);
  CHECK(result.at("unit_periods_per_year") == 12.0);
  CHECK(result.at("advances_total") == 5000.0);
  CHECK(result.at("payments_total") == 5520.0);
}

TEST_CASE("api apr: Appendix J examples written as the appendix writes them, by position") {
  // (c)(1)(ii): 36 payments of $200, t = 1, f = .6333, $6,000 advanced: 11.82 %.
  auto result = ok("apr", R"({"standard":"us_reg_z","advances":[{"period":0,"amount":6000}],
      "payments":[{"amount":200,"count":36,"period":1,"fraction":0.6333}]})");
  CHECK(result.at("disclosed_apr_pct") == 11.82);
  // (c)(2)(ii): every 4 weeks (13 a year), $39.50 then 11 × $38.31, f = 5/28: 28.50 %.
  result = ok("apr", R"({"standard":"us_reg_z","unit_periods_per_year":13,"advances":[{"period":0,"amount":400}],
      "payments":[{"amount":39.50,"period":1,"fraction":0.17857142857142858},
                  {"amount":38.31,"count":11,"period":2,"fraction":0.17857142857142858}]})");
  CHECK(result.at("disclosed_apr_pct") == 28.5);
  // (c)(6)(i): skipped payments make it irregular, 12.00 % within 1/4 point.
  result = ok("apr", R"({"standard":"us_reg_z","unit_periods_per_year":13,"advances":[{"period":0,"amount":2135}],
      "payments":[{"amount":100,"count":9,"period":0,"fraction":0.9285714285714286},
                  {"amount":100,"count":6,"period":10,"fraction":0.42857142857142855},
                  {"amount":100,"count":6,"period":16,"fraction":0.9285714285714286},
                  {"amount":100,"count":3,"period":23,"fraction":0.42857142857142855}]})");
  CHECK(result.at("disclosed_apr_pct") == 12.0);
  CHECK(result.at("regular") == false);
  CHECK(result.at("tolerance_pct") == 0.25);
}

TEST_CASE("api apr: Appendix J (c)(5)(i), a 255-day unit period given as unit periods a year") {
  const auto result = ok("apr", R"({"standard":"us_reg_z","unit_periods_per_year":1.4313725490196079,
      "advances":[{"date":"1978-01-03","amount":1000}],"payments":[{"date":"1978-09-15","amount":1080}]})");
  CHECK(result.at("disclosed_apr_pct") == 11.45);
}

TEST_CASE("api apr: Brazil CET, the Banco Central example and calendar days") {
  // Banco Central do Brasil FAQ "Custo Efetivo Total": FC0 = 940, 5 × 205.73: 43.93 % a.a., 3.08 % a.m.
  auto result = ok("apr", R"({"standard":"br_cet","advances":[{"period":0,"amount":940}],
      "payments":[{"amount":205.73,"count":5,"period":1}]})");
  CHECK(result.at("disclosed_apr_pct") == 43.93);
  CHECK(result.at("disclosed_cet_monthly_pct") == 3.08);
  CHECK(result.at("currency") == "BRL");
  // R$ 1,000 released 2025-01-15, R$ 1,100 paid 2026-01-15 (365 days): 10 % a year exactly.
  result = ok("apr", R"({"standard":"br_cet","advances":[{"date":"2025-01-15","amount":1000}],
      "payments":[{"date":"2026-01-15","amount":1100}]})");
  CHECK(result.at("apr_pct").get<double>() == doctest::Approx(10.0).epsilon(1e-13));
  CHECK(result.at("disclosed_apr_pct") == 10.0);
}

TEST_CASE("api apr: EU APRC on days or months, one decimal") {
  // €1,000 then €1,100 a year (365 days) later: 10.0 %.
  auto result = ok("apr", R"({"standard":"eu_ccd","advances":[{"date":"2025-03-01","amount":1000}],
      "payments":[{"date":"2026-03-01","amount":1100}]})");
  CHECK(result.at("disclosed_apr_pct") == 10.0);
  CHECK(result.at("time_basis") == "days");
  CHECK(result.at("currency") == "EUR");
  // 12 × 88.85 monthly on twelfths of a year: (1 + monthly IRR)^12 − 1, 12.7 % to one decimal.
  result = ok("apr", R"({"standard":"eu_ccd","time_basis":"months","advances":[{"date":"2025-03-01","amount":1000}],
      "payments":[{"amount":88.85,"count":12,"first_date":"2025-04-01"}]})");
  CHECK(result.at("disclosed_apr_pct") == 12.7);
  CHECK(result.at("time_basis") == "months");
}

TEST_CASE("api apr: India KFS APR with the fee withheld at disbursement, and plain irr") {
  // RBI KFS circular (2024) Annex B illustration as transcribed: Rs 20,000 sanctioned, Rs 400 fees,
  // 24 EMIs of Rs 970: 17.10 %.
  auto result = ok("apr", R"({"standard":"in_rbi","advances":[{"date":"2024-10-01","amount":20000}],
      "payments":[{"date":"2024-10-01","amount":400},{"amount":970,"count":24,"first_date":"2024-11-01"}]})");
  CHECK(result.at("disclosed_apr_pct") == 17.1);
  CHECK(result.at("currency") == "INR");
  CHECK(result.at("unit_periods_per_year") == 12.0);
  // irr: 100 now, 110 a year later, yearly unit period: 10 % nominal and effective.
  result = ok("apr", R"({"standard":"irr","unit_period":"year","advances":[{"date":"2025-01-01","amount":100}],
      "payments":[{"date":"2026-01-01","amount":110}]})");
  CHECK(result.at("apr_pct").get<double>() == doctest::Approx(10.0).epsilon(1e-13));
  CHECK(result.at("effective_annual_rate_pct").get<double>() == doctest::Approx(10.0).epsilon(1e-13));
}

TEST_CASE("api apr: every bad request is the error contract, with the field") {
  const auto base = [](const std::string& extra, const std::string& payments) {
    return R"({"standard":"us_reg_z","advances":[{"date":"2025-01-15","amount":1000}],"payments":)" + payments + extra + "}";
  };
  const std::string monthly = R"([{"amount":100,"count":12,"first_date":"2025-02-15"}])";
  CHECK(error_of("apr", R"({"advances":[],"payments":[]})").at("field") == "standard");
  CHECK(error_of("apr", base(R"(,"unit_period":"moon")", monthly)).at("field") == "unit_period");
  auto e = error_of("apr", base(R"(,"unit_period":"month","unit_periods_per_year":12)", monthly));
  CHECK(e.at("field") == "unit_periods_per_year");
  e = error_of("apr", base(R"(,"unit_periods_per_year":10)", monthly));
  CHECK(e.at("code") == "invalid_value");
  CHECK(e.at("field") == "unit_periods_per_year");
  e = error_of("apr", base("", R"([{"amount":100,"period":1,"date":"2025-02-15"}])"));
  CHECK(e.at("field") == "payments[0]");
  e = error_of("apr", base("", R"([{"amount":100,"period":1}])"));
  CHECK(e.at("field") == "payments[0]");  // dated advance, positioned payment
  e = error_of("apr", base("", R"([{"amount":100,"count":1301,"first_date":"2025-02-15"}])"));
  CHECK(e.at("code") == "out_of_range");
  e = error_of("apr", base("", R"([{"amount":100,"count":1000,"first_date":"2025-02-15"},{"amount":1,"count":400,"first_date":"2025-02-15"}])"));
  CHECK(e.at("field") == "payments[1]");
  e = error_of("apr", base("", R"([{"amount":100,"count":12,"first_date":"2200-02-15"}])"));
  CHECK(e.at("code") == "out_of_range");
  e = error_of("apr", base("", R"([{"amount":100.001,"date":"2025-02-15"}])"));
  CHECK(e.at("field") == "payments[0].amount");
  e = error_of("apr", base("", R"([{"amount":1e14,"date":"2025-02-15"}])"));
  CHECK(e.at("code") == "out_of_range");
  e = error_of("apr", base("", R"([{"amount":100,"date":"2025-02-30"}])"));
  CHECK(e.at("field") == "payments[0].date");
  e = error_of("apr", base("", R"([{"amount":100,"date":"2025-02-15","cnt":2}])"));
  CHECK(e.at("code") == "unknown_field");
  CHECK(e.at("field") == "payments[0].cnt");
  e = error_of("apr", base(R"(,"time_basis":"days")", monthly));
  CHECK(e.at("field") == "time_basis");  // only eu_ccd has one
  e = error_of("apr", base("", "[]"));
  CHECK(e.at("code") == "no_solution");
  e = error_of("apr", R"({"standard":"us_reg_z","advances":[{"period":0,"amount":100}],"payments":[{"period":1,"amount":100,"fraction":1}]})");
  CHECK(e.at("field") == "payments[0].fraction");
  e = error_of("apr", R"({"standard":"us_reg_z","advances":[{"period":0,"amount":100}],"payments":[{"period":1.5,"amount":100}]})");
  CHECK(e.at("field") == "payments[0].period");
  e = error_of("apr", base(R"(,"currency":"XYZ")", monthly));
  CHECK(e.at("field") == "currency");
}

TEST_CASE("api iof: upfront and financed") {
  // R$ 10,000.00 for an individual, one amortisation 30 days out: 24.60 + 38.00 (Decreto 6.306/2007
  // art. 7 rates, by hand: 10,000 × 0.000082 × 30 and 10,000 × 0.0038).
  auto result = ok("iof", R"({"borrower":"individual","amount":10000,"disbursement_date":"2025-01-15",
      "amortizations":[{"date":"2025-02-14","amount":10000}]})");
  CHECK(result.at("iof_daily") == 24.6);
  CHECK(result.at("iof_additional") == 38.0);
  CHECK(result.at("iof") == 62.6);
  CHECK(result.at("financed") == false);
  // Financed: 10,062.99 = 10,000 + 62.99, its own IOF (hand derivation in iof_test.cpp).
  result = ok("iof", R"({"borrower":"individual","amount":10000,"disbursement_date":"2025-01-15",
      "amortizations":[{"date":"2025-02-14","amount":10000}],"financed":true})");
  CHECK(result.at("financed_amount") == 10062.99);
  CHECK(result.at("released_amount") == 10000.0);
  CHECK(result.at("iof") == 62.99);
  CHECK(result.at("amortizations").at(0).at("amount") == 10062.99);
  // Company rate and rates given by the request (a later decree): 0.0082 % a day and 0.95 %.
  result = ok("iof", R"({"borrower":"company","amount":10000,"disbursement_date":"2025-01-15",
      "amortizations":[{"date":"2025-02-14","amount":10000}],"daily_rate_pct":0.0082,"additional_rate_pct":0.95})");
  CHECK(result.at("iof_daily") == 24.6);
  CHECK(result.at("iof_additional") == 95.0);
}

TEST_CASE("api iof: bad requests") {
  auto e = error_of("iof", R"({"borrower":"individual","amount":10000,"disbursement_date":"2025-01-15",
      "amortizations":[{"date":"2025-01-14","amount":10000}]})");
  CHECK(e.at("field") == "amortizations[0].due_date");
  e = error_of("iof", R"({"borrower":"individual","amount":10000,"disbursement_date":"2025-01-15",
      "amortizations":[{"date":"2025-02-14","amount":9000}]})");
  CHECK(e.at("field") == "amortizations");
  e = error_of("iof", R"({"borrower":"person","amount":10000,"disbursement_date":"2025-01-15","amortizations":[]})");
  CHECK(e.at("field") == "borrower");
  e = error_of("iof", R"({"borrower":"individual","amount":10000,"disbursement_date":"2025-01-15","amortizations":[]})");
  CHECK(e.at("field") == "amortizations");
  e = error_of("iof", R"({"borrower":"individual","amount":10000,"disbursement_date":"2025-01-15",
      "amortizations":[{"date":"2025-02-14","amount":10000}],"daily_rate_pct":2})");
  CHECK(e.at("code") == "out_of_range");
}
