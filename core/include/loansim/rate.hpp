// Interest rates. Rates are ratios, not money, so they may be doubles; all are fractions
// (0.12 = 12 %) unless a name ends in _pct.
//
// Three ways to quote the same loan's price, for a rate compounded m times a year:
//   periodic r            the rate charged per period (1 % a month)
//   nominal annual r · m  what lenders print next to "a year" (12 % a year, compounded monthly)
//   effective annual      what a year of compounding really costs: (1 + r)^m − 1 (12.68 %)
// The conversions below go between them. Rates at or below −100 % per period have no meaning
// (1 + r must stay positive) and give NaN: callers validate their inputs first.
#pragma once

#include "loansim/portable_math.hpp"

namespace loansim {

// The rate charged per period of a schedule (0.01 = 1 % a month for a monthly loan).
struct PeriodicRate {
  double value = 0.0;
};

// A nominal annual rate spread evenly over the periods of a year (12 % a year → 1 % a month),
// as lenders' own sheets compute a period's interest.
[[nodiscard]] constexpr PeriodicRate periodic_from_nominal(double nominal_annual, double periods_per_year) noexcept {
  return {nominal_annual / periods_per_year};
}

// The nominal annual rate that a periodic rate is quoted as: r · m (1 % a month → 12 % a year).
[[nodiscard]] constexpr double nominal_from_periodic(PeriodicRate rate, double periods_per_year) noexcept {
  return rate.value * periods_per_year;
}

// The effective annual rate of a periodic rate compounded m times a year: (1 + r)^m − 1.
// Through log1p/expm1, so a small rate keeps all its digits (no 1 + r rounding away its tail);
// the portable ones, so that native and WebAssembly builds agree to the last bit.
[[nodiscard]] inline double effective_from_periodic(PeriodicRate rate, double periods_per_year) noexcept {
  return portable::expm1(periods_per_year * portable::log1p(rate.value));
}

// The periodic rate that compounds to an effective annual rate over m periods: (1 + e)^(1/m) − 1
// (Brazil's CET: the monthly rate of an annual one, and back).
[[nodiscard]] inline PeriodicRate periodic_from_effective(double effective_annual, double periods_per_year) noexcept {
  return {portable::expm1(portable::log1p(effective_annual) / periods_per_year)};
}

// Excel's EFFECT(nominal_rate, npery): the effective annual rate of a nominal annual rate
// compounded m times a year, (1 + nominal / m)^m − 1.
[[nodiscard]] inline double effective_from_nominal(double nominal_annual, double periods_per_year) noexcept {
  return effective_from_periodic(periodic_from_nominal(nominal_annual, periods_per_year), periods_per_year);
}

// Excel's NOMINAL(effect_rate, npery): the nominal annual rate compounded m times a year that
// has the given effective annual rate, m · ((1 + effective)^(1/m) − 1).
[[nodiscard]] inline double nominal_from_effective(double effective_annual, double periods_per_year) noexcept {
  return nominal_from_periodic(periodic_from_effective(effective_annual, periods_per_year), periods_per_year);
}

// A per-month rate (Creditas `monthlyInterestRate`, Dompet Kilat `interest`) as an effective
// annual rate: (1 + monthly)^12 − 1, and back.
[[nodiscard]] inline double effective_from_monthly(PeriodicRate monthly) noexcept {
  return effective_from_periodic(monthly, 12.0);
}
[[nodiscard]] inline PeriodicRate monthly_from_effective(double effective_annual) noexcept {
  return periodic_from_effective(effective_annual, 12.0);
}

}  // namespace loansim
