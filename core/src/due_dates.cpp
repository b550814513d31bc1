#include "loansim/due_dates.hpp"

#include <algorithm>
#include <string>

#include "loansim/error.hpp"
#include "loansim/ordering.hpp"

namespace loansim {

using namespace std::chrono;

int max_term(TermUnit unit) noexcept {
  switch (unit) {
    case TermUnit::Month: return 600;
    case TermUnit::Week: return 1300;
    case TermUnit::Fortnight: return 650;
    case TermUnit::Day: return 3660;
  }
  return 0;
}

void sort_holidays(HolidayCalendar& calendar) {
  // By day number, through ascending_order: the one sort the core shares, not a std::sort of dates.
  std::vector<double> days;
  days.reserve(calendar.holidays.size());
  for (const Date day : calendar.holidays) days.push_back(static_cast<double>(sys_days{day}.time_since_epoch().count()));
  std::vector<Date> sorted;
  sorted.reserve(days.size());
  for (const std::size_t i : ascending_order(days)) sorted.push_back(calendar.holidays[i]);
  calendar.holidays = std::move(sorted);
}

bool is_business_day(Date date, const HolidayCalendar& calendar) {
  if (calendar.weekends_off) {
    const weekday w{sys_days{date}};
    if (w == Saturday || w == Sunday) return false;
  }
  return !std::binary_search(calendar.holidays.begin(), calendar.holidays.end(), date);
}

Date adjust(Date date, BusinessDayConvention convention, const HolidayCalendar& calendar) {
  // Each loop ends: at most holidays.size() weekdays in a row can be holidays.
  const auto step_to_business_day = [&](Date from, int direction) {
    while (!is_business_day(from, calendar)) from = add_days(from, direction);
    return from;
  };
  switch (convention) {
    case BusinessDayConvention::Unadjusted: return date;
    case BusinessDayConvention::Following: return step_to_business_day(date, 1);
    case BusinessDayConvention::Preceding: return step_to_business_day(date, -1);
    case BusinessDayConvention::ModifiedFollowing: {
      const Date following = step_to_business_day(date, 1);
      return following.month() == date.month() ? following : step_to_business_day(date, -1);
    }
  }
  return date;
}

DueDates due_dates(const DueDateRule& rule, const HolidayCalendar& calendar) {
  if (rule.term < 1 || rule.term > max_term(rule.unit)) {
    fail(ErrorCode::OutOfRange, "term",
         "must be between 1 and " + std::to_string(max_term(rule.unit)) + " for this term unit");
  }
  DueDates result{{}, rule.start};
  if (rule.unit == TermUnit::Day) {
    if (rule.first_due) {
      fail(ErrorCode::InvalidValue, "first_due_date",
           "a day tenor has a single payment, term days after start_date; leave first_due_date out");
    }
    result.dates.push_back(adjust(advance(rule.start, rule.term, rule.unit), rule.convention, calendar));
  } else {
    const Date regular_first = advance(rule.start, 1, rule.unit);
    const Date first_due = rule.first_due.value_or(regular_first);
    if (first_due <= rule.start || first_due > advance(rule.start, 2, rule.unit)) {
      fail(ErrorCode::OutOfRange, "first_due_date",
           "must be after start_date and at most two periods after it");
    }
    // Anchoring on the start date when the first period is regular keeps a 31st start on the 31st
    // of long months; otherwise the first due date sets the day of the month.
    const bool regular = first_due == regular_first;
    const Date anchor = regular ? rule.start : first_due;
    const int offset = regular ? 1 : 0;
    if (!regular) result.first_period_start = advance(first_due, -1, rule.unit);
    result.dates.reserve(static_cast<std::size_t>(rule.term));
    for (int k = 0; k < rule.term; ++k) result.dates.push_back(advance(anchor, k + offset, rule.unit));
  }
  if (rule.convention != BusinessDayConvention::Unadjusted) {
    if (!std::is_sorted(calendar.holidays.begin(), calendar.holidays.end())) {
      fail(ErrorCode::InvalidValue, "business_days.holidays", "must be in ascending date order");
    }
    for (Date& date : result.dates) date = adjust(date, rule.convention, calendar);
    Date previous = rule.start;
    for (std::size_t k = 0; k < result.dates.size(); ++k) {
      if (result.dates[k] <= previous) {
        fail(ErrorCode::InvalidValue, "business_days.holidays",
             "the business-day adjustment moves installment " + std::to_string(k + 1) + " to " +
                 format_date(result.dates[k]) + ", not after " + format_date(previous));
      }
      previous = result.dates[k];
    }
  }
  return result;
}

}  // namespace loansim
