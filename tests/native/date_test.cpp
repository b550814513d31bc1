#include "loansim/date.hpp"

#include <doctest/doctest.h>

#include "loansim/error.hpp"

using namespace loansim;

TEST_CASE("add_months: end-of-month clamping without drift") {
  const Date jan31 = parse_date("2024-01-31", "d");
  CHECK(format_date(add_months(jan31, 1)) == "2024-02-29");  // leap year
  CHECK(format_date(add_months(jan31, 2)) == "2024-03-31");  // back to the 31st, not the 29th
  CHECK(format_date(add_months(parse_date("2025-01-31", "d"), 1)) == "2025-02-28");
  CHECK(format_date(add_months(parse_date("2025-08-31", "d"), 1)) == "2025-09-30");
  CHECK(format_date(add_months(parse_date("2025-12-15", "d"), 1)) == "2026-01-15");  // year rollover
  CHECK(format_date(add_months(parse_date("2025-03-31", "d"), -1)) == "2025-02-28");
}

TEST_CASE("days_between: calendar days, leap years included") {
  CHECK(days_between(parse_date("2024-01-01", "d"), parse_date("2025-01-01", "d")) == 366);
  CHECK(days_between(parse_date("2025-01-01", "d"), parse_date("2026-01-01", "d")) == 365);
  CHECK(days_between(parse_date("2025-02-15", "d"), parse_date("2025-01-15", "d")) == -31);
  CHECK(format_date(add_days(parse_date("2025-02-27", "d"), 2)) == "2025-03-01");
}

TEST_CASE("parse_date: strict ISO form and the product's bounds") {
  for (const char* bad : {"2025-02-30", "2025-13-01", "2025-1-01", "25-01-01", "2025/01/01", "2025-01-01T00", ""}) {
    CAPTURE(bad);
    CHECK_THROWS_AS((void)parse_date(bad, "start_date"), Error);
  }
  try {
    (void)parse_date("1899-12-31", "start_date");
    FAIL("expected out_of_range");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::OutOfRange);
    CHECK(e.field() == "start_date");
  }
  CHECK(parse_date("2200-12-31", "d") == kLatestDate);
}

TEST_CASE("whole_months_between: a month counts once its day is reached") {
  const auto d = [](const char* text) { return parse_date(text, "x"); };
  CHECK(whole_months_between(d("2020-08-01"), d("2025-01-15")) == 53);  // KOCEK seed 000 member_date: 4 years 5 months
  CHECK(whole_months_between(d("1984-04-10"), d("2025-04-09")) / 12 == 40);  // the day before the 41st birthday
  CHECK(whole_months_between(d("1984-04-10"), d("2025-04-10")) / 12 == 41);
  CHECK(whole_months_between(d("2024-01-31"), d("2024-02-29")) == 0);   // 31 January + 1 month is not reached on the 29th
  CHECK(whole_months_between(d("2025-01-15"), d("2020-08-01")) == -53);
  CHECK(whole_months_between(d("2025-01-15"), d("2025-01-15")) == 0);
}
