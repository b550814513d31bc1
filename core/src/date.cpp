#include "loansim/date.hpp"

#include "loansim/error.hpp"

namespace loansim {

using namespace std::chrono;

namespace {

enum class DateFault : unsigned char { None, Form, Calendar, Range };

// "YYYY-MM-DD" into `date`, or what is wrong with it. Straight-line digits and calendar checks in
// plain integers (what year_month_day::ok and its comparisons compute, without them): every date
// of every request passes through here.
DateFault read_date(std::string_view text, Date& date) noexcept {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return DateFault::Form;
  bool digits = true;
  const auto digit = [&](std::size_t i) {
    const unsigned value = static_cast<unsigned char>(text[i]) - unsigned{'0'};
    digits = digits && value <= 9;
    return value;
  };
  const int y = static_cast<int>(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3));
  const unsigned m = digit(5) * 10 + digit(6), d = digit(8) * 10 + digit(9);
  if (!digits) return DateFault::Form;
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return DateFault::Calendar;
  static_assert(kEarliestDate.month() == January && kEarliestDate.day() == day{1} && kLatestDate.month() == December &&
                kLatestDate.day() == day{31});  // the bounds are whole years
  if (y < static_cast<int>(kEarliestDate.year()) || y > static_cast<int>(kLatestDate.year())) return DateFault::Range;
  date = Date{year{y}, month{m}, day{d}};
  return DateFault::None;
}

}  // namespace

Date parse_date(std::string_view text, std::string_view field) {
  Date date;
  const DateFault fault = read_date(text, date);
  if (fault == DateFault::None) return date;
  if (fault == DateFault::Range) fail(ErrorCode::OutOfRange, field, "must be between 1900-01-01 and 2200-12-31");
  fail(ErrorCode::InvalidValue, field,
       "'" + std::string(text.substr(0, 40)) + "' " +
           (fault == DateFault::Form ? "is not a date of the form YYYY-MM-DD" : "is not a valid calendar date"));
}

std::optional<Date> iso_date(std::string_view text) noexcept {
  Date date;
  if (read_date(text, date) != DateFault::None) return std::nullopt;
  return date;
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
