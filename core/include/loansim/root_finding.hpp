// Bounded one-dimensional root finding for rates (IRR, APR, CET, RATE): Newton from a guess,
// with a bracketing fallback. Every loop has a fixed iteration cap, so no input can hang it.
#pragma once

#include <cmath>
#include <optional>

namespace loansim {

struct FunctionValue {
  double value = 0.0;
  double derivative = 0.0;
};

struct RootSearch {
  double guess = 0.1;
  double lower = -0.999999;  // the domain searched: a rate above -100 %...
  double upper = 1e3;        // ...and below 100,000 % per period
  double tolerance = 1e-13;  // relative step size taken as converged
  int max_newton_iterations = 50;
  int scan_points = 200;     // bracketing fallback: points sampled across the domain
  int max_bisections = 200;
};

// Whether f changes sign between two samples. An infinite sample still has a sign (a function
// may overflow far from its roots); NaN has none.
[[nodiscard]] inline bool changes_sign(double f_a, double f_b) noexcept {
  return !std::isnan(f_a) && !std::isnan(f_b) && ((f_a < 0.0) != (f_b < 0.0));
}

// The root of f between a and b, where f(a) = f_a and f(b) have opposite signs: Newton steps
// while they stay inside the shrinking bracket, bisection otherwise (at most max_bisections steps).
template <class F>
[[nodiscard]] double refine_bracket(F&& f, double a, double b, double f_a, const RootSearch& search) {
  const auto converged = [&](double step, double x) { return std::fabs(step) <= search.tolerance * (1.0 + std::fabs(x)); };
  double x = 0.5 * (a + b);
  for (int i = 0; i < search.max_bisections; ++i) {
    const FunctionValue fx = f(x);
    if (fx.value == 0.0) return x;
    if ((fx.value < 0.0) == (f_a < 0.0)) a = x, f_a = fx.value; else b = x;
    double next = fx.derivative != 0.0 ? x - fx.value / fx.derivative : a;
    if (!(next > a && next < b)) next = 0.5 * (a + b);
    if (converged(next - x, next) || converged(b - a, x)) return next;
    x = next;
  }
  return x;
}

// A root of f in [search.lower, search.upper], or nullopt when none was found: f(x) returns the
// value and derivative at x. Newton is tried first from the guess (fast, and it finds the root
// nearest the guess when several exist); if it leaves the domain or stalls, the domain is scanned
// from the guess outward for the nearest sign change (cells cut at the domain's bounds), which is
// then refined by refine_bracket.
template <class F>
[[nodiscard]] std::optional<double> find_root(F&& f, const RootSearch& search) {
  const auto converged = [&](double step, double x) { return std::fabs(step) <= search.tolerance * (1.0 + std::fabs(x)); };

  double x = search.guess;
  for (int i = 0; i < search.max_newton_iterations; ++i) {
    const FunctionValue fx = f(x);
    if (!std::isfinite(fx.value) || !std::isfinite(fx.derivative) || fx.derivative == 0.0) break;
    if (fx.value == 0.0) return x;
    const double step = fx.value / fx.derivative;
    const double next = x - step;
    if (!(next > search.lower && next < search.upper)) break;
    x = next;
    if (converged(step, x)) return x;
  }

  // Fallback: the sign change nearest the guess, scanning outward on both sides, cells cut at the
  // domain's bounds. A cell's inner end is the outer end of the one before it on its side, so each
  // point is sampled once (a scan that finds nothing costs scan_points · 2 + 1 samples).
  const auto clamp = [&](double at) { return std::fmin(std::fmax(at, search.lower), search.upper); };
  const double width = (search.upper - search.lower) / search.scan_points;
  const double start = clamp(search.guess);
  const double f_start = f(start).value;
  if (f_start == 0.0) return start;
  struct Side {
    double direction, end, f_end;  // the side's outermost point sampled so far, and f there
  };
  Side sides[] = {{1.0, start, f_start}, {-1.0, start, f_start}};
  for (int k = 0; k < search.scan_points; ++k) {
    for (Side& side : sides) {
      const double end = clamp(search.guess + side.direction * width * (k + 1));
      if (end == side.end) continue;  // this side has reached its bound
      const double f_end = f(end).value;
      if (f_end == 0.0) return end;
      if (changes_sign(side.f_end, f_end)) {
        return side.direction > 0.0 ? refine_bracket(f, side.end, end, side.f_end, search) : refine_bracket(f, end, side.end, f_end, search);
      }
      side.end = end, side.f_end = f_end;
    }
  }
  return std::nullopt;
}

// The first root of f met walking the points at(0), at(1), …, at(steps) in order (increasing or
// decreasing): a point where f is exactly zero, or the first pair of neighbours between which f
// changes sign, refined by refine_bracket. nullopt when f keeps one sign along the whole walk;
// two roots closer together than neighbouring points cancel out and are not seen.
template <class F, class At>
[[nodiscard]] std::optional<double> first_root_along(F&& f, At&& at, int steps, const RootSearch& search) {
  double previous = at(0);
  double f_previous = f(previous).value;
  if (f_previous == 0.0) return previous;
  for (int k = 1; k <= steps; ++k) {
    const double point = at(k);
    const double f_point = f(point).value;
    if (f_point == 0.0) return point;
    if (changes_sign(f_previous, f_point)) {
      return previous < point ? refine_bracket(f, previous, point, f_previous, search)
                              : refine_bracket(f, point, previous, f_point, search);
    }
    previous = point, f_previous = f_point;
  }
  return std::nullopt;
}

}  // namespace loansim
