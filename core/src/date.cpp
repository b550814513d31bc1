#include "loansim/date.hpp"

#include <cstdio>

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
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

int days_between(Date from, Date to) noexcept {
  return static_cast<int>((sys_days{to} - sys_days{from}).count());
}

Date add_days(Date date, int days) noexcept { return Date{sys_days{date} + std::chrono::days{days}}; }

int whole_months_between(Date from, Date to) noexcept {
  const int months = (static_cast<int>(to.year()) - static_cast<int>(from.year())) * 12 +
                     (static_cast<int>(static_cast<unsigned>(to.month())) - static_cast<int>(static_cast<unsigned>(from.month())));
  if (months > 0 && to.day() < from.day()) return months - 1;
  if (months < 0 && to.day() > from.day()) return months + 1;
  return months;
}

bool is_leap_year(int y) noexcept { return year{y}.is_leap(); }

}  // namespace loansim
