#include "loansim/recommendation.hpp"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "loansim/api.hpp"
#include "loansim/json/product_json.hpp"

using namespace loansim;

namespace {

std::string kocek_seed() {
  std::ifstream in(LOANSIM_SOURCE_DIR "/tests/fixtures/kocek_credit_recommendation_request.json");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// An applicant the cooperative sample pre-approves with a counter-offer: every tenure of the grid
// is evaluated and every criterion is scored (§B14's figures, Kol-1).
RecommendationRequest qualifying() {
  const Money zero{0, Currency::IDR};
  RecommendationRequest r;
  r.applicant.monthly_income = {Money{5'000'000, Currency::IDR}, Money{7'000'000, Currency::IDR}};
  r.applicant.monthly_expenses = {Money{2'000'000, Currency::IDR}, Money{3'000'000, Currency::IDR}};
  r.applicant.existing_installments = Money{500'000, Currency::IDR};
  r.applicant.outstanding_debt = Money{4'000'000, Currency::IDR};
  r.applicant.collectability = Collectability::Current;
  r.applicant.active_loans = 1;
  r.applicant.withdrawal_ratio_pct = 45.0;
  r.applicant.membership_months = 53;
  r.applicant.age_years = 40;
  r.applicant.savings = Money{24'150'000, Currency::IDR};
  r.applicant.kyc_verified = true;
  r.loan = {Money{50'000'000, Currency::IDR}, 24, PeriodicRate{0.01}, InterestMethod::Annuity, "modal usaha"};
  r.collaterals.push_back({"MBL", "Avanza", Money{10'000'000, Currency::IDR}, std::nullopt, 50.0, Money{500'000, Currency::IDR}, zero, std::nullopt});
  r.collaterals.push_back({"LAND", "Tanah", Money{100'000'000, Currency::IDR}, std::nullopt, 50.0, std::nullopt, zero, std::nullopt});
  return r;
}

}  // namespace

// The engine alone: a parsed request and product in, the explained recommendation out.
static void BM_RecommendCore(benchmark::State& state) {
  const Product product = json::embedded_product("id-koperasi-kocek", "product_id");
  const RecommendationRequest request = qualifying();
  for (auto _ : state) benchmark::DoNotOptimize(recommend(request, product));
}
BENCHMARK(BM_RecommendCore);

// One KOCEK recommendation as the CLI and the browser run it: seed 000's request text in, the
// KOCEK-shaped response text out (parsing, the embedded product, the engine, the trace).
static void BM_RecommendKocekSeed(benchmark::State& state) {
  const std::string request = kocek_seed();
  for (auto _ : state) benchmark::DoNotOptimize(run_command("recommend", request, {.format = "kocek", .product_json = {}}));
}
BENCHMARK(BM_RecommendKocekSeed);

// The product definition alone, which every command reads before it computes.
static void BM_ReadEmbeddedProduct(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(json::embedded_product("id-koperasi-kocek", "product_id"));
}
BENCHMARK(BM_ReadEmbeddedProduct);
