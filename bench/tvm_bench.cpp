#include "loansim/tvm.hpp"

#include <benchmark/benchmark.h>

#include <chrono>
#include <vector>

using namespace loansim;

namespace {

// A 60-month loan of 10,000 at 1.5 % a month: the advance, then 60 level payments (61 flows).
std::vector<double> monthly_loan_flows() {
  std::vector<double> flows(61, -pmt({0.015}, 60, 10000));
  flows[0] = -10000;
  return flows;
}

}  // namespace

// The level payment of the contract example: what a TVM calculator recomputes on every keystroke.
static void BM_Pmt(benchmark::State& state) {
  double rate = 0.01, periods = 12, principal = 10000;
  for (auto _ : state) {
    benchmark::DoNotOptimize(rate), benchmark::DoNotOptimize(periods), benchmark::DoNotOptimize(principal);
    benchmark::DoNotOptimize(pmt({rate}, periods, principal));
  }
}
BENCHMARK(BM_Pmt);

// IRR of 61 monthly flows (one sign change: Newton from 10 %). Target: under 2 µs.
static void BM_Irr61(benchmark::State& state) {
  const auto flows = monthly_loan_flows();
  for (auto _ : state) benchmark::DoNotOptimize(irr(flows));
}
BENCHMARK(BM_Irr61);

// IRR of flows that change sign three times: the walk from 0 % over the grid, then refinement.
static void BM_IrrSeveralRoots(benchmark::State& state) {
  std::vector<double> flows = monthly_loan_flows();
  flows[30] = 5000, flows[60] = -3000;
  for (auto _ : state) benchmark::DoNotOptimize(irr(flows));
}
BENCHMARK(BM_IrrSeveralRoots);

// XIRR of the same 61 flows on calendar month ends (ACT/365), Newton from 10 %.
static void BM_Xirr61(benchmark::State& state) {
  using namespace std::chrono;
  const auto flows = monthly_loan_flows();
  std::vector<Date> dates;
  for (int month = 0; month <= 60; ++month) dates.push_back(add_months(2025y / January / 31, month));
  for (auto _ : state) benchmark::DoNotOptimize(xirr(flows, dates));
}
BENCHMARK(BM_Xirr61);
