#include "loansim/decimal.hpp"

#include <doctest/doctest.h>

#include <limits>

#include "loansim/error.hpp"

using namespace loansim;

TEST_CASE("parse_decimal: exact digits and scale") {
  const auto a = parse_decimal("888.49", "x");
  CHECK(a.digits == 88849);
  CHECK(a.scale == 2);
  const auto b = parse_decimal("-0.05", "x");
  CHECK(b.digits == -5);
  CHECK(b.scale == 2);
  const auto c = parse_decimal("8,3", "x", {.decimal_separator = ','});  // KOCEK seed 000 deposit pattern
  CHECK(c.digits == 83);
  CHECK(c.scale == 1);
  CHECK(parse_decimal("138402100.00", "x").digits == 13840210000);  // KOCEK seed 000 loan_remaining
}

TEST_CASE("parse_decimal: rejects what is not a plain decimal") {
  for (const char* bad : {"", "-", ".", "1.2.3", "1e5", " 1", "1 ", "0x10", "1,5", "12a", "1234567890123456789"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS((void)parse_decimal(bad, "field"), Error);
  }
}

TEST_CASE("decimal_from_double: recovers the digits a JSON sender wrote") {
  const auto d = decimal_from_double(888.49, "x");
  CHECK(rescale_exact(d, 2, "x") == 88849);
  CHECK(rescale_exact(decimal_from_double(10000000000000.0, "x"), 2, "x") == 1'000'000'000'000'000);
  CHECK(rescale_exact(decimal_from_double(0.1, "x"), 2, "x") == 10);
  CHECK_THROWS_AS((void)decimal_from_double(1.0 / 0.0, "x"), Error);
}

TEST_CASE("rescale_exact: refuses to round and to overflow") {
  CHECK_THROWS_AS((void)rescale_exact(parse_decimal("1.005", "x"), 2, "x"), Error);
  CHECK(rescale_exact(parse_decimal("1.500", "x"), 2, "x") == 150);
  CHECK(rescale_exact(parse_decimal("12", "x"), 0, "x") == 12);
  try {
    (void)rescale_exact(parse_decimal("999999999999999999", "x"), 2, "principal");
    FAIL("expected overflow");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::Overflow);
    CHECK(e.field() == "principal");
  }
}

TEST_CASE("decimal_from_double: large and tiny magnitudes go through exponent form") {
  CHECK(rescale_exact(decimal_from_double(1e13, "x"), 0, "x") == 10'000'000'000'000);
  CHECK(rescale_exact(decimal_from_double(-2.5e-3, "x"), 4, "x") == -25);
  CHECK(rescale_exact(decimal_from_double(0.0, "x"), 2, "x") == 0);
  CHECK_THROWS_AS((void)decimal_from_double(1e30, "x"), Error);  // beyond 18 digits
}

TEST_CASE("exact_decimal: the fewest places that read back, or none") {
  // Hand derivations: each double below is the one nearest to the decimal written beside it.
  const auto check = [](double value, std::int64_t digits, int scale) {
    const auto decimal = exact_decimal(value);
    REQUIRE(decimal.has_value());
    CHECK(decimal->digits == digits);
    CHECK(decimal->scale == scale);
  };
  check(222.44, 22244, 2);
  check(-0.05, -5, 2);
  check(1e-22, 1, 22);
  check(123456789012.345, 123456789012345, 3);        // 15 significant digits
  check(9999999999999.99, 999999999999999, 2);        // the largest amount of two decimals below 10^13
  check(9007199254740993.0, 9007199254740992, 0);     // 2^53 + 1 is read as 2^53: whole, beyond 2^53
  CHECK_FALSE(exact_decimal(0.1 + 0.2).has_value());  // 0.30000000000000004: 17 significant digits
  CHECK_FALSE(exact_decimal(5e-324).has_value());     // 324 places
  CHECK_FALSE(exact_decimal(1e18).has_value());
  CHECK_FALSE(exact_decimal(std::numeric_limits<double>::quiet_NaN()).has_value());
}

TEST_CASE("decimal_text: plain digits, no exponent") {
  CHECK(decimal_text({-125, 1}) == "-12.5");
  CHECK(decimal_text({1, 3}) == "0.001");
  CHECK(decimal_text({12, -2}) == "1200");
}
