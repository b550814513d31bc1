// Unit periods: the time step a rate is quoted per (a day, a week, a semimonth, a month, or a
// multiple of one), how many fit in a year, and where a dated flow falls on a time line counted in
// them. The counting follows 12 CFR 1026 Appendix J (b)(3)–(b)(6), which the other standards
// (RBI, OJK, plain IRR) share when their flows are dated.
#pragma once

#include <optional>

#include "loansim/date.hpp"

namespace loansim {

enum class TimeUnit : unsigned char { Day, Week, Semimonth, Month };

// `count` units of `unit`: {Week, 2} is a fortnight, {Month, 3} a quarter, {Day, 255} the single
// unit period of a 255-day single-payment loan (Appendix J (c)(5)(i)).
struct UnitPeriod {
  TimeUnit unit = TimeUnit::Month;
  int count = 1;
};

// A year holds 365 days, 52 weeks, 24 semimonths or 12 months (Appendix J (b)(6)).
[[nodiscard]] double per_year(UnitPeriod period) noexcept;

// The unit period `per_year` of which make a year: a whole number of months when 12 / per_year is
// one (6 → two months, 1 → a year), else of weeks (13 → four weeks), 24 → a semimonth, else of days
// (365 → a day, 365/255 → 255 days). nullopt when none fits (per_year = 10): such a unit period has
// no calendar length, so only flows given by position can use it.
[[nodiscard]] std::optional<UnitPeriod> unit_period_for(double per_year) noexcept;

// `n` unit periods after `anchor`: months from the anchor each time (end-of-month clamping, no
// drift, see add_months); semimonths alternate between a day d ≤ 15 and d + 15 (the 1st and 16th,
// the 15th and the month's end...).
[[nodiscard]] Date add_unit_periods(Date anchor, UnitPeriod period, int n) noexcept;

// Where `at` falls after `start` (at ≥ start), per Appendix J (b)(5): whole unit periods counted
// back from `at`, then the odd days left over as a fraction of a unit period. Within month-based
// units, odd whole months count `days_per_month` days each (Reg Z: 30; the EU's equal month:
// 365/12) and so do the unit's months; a semimonth is 15 days; weeks and days are exact.
// Months count back to the day of the flow's series (`series_day`, 1–31, clamped to each month's
// end: a series on the 30th counts February's last day as its 30th, Appendix J (b)(3)(iv)); with
// no series day (0), to the date's own day, and from a month's last day to the last days of
// earlier months.
struct UnitPeriodPosition {
  int whole = 0;          // t: full unit periods
  double fraction = 0.0;  // f: the odd part, in [0, 1]
};
[[nodiscard]] UnitPeriodPosition position_in_unit_periods(Date start, Date at, UnitPeriod period,
                                                          double days_per_month = 30.0, int series_day = 0) noexcept;

}  // namespace loansim
