#include "loansim/day_count.hpp"

#include <doctest/doctest.h>

using namespace loansim;

namespace {
Date d(const char* text) { return parse_date(text, "date"); }
}  // namespace

// The 30/360 date pairs below are the ISDA worked examples for the 2006 Definitions ("Calculation
// examples of 30/360 and 30E/360", isda.org; tabulated again in OpenGamma's "Interest Rate
// Instruments and Market Conventions Guide", ch. 3). Each expected day count is derived in its
// comment from the §4.16 formula 360·(Y2−Y1) + 30·(M2−M1) + (D2−D1).
TEST_CASE("day_count_days: 30/360 US (Bond Basis) and 30E/360 on the ISDA example dates") {
  struct Example {
    const char* start;
    const char* end;
    int us;
    int european;
  };
  const Example examples[] = {
      {"2007-01-15", "2007-01-30", 15, 15},    // 30 − 15
      {"2007-01-15", "2007-02-15", 30, 30},    // 30·1
      {"2007-01-15", "2007-07-15", 180, 180},  // 30·6
      {"2007-09-30", "2008-03-31", 180, 180},  // D1 = 30, so D2 31 → 30: 360 − 180 + 0
      {"2007-09-30", "2007-10-31", 30, 30},    // D2 31 → 30 (D1 is 30): 30 + 0
      {"2007-09-30", "2008-09-30", 360, 360},  // 360
      {"2007-01-15", "2007-01-31", 16, 15},    // US keeps D2 = 31 (D1 = 15 < 30); 30E makes it 30
      {"2007-01-31", "2007-02-28", 28, 28},    // D1 31 → 30: 30 + (28 − 30)
      {"2007-02-28", "2007-03-31", 33, 32},    // US: 30 + (31 − 28); 30E: 30 + (30 − 28)
      {"2006-08-31", "2007-02-28", 178, 178},  // D1 → 30: 360 − 180 + (28 − 30)
      {"2007-02-28", "2007-08-31", 183, 182},  // US: 180 + 3; 30E: 180 + 2
      {"2007-02-14", "2007-02-28", 14, 14},    // 28 − 14
      {"2007-02-26", "2008-02-29", 363, 363},  // 360 + 3
      {"2008-02-29", "2009-02-28", 359, 359},  // 360 − 1
      {"2008-02-29", "2008-03-30", 31, 31},    // 30 + 1
      {"2008-02-29", "2008-03-31", 32, 31},    // US keeps D2 = 31 (D1 = 29): 30 + 2; 30E: 30 + 1
      {"2007-02-28", "2007-03-05", 7, 7},      // 30 + (5 − 28)
      {"2007-10-31", "2007-11-28", 28, 28},    // D1 → 30: 30 + (28 − 30)
      {"2007-08-31", "2008-02-29", 179, 179},  // D1 → 30: 360 − 180 + (29 − 30)
      {"2008-02-29", "2008-08-31", 182, 181},  // US: 180 + 2; 30E: 180 + 1
      {"2008-08-31", "2009-02-28", 178, 178},  // D1 → 30: 360 − 180 − 2
      {"2009-02-28", "2009-08-31", 183, 182},  // US: 180 + 3; 30E: 180 + 2
  };
  for (const auto& example : examples) {
    CAPTURE(example.start);
    CAPTURE(example.end);
    CHECK(day_count_days(DayCount::Thirty360US, d(example.start), d(example.end)) == example.us);
    CHECK(day_count_days(DayCount::Thirty360European, d(example.start), d(example.end)) == example.european);
    CHECK(year_fraction(DayCount::Thirty360US, d(example.start), d(example.end)) == doctest::Approx(example.us / 360.0));
  }
}

TEST_CASE("year_fraction: Actual/Actual (ISDA) splits the days between leap and common years") {
  // ISDA, "The Actual/Actual Day Count Fraction" (memo, 1999), §2(a) example: 1 Nov 2003 to
  // 1 May 2004 is 61/365 + 121/366 = 0.16712 + 0.33060 = 0.49772.
  CHECK(year_fraction(DayCount::ActualActualISDA, d("2003-11-01"), d("2004-05-01")) ==
        doctest::Approx(61.0 / 365 + 121.0 / 366).epsilon(1e-15));
  CHECK(year_fraction(DayCount::ActualActualISDA, d("2003-11-01"), d("2004-05-01")) == doctest::Approx(0.49772).epsilon(1e-5));
  // Hand derivations: a whole leap year is exactly 1; a span over three calendar years adds its
  // three pieces: 2007-12-01 → 2008-01-01 is 31/365, all of 2008 is 366/366, 2009-01-01 →
  // 2009-03-01 is 59/365.
  CHECK(year_fraction(DayCount::ActualActualISDA, d("2024-01-01"), d("2025-01-01")) == 1.0);
  CHECK(year_fraction(DayCount::ActualActualISDA, d("2007-12-01"), d("2009-03-01")) ==
        doctest::Approx(31.0 / 365 + 1.0 + 59.0 / 365).epsilon(1e-15));
  CHECK(year_fraction(DayCount::ActualActualISDA, d("2025-03-01"), d("2025-03-01")) == 0.0);
}

TEST_CASE("year_fraction: actual days over a fixed year") {
  // 2006-08-20 → 2007-02-20 is 184 calendar days (11 + 30 + 31 + 30 + 31 + 31 + 20).
  CHECK(day_count_days(DayCount::Actual360, d("2006-08-20"), d("2007-02-20")) == 184);
  CHECK(year_fraction(DayCount::Actual360, d("2006-08-20"), d("2007-02-20")) == 184.0 / 360);
  CHECK(year_fraction(DayCount::Actual365Fixed, d("2006-08-20"), d("2007-02-20")) == 184.0 / 365);
  // A leap year under ACT/365F is 366/365, not 1.
  CHECK(year_fraction(DayCount::Actual365Fixed, d("2024-01-01"), d("2025-01-01")) == 366.0 / 365);
}

TEST_CASE("year_fraction: reversed dates give the negated fraction under every convention") {
  for (const auto convention : {DayCount::Thirty360US, DayCount::Thirty360European, DayCount::Actual360,
                                DayCount::Actual365Fixed, DayCount::ActualActualISDA}) {
    CAPTURE(static_cast<int>(convention));
    const Date a = d("2007-01-31");
    const Date b = d("2008-03-31");
    CHECK(year_fraction(convention, b, a) == -year_fraction(convention, a, b));
    CHECK(day_count_days(convention, b, a) == -day_count_days(convention, a, b));
  }
}
