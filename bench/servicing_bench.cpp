#include "loansim/servicing.hpp"

#include <benchmark/benchmark.h>

#include <string>

#include "loansim/api.hpp"

using namespace loansim;

namespace {

// A 60-installment loan with 59 payments, the last ones late and partial.
ServicingRequest five_year_loan() {
  ServicingRequest request;
  const Date first = parse_date("2021-02-10", "first");
  for (int i = 0; i < 60; ++i) {
    request.installments.push_back({add_months(first, i), Money{80000 + 1000 * i, Currency::INR}, Money{40000 - 600 * i, Currency::INR}, Money{500, Currency::INR}});
  }
  for (int i = 0; i < 59; ++i) request.payments.push_back({add_days(add_months(first, i), i % 7), Money{i < 50 ? 120500 : 60000, Currency::INR}});
  request.as_of = parse_date("2026-02-20", "as_of");
  return request;
}

}  // namespace

static void BM_ServiceFiveYearLoan(benchmark::State& state) {
  const ServicingRequest request = five_year_loan();
  for (auto _ : state) benchmark::DoNotOptimize(service(request));
}
BENCHMARK(BM_ServiceFiveYearLoan)->Unit(benchmark::kMicrosecond);

// Through the JSON API, the schedule built from the loan's terms, Credgenics' output.
static void BM_ServicingCredgenicsJson(benchmark::State& state) {
  std::string request = R"({"as_of": "2026-02-20", "loan": {"currency": "INR", "principal": 500000, "annual_rate_pct": 18, "term": 60, "start_date": "2021-01-10"}, "payments": [)";
  for (int i = 0; i < 59; ++i) request += std::string(i ? "," : "") + R"({"date": ")" + format_date(add_months(parse_date("2021-02-10", "x"), i)) + R"(", "amount": 12697})";
  request += "]}";
  for (auto _ : state) benchmark::DoNotOptimize(run_command("servicing", request, {.format = "credgenics"}));
}
BENCHMARK(BM_ServicingCredgenicsJson)->Unit(benchmark::kMicrosecond);
