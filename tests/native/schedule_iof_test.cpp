#include "loansim/schedule_iof.hpp"

#include <doctest/doctest.h>

#include "loansim/error.hpp"

using namespace loansim;
using namespace std::chrono;

// Rates: Decreto 6.306/2007 art. 7, 0.0082 % a day for individuals on each amortisation for its
// days up to 365, plus 0.38 % of the amount; the figures are that arithmetic done by hand (the
// same loans as iof_test.cpp and docs/api.md's `iof` examples).

namespace {
Date d(int y, unsigned m, unsigned day) { return year{y} / month{m} / std::chrono::day{day}; }
Money brl(std::int64_t centavos) { return {centavos, Currency::BRL}; }
const IofRule kUpfront{iof_rates(IofBorrower::Individual), false};
const IofRule kFinanced{iof_rates(IofBorrower::Individual), true};

void check_parts(const Iof& tax, std::int64_t daily, std::int64_t additional) {
  CHECK(tax.daily == brl(daily));
  CHECK(tax.additional == brl(additional));
  CHECK(tax.total == brl(daily + additional));
}

// R$ 12,000 repaid in 12 equal amortisations of R$ 1,000 on the 15th, from 2025-02-15.
ScheduleRequest twelve_thousand() {
  ScheduleRequest request;
  request.principal = brl(1'200'000);
  request.annual_rate = 0.24;
  request.method = Method::EqualPrincipal;
  request.term = 12;
  request.start_date = d(2025, 1, 15);
  return request;
}

// R$ 10,000 repaid in one payment 30 days after 2025-01-15.
ScheduleRequest thirty_days() {
  ScheduleRequest request;
  request.principal = brl(1'000'000);
  request.annual_rate = 0.0;
  request.method = Method::Bullet;
  request.unit = TermUnit::Day;
  request.term = 30;
  request.start_date = d(2025, 1, 15);
  return request;
}
}  // namespace

TEST_CASE("schedule_iof: up front, the tax on the schedule's own amortisations") {
  // 1,000 × 0.000082 × (31 + 59 + … + 365 = 2,363 days) = 193.77; 12,000 × 0.0038 = 45.60.
  Schedule schedule;
  check_parts(build_schedule_with_iof(twelve_thousand(), kUpfront, schedule), 19'377, 4'560);
  // The schedule is the request's own: the customer pays the IOF at disbursement.
  CHECK(schedule.financed == brl(1'200'000));
  CHECK(schedule.disbursed == brl(1'200'000));
  CHECK(schedule.principal.front() == 100'000);
}

TEST_CASE("schedule_iof: financed, the credit carries its own IOF") {
  // F = 10,000 / (1 − 0.000082 × 30 − 0.0038) = 10,062.99: IOF 24.75 + 38.24 = 62.99, and
  // 10,062.99 − 62.99 = 10,000.00 reaches the credit.
  Schedule schedule;
  const Iof tax = build_schedule_with_iof(thirty_days(), kFinanced, schedule);
  check_parts(tax, 2'475, 3'824);
  CHECK(schedule.financed == brl(1'006'299));
  CHECK(schedule.upfront_fees == brl(6'299));
  CHECK(schedule.disbursed == brl(1'000'000));  // the IOF never reaches the customer
  CHECK(schedule.payment.front() == 1'006'299);
  // Fees the request finances stay in what the IOF grosses up (a fee is credit too).
  ScheduleRequest with_fee = thirty_days();
  with_fee.upfront_fees = {{.charge = {.fixed = brl(10'000), .fraction = 0.0}, .financed = true}};
  const Iof on_more = build_schedule_with_iof(with_fee, kFinanced, schedule);
  CHECK(on_more.total > tax.total);
  CHECK(schedule.financed - on_more.total >= brl(1'010'000));
  CHECK(schedule.disbursed == brl(1'000'000));
}

TEST_CASE("schedule_iof: a capitalised grace carries no IOF") {
  ScheduleRequest request = twelve_thousand();
  request.grace = {.periods = 2, .interest = GraceInterest::Capitalised};
  Schedule schedule;
  try {
    (void)build_schedule_with_iof(request, kUpfront, schedule);
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::InvalidValue);
    CHECK(e.field() == "grace.interest");
  }
}
