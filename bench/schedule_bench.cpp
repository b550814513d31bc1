#include "loansim/schedule.hpp"

#include <benchmark/benchmark.h>

using namespace loansim;

namespace {

// A 30-year monthly loan: 250,000.00 at 5.5 %, the widget's heaviest ordinary table.
ScheduleRequest mortgage(Method method, int months) {
  ScheduleRequest request;
  request.principal = Money(25'000'000, Currency::USD);
  request.annual_rate = 0.055;
  request.method = method;
  request.term = months;
  request.start_date = parse_date("2025-01-31", "start_date");
  return request;
}

// Rows per second: each iteration builds the whole schedule (due dates, every column, totals).
void run(benchmark::State& state, Method method) {
  const ScheduleRequest request = mortgage(method, static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(build_schedule(request));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

// The same, filling one Schedule again and again (its columns keep their capacity).
void run_reusing(benchmark::State& state, Method method) {
  const ScheduleRequest request = mortgage(method, static_cast<int>(state.range(0)));
  Schedule schedule;
  for (auto _ : state) {
    build_schedule(request, schedule);
    benchmark::DoNotOptimize(schedule.balance.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_ScheduleAnnuity(benchmark::State& state) { run(state, Method::Annuity); }
void BM_ScheduleEqualPrincipal(benchmark::State& state) { run(state, Method::EqualPrincipal); }
void BM_ScheduleAnnuityReused(benchmark::State& state) { run_reusing(state, Method::Annuity); }
void BM_ScheduleEqualPrincipalReused(benchmark::State& state) { run_reusing(state, Method::EqualPrincipal); }

}  // namespace

BENCHMARK(BM_ScheduleAnnuity)->Arg(12)->Arg(360);
BENCHMARK(BM_ScheduleEqualPrincipal)->Arg(360);
BENCHMARK(BM_ScheduleAnnuityReused)->Arg(360);
BENCHMARK(BM_ScheduleEqualPrincipalReused)->Arg(360);
