#include "loansim/apr.hpp"
#include "loansim/iof.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <vector>

using namespace loansim;
using namespace std::chrono;

namespace {

const Date kStart = 2025y / January / 15d;

// `periods` monthly installments of a level loan at `monthly` a month, dated from kStart.
std::vector<DatedFlow> installments(Money principal, double monthly, int periods) {
  const Money payment = principal.scaled(monthly / -std::expm1(-periods * std::log1p(monthly)), Rounding::HalfUp);
  std::vector<DatedFlow> payments;
  for (int k = 1; k <= periods; ++k) payments.push_back({add_months(kStart, k), payment});
  return payments;
}

}  // namespace

// Reg Z APR of a 60-payment monthly loan with a fee, from dates (time line + solve).
static void BM_RegZApr60Payments(benchmark::State& state) {
  const std::vector<DatedFlow> advances{{kStart, Money(2'000'000, Currency::USD)}};
  auto payments = installments(Money(2'000'000, Currency::USD), 0.0075, 60);
  payments.push_back({kStart, Money(40'000, Currency::USD)});
  for (auto _ : state) benchmark::DoNotOptimize(reg_z_apr(advances, payments, {TimeUnit::Month, 1}));
}
BENCHMARK(BM_RegZApr60Payments);

// CET of 61 monthly flows (a release and 60 installments), from dates: calendar days / 365.
static void BM_Cet61Flows(benchmark::State& state) {
  const std::vector<DatedFlow> advances{{kStart, Money(5'000'000, Currency::BRL)}};
  const auto payments = installments(Money(5'000'000, Currency::BRL), 0.019, 60);
  for (auto _ : state) benchmark::DoNotOptimize(br_cet(advances, payments));
}
BENCHMARK(BM_Cet61Flows);

// The solve alone on the 61 flows' time line.
static void BM_Cet61FlowsSolveOnly(benchmark::State& state) {
  const std::vector<DatedFlow> advances{{kStart, Money(5'000'000, Currency::BRL)}};
  const auto flows = time_line(advances, installments(Money(5'000'000, Currency::BRL), 0.019, 60), kDays);
  for (auto _ : state) benchmark::DoNotOptimize(solve_annual_log_rate(flows));
}
BENCHMARK(BM_Cet61FlowsSolveOnly);

// An offer grid: 30 CETs (terms 12 to 60 months, monthly rates 1.2 % to 3.5 %), per iteration.
static void BM_CetOfferGrid30(benchmark::State& state) {
  const std::vector<DatedFlow> advances{{kStart, Money(5'000'000, Currency::BRL)}};
  std::vector<std::vector<DatedFlow>> offers;
  for (int term = 12; term <= 60; term += 12) {
    for (int rate = 0; rate < 6; ++rate) offers.push_back(installments(Money(5'000'000, Currency::BRL), 0.012 + 0.0046 * rate, term));
  }
  for (auto _ : state) {
    for (const auto& payments : offers) benchmark::DoNotOptimize(br_cet(advances, payments));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(offers.size()));
}
BENCHMARK(BM_CetOfferGrid30)->Unit(benchmark::kMicrosecond);

// IOF financed into a 60-installment loan: gross-up over rescaled amortisations.
static void BM_IofGrossUp60(benchmark::State& state) {
  std::vector<Amortization> reference;
  for (int k = 1; k <= 60; ++k) reference.push_back({add_months(kStart, k), Money(83'333 + (k == 60 ? 20 : 0), Currency::BRL)});
  Money net(0, Currency::BRL);
  for (const auto& row : reference) net += row.principal;
  const auto rates = iof_rates(IofBorrower::Individual);
  for (auto _ : state) benchmark::DoNotOptimize(iof_financed(net, kStart, reference, rates));
}
BENCHMARK(BM_IofGrossUp60);
