#include "loansim/annuity.hpp"

#include <benchmark/benchmark.h>

using namespace loansim;

// The level payment alone: the instant quote the widget shows while a user drags the slider.
static void BM_LevelPayment(benchmark::State& state) {
  const Money principal(25'000'000, Currency::USD);
  const auto rate = periodic_from_nominal(0.055, 12);
  const auto periods = static_cast<int>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(level_payment(principal, rate, periods));
}
BENCHMARK(BM_LevelPayment)->Arg(12)->Arg(360);
