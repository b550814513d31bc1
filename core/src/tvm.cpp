#include "loansim/tvm.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "loansim/error.hpp"
#include "loansim/root_finding.hpp"

namespace loansim {
namespace {

double when_value(PaymentTiming when) { return when == PaymentTiming::Begin ? 1.0 : 0.0; }

void require_finite(double value, const std::string& field) {
  if (!std::isfinite(value)) throw Error(ErrorCode::InvalidValue, field, "must be a finite number");
}

void require_rate(double rate, const std::string& field) {
  require_finite(rate, field);
  if (!(rate > -1.0)) throw Error(ErrorCode::OutOfRange, field, "must be above -1 (-100 %): 1 + rate must stay positive");
}

void require_nper(double nper, bool must_be_positive) {
  require_finite(nper, "nper");
  if (must_be_positive ? !(nper > 0.0) : !(nper >= 0.0)) {
    throw Error(ErrorCode::OutOfRange, "nper", must_be_positive ? "must be above 0" : "must be 0 or more");
  }
}

void require_values(std::span<const double> values) {
  for (std::size_t i = 0; i < values.size(); ++i) require_finite(values[i], "values[" + std::to_string(i) + "]");
}

// (1 + r)^n and (1 + r)^n − 1, for any real n. For ordinary rates std::pow on 1 + r, as
// numpy-financial and spreadsheets compute it (the contract example pins the last digit:
// pmt(0.01, 12, 10000) = −888.4878867834161). When r or r·n is small, 1 + r has dropped r's low
// digits and (1 + r)^n − 1 cancels, so log1p/expm1 take over and keep the zero-rate limit smooth.
struct Compound {
  double factor = 1.0;
  double minus_one = 0.0;
};
constexpr double kSmallRate = 1e-3;
Compound compound(double r, double n) {
  if (std::fabs(r) < kSmallRate || std::fabs(r * n) < kSmallRate) {
    const double exponent = n * std::log1p(r);
    return {std::exp(exponent), std::expm1(exponent)};
  }
  const double factor = std::pow(1.0 + r, n);
  return {factor, factor - 1.0};
}

// Rates are searched in log(1 + rate) from −15 to 15: from −99.99997 % to 3.3·10^8 % per period.
constexpr double kLogRateSpan = 15.0;
constexpr const char* kRateSpanText = "between -99.99997 % and 3.3e8 %";

RootSearch rate_search(double guess) {
  return {.guess = guess, .lower = std::expm1(-kLogRateSpan), .upper = std::expm1(kLogRateSpan)};
}

// IRR's walk away from 0 %: step i at log(1 + rate) = ±grid_log_rate(i). Steps of 1/256 (0.4 %)
// for the first 256 steps, doubling every 256 steps after, so 1024 steps reach kLogRateSpan.
constexpr int kGridSteps = 1024;
double grid_log_rate(int i) {
  const int band = i / 256;
  const double band_start = std::ldexp(1.0, band) - 1.0;
  return band_start + (i - 256 * band) * std::ldexp(1.0, band) / 256.0;
}

// npv(r, values) with its derivative; below 0 % multiplied by (1 + r)^N (N = last index), which
// keeps its sign and roots while no power of 1 / (1 + r) can overflow. Horner's rule in
// x = 1 / (1 + r) (or g = 1 + r), value and derivative together.
FunctionValue scaled_npv(std::span<const double> values, double r) {
  double p = 0.0, dp = 0.0;
  if (r >= 0.0) {
    const double x = 1.0 / (1.0 + r);
    for (auto it = values.rbegin(); it != values.rend(); ++it) dp = dp * x + p, p = p * x + *it;
    return {p, -dp * x * x};  // dP(x(r))/dr = P'(x) · dx/dr, dx/dr = −x²
  }
  const double g = 1.0 + r;
  for (const double value : values) dp = dp * g + p, p = p * g + value;
  return {p, dp};
}

// Years from the first date, ACT/365 as Excel's XNPV/XIRR count them.
std::vector<double> years_from_start(std::span<const double> values, std::span<const Date> dates) {
  if (dates.size() != values.size()) {
    throw Error(ErrorCode::InvalidValue, "dates",
                "has " + std::to_string(dates.size()) + " dates for " + std::to_string(values.size()) + " values");
  }
  std::vector<double> years(dates.size());
  for (std::size_t i = 0; i < dates.size(); ++i) {
    const int days = days_between(dates[0], dates[i]);
    if (days < 0) throw Error(ErrorCode::InvalidValue, "dates[" + std::to_string(i) + "]", "is before the first date, dates[0]");
    years[i] = days / 365.0;
  }
  return years;
}

// Σ values[i] · (1 + r)^(shift − years[i]) and its derivative: xnpv at shift 0; shifted by the
// last year below 0 % (every exponent ≥ 0 there, so nothing overflows, sign and roots unchanged).
FunctionValue dated_npv(std::span<const double> values, std::span<const double> years, double r, double shift) {
  const double log_growth = std::log1p(r);
  double sum = 0.0, derivative = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double exponent = shift - years[i];
    const double term = values[i] * std::exp(exponent * log_growth);
    sum += term;
    derivative += exponent * term;
  }
  return {sum, derivative / (1.0 + r)};
}

// The sign changes of dated flows in date order, flows on the same date netted.
int dated_sign_changes(std::span<const double> values, std::span<const double> years) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return years[a] < years[b]; });
  std::vector<double> netted;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const bool same_date = k > 0 && years[order[k]] == years[order[k - 1]];
    if (same_date) netted.back() += values[order[k]]; else netted.push_back(values[order[k]]);
  }
  return sign_changes(netted);
}

}  // namespace

double pmt(PeriodicRate rate, double nper, double pv, double fv, PaymentTiming when) {
  const double r = rate.value;
  require_rate(r, "rate"), require_nper(nper, true), require_finite(pv, "pv"), require_finite(fv, "fv");
  if (r == 0.0) return -(pv + fv) / nper;
  const Compound discount = compound(r, -nper);  // (1 + r)^−n
  return -r * (pv + fv * discount.factor) / ((1.0 + r * when_value(when)) * -discount.minus_one);
}

double fv(PeriodicRate rate, double nper, double pmt, double pv, PaymentTiming when) {
  const double r = rate.value;
  require_rate(r, "rate"), require_nper(nper, false), require_finite(pmt, "pmt"), require_finite(pv, "pv");
  if (r == 0.0) return -(pv + pmt * nper);
  const Compound growth = compound(r, nper);
  return -pv * growth.factor - pmt * (1.0 + r * when_value(when)) * growth.minus_one / r;
}

double pv(PeriodicRate rate, double nper, double pmt, double fv, PaymentTiming when) {
  const double r = rate.value;
  require_rate(r, "rate"), require_nper(nper, false), require_finite(pmt, "pmt"), require_finite(fv, "fv");
  if (r == 0.0) return -(fv + pmt * nper);
  const Compound discount = compound(r, -nper);
  return -fv * discount.factor + pmt * (1.0 + r * when_value(when)) * discount.minus_one / r;
}

double ipmt(PeriodicRate rate, double per, double nper, double pv, double fv, PaymentTiming when) {
  require_nper(nper, true), require_finite(per, "per");
  if (!(per >= 1.0 && per <= nper)) throw Error(ErrorCode::OutOfRange, "per", "must be between 1 and nper");
  const double payment = pmt(rate, nper, pv, fv, when);
  // numpy takes the balance after per − 1 periods as fv(rate, per − 1, payment, pv), rolled
  // forward from pv; that cancels catastrophically on long, high-rate loans (terms of size
  // pv·(1 + r)^n for a balance of size pv). The same balance is the present value of what remains,
  // −pv(rate, nper − per + 1, payment, fv), whose terms all share its sign.
  const double interest = -loansim::pv(rate, nper - per + 1.0, payment, fv, when) * rate.value;
  if (when == PaymentTiming::End) return interest;
  return per == 1.0 ? 0.0 : interest / (1.0 + rate.value);
}

double ppmt(PeriodicRate rate, double per, double nper, double pv, double fv, PaymentTiming when) {
  return pmt(rate, nper, pv, fv, when) - ipmt(rate, per, nper, pv, fv, when);
}

double nper(PeriodicRate rate, double pmt, double pv, double fv, PaymentTiming when) {
  const double r = rate.value;
  require_rate(r, "rate"), require_finite(pmt, "pmt"), require_finite(pv, "pv"), require_finite(fv, "fv");
  if (r == 0.0) {
    if (pmt == 0.0) {
      throw Error(ErrorCode::NoSolution, "pmt",
                  pv + fv == 0.0 ? "with no payment and no interest every nper balances pv and fv: nper is undetermined"
                                 : "with no payment and no interest pv never becomes fv");
    }
    return -(fv + pv) / pmt;
  }
  // Solving fv + pv·(1+r)^n + z·((1+r)^n − 1) = 0 with z = pmt·(1 + r·when)/r:
  // (1+r)^n = (z − fv)/(z + pv) = 1 + q with q = −(fv + pv)/(z + pv).
  const double z = pmt * (1.0 + r * when_value(when)) / r;
  const double q = -(fv + pv) / (z + pv);
  if (!(q > -1.0) || !std::isfinite(q)) {
    throw Error(ErrorCode::NoSolution, "pmt", "no number of periods balances pv, the payments and fv at this rate");
  }
  return std::log1p(q) / std::log1p(r);
}

SolvedRate rate(double nper, double pmt, double pv, double fv, PaymentTiming when, double guess) {
  require_nper(nper, true), require_finite(pmt, "pmt"), require_finite(pv, "pv"), require_finite(fv, "fv");
  require_rate(guess, "guess");
  const double w = when_value(when);
  const std::array<double, 3> flows{pv + w * pmt, nper > 1.0 ? pmt : 0.0, fv + (1.0 - w) * pmt};

  // The annuity equation; at and above 0 % multiplied by (1 + r)^−n so that nothing overflows.
  // Near 0 % the derivative of the annuity factor is its limit (its formula would cancel).
  const auto f = [&](double r) -> FunctionValue {
    const bool near_zero = std::fabs(r) < 1e-8;
    if (r >= 0.0) {
      const Compound discount = compound(r, -nper);
      const double v = discount.factor;
      const double a = r == 0.0 ? nper : -discount.minus_one / r;  // (1 − v) / r
      const double da = near_zero ? -nper * (nper + 1.0) / 2.0 : (nper * v / (1.0 + r) - a) / r;
      return {pv + fv * v + pmt * (1.0 + r * w) * a, -fv * nper * v / (1.0 + r) + pmt * (w * a + (1.0 + r * w) * da)};
    }
    const Compound growth = compound(r, nper);
    const double g = growth.factor;
    const double s = growth.minus_one / r;  // ((1 + r)^n − 1) / r
    const double ds = near_zero ? nper * (nper - 1.0) / 2.0 : (nper * g / (1.0 + r) - s) / r;
    return {fv + pv * g + pmt * (1.0 + r * w) * s, pv * nper * g / (1.0 + r) + pmt * (w * s + (1.0 + r * w) * ds)};
  };
  const auto root = find_root(f, rate_search(guess));
  if (!root) {
    throw Error(ErrorCode::NoSolution, "pmt", std::string("no rate ") + kRateSpanText + " per period balances pv, the payments and fv");
  }
  return {*root, sign_changes(flows)};
}

double npv(PeriodicRate rate, std::span<const double> values) {
  require_rate(rate.value, "rate"), require_values(values);
  const double x = 1.0 / (1.0 + rate.value);
  double sum = 0.0;
  for (auto it = values.rbegin(); it != values.rend(); ++it) sum = sum * x + *it;
  return sum;
}

int sign_changes(std::span<const double> flows) noexcept {
  int changes = 0, last = 0;
  for (const double flow : flows) {
    const int sign = (flow > 0.0) - (flow < 0.0);
    if (sign == 0) continue;
    if (last != 0 && sign != last) ++changes;
    last = sign;
  }
  return changes;
}

SolvedRate irr(std::span<const double> values) {
  require_values(values);
  const int changes = sign_changes(values);
  if (changes == 0) {
    throw Error(ErrorCode::NoSolution, "values", "the values never change sign, so no rate makes their present value zero");
  }
  const auto f = [&](double r) { return scaled_npv(values, r); };
  const RootSearch search = rate_search(0.1);
  std::optional<double> root;
  if (changes == 1) {
    root = find_root(f, search);  // the only root: Newton from 10 %, bracketing if it strays
  } else {
    root = first_root_along(f, [](int i) { return std::expm1(grid_log_rate(i)); }, kGridSteps, search);
    if (!root) root = first_root_along(f, [](int i) { return std::expm1(-grid_log_rate(i)); }, kGridSteps, search);
  }
  if (!root) {
    throw Error(ErrorCode::NoSolution, "values",
                std::string("no rate ") + kRateSpanText + " per period makes the values' present value zero");
  }
  return {*root, changes};
}

double xnpv(double rate, std::span<const double> values, std::span<const Date> dates) {
  require_rate(rate, "rate"), require_values(values);
  const std::vector<double> years = years_from_start(values, dates);
  return dated_npv(values, years, rate, 0.0).value;
}

SolvedRate xirr(std::span<const double> values, std::span<const Date> dates, double guess) {
  require_values(values), require_rate(guess, "guess");
  const std::vector<double> years = years_from_start(values, dates);
  const int changes = dated_sign_changes(values, years);
  if (changes == 0) {
    throw Error(ErrorCode::NoSolution, "values",
                "the values (netted by date) never change sign, so no rate makes their present value zero");
  }
  const double last_year = years.empty() ? 0.0 : *std::max_element(years.begin(), years.end());
  const auto f = [&](double r) { return dated_npv(values, years, r, r < 0.0 ? last_year : 0.0); };
  const auto root = find_root(f, rate_search(guess));
  if (!root) {
    throw Error(ErrorCode::NoSolution, "values", std::string("no annual rate ") + kRateSpanText + " makes the values' present value zero");
  }
  return {*root, changes};
}

}  // namespace loansim
