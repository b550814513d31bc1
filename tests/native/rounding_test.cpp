#include "loansim/rounding.hpp"

#include <doctest/doctest.h>

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

TEST_CASE("round_to_increment: Indonesian installments rounded up to Rp 100 and Rp 1,000") {
  CHECK(round_to_increment(888'488, {Rounding::Up, 100}) == 888'500);
  CHECK(round_to_increment(888'488, {Rounding::Up, 1000}) == 889'000);
  CHECK(round_to_increment(888'400, {Rounding::Up, 100}) == 888'400);  // already a multiple
  CHECK(round_to_increment(888'450, {Rounding::HalfUp, 100}) == 888'500);
  CHECK(round_to_increment(888'449, {Rounding::HalfUp, 100}) == 888'400);
  CHECK_THROWS_AS((void)round_to_increment(1, {Rounding::Up, 0}), Error);
  CHECK_THROWS_AS((void)round_to_increment(INT64_MAX - 5, {Rounding::Up, 100}), Error);
}
