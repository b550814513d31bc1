#include "loansim/affordability.hpp"

#include <doctest/doctest.h>

#include "loansim/error.hpp"

using namespace loansim;

namespace {
Money idr(std::int64_t rupiah) { return {rupiah, Currency::IDR}; }
constexpr RoundingPolicy kRupiah{Rounding::Up, 1};
constexpr RoundingPolicy kRp100{Rounding::Up, 100};
constexpr PeriodicRate kOnePercent{0.01};
}  // namespace

TEST_CASE("peak_installment: KOCEK seed 000's request, Rp 10,000,000 over 12 months at 12 % a year, annuity") {
  // numpy-financial pmt(0.01, 12, -10000) = 888.4878867834161, so Rp 10,000,000 pays
  // 888,487.8867…: rounded up to the rupiah 888,488, and up to Rp 100 888,500.
  CHECK(peak_installment(idr(10'000'000), kOnePercent, 12, InterestMethod::Annuity, kRupiah) == idr(888'488));
  CHECK(peak_installment(idr(10'000'000), kOnePercent, 12, InterestMethod::Annuity, kRp100) == idr(888'500));
}

TEST_CASE("peak_installment: flat and the first declining installment are P/n + P·r") {
  // 50,000,000 × (1/24 + 0.01) = 2,083,333.33 + 500,000 = 2,583,333.33 → up: 2,583,334
  // (recommendation-scoring-research.md §B14 quotes 2,583,333 before rounding up).
  CHECK(peak_installment(idr(50'000'000), kOnePercent, 24, InterestMethod::Flat, kRupiah) == idr(2'583'334));
  CHECK(peak_installment(idr(50'000'000), kOnePercent, 24, InterestMethod::Declining, kRupiah) == idr(2'583'334));
  // Zero rate: principal / n for every method (12,000,000 / 12).
  for (const auto method : {InterestMethod::Annuity, InterestMethod::Flat, InterestMethod::Declining}) {
    CHECK(peak_installment(idr(12'000'000), PeriodicRate{0.0}, 12, method, kRupiah) == idr(1'000'000));
  }
}

TEST_CASE("peak_installment: whole results stay whole under Up rounding") {
  // 500,000 / 10 + 500,000 × 2 % = 60,000 exactly, but 500,000 × (1/10 + 0.02) in binary is
  // 60,000.00000000001: it must not round up to 60,001 (and to Rp 60,100).
  CHECK(peak_installment(idr(500'000), PeriodicRate{0.02}, 10, InterestMethod::Flat, kRupiah) == idr(60'000));
  CHECK(peak_installment(idr(500'000), PeriodicRate{0.02}, 10, InterestMethod::Flat, kRp100) == idr(60'000));
  // 10,000,000 / 10 + 10,000,000 × 2 % = 1,200,000 (the factor's exact binary product is above it).
  CHECK(peak_installment(idr(10'000'000), PeriodicRate{0.02}, 10, InterestMethod::Declining, kRupiah) == idr(1'200'000));
  // 1,000,000 / 3 + 0 = 333,333.33 → up: 333,334.
  CHECK(peak_installment(idr(1'000'000), PeriodicRate{0.0}, 3, InterestMethod::Flat, kRupiah) == idr(333'334));
}

TEST_CASE("max_principal: §B14's capacity table, Rp 900,000 a month at 1 % flat, floored to Rp 100,000") {
  // P = 900,000 / (1/n + 0.01): n=12 → 9,642,857; 24 → 17,419,354; 36 → 23,823,529; 48 → 29,189,189;
  // 60 → 33,750,000; each floored to Rp 100,000.
  const std::pair<int, std::int64_t> table[] = {{12, 9'600'000}, {24, 17'400'000}, {36, 23'800'000}, {48, 29'100'000}, {60, 33'700'000}};
  for (const auto& row : table) {
    CAPTURE(row.first);
    CHECK(max_principal(idr(900'000), kOnePercent, row.first, InterestMethod::Flat, kRupiah, 100'000) == idr(row.second));
  }
  // 33,700,000 × (1/60 + 0.01) = 898,666.67 → 898,667 ≤ 900,000 (§B14's installment).
  CHECK(peak_installment(idr(33'700'000), kOnePercent, 60, InterestMethod::Flat, kRupiah) == idr(898'667));
}

TEST_CASE("max_principal: annuity at 1.8 % a month over 60 months carries about Rp 32.86 million on Rp 900,000") {
  // factor = 0.018 / (1 − 1.018^−60) = 0.0273920…; 900,000 / 0.0273920 = 32,856,3xx (§B14: ≈ 32.86M),
  // floored to Rp 100,000: 32,800,000.
  CHECK(max_principal(idr(900'000), PeriodicRate{0.018}, 60, InterestMethod::Annuity, kRupiah, 100'000) == idr(32'800'000));
}

TEST_CASE("max_principal: the result always fits, and one more step never does") {
  for (const std::int64_t budget : {1'000, 99'999, 888'500, 900'000, 1'234'567, 25'000'000}) {
    for (const int months : {1, 3, 12, 60, 360}) {
      for (const auto method : {InterestMethod::Annuity, InterestMethod::Flat}) {
        CAPTURE(budget);
        CAPTURE(months);
        const Money p = max_principal(idr(budget), PeriodicRate{0.0125}, months, method, kRp100, 1'000);
        CHECK(peak_installment(p, PeriodicRate{0.0125}, months, method, kRp100) <= idr(budget));
        CHECK(peak_installment(p + idr(1'000), PeriodicRate{0.0125}, months, method, kRp100) > idr(budget));
      }
    }
  }
  CHECK(max_principal(idr(0), kOnePercent, 12, InterestMethod::Annuity, kRupiah, 1) == idr(0));
  CHECK(max_principal(idr(-5), kOnePercent, 12, InterestMethod::Annuity, kRupiah, 1) == idr(0));
  CHECK_THROWS_AS((void)max_principal(idr(5), kOnePercent, 12, InterestMethod::Annuity, kRupiah, 0), Error);
}

TEST_CASE("property: at a fixed rate, a longer tenure never raises the installment") {
  for (const auto method : {InterestMethod::Annuity, InterestMethod::Flat, InterestMethod::Declining}) {
    for (const double rate : {0.0, 0.005, 0.01, 0.03, 0.2}) {
      Money previous = peak_installment(idr(10'000'000), PeriodicRate{rate}, 1, method, kRp100);
      for (int months = 2; months <= 600; ++months) {
        const Money next = peak_installment(idr(10'000'000), PeriodicRate{rate}, months, method, kRp100);
        CAPTURE(months);
        CHECK(next <= previous);
        previous = next;
      }
    }
  }
}
