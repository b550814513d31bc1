#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "loansim/api.hpp"

using namespace loansim;
using nlohmann::json;

namespace {

const std::string kExample =
    R"({"principal":10000,"currency":"USD","annual_rate_pct":12,"method":"annuity","term":12,"term_unit":"month",)"
    R"("start_date":"2025-01-15","first_due_date":"2025-02-15")";

json run(const std::string& request, const char* command = "schedule") {
  const auto response = run_command(command, request);
  INFO(response.json);
  REQUIRE(response.ok);
  return json::parse(response.json);
}

json error_of(const std::string& request) {
  const auto response = run_command("schedule", request);
  INFO(response.json);
  REQUIRE_FALSE(response.ok);
  return json::parse(response.json).at("error");
}

}  // namespace

TEST_CASE("api schedule: the issue's example, row for row") {
  const json result = run(kExample + "}");
  const json& rows = result.at("installments");
  REQUIRE(rows.size() == 12);
  // The issue's contract row: 888.49 = 788.49 principal + 100.00 interest, balance 9,211.51
  // (numpy_financial.pmt(0.01, 12, 10000) = -888.4878867834161; 1 % of 10,000 = 100).
  CHECK(rows[0].dump() ==
        R"({"balance":9211.51,"due_date":"2025-02-15","fees":0.0,"interest":100.0,"number":1,"payment":888.49,"principal":788.49})");
  CHECK(rows[11].at("due_date") == "2026-01-15");
  CHECK(rows[11].at("balance") == 0.0);
  // 11 × 888.49 + 888.47 (the last installment carries the residue) = 10,661.86.
  CHECK(result.at("totals").dump() == R"({"fees":0.0,"interest":661.86,"payment":10661.86,"principal":10000.0})");
  CHECK(result.at("currency") == "USD");
  CHECK(result.at("disbursed") == 10000.0);
  CHECK(result.at("amount_financed") == 10000.0);
  CHECK(result.at("upfront_fees") == 0.0);
  CHECK_FALSE(result.contains("cost_of_credit"));  // only when asked: it solves for a rate
}

TEST_CASE("api schedule: cost_of_credit irr_apr, the customer's IRR × 12 and compounded") {
  // The installments are the 1 %-a-month annuity to the cent, so the customer's IRR is 1 % a month:
  // APR 12 % (1 % × 12), effective 1.01^12 − 1 = 12.6825 %. Rounding to cents (888.49 eleven times,
  // 888.47 once) moves them only in the fourth decimal.
  const json cost = run(kExample + R"(,"cost_of_credit":{"standard":"irr_apr"}})").at("cost_of_credit");
  CHECK(cost.at("standard") == "irr_apr");
  CHECK(cost.at("annual_pct").get<double>() == doctest::Approx(12.0).epsilon(1e-5));
  CHECK(cost.at("periodic_pct").get<double>() == doctest::Approx(1.0).epsilon(1e-5));
  CHECK(cost.at("unit_periods_per_year") == 12.0);
  CHECK(cost.at("effective_annual_pct").get<double>() == doctest::Approx(12.6825).epsilon(1e-5));
  CHECK(cost.at("disclosed_annual_pct") == 12.0);
  CHECK(cost.at("disclosed_periodic_pct") == 1.0);
  CHECK_FALSE(cost.contains("iof"));
  // The same loan's schedule, asked or not.
  json schedule = run(kExample + R"(,"cost_of_credit":{"standard":"irr_apr"}})");
  schedule.erase("cost_of_credit");
  CHECK(schedule == run(kExample + "}"));
}

TEST_CASE("api schedule: fees raise the cost of credit above the nominal rate") {
  // 100.00 kept back from the disbursement: the customer receives 9,900 and repays the same
  // installments, a higher IRR; a fee of 5.00 with every installment raises it again.
  const auto annual = [](const std::string& options) {
    return run(kExample + options + R"(,"cost_of_credit":{"standard":"reg_z_apr"}})").at("cost_of_credit").at("annual_pct").get<double>();
  };
  const double nominal = annual("");
  const double deducted = annual(R"(,"upfront_fees":[{"amount":100}])");
  const double both = annual(R"(,"upfront_fees":[{"amount":100}],"installment_fees":[{"amount":5}])");
  CHECK(deducted > nominal + 1.0);
  CHECK(both > deducted + 1.0);
  // Financing the fee instead adds it to what the installments repay: the APR rises too.
  CHECK(annual(R"(,"upfront_fees":[{"amount":100,"financed":true}])") > nominal + 1.0);
  // Fees that leave 0.01 to disburse need a rate beyond any the engine searches: null figures,
  // with the schedule itself still given.
  const json extreme = run(kExample + R"(,"upfront_fees":[{"amount":9999.99}],"cost_of_credit":{"standard":"irr_apr"}})");
  for (const char* figure : {"annual_pct", "periodic_pct", "unit_periods_per_year", "effective_annual_pct", "disclosed_annual_pct",
                             "disclosed_periodic_pct"}) {
    CHECK(extreme.at("cost_of_credit").at(figure).is_null());
  }
  CHECK(extreme.at("installments").size() == 12);
}

TEST_CASE("api schedule: a CET with the IOF paid up front is the apr command's over the iof command's flows") {
  // What a Brazilian customer sees (docs/api.md, `iof` and `apr`): the IOF of the schedule's
  // amortisations on its amount financed, paid on the release date, and the CET of the amount
  // disbursed against that IOF and every installment. The schedule command nets the IOF from the
  // advance (the Banco Central's FC0): the same time 0, so the same CET.
  const std::string loan =
      R"({"principal":50000,"currency":"BRL","annual_rate_pct":24,"term":60,"start_date":"2025-01-15")";
  const json result = run(loan + R"(,"cost_of_credit":{"standard":"br_cet","iof":{"borrower":"individual"}}})");
  const json& rows = result.at("installments");
  json amortizations = json::array(), payments = json::array();
  for (const json& row : rows) {
    amortizations.push_back({{"date", row.at("due_date")}, {"amount", row.at("principal")}});
    payments.push_back({{"date", row.at("due_date")}, {"amount", row.at("payment")}});
  }
  const json tax = run(json{{"borrower", "individual"},
                            {"amount", result.at("amount_financed")},
                            {"disbursement_date", "2025-01-15"},
                            {"amortizations", amortizations}}.dump(),
                       "iof");
  payments.push_back({{"date", "2025-01-15"}, {"amount", tax.at("iof")}});
  const json advances = json::array({{{"date", "2025-01-15"}, {"amount", result.at("disbursed")}}});
  const json cet = run(json{{"standard", "br_cet"}, {"advances", advances}, {"payments", payments}}.dump(), "apr");
  const json& cost = result.at("cost_of_credit");
  CHECK(cost.at("iof") == json{{"daily", tax.at("iof_daily")}, {"additional", tax.at("iof_additional")}, {"total", tax.at("iof")},
                               {"financed", false}});
  CHECK(cost.at("disclosed_annual_pct") == cet.at("disclosed_apr_pct"));
  CHECK(cost.at("annual_pct").get<double>() == doctest::Approx(cet.at("apr_pct").get<double>()).epsilon(1e-12));
  CHECK(cost.at("periodic_pct").get<double>() == doctest::Approx(cet.at("cet_monthly_pct").get<double>()).epsilon(1e-12));
  // The IOF changes nothing in the schedule itself when the customer pays it.
  CHECK(rows == run(loan + "}").at("installments"));
}

TEST_CASE("api schedule: a financed IOF is in the amount financed, never disbursed") {
  // R$ 10,000 repaid after 30 days: F = 10,000 / (1 − 0.000082 × 30 − 0.0038) = 10,062.99 (the
  // `iof` command's financed example in docs/api.md).
  const json result = run(R"({"principal":10000,"currency":"BRL","annual_rate_pct":0,"method":"bullet","term":30,"term_unit":"day",)"
                          R"("start_date":"2025-01-15","cost_of_credit":{"standard":"br_cet","iof":{"borrower":"individual","financed":true}}})");
  CHECK(result.at("amount_financed") == 10'062.99);
  CHECK(result.at("upfront_fees") == 62.99);
  CHECK(result.at("disbursed") == 10'000.0);
  CHECK(result.at("cost_of_credit").at("iof") == json{{"daily", 24.75}, {"additional", 38.24}, {"total", 62.99}, {"financed", true}});
  // 10,000 received, 10,062.99 repaid 30 days later: (1.0062990)^(365/30) − 1 = 7.94 % a year.
  CHECK(result.at("cost_of_credit").at("disclosed_annual_pct") == 7.94);
}

TEST_CASE("api schedule: defaults are an annuity in months with a regular first period") {
  const json result = run(R"({"principal":10000,"currency":"USD","annual_rate_pct":12,"term":12,"start_date":"2025-01-15"})");
  CHECK(result == run(kExample + "}"));
}

TEST_CASE("api schedule: every option, read from JSON") {
  const json result = run(
      R"({"principal":10000000,"currency":"IDR","annual_rate_pct":18,"method":"flat","term":12,"start_date":"2025-01-31",)"
      R"("business_days":{"convention":"modified_following","holidays":["2025-12-25","2025-03-31"]},)"
      R"("grace":{"periods":2,"interest":"capitalised"},)"
      R"("upfront_fees":[{"pct":1,"financed":false},{"amount":50000,"financed":true}],)"
      R"("installment_fees":[{"amount":5000},{"pct_of_balance":0.05}],)"
      R"("rounding":{"mode":"up","increment":100,"residue":"first"},)"
      R"("prepayments":[{"installment":6,"amount":1000000,"then":"lower_installment"}]})");
  const json& rows = result.at("installments");
  // Upfront: 1 % of Rp 10,000,000 kept back; Rp 50,000 financed.
  CHECK(result.at("disbursed") == 9'900'000.0);
  CHECK(result.at("amount_financed") == 10'050'000.0);
  CHECK(result.at("upfront_fees") == 150'000.0);
  // Holidays may come in any order. Feb 28 2025 is a Friday; Mar 31 (a Monday) is a holiday and moving it forward would leave
  // March, so it moves back to Friday Mar 28.
  CHECK(rows[0].at("due_date") == "2025-02-28");
  CHECK(rows[1].at("due_date") == "2025-03-28");
  // Capitalised grace: 1.5 % of 10,050,000 = 150,750 joins the balance; the row pays only its
  // fees: 5,000 + 0.05 % of 10,050,000 = 5,025 → 10,025.
  CHECK(rows[0].at("capitalised_interest") == 150'750.0);
  CHECK(rows[0].at("payment") == 10'025.0);
  CHECK(rows[0].at("balance") == 10'200'750.0);
  CHECK(rows[5].at("prepayment") == 1'000'000.0);
  CHECK(rows.back().at("balance") == 0.0);
  CHECK(result.at("totals").contains("capitalised_interest"));
  CHECK(result.at("totals").at("prepayment") == 1'000'000.0);
}

TEST_CASE("api schedule: a day tenor, a bullet and a day count") {
  // Rp 1,000,000 for 4 days at 36 %: 1,000,000 × 0.36 × 4 / 365 = 3,945.2 → Rp 3,945.
  const json day = run(R"({"principal":1000000,"currency":"IDR","annual_rate_pct":36,"method":"bullet","term":4,)"
                       R"("term_unit":"day","start_date":"2021-10-21"})");
  // One payment after 4 days: the period is the whole tenor, 365 / 4 of them a year, at a rate of
  // 3,945 / 1,000,000: APR = 0.003945 × 365 / 4 = 35.998 %.
  const json cost = run(R"({"principal":1000000,"currency":"IDR","annual_rate_pct":36,"method":"bullet","term":4,)"
                       R"("term_unit":"day","start_date":"2021-10-21","cost_of_credit":{"standard":"irr_apr"}})").at("cost_of_credit");
  CHECK(cost.at("annual_pct").get<double>() == doctest::Approx(0.003945 * 365 / 4 * 100).epsilon(1e-12));
  CHECK(cost.at("unit_periods_per_year").get<double>() == doctest::Approx(365.0 / 4).epsilon(1e-15));
  CHECK(day.at("installments").dump() ==
        R"([{"balance":0.0,"due_date":"2021-10-25","fees":0.0,"interest":3945.0,"number":1,"payment":1003945.0,"principal":1000000.0}])");
  // ACT/360: Jan 15 → Feb 15 is 31 days: 10,000 × 12 % × 31 / 360 = 103.33.
  const json act = run(kExample + R"(,"day_count":"act/360"})");
  CHECK(act.at("installments")[0].at("interest") == 103.33);
}

TEST_CASE("api schedule: bad requests name the offending field") {
  const auto check = [](const std::string& request, const char* code, const char* field) {
    const json error = error_of(request);
    CHECK(error.at("code") == code);
    CHECK(error.at("field") == field);
  };
  check(kExample + R"(,"trem":3})", "unknown_field", "trem");
  check(kExample + R"(,"grace":{"period":2}})", "missing_field", "grace.periods");
  check(kExample + R"(,"grace":{"periods":2,"typo":1}})", "unknown_field", "grace.typo");
  check(R"({"principal":10000,"currency":"USD","annual_rate_pct":12,"method":"balloon","term":12,"start_date":"2025-01-15"})",
        "invalid_value", "method");
  check(R"({"principal":10000,"currency":"USD","annual_rate_pct":12,"term":3661,"term_unit":"day","start_date":"2025-01-15"})",
        "out_of_range", "term");
  check(R"({"principal":10000,"currency":"USD","annual_rate_pct":12,"term":651,"term_unit":"fortnight","start_date":"2025-01-15"})",
        "out_of_range", "term");
  check(R"({"principal":10000,"currency":"USD","annual_rate_pct":1001,"term":12,"start_date":"2025-01-15"})",
        "out_of_range", "annual_rate_pct");
  check(R"({"principal":0,"currency":"USD","annual_rate_pct":12,"term":12,"start_date":"2025-01-15"})", "out_of_range",
        "principal");
  check(R"({"principal":10000.001,"currency":"USD","annual_rate_pct":12,"term":12,"start_date":"2025-01-15"})",
        "invalid_value", "principal");
  check(R"({"principal":10000,"currency":"USD","annual_rate_pct":12,"term":12,"start_date":"2025-02-30"})", "invalid_value",
        "start_date");
  check(R"({"principal":10000,"currency":"USD","annual_rate_pct":12,"term":12})", "missing_field", "start_date");
  check(kExample + R"(,"business_days":{"convention":"following","holidays":["2025-12-25",7]}})", "invalid_type",
        "business_days.holidays[1]");
  check(kExample + R"(,"upfront_fees":[{"financed":true}]})", "missing_field", "upfront_fees[0].amount");
  check(kExample + R"(,"installment_fees":[{"pct_of_balance":101}]})", "out_of_range", "installment_fees[0].pct_of_balance");
  check(kExample + R"(,"rounding":{"increment":0}})", "out_of_range", "rounding.increment");
  check(kExample + R"(,"rounding":{"residue":"first"}})", "invalid_value", "rounding.residue");
  check(kExample + R"(,"prepayments":[{"installment":3,"amount":9000}]})", "out_of_range", "prepayments[0].amount");
  check(R"({"principal":10000,"currency":"USD","annual_rate_pct":12,"term":12,"start_date":"2025-01-15",)"
        R"("first_due_date":"2025-01-10"})",
        "out_of_range", "first_due_date");
  check(kExample + R"(,"day_count":"act/act"})", "invalid_value", "day_count");
  CHECK(run_command("schedule", kExample + "}", {.format = "kocek", .product_json = {}}).ok == false);
}
