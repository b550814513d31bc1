#include "loansim/money.hpp"

#include <cmath>
#include <optional>
#include <random>
#include <vector>

#include "loansim/currency.hpp"
#include "loansim/decimal.hpp"

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

TEST_CASE("Money: money_from_major finds what the exact decimal of the amount gives, or its error") {
  // The one-step route (nearest whole minor units that read back) against the decimal one, on
  // amounts with 0 to 4 decimals up to 10^13, random doubles, and the edges of its range.
  const auto by_decimal = [](double major, Currency currency) {
    return rescale_exact(decimal_from_double(major, "x"), exponent(currency), "x");
  };
  std::mt19937_64 random(20261122);
  std::vector<double> amounts{0.0, -0.0, 0.01, 0.1 + 0.2, 1e13, 1e13 + 0.01, 45035996273704.95, 45035996273704.96, 1e-300};
  for (int i = 0; i < 20000; ++i) {
    const auto digits = static_cast<double>(random() % 10'000'000'000'000'000ULL);
    amounts.push_back(digits / std::pow(10.0, static_cast<double>(random() % 5)));
    amounts.push_back(-amounts.back());
    amounts.push_back(std::ldexp(static_cast<double>(random() >> 11), -static_cast<int>(random() % 80)));
  }
  for (const Currency currency : {Currency::USD, Currency::IDR}) {
    for (const double major : amounts) {
      std::optional<std::int64_t> expected;
      try {
        expected = by_decimal(major, currency);
      } catch (const Error&) {
      }
      if (expected) {
        CHECK(money_from_major(major, currency, "x").minor() == *expected);
      } else {
        CHECK_THROWS_AS((void)money_from_major(major, currency, "x"), Error);
      }
    }
  }
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

TEST_CASE("multiply and percent_of: decimal factors scale exactly as written") {
  // 35 % of Rp 300,000 is 105,000; the binary 0.35 is 0.34999999999999997…, which rounded down
  // would give 104,999 (KOCEK seed 000's DSR budget).
  CHECK(percent_of(Money(300'000, Currency::IDR), 35.0, Rounding::Down) == Money(300'000 * 35 / 100, Currency::IDR));
  CHECK(Money(300'000, Currency::IDR).scaled(0.35, Rounding::Down) == Money(104'999, Currency::IDR));
  // 70 % of R$ 48,000.00 = R$ 33,600.00 (4,800,000 × 7 / 10 cents).
  CHECK(multiply(Money(4'800'000, Currency::BRL), Decimal{7, 1}, Rounding::Down) == Money(3'360'000, Currency::BRL));
  CHECK(percent_of(Money(-200'000, Currency::IDR), 60.0, Rounding::Down) == Money(-120'000, Currency::IDR));
  CHECK(percent_of(Money(1'000, Currency::USD), 0.0082, Rounding::HalfUp) == Money(0, Currency::USD));      // 0.082 cents
  CHECK(multiply(Money(3, Currency::USD), Decimal{5, -2}, Rounding::Down) == Money(1'500, Currency::USD));  // × 500
  CHECK_THROWS_AS((void)multiply(Money(INT64_MAX, Currency::USD), Decimal{2, 0}, Rounding::Down), Error);
}
