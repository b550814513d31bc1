#include "loansim/money.hpp"

#include <doctest/doctest.h>

using namespace loansim;

TEST_CASE("Money: exact parsing per currency exponent") {
  CHECK(parse_money("888.49", Currency::USD, "x").minor() == 88849);
  CHECK(parse_money("10000000", Currency::IDR, "x").minor() == 10'000'000);  // whole rupiah
  CHECK_THROWS_AS((void)parse_money("100.5", Currency::IDR, "x"), Error);   // no sen
  CHECK(money_from_major(50000.0, Currency::BRL, "x").minor() == 5'000'000);
  CHECK(to_string(Money(-5, Currency::USD)) == "-0.05 USD");
  CHECK(to_string(Money(1'234'500, Currency::IDR)) == "1234500 IDR");
}

TEST_CASE("Money: checked arithmetic never wraps and never mixes currencies") {
  const Money a(100, Currency::USD);
  CHECK((a + a).minor() == 200);
  CHECK((a - Money(300, Currency::USD)).minor() == -200);
  CHECK(a.times(3).minor() == 300);
  CHECK_THROWS_AS((void)(Money(INT64_MAX, Currency::USD) + a), Error);
  CHECK_THROWS_AS((void)(Money(INT64_MIN, Currency::USD) - a), Error);
  CHECK_THROWS_AS((void)Money(INT64_MAX / 2, Currency::USD).times(3), Error);
  CHECK_THROWS_AS((void)(a + Money(100, Currency::BRL)), Error);
  CHECK_THROWS_AS((void)(a < Money(100, Currency::BRL)), Error);
  CHECK(a < Money(101, Currency::USD));
}

TEST_CASE("Money: to_major gives the shortest double for display") {
  CHECK(to_major(Money(88849, Currency::USD)) == 888.49);
  CHECK(to_major(Money(1'000'000'000'000'000, Currency::USD)) == 1e13);
}
