// Day-count conventions: how many days lie between two dates and what fraction of a year that is,
// as loan and bond contracts define it. Names and rules follow the 2006 ISDA Definitions §4.16.
#pragma once

#include <cstdint>

#include "loansim/date.hpp"

namespace loansim {

// A closed set: adding a convention makes the compiler list every switch to update.
enum class DayCount : std::uint8_t {
  // "30/360", "Bond Basis" (§4.16(f)): a 31st start day counts as the 30th; a 31st end day counts
  // as the 30th when the start day (so adjusted) is the 30th. The SIA end-of-February rule for
  // end-of-month bonds is not applied: a loan carries no end-of-month flag.
  Thirty360US,
  // "30E/360", "Eurobond Basis" (§4.16(g)): every 31st counts as the 30th.
  Thirty360European,
  Actual360,        // calendar days / 360 (§4.16(e))
  Actual365Fixed,   // calendar days / 365 (§4.16(d))
  // "Actual/Actual (ISDA)" (§4.16(b)): days falling in leap years / 366 + the other days / 365.
  ActualActualISDA,
};

// Days from `start` (included) to `end` (excluded) as the convention counts them: 30/360 days for
// the 30/360 family, calendar days otherwise. Negative when `end` is before `start`.
[[nodiscard]] int day_count_days(DayCount convention, Date start, Date end) noexcept;

// The fraction of a year from `start` (included) to `end` (excluded); negative when `end` is
// before `start`, so year_fraction(c, a, b) == -year_fraction(c, b, a).
[[nodiscard]] double year_fraction(DayCount convention, Date start, Date end) noexcept;

}  // namespace loansim
