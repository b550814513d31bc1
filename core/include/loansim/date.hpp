// Civil dates (std::chrono calendar types) and the arithmetic loans need on them.
#pragma once

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace loansim {

using Date = std::chrono::year_month_day;

// Dates the product accepts: 1900-01-01 to 2200-12-31.
inline constexpr Date kEarliestDate{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}};
inline constexpr Date kLatestDate{std::chrono::year{2200}, std::chrono::December, std::chrono::day{31}};

// "YYYY-MM-DD" exactly (ISO 8601 calendar date). Throws Error{InvalidValue, field} for any other
// text or an impossible date (2025-02-30), Error{OutOfRange, field} outside 1900–2200.
[[nodiscard]] Date parse_date(std::string_view text, std::string_view field);
// The same date, or nullopt where parse_date throws: for a reader that asks parse_date for the
// error only when there is one.
[[nodiscard]] std::optional<Date> iso_date(std::string_view text) noexcept;
[[nodiscard]] std::string format_date(Date date);

// Calendar days from `from` to `to` (negative when `to` is earlier).
// Inline: IOF and cost-of-credit time lines call it once per flow, offers thousands of times a grid.
[[nodiscard]] inline int days_between(Date from, Date to) noexcept {
  return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}
[[nodiscard]] Date add_days(Date date, int days) noexcept;

[[nodiscard]] inline bool is_leap_year(int year) noexcept {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// Days in `month` (1–12) of `year`, leap years included.
[[nodiscard]] inline unsigned days_in_month(int year, unsigned month) noexcept {
  constexpr unsigned char kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29u : kDays[month - 1];
}

// `months` calendar months after `anchor`, on the anchor's day clamped to the month's end:
// Jan 31 + 1 → Feb 28/29, Jan 31 + 2 → Mar 31. Computed from the anchor each time, so a
// schedule's due dates never drift after a short month.
// Inline and in plain integers (no chrono month arithmetic): due dates call it once per installment.
[[nodiscard]] inline Date add_months(Date anchor, int months) noexcept {
  const int index = static_cast<int>(anchor.year()) * 12 + static_cast<int>(static_cast<unsigned>(anchor.month())) - 1 + months;
  const int year = index >= 0 ? index / 12 : (index - 11) / 12;  // floor division
  const auto month = static_cast<unsigned>(index - year * 12) + 1;
  const unsigned day = std::min(static_cast<unsigned>(anchor.day()), days_in_month(year, month));
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

// Whole calendar months from `from` to `to`: a month counts once its day is reached (an age in
// months, a membership's length). Negative when `to` is earlier.
[[nodiscard]] int whole_months_between(Date from, Date to) noexcept;


}  // namespace loansim
