#include "loansim/date.hpp"

#include "loansim/error.hpp"

namespace loansim {

using namespace std::chrono;

Date parse_date(std::string_view text, std::string_view field) {
  const auto fail = [&](const char* why) -> Date {
    throw Error(ErrorCode::InvalidValue, std::string(field),
                "'" + std::string(text.substr(0, 40)) + "' " + why);
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return fail("is not a date of the form YYYY-MM-DD");
  // Digits by position, each checked; calendar checks in plain integers (what year_month_day::ok
  // and its comparisons would compute, without them: every request's dates pass through here).
  unsigned digits[10] = {};
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    digits[i] = static_cast<unsigned char>(text[i]) - static_cast<unsigned>('0');
    if (digits[i] > 9) return fail("is not a date of the form YYYY-MM-DD");
  }
  const int y = static_cast<int>(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]);
  const unsigned m = digits[5] * 10 + digits[6], d = digits[8] * 10 + digits[9];
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return fail("is not a valid calendar date");
  static_assert(kEarliestDate.month() == January && kEarliestDate.day() == day{1} && kLatestDate.month() == December &&
                kLatestDate.day() == day{31});  // the bounds are whole years
  if (y < static_cast<int>(kEarliestDate.year()) || y > static_cast<int>(kLatestDate.year())) {
    throw Error(ErrorCode::OutOfRange, std::string(field), "must be between 1900-01-01 and 2200-12-31");
  }
  return Date{year{y}, month{m}, day{d}};
}

std::string format_date(Date date) {
  // Dates are bounded to 1900–2200 (parse_date), so four year digits always suffice.
  std::string text = "YYYY-MM-DD";
  const auto put = [&](std::size_t end, std::size_t width, unsigned value) {
    for (std::size_t i = end; i > end - width; value /= 10) text[--i] = static_cast<char>('0' + value % 10);
  };
  put(4, 4, static_cast<unsigned>(static_cast<int>(date.year())));
  put(7, 2, static_cast<unsigned>(date.month()));
  put(10, 2, static_cast<unsigned>(date.day()));
  return text;
}

Date add_days(Date date, int days) noexcept { return Date{sys_days{date} + std::chrono::days{days}}; }

int whole_months_between(Date from, Date to) noexcept {
  const int months = (static_cast<int>(to.year()) - static_cast<int>(from.year())) * 12 +
                     (static_cast<int>(static_cast<unsigned>(to.month())) - static_cast<int>(static_cast<unsigned>(from.month())));
  if (months > 0 && to.day() < from.day()) return months - 1;
  if (months < 0 && to.day() > from.day()) return months + 1;
  return months;
}

}  // namespace loansim
