#include "loansim/iof.hpp"

#include <random>
#include <vector>

#include <doctest/doctest.h>

using namespace loansim;
using namespace std::chrono;

// Rates: Decreto 6.306/2007 art. 7 — 0.0082 % a day for individuals, 0.0041 % for companies, on
// each amortisation for its days up to 365, plus 0.38 % of the amount. Every figure below is that
// arithmetic done by hand.

namespace {
Date d(int y, unsigned m, unsigned day) { return year{y} / month{m} / std::chrono::day{day}; }
Money brl(std::int64_t centavos) { return {centavos, Currency::BRL}; }
const Date kReleased = d(2025, 1, 15);

// 12 monthly amortisations of R$ 1,000.00 on the 15th, from 2025-02-15.
std::vector<Amortization> twelve_thousand() {
  std::vector<Amortization> amortizations;
  for (int k = 1; k <= 12; ++k) amortizations.push_back({add_months(kReleased, k), brl(100000)});
  return amortizations;
}
}  // namespace

TEST_CASE("iof: the rates of the decree") {
  CHECK(iof_rates(IofBorrower::Individual).daily.digits == 82);
  CHECK(iof_rates(IofBorrower::Individual).daily.scale == 6);
  CHECK(iof_rates(IofBorrower::Company).daily.digits == 41);
  CHECK(iof_rates(IofBorrower::Company).additional.digits == 38);
  CHECK(iof_rates(IofBorrower::Company).additional.scale == 4);
}

TEST_CASE("iof: one amortisation, individual and company") {
  const std::vector<Amortization> in_30_days{{add_days(kReleased, 30), brl(1000000)}};
  // 10,000 × 0.000082 × 30 = 24.60; 10,000 × 0.0038 = 38.00.
  Iof tax = iof(brl(1000000), kReleased, in_30_days, iof_rates(IofBorrower::Individual));
  CHECK(tax.daily == brl(2460));
  CHECK(tax.additional == brl(3800));
  CHECK(tax.total == brl(6260));
  // 10,000 × 0.000041 × 30 = 12.30.
  tax = iof(brl(1000000), kReleased, in_30_days, iof_rates(IofBorrower::Company));
  CHECK(tax.daily == brl(1230));
  CHECK(tax.total == brl(5030));
}

TEST_CASE("iof: days are capped at 365") {
  // 400 days count as 365: 10,000 × 0.000082 × 365 = 299.30.
  const std::vector<Amortization> in_400_days{{add_days(kReleased, 400), brl(1000000)}};
  const Iof tax = iof(brl(1000000), kReleased, in_400_days, iof_rates(IofBorrower::Individual));
  CHECK(tax.daily == brl(29930));
  CHECK(tax.total == brl(33730));
}

TEST_CASE("iof: twelve monthly amortisations") {
  // Days from 2025-01-15 to the 15th of each following month: 31, 59, 90, 120, 151, 181, 212, 243,
  // 273, 304, 334, 365; they add up to 2,363. 1,000 × 0.000082 × 2,363 = 193.766 → 193.77.
  // 12,000 × 0.0038 = 45.60.
  const Iof tax = iof(brl(1200000), kReleased, twelve_thousand(), iof_rates(IofBorrower::Individual));
  CHECK(tax.daily == brl(19377));
  CHECK(tax.additional == brl(4560));
  CHECK(tax.total == brl(23937));
}

TEST_CASE("iof: each part rounded once, by the mode asked") {
  // 2,500.00 for one day: 250,000 × 82 / 10^6 = 20.5 centavos.
  const std::vector<Amortization> tomorrow{{add_days(kReleased, 1), brl(250000)}};
  const IofRates daily_only{{82, 6}, {0, 0}};
  CHECK(iof(brl(250000), kReleased, tomorrow, daily_only, Rounding::HalfUp).daily == brl(21));
  CHECK(iof(brl(250000), kReleased, tomorrow, daily_only, Rounding::HalfEven).daily == brl(20));
  CHECK(iof(brl(250000), kReleased, tomorrow, daily_only, Rounding::Down).daily == brl(20));
}

TEST_CASE("iof: bad amortisations are errors with their field") {
  const auto rates = iof_rates(IofBorrower::Individual);
  const auto field_of = [&](auto&& call) -> std::string {
    try {
      call();
    } catch (const Error& e) {
      return e.field();
    }
    return "no error";
  };
  const std::vector<Amortization> before{{add_days(kReleased, -1), brl(100)}};
  CHECK(field_of([&] { (void)iof(brl(100), kReleased, before, rates); }) == "amortizations[0].due_date");
  const std::vector<Amortization> short_by_one{{add_days(kReleased, 30), brl(99)}};
  CHECK(field_of([&] { (void)iof(brl(100), kReleased, short_by_one, rates); }) == "amortizations");
  const std::vector<Amortization> negative{{add_days(kReleased, 30), brl(200)}, {add_days(kReleased, 60), brl(-100)}};
  CHECK(field_of([&] { (void)iof(brl(100), kReleased, negative, rates); }) == "amortizations[1].amount");
  const std::vector<Amortization> dollars{{add_days(kReleased, 30), Money(100, Currency::USD)}};
  CHECK_THROWS_AS((void)iof(brl(100), kReleased, dollars, rates), Error);
  const std::vector<Amortization> fine{{add_days(kReleased, 30), brl(100)}};
  CHECK(field_of([&] { (void)iof(brl(100), kReleased, fine, IofRates{{2, 0}, {0, 0}}); }) == "daily_rate_pct");
}

TEST_CASE("iof: gross-up of one amortisation") {
  // F = 10,000 + IOF(F) with IOF(F) = F × (0.000082 × 30 + 0.0038) = 0.00626 F, so
  // F = 10,000 / 0.99374 = 10,062.9943: at 10,062.99 the IOF is 24.75 + 38.24 = 62.99 and
  // 10,062.99 − 62.99 = 10,000.00; at 10,062.98 it is still 62.99, leaving 9,999.99.
  const std::vector<Amortization> in_30_days{{add_days(kReleased, 30), brl(1000000)}};
  const IofGrossUp grossed = iof_financed(brl(1000000), kReleased, in_30_days, iof_rates(IofBorrower::Individual));
  CHECK(grossed.financed == brl(1006299));
  CHECK(grossed.iof.total == brl(6299));
  CHECK(grossed.released == brl(1000000));
  CHECK(grossed.iterations <= 6);
}

TEST_CASE("iof: the gross-up is the smallest financed amount that releases the net, for random loans") {
  std::mt19937_64 random(3517);
  for (int loan = 0; loan < 300; ++loan) {
    const int installments = 1 + static_cast<int>(random() % 60);
    const Money net = brl(10000 + static_cast<std::int64_t>(random() % 100'000'000));
    std::vector<Amortization> reference;
    const Money each = brl(net.minor() / installments);
    for (int k = 1; k <= installments; ++k) reference.push_back({add_months(kReleased, k), each});
    reference.back().principal += net - each.times(installments);
    const auto amortizations_of = [&](Money financed) { return scale_amortizations(reference, financed); };
    const auto borrower = loan % 2 == 0 ? IofBorrower::Individual : IofBorrower::Company;
    const auto rates = iof_rates(borrower);
    const IofGrossUp grossed = iof_financed(net, kReleased, reference, rates);
    CAPTURE(loan);
    CHECK(grossed.released >= net);
    CHECK(grossed.released <= net + brl(1));
    CHECK(grossed.financed - grossed.iof.total == grossed.released);
    CHECK(grossed.iof.total == iof(grossed.financed, kReleased, amortizations_of(grossed.financed), rates).total);
    const Money one_less = grossed.financed - brl(1);
    CHECK(one_less - iof(one_less, kReleased, amortizations_of(one_less), rates).total < net);
  }
}

TEST_CASE("iof: amortisations rescaled to another principal add up exactly") {
  const auto scaled = scale_amortizations(twelve_thousand(), brl(1206299));
  REQUIRE(scaled.size() == 12);
  Money sum = brl(0);
  for (const auto& amortization : scaled) sum += amortization.principal;
  CHECK(sum == brl(1206299));
  // 100,000 × 1,206,299 / 1,200,000 = 100,524.9166 → 100,525; the last takes the residue
  // 1,206,299 − 11 × 100,525 = 100,524.
  CHECK(scaled[0].principal == brl(100525));
  CHECK(scaled[11].principal == brl(100524));
  CHECK(scaled[3].due_date == add_months(kReleased, 4));
  CHECK_THROWS_AS((void)scale_amortizations(std::vector<Amortization>{{kReleased, brl(0)}}, brl(5)), Error);
}
