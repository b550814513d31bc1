#include "loansim/schedule.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "loansim/annuity.hpp"
#include "loansim/cost_of_credit.hpp"
#include "loansim/error.hpp"

using namespace loansim;

namespace {

Date d(const char* text) { return parse_date(text, "date"); }
Money usd(std::int64_t cents) { return Money(cents, Currency::USD); }
Money idr(std::int64_t rupiah) { return Money(rupiah, Currency::IDR); }

// 10,000.00 at 12 % a year over 12 months from 2025-01-15: the example loan.
ScheduleRequest example(Method method = Method::Annuity) {
  ScheduleRequest request;
  request.principal = usd(1'000'000);
  request.annual_rate = 0.12;
  request.method = method;
  request.term = 12;
  request.start_date = d("2025-01-15");
  return request;
}

Error error_of(const ScheduleRequest& request) {
  try {
    (void)build_schedule(request);
  } catch (const Error& e) {
    return e;
  }
  FAIL("expected an error");
  return Error(ErrorCode::InvalidJson, "", "");
}

// The invariants every schedule holds, whatever the request.
void check_invariants(const ScheduleRequest& request, const Schedule& s) {
  const std::size_t n = s.size();
  REQUIRE(n >= 1);
  REQUIRE(s.payment.size() == n);
  REQUIRE(s.principal.size() == n);
  REQUIRE(s.interest.size() == n);
  REQUIRE(s.fees.size() == n);
  REQUIRE(s.capitalised.size() == n);
  REQUIRE(s.prepaid.size() == n);
  REQUIRE(s.balance.size() == n);
  std::int64_t previous_balance = s.financed.minor();
  std::int64_t payment = 0, principal = 0, interest = 0, fees = 0, capitalised = 0, prepaid = 0;
  for (std::size_t i = 0; i < n; ++i) {
    CAPTURE(i);
    // No negative row; payment is the sum of its parts; the balance rolls forward exactly.
    CHECK(s.payment[i] >= 0);
    CHECK(s.principal[i] >= 0);
    CHECK(s.interest[i] >= 0);
    CHECK(s.fees[i] >= 0);
    CHECK(s.capitalised[i] >= 0);
    CHECK(s.prepaid[i] >= 0);
    CHECK(s.prepaid[i] <= s.principal[i]);
    CHECK(s.balance[i] >= 0);
    CHECK(s.payment[i] == s.principal[i] + s.interest[i] + s.fees[i]);
    CHECK(s.balance[i] == previous_balance + s.capitalised[i] - s.principal[i]);
    if (i + 1 < n) CHECK(s.balance[i] > 0);  // the schedule stops once the loan is repaid
    if (i > 0) CHECK(s.due_date[i] > s.due_date[i - 1]);
    previous_balance = s.balance[i];
    payment += s.payment[i];
    principal += s.principal[i];
    interest += s.interest[i];
    fees += s.fees[i];
    capitalised += s.capitalised[i];
    prepaid += s.prepaid[i];
  }
  CHECK(s.balance.back() == 0);
  CHECK(principal == s.financed.minor() + capitalised);  // principal rows sum to the amount exactly
  CHECK(s.totals.payment.minor() == payment);
  CHECK(s.totals.principal.minor() == principal);
  CHECK(s.totals.interest.minor() == interest);
  CHECK(s.totals.fees.minor() == fees);
  CHECK(s.totals.capitalised_interest.minor() == capitalised);
  CHECK(s.totals.prepaid.minor() == prepaid);
  CHECK(s.disbursed.minor() > 0);
  CHECK(s.disbursed.minor() <= request.principal.minor());
  CHECK(s.financed.minor() >= request.principal.minor());
  CHECK(s.due_date.front() >= request.start_date);
  if (request.method == Method::AnnuityDue) CHECK(s.due_date.front() == request.start_date);
  if (request.method != Method::AnnuityDue) CHECK(s.due_date.front() > request.start_date);
  if (request.method == Method::Bullet) CHECK(n == 1);
  if (request.annual_rate == 0.0) CHECK(interest + capitalised == 0);
  // The customer repays at least what was disbursed, so the APR of the flows is never negative.
  // The engine finds no rate only when none exists up to its ceiling of 10^6 % a period: the flows'
  // present value there is still ≤ 0 (it is ≤ 0 at a zero rate and tends to the net flow at time 0,
  // so a root below the ceiling would show as a positive value). That happens when deducted fees
  // leave less than an annuity-due's first installment, or a very short first period.
  const UnitPeriod unit = unit_period_of(request.unit, request.term);
  try {
    const CostOfCredit apr = cost_of_credit(CostStandard::IrrApr, s, unit, Money(0, s.currency));
    CHECK(apr.annual >= 0.0);
    CHECK(std::isfinite(apr.effective_annual));
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::NoSolution);
    std::vector<DatedFlow> payments;
    for (std::size_t i = 0; i < n; ++i) payments.push_back({s.due_date[i], Money(s.payment[i], s.currency)});
    const std::vector<DatedFlow> advance{{s.start_date, s.disbursed}};
    CHECK(present_value(time_line(advance, payments, {unit, OddDays::Compound, 30.0}), 1e4).value <= 0.0);
  }

  // The residue lands where the policy says: with a single plan (no prepayment), every amortising
  // installment pays the same level amount except the residue row. A row may pay only its
  // interest where the level amount does not cover it, so those rows are exempt.
  if (!request.prepayments.empty()) return;
  const auto first = static_cast<std::size_t>(request.grace.periods);
  const bool residue_first = request.residue == Residue::FirstInstallment;
  const std::size_t from = first + (residue_first ? 1 : 0);
  const std::size_t to = residue_first ? n : n - 1;  // rows [from, to) pay the level amount
  for (std::size_t i = from; i < to; ++i) {
    CAPTURE(i);
    switch (request.method) {
      case Method::Annuity:
      case Method::AnnuityDue:
      case Method::Flat:
        if (s.principal[i] > 0 && s.principal[from] > 0) CHECK(s.payment[i] - s.fees[i] == s.payment[from] - s.fees[from]);
        break;
      case Method::EqualPrincipal: CHECK(s.principal[i] == s.principal[from]); break;
      case Method::InterestOnly: CHECK(s.principal[i] == 0); break;
      case Method::Bullet: break;
    }
  }
}

}  // namespace

TEST_CASE("schedule annuity: 10,000 at 12 % over 12 months, row by row") {
  const Schedule s = build_schedule(example());
  check_invariants(example(), s);
  REQUIRE(s.size() == 12);
  // numpy_financial.pmt(0.01, 12, 10000) = -888.4878867834161 → 888.49. Row 1: interest
  // 10,000 × 1 % = 100.00, principal 888.49 − 100.00 = 788.49, balance 9,211.51.
  CHECK(format_date(s.due_date[0]) == "2025-02-15");
  CHECK(s.payment[0] == 88'849);
  CHECK(s.interest[0] == 10'000);
  CHECK(s.principal[0] == 78'849);
  CHECK(s.balance[0] == 921'151);
  // Row 2: 9,211.51 × 1 % = 92.1151 → 92.12; 888.49 − 92.12 = 796.37; 9,211.51 − 796.37 = 8,415.14.
  CHECK(s.interest[1] == 9'212);
  CHECK(s.principal[1] == 79'637);
  CHECK(s.balance[1] == 841'514);
  // Rows 3–11 go on the same way and leave 879.67; the 12th repays it with its interest
  // 879.67 × 1 % = 8.7967 → 8.80: 888.47, the 2-cent residue on the last installment.
  CHECK(s.balance[10] == 87'967);
  CHECK(s.interest[11] == 880);
  CHECK(s.payment[11] == 88'847);
  CHECK(format_date(s.due_date[11]) == "2026-01-15");
  // Total interest = 11 × 888.49 + 888.47 − 10,000 = 661.86.
  CHECK(s.totals.interest == usd(66'186));
  CHECK(s.disbursed == usd(1'000'000));
  CHECK(s.financed == usd(1'000'000));
}

TEST_CASE("schedule annuity_due: the first level installment is due on the start date") {
  const Schedule s = build_schedule(example(Method::AnnuityDue));
  check_invariants(example(Method::AnnuityDue), s);
  REQUIRE(s.size() == 12);
  // numpy_financial.pmt(0.01, 12, 10000, when='begin') = -879.6909770132833 → 879.69, paid at
  // once: no interest has accrued. Row 2: 9,120.31 × 1 % = 91.2031 → 91.20; principal 788.49.
  CHECK(s.due_date[0] == d("2025-01-15"));
  CHECK(s.payment[0] == 87'969);
  CHECK(s.interest[0] == 0);
  CHECK(s.balance[0] == 912'031);
  CHECK(format_date(s.due_date[1]) == "2025-02-15");
  CHECK(s.interest[1] == 9'120);
  CHECK(s.principal[1] == 78'849);
  CHECK(format_date(s.due_date[11]) == "2025-12-15");  // the last payment opens the 12th month
}

TEST_CASE("schedule equal_principal: 12,000 at 12 % repays 1,000 a month") {
  ScheduleRequest request = example(Method::EqualPrincipal);
  request.principal = usd(1'200'000);
  const Schedule s = build_schedule(request);
  check_invariants(request, s);
  // Installment k repays 1,000.00 and pays 1 % of 12,000 − 1,000 (k − 1): 120, 110, ..., 10;
  // total interest 10 × (12 + 11 + ... + 1) = 780.
  for (std::size_t k = 0; k < 12; ++k) {
    CAPTURE(k);
    CHECK(s.principal[k] == 100'000);
    CHECK(s.interest[k] == static_cast<std::int64_t>(12 - k) * 1'000);
  }
  CHECK(s.payment[0] == 112'000);
  CHECK(s.payment[11] == 101'000);
  CHECK(s.totals.interest == usd(78'000));
}

TEST_CASE("schedule equal_principal: the residue of an uneven split lands on the last or the first installment") {
  // 10,000 / 12 = 833.333…: eleven rows of 833.33 and a last of 833.37 (10,000 − 11 × 833.33).
  const Schedule last = build_schedule(example(Method::EqualPrincipal));
  CHECK(last.principal[0] == 83'333);
  CHECK(last.principal[11] == 83'337);
  ScheduleRequest request = example(Method::EqualPrincipal);
  request.residue = Residue::FirstInstallment;
  const Schedule first = build_schedule(request);
  check_invariants(request, first);
  CHECK(first.principal[0] == 83'337);
  CHECK(first.principal[11] == 83'333);
}

TEST_CASE("schedule flat: Indonesian bunga flat rounded up to Rp 100") {
  // Rp 10,000,000 at a flat 1.5 % a month (18 % a year) over 12 months: interest 150,000 every
  // month on the original principal; installment (10,000,000 + 12 × 150,000) / 12 = 983,333.33
  // → Rp 983,400 rounded up to Rp 100. Principal rows 983,400 − 150,000 = 833,400 eleven times;
  // the last repays 10,000,000 − 11 × 833,400 = 832,600 and pays 982,600.
  ScheduleRequest request = example(Method::Flat);
  request.principal = idr(10'000'000);
  request.annual_rate = 0.18;
  request.rounding = {.mode = Rounding::Up, .increment = 100};
  const Schedule s = build_schedule(request);
  check_invariants(request, s);
  REQUIRE(s.size() == 12);
  for (std::size_t k = 0; k < 11; ++k) {
    CAPTURE(k);
    CHECK(s.payment[k] == 983'400);
    CHECK(s.interest[k] == 150'000);
  }
  CHECK(s.principal[11] == 832'600);
  CHECK(s.payment[11] == 982'600);
  CHECK(s.totals.interest == idr(1'800'000));
  CHECK(s.totals.payment == idr(11'800'000));

  // With the residue first: rows 2–12 pay 983,400 (principal 833,400) and the first repays
  // 10,000,000 − 11 × 833,400 = 832,600.
  request.residue = Residue::FirstInstallment;
  const Schedule first = build_schedule(request);
  check_invariants(request, first);
  CHECK(first.principal[0] == 832'600);
  CHECK(first.payment[11] == 983'400);
}

TEST_CASE("schedule flat: the textbook case, 1 % a month on 12,000,000") {
  // Installment = (P + P·r·n) / n = (12,000,000 + 1,440,000) / 12 = 1,120,000: 1,000,000 principal
  // and 120,000 interest every month.
  ScheduleRequest request = example(Method::Flat);
  request.principal = idr(12'000'000);
  const Schedule s = build_schedule(request);
  check_invariants(request, s);
  CHECK(std::all_of(s.payment.begin(), s.payment.end(), [](std::int64_t p) { return p == 1'120'000; }));
  CHECK(std::all_of(s.principal.begin(), s.principal.end(), [](std::int64_t p) { return p == 1'000'000; }));
}

TEST_CASE("schedule interest_only and bullet") {
  // Interest only: 1 % of 10,000 = 100.00 for 11 months, then 10,000 + 100 (balloon).
  const Schedule io = build_schedule(example(Method::InterestOnly));
  check_invariants(example(Method::InterestOnly), io);
  CHECK(io.payment[0] == 10'000);
  CHECK(io.principal[10] == 0);
  CHECK(io.payment[11] == 1'010'000);
  // Bullet: one payment on the last due date, with simple interest: 12 × 100.00.
  const Schedule bullet = build_schedule(example(Method::Bullet));
  check_invariants(example(Method::Bullet), bullet);
  REQUIRE(bullet.size() == 1);
  CHECK(format_date(bullet.due_date[0]) == "2026-01-15");
  CHECK(bullet.interest[0] == 120'000);
  CHECK(bullet.payment[0] == 1'120'000);
}

TEST_CASE("schedule day tenor: one payment after N days, as Dompet Kilat's") {
  // Rp 1,000,000 for 4 days at 36 % a year: 1,000,000 × 0.36 × 4 / 365 = 3,945.2… → Rp 3,945.
  ScheduleRequest request = example(Method::Bullet);
  request.principal = idr(1'000'000);
  request.annual_rate = 0.36;
  request.term = 4;
  request.unit = TermUnit::Day;
  request.start_date = d("2021-10-21");
  for (const auto method : {Method::Bullet, Method::Annuity, Method::EqualPrincipal, Method::Flat, Method::InterestOnly}) {
    CAPTURE(static_cast<int>(method));
    request.method = method;
    const Schedule s = build_schedule(request);
    check_invariants(request, s);
    REQUIRE(s.size() == 1);
    CHECK(format_date(s.due_date[0]) == "2021-10-25");
    CHECK(s.interest[0] == 3'945);
    CHECK(s.payment[0] == 1'003'945);
  }
}

TEST_CASE("schedule: a broken first period accrues its days and the installment stays level") {
  // Long first period: disbursed Jan 15, first due Mar 1. The regular period ending Mar 1 starts
  // Feb 1 (28 days); the first period has 45 days, so its rate is 1 % × 45 / 28 and its interest
  // 10,000 × 0.0160714… = 160.71. The level installment that still closes the loan in 12 is
  //   P · (1 + r₁) / (1 + r) · r / (1 − (1 + r)^−12) = 893.828… → 893.83.
  ScheduleRequest request = example();
  request.first_due_date = d("2025-03-01");
  const Schedule s = build_schedule(request);
  check_invariants(request, s);
  CHECK(s.interest[0] == 16'071);
  CHECK(s.payment[0] == 89'383);
  CHECK(s.payment[10] == 89'383);
  CHECK(format_date(s.due_date[1]) == "2025-04-01");
  // Short first period: disbursed Jan 31, first due Feb 20: 20 days of a 31-day period (Jan 20 →
  // Feb 20). Interest 10,000 × 1 % × 20 / 31 = 64.516… → 64.52; installment
  // 10,000 · (1 + 0.01 · 20/31) / 1.01 · 0.0888487… = 885.366… → 885.37.
  request.start_date = d("2025-01-31");
  request.first_due_date = d("2025-02-20");
  const Schedule short_first = build_schedule(request);
  check_invariants(request, short_first);
  CHECK(short_first.interest[0] == 6'452);
  CHECK(short_first.payment[0] == 88'537);
}

TEST_CASE("schedule: a day count charges each period its own days") {
  // ACT/365F: Jan 15 → Feb 15 is 31 days: 10,000 × 12 % × 31 / 365 = 101.917… → 101.92;
  // Feb 15 → Mar 15 is 28 days: the second month charges less than the first.
  ScheduleRequest request = example(Method::EqualPrincipal);
  request.day_count = DayCount::Actual365Fixed;
  const Schedule s = build_schedule(request);
  check_invariants(request, s);
  CHECK(s.interest[0] == 10'192);
  // 9,166.67 × 12 % × 28 / 365 = 84.38.
  CHECK(s.interest[1] == 8'438);
  // 30/360 makes every month a twelfth: the periodic-rate schedule again.
  request.day_count = DayCount::Thirty360US;
  CHECK(build_schedule(request).interest == build_schedule(example(Method::EqualPrincipal)).interest);
  // Annuities under a day count solve the level installment over the actual periods.
  ScheduleRequest annuity = example();
  annuity.day_count = DayCount::Actual360;
  check_invariants(annuity, build_schedule(annuity));
}

TEST_CASE("schedule: grace periods with the interest paid or capitalised") {
  // Three months of grace paying interest (100.00 each), then the annuity over the 9 left:
  // pmt(0.01, 9, 10000) = 1,167.40.
  ScheduleRequest request = example();
  request.grace = {.periods = 3, .interest = GraceInterest::Paid};
  const Schedule paid = build_schedule(request);
  check_invariants(request, paid);
  CHECK(paid.payment[0] == 10'000);
  CHECK(paid.principal[2] == 0);
  CHECK(paid.payment[3] == 116'740);
  // Capitalised: nothing is paid; 100.00, 101.00 and 102.01 join the balance (10,303.01), then
  // pmt(0.01, 9, 10303.01) = 1,202.78. The principal rows repay 10,000 + 303.01.
  request.grace.interest = GraceInterest::Capitalised;
  const Schedule capitalised = build_schedule(request);
  check_invariants(request, capitalised);
  CHECK(capitalised.payment[0] == 0);
  CHECK(capitalised.capitalised[1] == 10'100);
  CHECK(capitalised.balance[2] == 1'030'301);
  CHECK(capitalised.payment[3] == 120'278);
  CHECK(capitalised.totals.principal == usd(1'030'301));
  CHECK(capitalised.totals.capitalised_interest == usd(30'301));
}

TEST_CASE("schedule: upfront fees deducted or financed, per-installment fees and insurance") {
  ScheduleRequest request = example();
  request.upfront_fees = {{.charge = {.fixed = usd(0), .fraction = 0.02}, .financed = false}};
  const Schedule deducted = build_schedule(request);
  CHECK(deducted.disbursed == usd(980'000));  // 2 % of 10,000 kept back
  CHECK(deducted.financed == usd(1'000'000));
  CHECK(deducted.payment[0] == 88'849);
  request.upfront_fees[0].financed = true;
  const Schedule financed = build_schedule(request);
  check_invariants(request, financed);
  CHECK(financed.disbursed == usd(1'000'000));
  CHECK(financed.financed == usd(1'020'000));
  CHECK(financed.payment[0] == 90'626);  // pmt(0.01, 12, 10200) = 906.26

  // A 5.00 fee plus insurance of 0.05 % of the balance before each installment:
  // row 1: 5.00 + 10,000 × 0.0005 = 10.00; row 2: 5.00 + 9,211.51 × 0.0005 = 9.61.
  ScheduleRequest fees = example();
  fees.installment_fees = {{.fixed = usd(500), .fraction = 0.0}, {.fixed = usd(0), .fraction = 0.0005}};
  const Schedule s = build_schedule(fees);
  check_invariants(fees, s);
  CHECK(s.fees[0] == 1'000);
  CHECK(s.fees[1] == 961);
  CHECK(s.payment[0] == 88'849 + 1'000);
}

TEST_CASE("schedule: installments rounded up to Rp 100 leave the residue on the last") {
  // Rp 10,000,000 at 12 % over 12: 888,487.89 → Rp 888,500. The last installment repays the
  // remaining 879,550 with its interest 8,796 (879,550 × 1 % = 8,795.5 → 8,796): 888,346.
  ScheduleRequest request = example();
  request.principal = idr(10'000'000);
  request.rounding = {.mode = Rounding::Up, .increment = 100};
  const Schedule s = build_schedule(request);
  check_invariants(request, s);
  CHECK(s.payment[0] == 888'500);
  CHECK(s.payment[10] == 888'500);
  CHECK(s.balance[10] == 879'550);
  CHECK(s.payment[11] == 888'346);
}

TEST_CASE("schedule: a large increment rounding up repays the loan early") {
  // 100.00 over 12 at 0 %: 8.333… → 10.00 with an increment of 10.00: ten installments repay it.
  ScheduleRequest request = example(Method::EqualPrincipal);
  request.principal = usd(10'000);
  request.annual_rate = 0.0;
  request.rounding = {.mode = Rounding::Up, .increment = 1'000};
  const Schedule s = build_schedule(request);
  check_invariants(request, s);
  CHECK(s.size() == 10);
  // Placing that residue first cannot work: 11 × 10.00 exceeds 100.00.
  request.residue = Residue::FirstInstallment;
  CHECK(error_of(request).field() == "rounding.increment");
}

TEST_CASE("schedule: a prepayment shortens the term or lowers the installment") {
  // 3,000 extra with installment 3 (balance 4,610.80 after it). Keeping 888.49, the loan ends at
  // installment 9, which repays the last 313.80 with 3.14 of interest.
  ScheduleRequest request = example();
  request.prepayments = {{.installment = 3, .amount = usd(300'000), .effect = PrepaymentEffect::ShorterTerm}};
  const Schedule shorter = build_schedule(request);
  check_invariants(request, shorter);
  CHECK(shorter.payment[2] == 388'849);
  CHECK(shorter.prepaid[2] == 300'000);
  CHECK(shorter.balance[2] == 461'080);
  REQUIRE(shorter.size() == 9);
  CHECK(shorter.payment[8] == 31'694);
  // Lowering the installment instead: pmt(0.01, 9, 4610.80) = 538.27 for installments 4–12.
  request.prepayments[0].effect = PrepaymentEffect::LowerInstallment;
  const Schedule lower = build_schedule(request);
  check_invariants(request, lower);
  REQUIRE(lower.size() == 12);
  CHECK(lower.payment[3] == 53'827);
  CHECK(lower.payment[11] == 53'825);
  // Without an amount, the prepayment repays everything left.
  request.prepayments = {{.installment = 5, .amount = std::nullopt, .effect = PrepaymentEffect::ShorterTerm}};
  const Schedule payoff = build_schedule(request);
  check_invariants(request, payoff);
  CHECK(payoff.size() == 5);
}

TEST_CASE("schedule: a zero rate works for every method and term unit") {
  for (const auto method : {Method::Annuity, Method::AnnuityDue, Method::EqualPrincipal, Method::Flat,
                            Method::InterestOnly, Method::Bullet}) {
    for (const auto unit : {TermUnit::Month, TermUnit::Week, TermUnit::Fortnight, TermUnit::Day}) {
      CAPTURE(static_cast<int>(method));
      CAPTURE(static_cast<int>(unit));
      ScheduleRequest request = example(method);
      request.annual_rate = 0.0;
      request.term = 3;
      request.unit = unit;
      if (unit == TermUnit::Day && method == Method::AnnuityDue) continue;  // rejected: see the errors case
      const Schedule s = build_schedule(request);
      check_invariants(request, s);
      CHECK(s.totals.payment == usd(1'000'000));
    }
  }
  // 10,000 / 3 = 3,333.33 twice and 3,333.34 last, for the level methods.
  const Schedule s = build_schedule([] {
    ScheduleRequest request = example();
    request.annual_rate = 0.0;
    request.term = 3;
    return request;
  }());
  CHECK(s.payment == std::vector<std::int64_t>{333'333, 333'333, 333'334});
}

TEST_CASE("schedule: invalid requests are errors naming their field") {
  ScheduleRequest request = example();
  request.principal = usd(0);
  CHECK(error_of(request).field() == "principal");
  request = example();
  request.annual_rate = 10.5;
  CHECK(error_of(request).field() == "annual_rate_pct");
  request = example(Method::Bullet);
  request.grace.periods = 1;
  CHECK(error_of(request).field() == "grace.periods");
  request = example();
  request.grace.periods = 12;
  CHECK(error_of(request).code() == ErrorCode::OutOfRange);
  request = example();
  request.residue = Residue::FirstInstallment;
  CHECK(error_of(request).field() == "rounding.residue");
  request = example();
  request.upfront_fees = {{.charge = {.fixed = usd(1'000'000), .fraction = 0.0}, .financed = false}};
  CHECK(error_of(request).field() == "upfront_fees");
  request = example();
  request.installment_fees = {{.fixed = usd(0), .fraction = 1.5}};
  CHECK(error_of(request).field() == "installment_fees[0].pct_of_balance");
  request = example();
  request.prepayments = {{.installment = 3, .amount = usd(900'000), .effect = PrepaymentEffect::ShorterTerm}};
  CHECK(error_of(request).field() == "prepayments[0].amount");  // only 4,610.80 + 3,000 is left
  request.prepayments = {{.installment = 3, .amount = std::nullopt, .effect = PrepaymentEffect::ShorterTerm},
                         {.installment = 4, .amount = usd(100), .effect = PrepaymentEffect::ShorterTerm}};
  CHECK(error_of(request).field() == "prepayments[1].installment");  // repaid by installment 3
  request.prepayments = {{.installment = 13, .amount = usd(100), .effect = PrepaymentEffect::ShorterTerm}};
  CHECK(error_of(request).field() == "prepayments[0].installment");
  request = example(Method::AnnuityDue);
  request.unit = TermUnit::Day;
  request.term = 4;
  CHECK(error_of(request).field() == "method");  // a day tenor's one payment is at maturity, not in advance
  // Capitalising 100 % a month for 599 months cannot be represented: an overflow error, not a wrap.
  request = example();
  request.principal = usd(1'000'000'000'000'000);
  request.annual_rate = 10.0;
  request.term = 600;
  request.grace = {.periods = 599, .interest = GraceInterest::Capitalised};
  const Error overflow = error_of(request);
  CHECK(overflow.code() == ErrorCode::Overflow);
  CHECK(overflow.field() == "principal");
}

namespace {

// splitmix64: a fixed, platform-independent sequence (std distributions differ between libraries).
struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::int64_t between(std::int64_t lo, std::int64_t hi) {  // inclusive
    return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }
  template <class T>
  T pick(std::initializer_list<T> values) {
    return *(values.begin() + between(0, static_cast<std::int64_t>(values.size()) - 1));
  }
};

// A random loan over the whole request space: every method and unit, 0 % to 400 %, 1 to 600
// periods (3,660 days), amounts up to 10^13 major units, and random options.
ScheduleRequest random_loan(Rng& rng) {
  const Currency currency = rng.pick({Currency::USD, Currency::IDR, Currency::JPY, Currency::BRL, Currency::INR});
  ScheduleRequest request;
  const double major = std::exp(rng.unit() * std::log(1e13));
  request.principal = Money(std::max<std::int64_t>(1, static_cast<std::int64_t>(major * static_cast<double>(minor_per_major(currency)))), currency);
  request.annual_rate = rng.chance(0.1) ? 0.0 : rng.unit() * 4.0;
  request.method = rng.pick({Method::Annuity, Method::AnnuityDue, Method::EqualPrincipal, Method::Flat,
                             Method::InterestOnly, Method::Bullet});
  request.unit = rng.pick({TermUnit::Month, TermUnit::Month, TermUnit::Week, TermUnit::Fortnight, TermUnit::Day});
  if (request.unit == TermUnit::Day && request.method == Method::AnnuityDue) request.unit = TermUnit::Month;
  request.term = static_cast<int>(rng.between(1, request.unit == TermUnit::Day ? 3660 : 600));
  request.start_date = add_days(d("2000-01-01"), static_cast<int>(rng.between(0, 36'500)));
  if (request.unit != TermUnit::Day && rng.chance(0.3)) {
    const int span = days_between(request.start_date, advance(request.start_date, 2, request.unit));
    request.first_due_date = add_days(request.start_date, static_cast<int>(rng.between(1, span)));
  }
  if (rng.chance(0.25)) {
    request.day_count = rng.pick({DayCount::Thirty360US, DayCount::Thirty360European, DayCount::Actual360,
                                  DayCount::Actual365Fixed, DayCount::ActualActualISDA});
  }
  if (rng.chance(0.2)) {
    request.business_day = rng.pick({BusinessDayConvention::Following, BusinessDayConvention::ModifiedFollowing,
                                     BusinessDayConvention::Preceding});
    for (auto i = rng.between(0, 20); i > 0; --i) {
      request.calendar.holidays.push_back(add_days(request.start_date, static_cast<int>(rng.between(0, 400))));
    }
    std::sort(request.calendar.holidays.begin(), request.calendar.holidays.end());
  }
  const int rows = request.method == Method::Bullet || request.unit == TermUnit::Day ? 1 : request.term;
  if (request.method != Method::AnnuityDue && request.method != Method::Bullet && rows > 1 && rng.chance(0.2)) {
    request.grace = {.periods = static_cast<int>(rng.between(1, std::min(rows - 1, 36))),
                     .interest = rng.pick({GraceInterest::Paid, GraceInterest::Capitalised})};
  }
  const std::int64_t principal = request.principal.minor();
  if (rng.chance(0.2)) {
    for (auto i = rng.between(1, 2); i > 0; --i) {
      request.upfront_fees.push_back({.charge = {.fixed = Money(rng.between(0, principal / 100), currency),
                                                 .fraction = rng.unit() * 0.05},
                                      .financed = rng.chance(0.5)});
    }
  }
  if (rng.chance(0.2)) {
    request.installment_fees.push_back({.fixed = Money(rng.between(0, 1000), currency), .fraction = rng.unit() * 0.001});
  }
  if (rng.chance(0.4)) {
    request.rounding = {.mode = rng.pick({Rounding::HalfUp, Rounding::HalfEven, Rounding::Up, Rounding::Down}),
                        .increment = rng.pick<std::int64_t>({1, 5, 10, 100, 1000})};
  }
  if ((request.method == Method::EqualPrincipal || request.method == Method::Flat) && rng.chance(0.2)) {
    request.residue = Residue::FirstInstallment;
  }
  if (rows > 1 && rng.chance(0.15)) {
    int installment = 0;
    for (auto i = rng.between(1, 3); i > 0 && installment < rows; --i) {
      installment = static_cast<int>(rng.between(installment + 1, rows));
      std::optional<Money> amount;
      // Mostly below what is left (the balance rarely falls faster than linearly), sometimes above.
      const double left = static_cast<double>(principal) * (rows - installment) / rows;
      if (i > 1 || rng.chance(0.8)) amount = Money(std::max<std::int64_t>(1, static_cast<std::int64_t>(rng.unit() * 0.3 * left)), currency);
      request.prepayments.push_back({.installment = installment, .amount = amount,
                                     .effect = rng.pick({PrepaymentEffect::ShorterTerm, PrepaymentEffect::LowerInstallment})});
    }
  }
  return request;
}

// Errors a valid-looking random request may legitimately meet: amounts beyond int64, a prepayment
// larger than what is left or after the loan is repaid, an increment too coarse for a residue
// placed first, deducted fees above the principal, holidays that merge two due dates.
bool expected_error(const Error& e) {
  const std::string& field = e.field();
  return (e.code() == ErrorCode::Overflow && field == "principal") || field.rfind("prepayments[", 0) == 0 ||
         field == "rounding.increment" || field == "upfront_fees" || field == "business_days.holidays";
}

}  // namespace

TEST_CASE("schedule properties: thousands of random loans hold every invariant") {
  Rng rng{20250115};
  int built = 0;
  std::map<std::string, int> rejected;  // by field
  std::int64_t rows = 0;
  for (int loan = 0; loan < 6000; ++loan) {
    const ScheduleRequest request = random_loan(rng);
    CAPTURE(loan);
    try {
      const Schedule s = build_schedule(request);
      check_invariants(request, s);
      ++built;
      rows += static_cast<std::int64_t>(s.size());
    } catch (const Error& e) {
      CAPTURE(e.field());
      CAPTURE(e.what());
      CHECK(expected_error(e));
      ++rejected[e.field().substr(0, e.field().find('['))];
    }
  }
  std::string reasons;
  for (const auto& [field, count] : rejected) reasons += " " + field + ": " + std::to_string(count);
  MESSAGE(built << " schedules (" << rows << " rows) held the invariants; rejected by field:" << reasons);
  CHECK(built > 5000);
}

TEST_CASE("schedule properties: the same loan, every method, totals that compare as they should") {
  Rng rng{7};
  for (int loan = 0; loan < 2000; ++loan) {
    CAPTURE(loan);
    ScheduleRequest request = example();
    request.principal = usd(rng.between(100, 100'000'000'00));
    request.annual_rate = rng.unit() * 4.0;
    request.term = static_cast<int>(rng.between(2, 600));
    const auto total_interest = [&](Method method) {
      request.method = method;
      const Schedule s = build_schedule(request);
      check_invariants(request, s);
      return s.totals.interest.minor();
    };
    // Repaying principal sooner costs less interest: equal principal < annuity < interest only;
    // and flat interest, charged on the original principal throughout, equals interest only.
    const auto equal = total_interest(Method::EqualPrincipal);
    const auto annuity = total_interest(Method::Annuity);
    const auto interest_only = total_interest(Method::InterestOnly);
    CHECK(equal <= annuity);
    CHECK(annuity <= interest_only);
    CHECK(total_interest(Method::Flat) == interest_only);
  }
}
