#include "loansim/root_finding.hpp"

namespace loansim {
namespace {

// A step below the tolerance, relative to 1 + |x|, is convergence.
bool converged(const RootSearch& search, double step, double x) { return std::fabs(step) <= search.tolerance * (1.0 + std::fabs(x)); }

}  // namespace

double refine_bracket(RootFunction f, double a, double b, double f_a, const RootSearch& search) {
  double x = 0.5 * (a + b);
  for (int i = 0; i < search.max_bisections; ++i) {
    const FunctionValue fx = f(x);
    if (fx.value == 0.0) return x;
    if ((fx.value < 0.0) == (f_a < 0.0)) a = x, f_a = fx.value; else b = x;
    double next = fx.derivative != 0.0 ? x - fx.value / fx.derivative : a;
    if (!(next > a && next < b)) next = 0.5 * (a + b);
    if (converged(search, next - x, next) || converged(search, b - a, x)) return next;
    x = next;
  }
  return x;
}

std::optional<double> find_root(RootFunction f, const RootSearch& search) {
  double x = search.guess;
  for (int i = 0; i < search.max_newton_iterations; ++i) {
    const FunctionValue fx = f(x);
    if (!std::isfinite(fx.value) || !std::isfinite(fx.derivative) || fx.derivative == 0.0) break;
    if (fx.value == 0.0) return x;
    const double step = fx.value / fx.derivative;
    const double next = x - step;
    if (!(next > search.lower && next < search.upper)) break;
    x = next;
    if (converged(search, step, x)) return x;
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

std::optional<double> first_root_along(RootFunction f, double (*at)(int), int steps, const RootSearch& search) {
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
