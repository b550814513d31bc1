#include "loansim/due_dates.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "loansim/error.hpp"

using namespace loansim;

namespace {

Date d(const char* text) { return parse_date(text, "date"); }

std::vector<std::string> texts(const std::vector<Date>& dates) {
  std::vector<std::string> result;
  for (const Date date : dates) result.push_back(format_date(date));
  return result;
}

Error error_of(const DueDateRule& rule, const HolidayCalendar& calendar = {}) {
  try {
    (void)due_dates(rule, calendar);
  } catch (const Error& e) {
    return e;
  }
  FAIL("expected an error");
  return Error(ErrorCode::InvalidJson, "", "");
}

}  // namespace

TEST_CASE("due_dates: monthly from a 31st clamps to each month's end and returns to the 31st") {
  const auto result = due_dates({.start = d("2025-01-31"), .term = 5});
  CHECK(texts(result.dates) == std::vector<std::string>{"2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-30"});
  CHECK(result.first_period_start == d("2025-01-31"));  // the first period is regular
  // A leap year: February 29.
  CHECK(format_date(due_dates({.start = d("2024-01-31"), .term = 2}).dates[0]) == "2024-02-29");
  // Given explicitly as the clamped date, the first due date still anchors on the start's 31st.
  CHECK(texts(due_dates({.start = d("2025-01-31"), .first_due = d("2025-02-28"), .term = 2}).dates) ==
        std::vector<std::string>{"2025-02-28", "2025-03-31"});
}

TEST_CASE("due_dates: a chosen first due date sets the day of the month and a broken first period") {
  // Short first period: disbursed on the 31st, due on the 20th; the regular period ending on
  // Feb 20 starts on Jan 20.
  const auto short_first = due_dates({.start = d("2025-01-31"), .first_due = d("2025-02-20"), .term = 3});
  CHECK(texts(short_first.dates) == std::vector<std::string>{"2025-02-20", "2025-03-20", "2025-04-20"});
  CHECK(short_first.first_period_start == d("2025-01-20"));
  // Long first period: disbursed Jan 15, first due Mar 1 (the regular period before it starts Feb 1).
  const auto long_first = due_dates({.start = d("2025-01-15"), .first_due = d("2025-03-01"), .term = 2});
  CHECK(texts(long_first.dates) == std::vector<std::string>{"2025-03-01", "2025-04-01"});
  CHECK(long_first.first_period_start == d("2025-02-01"));
}

TEST_CASE("due_dates: weeks, fortnights and a day tenor") {
  CHECK(texts(due_dates({.start = d("2025-01-01"), .term = 3, .unit = TermUnit::Week}).dates) ==
        std::vector<std::string>{"2025-01-08", "2025-01-15", "2025-01-22"});
  CHECK(texts(due_dates({.start = d("2025-01-01"), .term = 2, .unit = TermUnit::Fortnight}).dates) ==
        std::vector<std::string>{"2025-01-15", "2025-01-29"});
  // Dompet Kilat's "tenor": 4, "tenorUnit": "day": one payment four days after disbursement.
  CHECK(texts(due_dates({.start = d("2021-10-21"), .term = 4, .unit = TermUnit::Day}).dates) ==
        std::vector<std::string>{"2021-10-25"});
  CHECK(due_dates({.start = d("2025-01-01"), .term = 3660, .unit = TermUnit::Day}).dates.size() == 1);
}

TEST_CASE("adjust: following, modified following and preceding around weekends and holidays") {
  // 2025-08-30 is a Saturday; the following business day (Mon Sep 1) is in the next month.
  const HolidayCalendar weekends;
  CHECK(format_date(adjust(d("2025-08-30"), BusinessDayConvention::Following, weekends)) == "2025-09-01");
  CHECK(format_date(adjust(d("2025-08-30"), BusinessDayConvention::ModifiedFollowing, weekends)) == "2025-08-29");
  CHECK(format_date(adjust(d("2025-08-30"), BusinessDayConvention::Preceding, weekends)) == "2025-08-29");
  CHECK(format_date(adjust(d("2025-08-30"), BusinessDayConvention::Unadjusted, weekends)) == "2025-08-30");
  // Christmas 2025 is a Thursday; with Dec 25 and 26 as holidays and the weekend after, the next
  // business day is Monday Dec 29 and the previous one Wednesday Dec 24.
  const HolidayCalendar christmas{.weekends_off = true, .holidays = {d("2025-12-25"), d("2025-12-26")}};
  CHECK(format_date(adjust(d("2025-12-25"), BusinessDayConvention::Following, christmas)) == "2025-12-29");
  CHECK(format_date(adjust(d("2025-12-25"), BusinessDayConvention::Preceding, christmas)) == "2025-12-24");
  // A calendar that works weekends leaves Saturday alone.
  CHECK(is_business_day(d("2025-08-30"), HolidayCalendar{.weekends_off = false, .holidays = {}}));
  CHECK_FALSE(is_business_day(d("2025-12-26"), christmas));
}

TEST_CASE("due_dates: business-day adjustment moves each date without drifting the sequence") {
  // From Apr 30: May 30 (Fri), Jun 30 (Mon), Jul 30 (Wed), Aug 30 (Sat → Fri Aug 29 modified
  // following), Sep 30 (Tue): the adjusted Aug 29 does not pull Sep 30 back.
  const auto result = due_dates({.start = d("2025-04-30"), .term = 5, .convention = BusinessDayConvention::ModifiedFollowing});
  CHECK(texts(result.dates) == std::vector<std::string>{"2025-05-30", "2025-06-30", "2025-07-30", "2025-08-29", "2025-09-30"});
}

TEST_CASE("due_dates: bad terms, first due dates and holiday lists are errors with their field") {
  CHECK(error_of({.start = d("2025-01-01"), .term = 601}).field() == "term");
  CHECK(error_of({.start = d("2025-01-01"), .term = 1301, .unit = TermUnit::Week}).code() == ErrorCode::OutOfRange);
  CHECK(error_of({.start = d("2025-01-01"), .term = 0}).field() == "term");
  CHECK(error_of({.start = d("2025-01-01"), .first_due = d("2025-01-01"), .term = 3}).field() == "first_due_date");
  CHECK(error_of({.start = d("2025-01-01"), .first_due = d("2025-03-02"), .term = 3}).field() == "first_due_date");
  CHECK(error_of({.start = d("2025-01-01"), .first_due = d("2025-01-05"), .term = 4, .unit = TermUnit::Day}).field() ==
        "first_due_date");
  // Weekly from Wed Jan 1: Jan 8 and Jan 15. With every weekday from Jan 8 to Jan 15 a holiday,
  // both move to Thursday Jan 16: the second installment would not come after the first.
  HolidayCalendar closed;
  for (const char* day : {"2025-01-08", "2025-01-09", "2025-01-10", "2025-01-13", "2025-01-14", "2025-01-15"}) {
    closed.holidays.push_back(d(day));
  }
  const Error collision =
      error_of({.start = d("2025-01-01"), .term = 2, .unit = TermUnit::Week, .convention = BusinessDayConvention::Following}, closed);
  CHECK(collision.field() == "business_days.holidays");
  CHECK(collision.code() == ErrorCode::InvalidValue);
  // Holidays are binary-searched, so they must come in order.
  const HolidayCalendar unordered{.weekends_off = true, .holidays = {d("2025-12-26"), d("2025-12-25")}};
  CHECK(error_of({.start = d("2025-01-01"), .term = 2, .convention = BusinessDayConvention::Following}, unordered).field() ==
        "business_days.holidays");
}

TEST_CASE("due_dates: a year of consecutive holidays is walked in bounded time") {
  // 3,660 holidays in a row from 2025-01-02 (the JSON maximum) and 600 weekly due dates: every date
  // inside the block moves to its first business day, 2035-01-10 (a Wednesday), and the second
  // collides with the first: an error, found quickly.
  HolidayCalendar block;
  for (int i = 0; i < 3660; ++i) block.holidays.push_back(add_days(d("2025-01-02"), i));
  const Error collision =
      error_of({.start = d("2025-01-01"), .term = 600, .unit = TermUnit::Week, .convention = BusinessDayConvention::Following}, block);
  CHECK(collision.field() == "business_days.holidays");
  CHECK(format_date(adjust(d("2025-01-08"), BusinessDayConvention::Following, block)) == "2035-01-10");
}
