#include "loansim/offers.hpp"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "loansim/api.hpp"
#include "loansim/json/product_json.hpp"

using namespace loansim;

namespace {

Money brl(std::int64_t reais) { return {reais * 100, Currency::BRL}; }

// The Creditas-like sample with a fifth risk band ("E", every band-D rate + 1 point), so the grid
// is 6 tenures × 5 risk bands.
Product five_band_product() {
  Product product = json::embedded_product("br-auto-refi-creditas", "product_id");
  const std::size_t per_band = product.rates.term_buckets_months.size() * product.rates.ltv_buckets_pct.size();
  const std::vector<double> last(product.rates.rate_pct.end() - static_cast<std::ptrdiff_t>(per_band), product.rates.rate_pct.end());
  product.rates.risk_bands.back().max_risk_score = 1000;
  product.rates.risk_bands.push_back({"E", 1400});
  for (const double pct : last) product.rates.rate_pct.push_back(pct + 1.0);
  return product;
}

// Every tenure × every band: grid rate, schedule, IOF (financed, gross-up on real schedules) and
// CET. `budget` sets whether the car (R$ 12,000 of LTV headroom) or the income binds.
void offer_grid(benchmark::State& state, Money budget) {
  const Product product = five_band_product();
  const OfferLimits limits{brl(50000), brl(12000), std::nullopt, product.max_amount, budget, Binding::Dsr, std::nullopt};
  const Date start = parse_date("2026-03-02", "start");
  for (auto _ : state) {
    for (const RiskBand& band : product.rates.risk_bands) {
      for (const int months : product.term.grid_months) {
        const OfferTerms terms{months, grid_rate(product, months, band, 70.0), InterestMethod::Annuity, start};
        benchmark::DoNotOptimize(price_offer(product, terms, limits));
      }
    }
  }
  state.counters["offers"] = static_cast<double>(product.rates.risk_bands.size() * product.term.grid_months.size());
}

std::string creditas_seed() {
  std::ifstream in(LOANSIM_SOURCE_DIR "/tests/fixtures/creditas_offers_request.json");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

// 30 offers, the collateral binding: one financing and one CET per offer.
static void BM_OfferGrid6x5Collateral(benchmark::State& state) { offer_grid(state, brl(100000)); }
BENCHMARK(BM_OfferGrid6x5Collateral)->Unit(benchmark::kMicrosecond);

// 30 offers, the income binding: each also searches the largest amount its installment carries.
static void BM_OfferGrid6x5Income(benchmark::State& state) { offer_grid(state, brl(400)); }
BENCHMARK(BM_OfferGrid6x5Income)->Unit(benchmark::kMicrosecond);

// Seed 002 through the JSON API: parse, product read, two recommendations, four offers, response.
static void BM_OffersCreditasSeed(benchmark::State& state) {
  const std::string request = creditas_seed();
  for (auto _ : state) benchmark::DoNotOptimize(run_command("offers", request, {.format = "creditas"}));
}
BENCHMARK(BM_OffersCreditasSeed)->Unit(benchmark::kMicrosecond);
