#include "loansim/unit_period.hpp"

#include <cmath>

namespace loansim {
namespace {

using namespace std::chrono;

// `value` when it is within a hair of a positive whole number (12 / 4 = 3, 365 / (365/255) = 255).
std::optional<int> near_whole(double value) noexcept {
  const double rounded = std::round(value);
  if (rounded < 1.0 || rounded > 36500.0 || std::fabs(value - rounded) > 1e-9 * rounded) return std::nullopt;
  return static_cast<int>(rounded);
}

bool is_month_end(Date date) noexcept { return date == Date{date.year() / date.month() / last}; }

// `months` calendar months before `at`, on the series' day clamped to the month's end; without a
// series day, from a month's last day to the last days of earlier months.
Date months_back(Date at, int months, int series_day) noexcept {
  const year_month target = year_month{at.year(), at.month()} - std::chrono::months{months};
  if (series_day == 0) series_day = is_month_end(at) ? 31 : static_cast<int>(static_cast<unsigned>(at.day()));
  const Date candidate = target / day{static_cast<unsigned>(series_day)};
  return candidate.ok() ? candidate : Date{target / last};
}

// One semimonth before `at`: day d > 15 → d − 15 of the same month; d ≤ 15 → d + 15 of the
// previous month, clamped to its end (the inverse of the semimonthly series in add_unit_periods).
Date semimonth_back(Date at) noexcept {
  const unsigned d = static_cast<unsigned>(at.day());
  if (d > 15) return at.year() / at.month() / day{d - 15};
  const year_month previous = year_month{at.year(), at.month()} - months{1};
  const Date candidate = previous / day{d + 15};
  return candidate.ok() ? candidate : Date{previous / last};
}

// The largest m with months_back(at, m) ≥ start (at ≥ start), and that date.
struct WholeMonths {
  int months;
  Date anchor;
};
WholeMonths whole_months(Date start, Date at, int series_day) noexcept {
  const int m = (static_cast<int>(at.year()) - static_cast<int>(start.year())) * 12 +
                (static_cast<int>(static_cast<unsigned>(at.month())) - static_cast<int>(static_cast<unsigned>(start.month())));
  const Date anchor = months_back(at, m, series_day);
  if (m > 0 && anchor < start) return {m - 1, months_back(at, m - 1, series_day)};
  return {m, anchor};
}

}  // namespace

double per_year(UnitPeriod period) noexcept {
  const double count = period.count;
  switch (period.unit) {
    case TimeUnit::Day: return 365.0 / count;
    case TimeUnit::Week: return 52.0 / count;
    case TimeUnit::Semimonth: return 24.0 / count;
    case TimeUnit::Month: return 12.0 / count;
  }
  return 12.0 / count;
}

std::optional<UnitPeriod> unit_period_for(double periods_per_year) noexcept {
  if (!(periods_per_year > 0.0) || !std::isfinite(periods_per_year)) return std::nullopt;
  if (const auto months_each = near_whole(12.0 / periods_per_year)) return UnitPeriod{TimeUnit::Month, *months_each};
  if (const auto weeks_each = near_whole(52.0 / periods_per_year)) return UnitPeriod{TimeUnit::Week, *weeks_each};
  if (const auto semimonths_each = near_whole(24.0 / periods_per_year)) {
    return UnitPeriod{TimeUnit::Semimonth, *semimonths_each};
  }
  if (const auto days_each = near_whole(365.0 / periods_per_year)) return UnitPeriod{TimeUnit::Day, *days_each};
  return std::nullopt;
}

Date add_unit_periods(Date anchor, UnitPeriod period, int n) noexcept {
  const int steps = n * period.count;
  switch (period.unit) {
    case TimeUnit::Day: return add_days(anchor, steps);
    case TimeUnit::Week: return add_days(anchor, 7 * steps);
    case TimeUnit::Month: return add_months(anchor, steps);
    case TimeUnit::Semimonth: {
      // Series anchored on day d ≤ 15: d, d + 15, next month's d...; a later anchor day is the
      // second half of the series anchored 15 days earlier.
      const unsigned d = static_cast<unsigned>(anchor.day());
      const Date base = d > 15 ? Date{anchor.year() / anchor.month() / day{d - 15}} : anchor;
      const int index = steps + (d > 15 ? 1 : 0);
      const Date month_anchor = add_months(base, index / 2);
      if (index % 2 == 0) return month_anchor;
      const Date second = month_anchor.year() / month_anchor.month() / day{static_cast<unsigned>(base.day()) + 15};
      return second.ok() ? second : Date{month_anchor.year() / month_anchor.month() / last};
    }
  }
  return anchor;
}

UnitPeriodPosition position_in_unit_periods(Date start, Date at, UnitPeriod period, double days_per_month,
                                            int series_day) noexcept {
  const int count = period.count;
  switch (period.unit) {
    case TimeUnit::Day:
    case TimeUnit::Week: {
      const int length = period.unit == TimeUnit::Week ? 7 * count : count;
      const int days = days_between(start, at);
      return {days / length, static_cast<double>(days % length) / length};
    }
    case TimeUnit::Month: {
      const auto [months, anchor] = whole_months(start, at, series_day);
      const int odd_days = days_between(start, anchor);
      return {months / count, ((months % count) * days_per_month + odd_days) / (count * days_per_month)};
    }
    case TimeUnit::Semimonth: {
      auto [months, anchor] = whole_months(start, at, 0);
      int semimonths = 2 * months;
      if (const Date earlier = semimonth_back(anchor); earlier >= start) anchor = earlier, ++semimonths;
      const int odd_days = days_between(start, anchor);
      return {semimonths / count, ((semimonths % count) * 15.0 + odd_days) / (count * 15.0)};
    }
  }
  return {};
}

}  // namespace loansim
