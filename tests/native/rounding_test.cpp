#include "loansim/rounding.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <random>

#include "loansim/error.hpp"

using namespace loansim;

// Expected values are hand derivations: each row states the exact quotient being rounded.
TEST_CASE("round_div: each mode on exact quotients, ties and negatives") {
  CHECK(round_div(25, 10, Rounding::HalfUp) == 3);     // 2.5 → 3 (tie away from zero)
  CHECK(round_div(-25, 10, Rounding::HalfUp) == -3);   // -2.5 → -3
  CHECK(round_div(25, 10, Rounding::HalfEven) == 2);   // 2.5 → 2 (even)
  CHECK(round_div(35, 10, Rounding::HalfEven) == 4);   // 3.5 → 4 (even)
  CHECK(round_div(24, 10, Rounding::HalfUp) == 2);     // 2.4 → 2
  CHECK(round_div(21, 10, Rounding::Up) == 3);         // 2.1 → 3
  CHECK(round_div(-21, 10, Rounding::Up) == -3);       // away from zero
  CHECK(round_div(29, 10, Rounding::Down) == 2);       // 2.9 → 2
  CHECK(round_div(20, 10, Rounding::Up) == 2);         // exact: no step
  CHECK(round_div(26, 10, Rounding::HalfEven) == 3);   // 2.6 → 3
}

TEST_CASE("round_to_integer: real minor units to whole ones") {
  CHECK(round_to_integer(88848.78867834161, Rounding::HalfUp) == 88849);  // numpy pmt(0.01,12,10000) × 100
  CHECK(round_to_integer(0.5, Rounding::HalfEven) == 0);
  CHECK(round_to_integer(1.5, Rounding::HalfEven) == 2);
  CHECK(round_to_integer(-0.5, Rounding::HalfUp) == -1);
  CHECK(round_to_integer(7.000001, Rounding::Up) == 8);
  CHECK(round_to_integer(7.999999, Rounding::Down) == 7);
  CHECK_THROWS_AS((void)round_to_integer(1e300, Rounding::HalfUp), Error);
  CHECK_THROWS_AS((void)round_to_integer(0.0 / 0.0, Rounding::HalfUp), Error);
}

TEST_CASE("round_product: the exact product of an amount and a double, rounded once") {
  // 0.1 as a double is 3602879701896397 / 2^55 = 0.1000000000000000055511…, so 5 × 0.1 is
  // 0.50000000000000002775…: just above one half. The double product 5 * 0.1 rounds to exactly
  // 0.5, which half-even would take down to 0.
  CHECK(round_product(5, 0.1, Rounding::HalfEven) == 1);
  CHECK(round_to_integer(5 * 0.1, Rounding::HalfEven) == 0);
  // Exact ties: 3 × 0.5 = 1.5 and 5 × 0.5 = 2.5.
  CHECK(round_product(3, 0.5, Rounding::HalfEven) == 2);
  CHECK(round_product(5, 0.5, Rounding::HalfEven) == 2);
  CHECK(round_product(5, 0.5, Rounding::HalfUp) == 3);
  CHECK(round_product(5, 0.5, Rounding::Down) == 2);
  // Signs: −25 × 0.1 = −2.50000000000000013… → −3 half-up; 25 × −0.1 → −2 toward zero.
  CHECK(round_product(-25, 0.1, Rounding::HalfUp) == -3);
  CHECK(round_product(25, -0.1, Rounding::Down) == -2);
  // numpy_financial.pmt(0.01, 12, 10000) as a factor of 10,000.00 in cents: 88,848.79 → 88,849.
  CHECK(round_product(1'000'000, 0.08884878867834161, Rounding::HalfUp) == 88'849);
  // Large factors scale exactly: 3 × 2^60; 4 × 2^60 = 2^62 is past the limit.
  CHECK(round_product(3, 0x1p60, Rounding::HalfUp) == 3 * (std::int64_t{1} << 60));
  CHECK_THROWS_AS((void)round_product(4, 0x1p60, Rounding::HalfUp), Error);
  CHECK_THROWS_AS((void)round_product(std::int64_t{1} << 43, 1e6, Rounding::HalfUp), Error);  // ≈ 8.8·10^18 ≥ 2^62
  // Tiny factors, down to the smallest subnormal: below one half, so only Up moves.
  CHECK(round_product(1000, 1e-300, Rounding::HalfUp) == 0);
  CHECK(round_product(1000, 5e-324, Rounding::Up) == 1);
  CHECK(round_product(1000, 0.0, Rounding::Up) == 0);
  CHECK_THROWS_AS((void)round_product(1, 1.0 / 0.0, Rounding::HalfUp), Error);
}

TEST_CASE("round_product: half-up agrees with the exact modes on every product") {
  // Half-up has a fast path in doubles; half-even, up and down always take the exact 128-bit one.
  // Off a tie half-up equals half-even; on one it equals up. Products near ties are drawn on
  // purpose: factors (k + 1/2) / amount, a few ulps either way.
  std::mt19937_64 random(20261122);
  std::uniform_int_distribution<std::int64_t> amounts(1, std::int64_t{1} << 53);
  std::uniform_real_distribution<double> rates(0.0, 0.05);
  for (int i = 0; i < 200'000; ++i) {
    const std::int64_t amount = i % 2 == 0 ? amounts(random) : amounts(random) % 100'000'000;
    double factor = rates(random);
    if (i % 4 == 1) {
      const double tie = (std::floor(static_cast<double>(amount) * factor) + 0.5) / static_cast<double>(amount);
      factor = tie;
      for (int ulps = static_cast<int>(random() % 5) - 2; ulps != 0; ulps += ulps < 0 ? 1 : -1) {
        factor = std::nextafter(factor, ulps < 0 ? 0.0 : 1.0);
      }
    }
    const std::int64_t signed_amount = i % 3 == 0 ? -amount : amount;
    const std::int64_t half_up = round_product(signed_amount, factor, Rounding::HalfUp);
    const std::int64_t half_even = round_product(signed_amount, factor, Rounding::HalfEven);
    if (half_up != half_even) {
      CAPTURE(signed_amount);
      CAPTURE(factor);
      CHECK(half_up == round_product(signed_amount, factor, Rounding::Up));
      CHECK(half_even == round_product(signed_amount, factor, Rounding::Down));
    }
  }
}

TEST_CASE("round_to_increment: Indonesian installments rounded up to Rp 100 and Rp 1,000") {
  CHECK(round_to_increment(888'488, {Rounding::Up, 100}) == 888'500);
  CHECK(round_to_increment(888'488, {Rounding::Up, 1000}) == 889'000);
  CHECK(round_to_increment(888'400, {Rounding::Up, 100}) == 888'400);  // already a multiple
  CHECK(round_to_increment(888'450, {Rounding::HalfUp, 100}) == 888'500);
  CHECK(round_to_increment(888'449, {Rounding::HalfUp, 100}) == 888'400);
  CHECK_THROWS_AS((void)round_to_increment(1, {Rounding::Up, 0}), Error);
  CHECK_THROWS_AS((void)round_to_increment(INT64_MAX - 5, {Rounding::Up, 100}), Error);
}
