// Interest rates. Rates are ratios, not money, so they may be doubles; all are fractions
// (0.12 = 12 %) unless a name ends in _pct.
#pragma once

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

}  // namespace loansim
