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

TEST_CASE("find_root: the scan reaches a root between the domain's lower bound and the guess") {
  // f(x) = x + 0.9 with a zero derivative reported, so Newton cannot start and the scan must find -0.9.
  // The first cell below the guess 0.1 is [0.1 - 5, 0.1] (width (1000 + 0.999999) / 200 ≈ 5): it runs
  // past the lower bound -0.999999 and is cut there, not skipped (hand derivation).
  const auto root = find_root([](double x) { return FunctionValue{x + 0.9, 0.0}; }, {});
  REQUIRE(root);
  CHECK(*root == doctest::Approx(-0.9).epsilon(1e-12));
}

TEST_CASE("refine_bracket: converges inside a sign-changing bracket") {
  // x^3 - 2 on [0, 2]: the cube root of 2 = 1.2599210498948732 (hand derivation).
  const auto f = [](double x) { return FunctionValue{x * x * x - 2.0, 3.0 * x * x}; };
  CHECK(refine_bracket(f, 0.0, 2.0, -2.0, {}) == doctest::Approx(1.2599210498948732).epsilon(1e-15));
}

TEST_CASE("first_root_along: the first root met in the direction walked") {
  // (x - 1)(x - 4)(x - 6) has roots 1, 4 and 6 (hand derivation).
  const auto f = [](double x) {
    return FunctionValue{(x - 1.0) * (x - 4.0) * (x - 6.0), 3.0 * x * x - 22.0 * x + 34.0};
  };
  const auto up = first_root_along(f, [](int k) { return 0.25 * k; }, 40, {});
  REQUIRE(up);
  CHECK(*up == doctest::Approx(1.0).epsilon(1e-12));
  const auto down = first_root_along(f, [](int k) { return 10.0 - 0.25 * k; }, 40, {});
  REQUIRE(down);
  CHECK(*down == doctest::Approx(6.0).epsilon(1e-12));
  // Walking up from 2: the next root is 4.
  const auto from_two = first_root_along(f, [](int k) { return 2.0 + 0.25 * k; }, 40, {});
  REQUIRE(from_two);
  CHECK(*from_two == doctest::Approx(4.0).epsilon(1e-12));
}

TEST_CASE("first_root_along: an exact zero on a point, no sign change, and roots closer than a step") {
  const auto line = [](double x) { return FunctionValue{x - 2.0, 1.0}; };
  CHECK(first_root_along(line, [](int k) { return static_cast<double>(k); }, 5, {}) == 2.0);
  CHECK_FALSE(first_root_along(line, [](int k) { return 3.0 + k; }, 5, {}));
  // (x - 1.2)(x - 1.3) is positive at every whole number: the pair of roots falls between 1 and 2, unseen.
  const auto pair = [](double x) { return FunctionValue{(x - 1.2) * (x - 1.3), 2.0 * x - 2.5}; };
  CHECK_FALSE(first_root_along(pair, [](int k) { return static_cast<double>(k); }, 5, {}));
}

TEST_CASE("find_root and first_root_along: an infinite sample still has a sign, NaN has none") {
  // f jumps from +infinity to -1 at x = 2 (a function overflowing on one side of its sign change).
  const auto f = [](double x) { return FunctionValue{x < 2.0 ? INFINITY : -1.0, 0.0}; };
  const auto walked = first_root_along(f, [](int k) { return 0.5 * k; }, 10, {});
  REQUIRE(walked);
  CHECK(*walked == doctest::Approx(2.0).epsilon(1e-12));
  const auto found = find_root(f, {.guess = 0.0, .lower = -10.0, .upper = 10.0});
  REQUIRE(found);
  CHECK(*found == doctest::Approx(2.0).epsilon(1e-12));
  const auto nan_side = [](double x) { return FunctionValue{x < 2.0 ? NAN : -1.0, 0.0}; };
  CHECK_FALSE(first_root_along(nan_side, [](int k) { return 0.5 * k; }, 10, {}));
}
