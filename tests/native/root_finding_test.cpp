#include "loansim/root_finding.hpp"

#include <doctest/doctest.h>

using namespace loansim;

TEST_CASE("find_root: Newton converges on a smooth function") {
  // x^2 - 2 = 0 → √2 (hand derivation).
  const auto root = find_root([](double x) { return FunctionValue{x * x - 2.0, 2.0 * x}; }, {.guess = 1.0, .lower = 0.0, .upper = 10.0});
  REQUIRE(root);
  CHECK(*root == doctest::Approx(1.4142135623730951).epsilon(1e-15));
}

TEST_CASE("find_root: falls back to bracketing when Newton is thrown off") {
  // f(x) = atan(x - 3): Newton from 0 overshoots wildly (|x| grows), bisection still finds 3.
  const auto root = find_root([](double x) { return FunctionValue{std::atan(x - 3.0), 1.0 / (1.0 + (x - 3.0) * (x - 3.0))}; },
                              {.guess = 0.0, .lower = -10.0, .upper = 10.0});
  REQUIRE(root);
  CHECK(*root == doctest::Approx(3.0).epsilon(1e-12));
}

TEST_CASE("find_root: no root is nullopt, not a hang") {
  int calls = 0;
  const auto root = find_root([&](double x) { ++calls; return FunctionValue{x * x + 1.0, 2.0 * x}; }, {.guess = 0.5, .lower = -5.0, .upper = 5.0});
  CHECK_FALSE(root);
  CHECK(calls < 1000);  // bounded: 50 Newton + 2 × 2 × 200 samples at most
}

TEST_CASE("find_root: of several roots, the bracket nearest the guess wins") {
  // (x - 1)(x - 4) with a derivative of 0 at the guess 2.5 forces the scan: 1 is nearer than 4... both 1.5 away;
  // from the guess 2.0 the root 1 is nearer (hand derivation).
  const auto f = [](double x) { return FunctionValue{(x - 1.0) * (x - 4.0), 0.0}; };
  const auto root = find_root(f, {.guess = 2.0, .lower = -10.0, .upper = 10.0});
  REQUIRE(root);
  CHECK(*root == doctest::Approx(1.0).epsilon(1e-9));
}
