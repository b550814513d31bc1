// When installments fall due: a term of N months, weeks, fortnights or days from a start date,
// with optional business-day adjustment against weekends and a caller-supplied holiday list.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "loansim/date.hpp"

namespace loansim {

enum class TermUnit : std::uint8_t {
  Month,      // one installment a month, on the same day of the month
  Week,       // one installment every 7 days
  Fortnight,  // one installment every 14 days
  Day,        // a day tenor: a single payment `term` days after the start (Dompet Kilat's "tenorUnit": "day")
};

// The longest term the product accepts in each unit: 600 months, 1,300 weeks, 650 fortnights, 3,660 days.
[[nodiscard]] int max_term(TermUnit unit) noexcept;

// The date `count` units after `anchor`. Months keep the anchor's day of the month, clamped to the
// month's end (add_months), so a sequence computed from one anchor never drifts. Day units step days.
// Inline: due dates call it once per installment.
[[nodiscard]] inline Date advance(Date anchor, int count, TermUnit unit) noexcept {
  switch (unit) {
    case TermUnit::Month: return add_months(anchor, count);
    case TermUnit::Week: return add_days(anchor, 7 * count);
    case TermUnit::Fortnight: return add_days(anchor, 14 * count);
    case TermUnit::Day: return add_days(anchor, count);
  }
  return anchor;
}

enum class BusinessDayConvention : std::uint8_t {
  Unadjusted,         // due dates stay where the calendar puts them
  Following,          // the next business day
  ModifiedFollowing,  // the next business day, unless that is in the next month: then the previous one
  Preceding,          // the previous business day
};

// Which days are not business days: Saturdays and Sundays (unless weekends_off is false) and the
// listed holidays, in ascending order (binary-searched; duplicates allowed).
struct HolidayCalendar {
  bool weekends_off = true;
  std::vector<Date> holidays;
};

// Puts the holidays in ascending order, as given ones may come in any.
void sort_holidays(HolidayCalendar& calendar);

[[nodiscard]] bool is_business_day(Date date, const HolidayCalendar& calendar);

// `date` moved to a business day by `convention`. A calendar with no business day at all cannot be
// built (it would need infinitely many holidays), so the search always ends, after at most as many
// steps as there are holidays and weekend days in a row.
[[nodiscard]] Date adjust(Date date, BusinessDayConvention convention, const HolidayCalendar& calendar);

struct DueDateRule {
  Date start;                          // the disbursement date
  std::optional<Date> first_due = {};  // default: one unit after start (the regular first period)
  int term = 1;                        // number of units: installments, or days for a day tenor
  TermUnit unit = TermUnit::Month;
  BusinessDayConvention convention = BusinessDayConvention::Unadjusted;
};

struct DueDates {
  std::vector<Date> dates;  // one per installment, adjusted by the rule's convention, strictly increasing
  // Where the regular period that ends on the (unadjusted) first due date begins. Equal to the start
  // date when the first period is regular; otherwise the first period is broken (shorter or longer).
  Date first_period_start;
};

// The due dates of a term. Months, weeks and fortnights give `term` installments, the first on
// first_due and the next ones a unit apart. Monthly dates follow the day of the month of the start
// date when first_due is start + 1 month (start Jan 31: Feb 28, Mar 31, Apr 30...), and the day of
// first_due otherwise. A day tenor gives one date, `term` days after start (first_due must be absent).
// Errors: term outside 1..max_term(unit) ("term"), first_due not after start or more than two units
// after it ("first_due_date"), holidays out of order, and holidays that push a due date onto or
// before the previous one or the start ("business_days.holidays").
[[nodiscard]] DueDates due_dates(const DueDateRule& rule, const HolidayCalendar& calendar = {});

}  // namespace loansim
