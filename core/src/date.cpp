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
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (int i = 0; i < lengths[p]; ++i) {
      const char c = text[static_cast<std::size_t>(starts[p] + i)];
      if (c < '0' || c > '9') return fail("is not a date of the form YYYY-MM-DD");
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  const Date date{year{parts[0]}, month{static_cast<unsigned>(parts[1])}, day{static_cast<unsigned>(parts[2])}};
  if (!date.ok()) return fail("is not a valid calendar date");
  if (date < kEarliestDate || date > kLatestDate) {
    throw Error(ErrorCode::OutOfRange, std::string(field), "must be between 1900-01-01 and 2200-12-31");
  }
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
