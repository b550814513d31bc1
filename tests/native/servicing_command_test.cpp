// `servicing`: our own format, seed 001's Dompet Kilat repayment callback as-is, and Credgenics'
// loan and default records (seed 004).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "api_test_support.hpp"
#include "loansim/api.hpp"

using namespace loansim;
using nlohmann::json;
using namespace loansim::test_support;

namespace {

json run_ok(const json& request, std::string_view format = "") { return test_support::run_ok("servicing", request, {.format = format}); }
json run_error(const json& request, std::string_view format = "") { return test_support::run_error("servicing", request, {.format = format}); }

// Seed 001's repayment callback, verbatim.
json dompetkilat_callback() {
  return json::parse(R"({
    "transactionId"  : "cb82f2ea-901d-49cc-97d3-34846d8d8e29",
    "loanCode" : "LC1635132008",
    "bankCode" : "BNI",
    "paymentAccountNumber" : "8808999966040139",
    "status" : "completed",
    "loanAmount" : 1000000,
    "loanAmountPaid" : 250000,
    "tenor": 4,
    "tenorUnit" : "day",
    "numberOfPay" : 1,
    "histories": [
        {
            "transactionTime": "2021-10-25T15:20:16.921Z",
            "paymentAmount": 250000
        }
    ]
  })");
}

// Seed 004's Add Loan example: ₹50,000 at 18 % over 12 months from 2018-04-06.
json credgenics_loan() {
  return json::parse(R"({"currency": "INR", "principal": 50000, "annual_rate_pct": 18, "term": 12, "start_date": "2018-04-06"})");
}

}  // namespace

TEST_CASE("servicing --format dompetkilat: seed 001's repayment callback, as-is") {
  // The callback carries no rate and no dates: the loan's terms come beside it. A 4-day tenor of
  // Rp 1,000,000 at 0 %, disbursed on 2021-10-21: one payment of Rp 1,000,000 due 2021-10-25.
  const json request = {{"as_of", "2021-10-30"},
                        {"loan", {{"currency", "IDR"}, {"principal", 1000000}, {"annual_rate_pct", 0}, {"term", 4}, {"term_unit", "day"}, {"start_date", "2021-10-21"}}},
                        {"repayment", dompetkilat_callback()}};
  const json result = run_ok(request, "dompetkilat");
  // 2021-10-25T15:20:16.921Z is 22:20 WIB the same day: on the due date, Rp 250,000 of 1,000,000.
  CHECK(result.at("installments")[0].at("paid").at("principal") == 250000);
  CHECK(result.at("paid").at("total") == 250000);
  CHECK(result.at("outstanding").at("principal") == 750000);
  // As of Oct 30 the rest is 30 − 25 = 5 days past due.
  CHECK(result.at("days_past_due") == 5);
  CHECK(result.at("dpd_bracket") == "1-30");
  CHECK(result.at("status") == "active");
  // The callback says "completed" with a quarter paid: reported, not trusted.
  CHECK(result.at("warnings").size() == 1);
  CHECK(result.at("warnings")[0].get<std::string>().find("repayment.status 'completed'") == 0);

  // A payment at 18:00Z is 01:00 WIB the next day.
  json late = request;
  late["repayment"]["histories"][0]["transactionTime"] = "2021-10-24T18:00:00Z";
  CHECK(run_ok(late, "dompetkilat").at("installments")[0].at("paid_on") == nullptr);
  late["repayment"]["histories"][0]["paymentAmount"] = 1000000;
  CHECK(run_ok(late, "dompetkilat").at("installments")[0].at("paid_on") == "2021-10-25");
  // Totals that contradict the histories are named.
  late["repayment"]["loanAmountPaid"] = 999;
  const json warned = run_ok(late, "dompetkilat");
  CHECK(warned.at("warnings")[0].get<std::string>().find("repayment.loanAmountPaid") == 0);
}

TEST_CASE("servicing --format credgenics: the loan and default record fields") {
  // Nothing paid: as of 2019-04-07 every installment from 2018-05-06 is due; DPD = 2018-05-06 →
  // 2019-04-07 = 336 days.
  const json result = run_ok({{"as_of", "2019-04-07"}, {"loan", credgenics_loan()}}, "credgenics");
  const json& loan = result.at("loan_details");
  CHECK(loan.at("total_loan_amount") == 50000);
  CHECK(loan.at("loan_tenure") == 12);
  // EMI: 50,000 × 0.015 / (1 − 1.015^−12) = 4,583.99…, whole rupees as Credgenics types it.
  CHECK(loan.at("emi_amount") == 4584);
  CHECK(loan.at("interest_on_loan") == 18);
  CHECK(loan.at("client_loan_sanction_date") == "2018-04-06");
  CHECK(loan.at("loan_end_date") == "2019-04-06");
  CHECK(loan.at("tenure_finished") == true);
  const json& record = loan.at("defaults").at(0);
  CHECK(record.at("allocation_month") == "2019-4-01");
  CHECK(record.at("date_of_default") == "2018-05-06");
  CHECK(record.at("default_emi_number") == 1);
  CHECK(record.at("allocation_dpd_value") == 336);
  CHECK(record.at("allocation_dpd_bracket") == "180+");
  CHECK(record.at("principal_outstanding_amount") == 50000);
  CHECK(record.at("expected_emi_principal_amount").get<int>() + record.at("expected_emi_interest_amount").get<int>() ==
        record.at("expected_emi").get<int>());
  CHECK(result.at("loansim").at("status") == "active");
}

TEST_CASE("servicing: own format with explicit installments, paid in full on time") {
  const json request = json::parse(R"({"as_of": "2025-05-01", "currency": "IDR",
    "installments": [{"due_date": "2025-03-01", "principal": 500000, "interest": 20000},
                     {"due_date": "2025-04-01", "principal": 500000, "interest": 10000, "fees": 5000}],
    "payments": [{"date": "2025-03-01", "amount": 520000}, {"date": "2025-04-01", "amount": 515000}]})");
  const json result = run_ok(request);
  CHECK(result.at("status") == "completed");
  CHECK(result.at("days_past_due") == 0);
  CHECK(result.at("dpd_bracket") == "0");
  CHECK(result.at("paid").at("fees") == 5000);
  CHECK(result.at("expected_emi").at("installment") == nullptr);
}

TEST_CASE("servicing: errors name their field") {
  CHECK(run_error({{"as_of", "2025-01-01"}}).at("field") == "loan");
  CHECK(run_error({{"as_of", "2025-01-01"}, {"loan", credgenics_loan()}, {"payments", {{{"date", "2025-02-01"}, {"amount", 10}}}}}).at("field") ==
        "payments[0].date");
  CHECK(run_error({{"as_of", "2025-01-01"}, {"loan", {{"currency", "INR"}}}}).at("field") == "loan.principal");
  json request = {{"as_of", "2021-10-30"}, {"loan", credgenics_loan()}, {"repayment", dompetkilat_callback()}};
  request["repayment"]["histories"][0]["transactionTime"] = "25/10/2021";
  CHECK(run_error(request, "dompetkilat").at("field") == "repayment.histories[0].transactionTime");
  CHECK(run_error(request, "creditas").at("field") == "--format");
}
