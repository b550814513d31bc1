#include "loansim/cost_of_credit.hpp"
#include "loansim/schedule_iof.hpp"

#include <benchmark/benchmark.h>

using namespace loansim;
using namespace std::chrono;

namespace {

// The widget's Brazilian default: R$ 50,000 at 24 % a year, monthly, from 2025-01-15.
ScheduleRequest brazilian_loan(int months) {
  ScheduleRequest request;
  request.principal = Money(5'000'000, Currency::BRL);
  request.annual_rate = 0.24;
  request.term = months;
  request.start_date = 2025y / January / 15d;
  return request;
}

}  // namespace

// A schedule's cost under each standard, the schedule already built (what `schedule` adds when
// asked for its cost_of_credit), by term: 12, 60 and 360 installments.
static void BM_CostOfScheduleIrrApr(benchmark::State& state) {
  const ScheduleRequest request = brazilian_loan(static_cast<int>(state.range(0)));
  const Schedule schedule = build_schedule(request);
  for (auto _ : state) {
    benchmark::DoNotOptimize(cost_of_credit(CostStandard::IrrApr, schedule, {TimeUnit::Month, 1}, Money(0, Currency::BRL)));
  }
}
BENCHMARK(BM_CostOfScheduleIrrApr)->Arg(12)->Arg(60)->Arg(360);

static void BM_CostOfScheduleCet(benchmark::State& state) {
  const Schedule schedule = build_schedule(brazilian_loan(static_cast<int>(state.range(0))));
  for (auto _ : state) {
    benchmark::DoNotOptimize(cost_of_credit(CostStandard::BrCet, schedule, {TimeUnit::Month, 1}, Money(0, Currency::BRL)));
  }
}
BENCHMARK(BM_CostOfScheduleCet)->Arg(12)->Arg(60)->Arg(360);

// The widget's pt-BR figure from scratch: the schedule with its IOF (up front or financed), then its CET.
static void BM_ScheduleWithIofAndCet(benchmark::State& state) {
  const ScheduleRequest request = brazilian_loan(60);
  const IofRule rule{iof_rates(IofBorrower::Individual), state.range(0) == 1};
  Schedule schedule;
  for (auto _ : state) {
    const Iof tax = build_schedule_with_iof(request, rule, schedule);
    const Money paid_at_start = rule.financed ? Money(0, Currency::BRL) : tax.total;
    benchmark::DoNotOptimize(cost_of_credit(CostStandard::BrCet, schedule, {TimeUnit::Month, 1}, paid_at_start));
  }
}
BENCHMARK(BM_ScheduleWithIofAndCet)->ArgName("financed")->Arg(0)->Arg(1);
