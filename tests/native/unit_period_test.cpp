#include "loansim/unit_period.hpp"

#include <doctest/doctest.h>

using namespace loansim;
using namespace std::chrono;

namespace {
Date d(int y, unsigned m, unsigned day) { return year{y} / month{m} / std::chrono::day{day}; }
}  // namespace

TEST_CASE("unit_period: a year holds 365 days, 52 weeks, 24 semimonths, 12 months (Appendix J (b)(6))") {
  CHECK(per_year({TimeUnit::Day, 1}) == 365.0);
  CHECK(per_year({TimeUnit::Week, 1}) == 52.0);
  CHECK(per_year({TimeUnit::Week, 2}) == 26.0);
  CHECK(per_year({TimeUnit::Week, 4}) == 13.0);
  CHECK(per_year({TimeUnit::Semimonth, 1}) == 24.0);
  CHECK(per_year({TimeUnit::Month, 1}) == 12.0);
  CHECK(per_year({TimeUnit::Month, 3}) == 4.0);
  CHECK(per_year({TimeUnit::Month, 12}) == 1.0);
  // Appendix J (c)(5)(i): a 255-day single-payment term is one unit period, 365/255 of them a year.
  CHECK(per_year({TimeUnit::Day, 255}) == doctest::Approx(365.0 / 255.0).epsilon(1e-15));
}

TEST_CASE("unit_period: periods a year back to a calendar unit period") {
  const auto check = [](double periods, TimeUnit unit, int count) {
    const auto found = unit_period_for(periods);
    REQUIRE(found);
    CHECK(found->unit == unit);
    CHECK(found->count == count);
  };
  check(12, TimeUnit::Month, 1);
  check(6, TimeUnit::Month, 2);   // every two months, Appendix J (c)(4)(ii)
  check(4, TimeUnit::Month, 3);   // a quarter, not 13 weeks: months are tried first
  check(1, TimeUnit::Month, 12);
  check(13, TimeUnit::Week, 4);   // every four weeks, Appendix J (c)(2)(ii)
  check(26, TimeUnit::Week, 2);
  check(52, TimeUnit::Week, 1);
  check(24, TimeUnit::Semimonth, 1);
  check(365, TimeUnit::Day, 1);
  check(365.0 / 255.0, TimeUnit::Day, 255);
  CHECK_FALSE(unit_period_for(10.0));
  CHECK_FALSE(unit_period_for(0.0));
  CHECK_FALSE(unit_period_for(-12.0));
}

TEST_CASE("unit_period: series dates") {
  CHECK(add_unit_periods(d(2025, 1, 31), {TimeUnit::Month, 1}, 1) == d(2025, 2, 28));  // clamped...
  CHECK(add_unit_periods(d(2025, 1, 31), {TimeUnit::Month, 1}, 2) == d(2025, 3, 31));  // ...without drift
  CHECK(add_unit_periods(d(1978, 5, 1), {TimeUnit::Month, 2}, 18) == d(1981, 5, 1));
  CHECK(add_unit_periods(d(1978, 4, 11), {TimeUnit::Week, 2}, 19) == d(1979, 1, 2));   // 266 days later
  CHECK(add_unit_periods(d(2025, 3, 3), {TimeUnit::Day, 1}, 30) == d(2025, 4, 2));
  // Semimonths alternate between d and d + 15: 1st/16th, and 16th/1st when the series starts late.
  CHECK(add_unit_periods(d(1978, 3, 1), {TimeUnit::Semimonth, 1}, 1) == d(1978, 3, 16));
  CHECK(add_unit_periods(d(1978, 3, 1), {TimeUnit::Semimonth, 1}, 2) == d(1978, 4, 1));
  CHECK(add_unit_periods(d(1978, 3, 16), {TimeUnit::Semimonth, 1}, 1) == d(1978, 4, 1));
  CHECK(add_unit_periods(d(1978, 3, 16), {TimeUnit::Semimonth, 1}, 2) == d(1978, 4, 16));
  CHECK(add_unit_periods(d(2025, 2, 15), {TimeUnit::Semimonth, 1}, 1) == d(2025, 2, 28));  // 30th clamped
}

TEST_CASE("unit_period: positions count whole unit periods back from the date (Appendix J (b)(5))") {
  // (c)(1)(ii): advance 2-10-78, first payment 4-1-78: 1 month and 19 days, t = 1, f = 19/30.
  auto p = position_in_unit_periods(d(1978, 2, 10), d(1978, 4, 1), {TimeUnit::Month, 1});
  CHECK(p.whole == 1);
  CHECK(p.fraction == doctest::Approx(19.0 / 30.0).epsilon(1e-15));
  // (c)(1)(iv): advance 5-23-78, first quarterly payment 10-1-78: back one quarter to 7-1, one
  // month to 6-1, 9 days to 5-23: t = 1, f = (30 + 9)/90.
  p = position_in_unit_periods(d(1978, 5, 23), d(1978, 10, 1), {TimeUnit::Month, 3});
  CHECK(p.whole == 1);
  CHECK(p.fraction == doctest::Approx(39.0 / 90.0).epsilon(1e-15));
  // (c)(4)(ii): advance 1-10-78, first payment 3-1-78 every two months: 1 month + 22 days, f = 52/60.
  p = position_in_unit_periods(d(1978, 1, 10), d(1978, 3, 1), {TimeUnit::Month, 2});
  CHECK(p.whole == 0);
  CHECK(p.fraction == doctest::Approx(52.0 / 60.0).epsilon(1e-15));
  // (c)(1)(iii): advance 2-23-78, semimonthly payments from 3-1-78: 6 days, f = 6/15; 3-16 is t = 1.
  p = position_in_unit_periods(d(1978, 2, 23), d(1978, 3, 1), {TimeUnit::Semimonth, 1});
  CHECK(p.whole == 0);
  CHECK(p.fraction == doctest::Approx(0.4).epsilon(1e-15));
  p = position_in_unit_periods(d(1978, 2, 23), d(1978, 3, 16), {TimeUnit::Semimonth, 1});
  CHECK(p.whole == 1);
  CHECK(p.fraction == doctest::Approx(0.4).epsilon(1e-15));
  // (c)(1)(v): advance 3-20-78, first weekly payment 4-21-78: 32 days = 4 weeks + 4 days.
  p = position_in_unit_periods(d(1978, 3, 20), d(1978, 4, 21), {TimeUnit::Week, 1});
  CHECK(p.whole == 4);
  CHECK(p.fraction == doctest::Approx(4.0 / 7.0).epsilon(1e-15));
  // (c)(2)(ii): advance 3-18-78, first payment 4-20-78 every 4 weeks: 33 days = 28 + 5.
  p = position_in_unit_periods(d(1978, 3, 18), d(1978, 4, 20), {TimeUnit::Week, 4});
  CHECK(p.whole == 1);
  CHECK(p.fraction == doctest::Approx(5.0 / 28.0).epsilon(1e-15));
  // (c)(5)(i): 1-3-78 to 9-15-78 is 255 days, one unit period of 255 days.
  p = position_in_unit_periods(d(1978, 1, 3), d(1978, 9, 15), {TimeUnit::Day, 255});
  CHECK(p.whole == 1);
  CHECK(p.fraction == 0.0);
}

TEST_CASE("unit_period: month ends count to month ends (Appendix J (b)(3)(iv))") {
  // Payments on the last day of each month: 2-28 counts back to 1-31, then 21 days to 1-10.
  auto p = position_in_unit_periods(d(2025, 1, 10), d(2025, 2, 28), {TimeUnit::Month, 1});
  CHECK(p.whole == 1);
  CHECK(p.fraction == doctest::Approx(21.0 / 30.0).epsilon(1e-15));
  p = position_in_unit_periods(d(2025, 1, 10), d(2025, 1, 31), {TimeUnit::Month, 1});
  CHECK(p.whole == 0);
  CHECK(p.fraction == doctest::Approx(21.0 / 30.0).epsilon(1e-15));
  // A series on the 30th: February's last day is its 30th, so back one month is 1-30, 20 days on.
  p = position_in_unit_periods(d(2025, 1, 10), d(2025, 2, 28), {TimeUnit::Month, 1}, 30.0, 30);
  CHECK(p.whole == 1);
  CHECK(p.fraction == doctest::Approx(20.0 / 30.0).epsilon(1e-15));
  // A series on the 28th: 1-28, 18 days on.
  p = position_in_unit_periods(d(2025, 1, 10), d(2025, 2, 28), {TimeUnit::Month, 1}, 30.0, 28);
  CHECK(p.fraction == doctest::Approx(18.0 / 30.0).epsilon(1e-15));
  // The EU's equal month of 365/12 days for the odd whole months of a longer unit.
  p = position_in_unit_periods(d(2025, 1, 10), d(2025, 3, 10), {TimeUnit::Month, 12}, 365.0 / 12.0);
  CHECK(p.whole == 0);
  CHECK(p.fraction == doctest::Approx(2.0 / 12.0).epsilon(1e-15));
  // Same day: the start itself.
  p = position_in_unit_periods(d(2025, 1, 10), d(2025, 1, 10), {TimeUnit::Semimonth, 1});
  CHECK(p.whole == 0);
  CHECK(p.fraction == 0.0);
}
