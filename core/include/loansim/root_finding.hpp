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

// A root of f in [search.lower, search.upper], or nullopt when none was found: f(x) returns the
// value and derivative at x. Newton is tried first from the guess (fast, and it finds the root
// nearest the guess when several exist); if it leaves the domain or stalls, the domain is scanned
// from the guess outward for the nearest sign change, which is then bisected with Newton steps.
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

  // Fallback: the sign change nearest the guess, scanning outward on both sides.
  const auto sample = [&](double at) { return f(at).value; };
  const double width = (search.upper - search.lower) / search.scan_points;
  std::optional<double> lo, hi;
  double f_lo = 0.0;
  for (int k = 0; k < search.scan_points && !lo; ++k) {
    for (const double direction : {1.0, -1.0}) {
      const double a = search.guess + direction * width * k;
      const double b = search.guess + direction * width * (k + 1);
      const double left = std::fmin(a, b), right = std::fmax(a, b);
      if (left <= search.lower || right >= search.upper) continue;
      const double fa = sample(left), fb = sample(right);
      if (fa == 0.0) return left;
      if (fb == 0.0) return right;
      if (std::isfinite(fa) && std::isfinite(fb) && ((fa < 0.0) != (fb < 0.0))) {
        lo = left, hi = right, f_lo = fa;
        break;
      }
    }
  }
  if (!lo) return std::nullopt;

  double a = *lo, b = *hi;
  x = 0.5 * (a + b);
  for (int i = 0; i < search.max_bisections; ++i) {
    const FunctionValue fx = f(x);
    if (fx.value == 0.0) return x;
    if ((fx.value < 0.0) == (f_lo < 0.0)) a = x, f_lo = fx.value; else b = x;
    // A Newton step when it stays inside the bracket, a bisection otherwise.
    double next = fx.derivative != 0.0 ? x - fx.value / fx.derivative : a;
    if (!(next > a && next < b)) next = 0.5 * (a + b);
    if (converged(next - x, next) || converged(b - a, x)) return next;
    x = next;
  }
  return x;
}

}  // namespace loansim
