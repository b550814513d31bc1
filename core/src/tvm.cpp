#include "loansim/tvm.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loansim/error.hpp"
#include "loansim/ordering.hpp"
#include "loansim/portable_math.hpp"
#include "loansim/root_finding.hpp"

namespace loansim {
namespace {

double when_value(PaymentTiming when) { return when == PaymentTiming::Begin ? 1.0 : 0.0; }

// Checks cost nothing until they fail: field names are only turned into strings for the error.
void require_finite(double value, std::string_view field) {
  if (!std::isfinite(value)) fail(ErrorCode::InvalidValue, field, "must be a finite number");
}

void require_rate(double rate, std::string_view field) {
  require_finite(rate, field);
  if (!(rate > -1.0)) {
    fail(ErrorCode::OutOfRange, field, "must be above -1 (-100 %): 1 + rate must stay positive");
  }
}

void require_nper(double nper, bool must_be_positive) {
  require_finite(nper, "nper");
  if (must_be_positive ? !(nper > 0.0) : !(nper >= 0.0)) {
    fail(ErrorCode::OutOfRange, "nper", must_be_positive ? "must be above 0" : "must be 0 or more");
  }
}

void require_values(std::span<const double> values) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!std::isfinite(values[i])) require_finite(values[i], "values[" + std::to_string(i) + "]");
  }
}

// (1 + r)^n and (1 + r)^n − 1, for any real n. For ordinary rates pow on 1 + r, as
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
    const double exponent = n * portable::log1p(r);
    return {portable::exp(exponent), portable::expm1(exponent)};
  }
  const double factor = portable::pow(1.0 + r, n);
  return {factor, factor - 1.0};
}

// Rates are searched in log(1 + rate) from −15 to 15: from −99.99997 % to 3.3·10^8 % per period.
constexpr double kLogRateSpan = 15.0;
constexpr const char* kRateSpanText = "between -99.99997 % and 3.3e8 %";

RootSearch rate_search(double guess) {
  return {.guess = guess, .lower = portable::expm1(-kLogRateSpan), .upper = portable::expm1(kLogRateSpan)};
}

// IRR's walk away from 0 %: step i at log(1 + rate) = ±grid_log_rate(i). Steps of 1/256 (0.4 %)
// for the first 256 steps, doubling every 256 steps after, so 1024 steps reach kLogRateSpan.
constexpr int kGridSteps = 1024;
double grid_log_rate(int i) {
  const int band = i / 256;
  const double band_start = std::ldexp(1.0, band) - 1.0;
  return band_start + (i - 256 * band) * std::ldexp(1.0, band) / 256.0;
}

// The present value of flows at a rate, split into what comes in (positive terms) and what goes
// out (negative terms, as a positive amount), each with its derivative in the rate.
struct Split {
  double in = 0.0, d_in = 0.0, out = 0.0, d_out = 0.0;

  void add(double term, double derivative) {
    if (term > 0.0) in += term, d_in += derivative; else out -= term, d_out -= derivative;
  }
  // The root function of every rate solver here: log(in) − log(out). It is zero exactly where the
  // present value is, nearly linear in log(1 + rate) for a loan's flows (so Newton from 10 %
  // converges in a handful of steps where the present value itself, steep below 0 %, takes many),
  // and unchanged when every term is multiplied by the same positive factor.
  [[nodiscard]] FunctionValue log_ratio() const { return {portable::log(in / out), d_in / in - d_out / out}; }
};

// Terms (1 + r)^-t can overflow for r near −100 %. Below the rate where (1 + r)^-t could pass
// e^600 (t up to `horizon`), the solvers multiply every term by (1 + r)^horizon, which log_ratio
// does not see. For 61 monthly flows that rate is −99.995 %.
constexpr double kMaxExponent = 600.0;
double scaling_rate(double horizon) { return horizon > 0.0 ? portable::expm1(-kMaxExponent / horizon) : -1.0; }

// Σ c_k·w^k over flows c_0, c_1, … (k counts from the first), in and out apart, with Σ k·c_k·w^k
// in the derivative slots. Powers by running product: its dependency chain is one multiply per
// flow, half of Horner's, and every term added is positive (in and out apart), so nothing cancels.
// The flows in order, or from the last back: one copy of the loop for both. A flow adds to one
// side only (the other side's term would be a zero: the powers stay finite, see scaling_rate).
Split power_sums(std::span<const double> flows, bool backwards, double w) {
  Split sum;
  double power = 1.0, k = 0.0;
  for (std::size_t i = 0, n = flows.size(); i < n; ++i, power *= w, k += 1.0) {
    const double flow = flows[backwards ? n - 1 - i : i];
    if (flow > 0.0) {
      const double in = flow * power;
      sum.in += in, sum.d_in += k * in;
    } else if (flow < 0.0) {
      const double out = -flow * power;
      sum.out += out, sum.d_out += k * out;
    }
  }
  return sum;
}

// Σ values[t] · (1 + r)^-t split in and out, with derivatives in r; below `scaled_below`
// multiplied by (1 + r)^N (N the last index), i.e. Σ values[t] · (1 + r)^(N − t).
Split periodic_split(std::span<const double> values, double r, double scaled_below) {
  const bool scaled = r < scaled_below;
  const double growth = 1.0 + r;
  Split sum = power_sums(values, scaled, scaled ? growth : 1.0 / growth);
  // d/dr (1 + r)^-t = −t (1 + r)^-t / (1 + r); d/dr (1 + r)^(N − t) = (N − t) (1 + r)^(N − t) / (1 + r).
  const double factor = (scaled ? 1.0 : -1.0) / growth;
  sum.d_in *= factor, sum.d_out *= factor;
  return sum;
}

// Years from the first date, ACT/365 as Excel's XNPV/XIRR count them.
std::vector<double> years_from_start(std::span<const double> values, std::span<const Date> dates) {
  if (dates.size() != values.size()) {
    fail(ErrorCode::InvalidValue, "dates",
         "has " + std::to_string(dates.size()) + " dates for " + std::to_string(values.size()) + " values");
  }
  std::vector<double> years(dates.size());
  for (std::size_t i = 0; i < dates.size(); ++i) {
    const int days = days_between(dates[0], dates[i]);
    if (days < 0) fail(ErrorCode::InvalidValue, "dates[" + std::to_string(i) + "]", "is before the first date, dates[0]");
    years[i] = days / 365.0;
  }
  return years;
}

// Σ values[i] · (1 + r)^(shift − years[i]) split in and out: xnpv at shift 0, scaled (see
// scaling_rate) at shift = the last year.
Split dated_split(std::span<const double> values, std::span<const double> years, double r, double shift) {
  const double log_growth = portable::log1p(r);
  Split sum;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double exponent = shift - years[i];
    const double term = values[i] * portable::exp(exponent * log_growth);
    sum.add(term, exponent * term / (1.0 + r));
  }
  return sum;
}

// The sign changes of dated flows in date order, flows on the same date netted.
int dated_sign_changes(std::span<const double> values, std::span<const double> years) {
  const std::vector<std::size_t> order = ascending_order(years);
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
  if (!(per >= 1.0 && per <= nper)) fail(ErrorCode::OutOfRange, "per", "must be between 1 and nper");
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
      fail(ErrorCode::NoSolution, "pmt",
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
    fail(ErrorCode::NoSolution, "pmt", "no number of periods balances pv, the payments and fv at this rate");
  }
  return portable::log1p(q) / portable::log1p(r);
}

SolvedRate rate(double nper, double pmt, double pv, double fv, PaymentTiming when, double guess) {
  require_nper(nper, true), require_finite(pmt, "pmt"), require_finite(pv, "pv"), require_finite(fv, "fv");
  require_rate(guess, "guess");
  const double w = when_value(when);
  // The flows in time order for a whole nper: pv (+ pmt in advance), the other payments, fv (+ pmt
  // in arrears). When they never change sign no rate balances them (Descartes).
  const std::array<double, 3> flows{pv + w * pmt, nper > 1.0 ? pmt : 0.0, fv + (1.0 - w) * pmt};
  const int changes = sign_changes(flows);
  if (changes == 0 && nper == std::floor(nper)) {
    fail(ErrorCode::NoSolution, "pmt", "pv, the payments and fv never change sign, so no rate balances them");
  }

  // The annuity equation's three terms, divided by (1 + r)^n (present values; multiplied back
  // below scaling_rate), as log(in) − log(out). Near 0 % the annuity factor's derivative is its
  // limit (its formula would cancel).
  const double scaled_below = scaling_rate(nper);
  const auto f = [&](double r) {
    const bool near_zero = std::fabs(r) < 1e-8;
    Split terms;
    if (r >= scaled_below) {
      const Compound discount = compound(r, -nper);
      const double v = discount.factor;
      const double a = r == 0.0 ? nper : -discount.minus_one / r;  // (1 − v) / r
      const double da = near_zero ? -nper * (nper + 1.0) / 2.0 : (nper * v / (1.0 + r) - a) / r;
      terms.add(pv, 0.0);
      terms.add(fv * v, -fv * nper * v / (1.0 + r));
      terms.add(pmt * (1.0 + r * w) * a, pmt * (w * a + (1.0 + r * w) * da));
    } else {
      const Compound growth = compound(r, nper);
      const double g = growth.factor;
      const double s = growth.minus_one / r;  // ((1 + r)^n − 1) / r
      const double ds = (nper * g / (1.0 + r) - s) / r;
      terms.add(pv * g, pv * nper * g / (1.0 + r));
      terms.add(fv, 0.0);
      terms.add(pmt * (1.0 + r * w) * s, pmt * (w * s + (1.0 + r * w) * ds));
    }
    return terms.log_ratio();
  };
  const auto root = find_root(f, rate_search(guess));
  if (!root) {
    fail(ErrorCode::NoSolution, "pmt", std::string("no rate ") + kRateSpanText + " per period balances pv, the payments and fv");
  }
  return {*root, std::max(changes, 1)};  // a fractional nper can hide its only sign change from the count
}

double npv(PeriodicRate rate, std::span<const double> values) {
  require_rate(rate.value, "rate"), require_values(values);
  const Split sum = periodic_split(values, rate.value, -1.0);
  return sum.in - sum.out;
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
    fail(ErrorCode::NoSolution, "values", "the values never change sign, so no rate makes their present value zero");
  }
  const double scaled_below = scaling_rate(static_cast<double>(values.size()) - 1.0);
  const auto f = [&](double r) { return periodic_split(values, r, scaled_below).log_ratio(); };
  const RootSearch search = rate_search(0.1);
  std::optional<double> root;
  if (changes == 1) {
    root = find_root(f, search);  // the only root: Newton from 10 %, bracketing if it strays
  } else {
    root = first_root_along(f, [](int i) { return portable::expm1(grid_log_rate(i)); }, kGridSteps, search);
    if (!root) root = first_root_along(f, [](int i) { return portable::expm1(-grid_log_rate(i)); }, kGridSteps, search);
  }
  if (!root) {
    fail(ErrorCode::NoSolution, "values",
         std::string("no rate ") + kRateSpanText + " per period makes the values' present value zero");
  }
  return {*root, changes};
}

double xnpv(double rate, std::span<const double> values, std::span<const Date> dates) {
  require_rate(rate, "rate"), require_values(values);
  const std::vector<double> years = years_from_start(values, dates);
  const Split sum = dated_split(values, years, rate, 0.0);
  return sum.in - sum.out;
}

SolvedRate xirr(std::span<const double> values, std::span<const Date> dates, double guess) {
  require_values(values), require_rate(guess, "guess");
  const std::vector<double> years = years_from_start(values, dates);
  const int changes = dated_sign_changes(values, years);
  if (changes == 0) {
    fail(ErrorCode::NoSolution, "values",
         "the values (netted by date) never change sign, so no rate makes their present value zero");
  }
  const double last_year = years.empty() ? 0.0 : *std::max_element(years.begin(), years.end());
  const double scaled_below = scaling_rate(last_year);
  const auto f = [&](double r) { return dated_split(values, years, r, r < scaled_below ? last_year : 0.0).log_ratio(); };
  const auto root = find_root(f, rate_search(guess));
  if (!root) {
    fail(ErrorCode::NoSolution, "values", std::string("no annual rate ") + kRateSpanText + " makes the values' present value zero");
  }
  return {*root, changes};
}

}  // namespace loansim
