#include "loansim/day_count.hpp"

namespace loansim {
namespace {

using namespace std::chrono;

// [360 × (Y2 − Y1) + 30 × (M2 − M1) + (D2 − D1)], the formula of §4.16(f) and (g), for start ≤ end.
int thirty_360_days(Date start, Date end, bool european) {
  int d1 = static_cast<int>(static_cast<unsigned>(start.day()));
  int d2 = static_cast<int>(static_cast<unsigned>(end.day()));
  if (d1 == 31) d1 = 30;
  if (d2 == 31 && (european || d1 == 30)) d2 = 30;
  const int years = static_cast<int>(end.year()) - static_cast<int>(start.year());
  const int months = static_cast<int>(static_cast<unsigned>(end.month())) - static_cast<int>(static_cast<unsigned>(start.month()));
  return 360 * years + 30 * months + (d2 - d1);
}

// Σ over the calendar years the period touches of (its days in that year) / (days in that year),
// for start ≤ end. One step per calendar year, so the loop is bounded by the dates themselves.
double actual_actual_isda(Date start, Date end) {
  double fraction = 0.0;
  Date from = start;
  while (from < end) {
    const year y = from.year();
    const Date next_year = (y + years{1}) / January / 1;
    const Date to = next_year < end ? next_year : end;
    fraction += days_between(from, to) / (y.is_leap() ? 366.0 : 365.0);
    from = to;
  }
  return fraction;
}

int counted_days(DayCount convention, Date start, Date end) {
  switch (convention) {
    case DayCount::Thirty360US: return thirty_360_days(start, end, false);
    case DayCount::Thirty360European: return thirty_360_days(start, end, true);
    case DayCount::Actual360:
    case DayCount::Actual365Fixed:
    case DayCount::ActualActualISDA: return days_between(start, end);
  }
  return days_between(start, end);
}

}  // namespace

int day_count_days(DayCount convention, Date start, Date end) noexcept {
  return end < start ? -counted_days(convention, end, start) : counted_days(convention, start, end);
}

double year_fraction(DayCount convention, Date start, Date end) noexcept {
  if (end < start) return -year_fraction(convention, end, start);
  switch (convention) {
    case DayCount::Thirty360US:
    case DayCount::Thirty360European:
    case DayCount::Actual360: return counted_days(convention, start, end) / 360.0;
    case DayCount::Actual365Fixed: return counted_days(convention, start, end) / 365.0;
    case DayCount::ActualActualISDA: return actual_actual_isda(start, end);
  }
  return 0.0;
}

}  // namespace loansim
