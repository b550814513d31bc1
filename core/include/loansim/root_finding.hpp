// Bounded one-dimensional root finding for rates (IRR, APR, CET, RATE): Newton from a guess,
// with a bracketing fallback. Every loop has a fixed iteration cap, so no input can hang it.
#pragma once

#include <cmath>
#include <optional>

#include "loansim/function_ref.hpp"

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

// f(x) as the root finders take it: one compiled root finder serves every solver.
using RootFunction = FunctionRef<FunctionValue(double)>;

// Whether f changes sign between two samples. An infinite sample still has a sign (a function
// may overflow far from its roots); NaN has none.
[[nodiscard]] inline bool changes_sign(double f_a, double f_b) noexcept {
  return !std::isnan(f_a) && !std::isnan(f_b) && ((f_a < 0.0) != (f_b < 0.0));
}

// The root of f between a and b, where f(a) = f_a and f(b) have opposite signs: Newton steps
// while they stay inside the shrinking bracket, bisection otherwise (at most max_bisections steps).
[[nodiscard]] double refine_bracket(RootFunction f, double a, double b, double f_a, const RootSearch& search);

// A root of f in [search.lower, search.upper], or nullopt when none was found: f(x) returns the
// value and derivative at x. Newton is tried first from the guess (fast, and it finds the root
// nearest the guess when several exist); if it leaves the domain or stalls, the domain is scanned
// from the guess outward for the nearest sign change (cells cut at the domain's bounds), which is
// then refined by refine_bracket.
[[nodiscard]] std::optional<double> find_root(RootFunction f, const RootSearch& search);

// The first root of f met walking the points at(0), at(1), …, at(steps) in order (increasing or
// decreasing): a point where f is exactly zero, or the first pair of neighbours between which f
// changes sign, refined by refine_bracket. nullopt when f keeps one sign along the whole walk;
// two roots closer together than neighbouring points cancel out and are not seen.
[[nodiscard]] std::optional<double> first_root_along(RootFunction f, double (*at)(int), int steps, const RootSearch& search);

}  // namespace loansim
