#include "loansim/text_number.hpp"

#include <doctest/doctest.h>

#include "loansim/error.hpp"

using namespace loansim;

namespace {
Money idr(std::int64_t rupiah) { return {rupiah, Currency::IDR}; }

ErrorCode code_of(auto&& call) {
  try {
    call();
  } catch (const Error& e) {
    return e.code();
  }
  FAIL("expected an error");
  return ErrorCode::InvalidJson;
}
}  // namespace

// The seed strings are quoted from ../shared/seeds/000 (KOCEK) and 001 (Dompet Kilat); the other
// rows are the test vectors of recommendation-scoring-research.md §B3, each read by hand.
TEST_CASE("parse_text_quantity: KOCEK behaviour patterns with decimal commas") {
  CHECK(to_double(parse_text_quantity("8,3", "x")) == 8.3);    // behaviour_pattern_deposit_per_month
  CHECK(to_double(parse_text_quantity("17,8", "x")) == 17.8);  // behaviour_pattern_withdrawal_per_month
  CHECK(to_double(parse_text_quantity("31", "x")) == 31.0);    // total_loan, a number as a string
  CHECK(to_double(parse_text_quantity("0,85", "x")) == 0.85);
  CHECK(to_double(parse_text_quantity("1.234,5", "x")) == 1234.5);  // both separators: the last is decimal
  CHECK(to_double(parse_text_quantity("1,234.5", "x")) == 1234.5);
  CHECK(to_double(parse_text_quantity("1.500", "x")) == 1.5);       // a quantity's lone separator is decimal
  CHECK(to_double(parse_text_quantity(" -2,5 ", "x")) == -2.5);
}

TEST_CASE("parse_text_percent: '174,48%' is 174.48 percent") {
  const Decimal ratio = parse_text_percent("174,48%", "internal_data.behaviour_pattern_withdrawal_ratio");
  CHECK(ratio.digits == 17448);
  CHECK(ratio.scale == 2);
  CHECK(to_double(parse_text_percent("12", "x")) == 12.0);
  CHECK_THROWS_AS((void)parse_text_percent("12%%", "x"), Error);
}

TEST_CASE("parse_text_amount: strings, groups, currency tokens and multipliers") {
  CHECK(parse_text_amount("138402100.00", Currency::IDR, "x") == idr(138'402'100));  // KOCEK loan_remaining
  CHECK(parse_text_amount("Rp 5.934.041", Currency::IDR, "x") == idr(5'934'041));    // Dompet Kilat income
  CHECK(parse_text_amount("1,500,000", Currency::IDR, "x") == idr(1'500'000));
  CHECK(parse_text_amount("1,500", Currency::IDR, "x") == idr(1'500));  // lone separator + 3 digits: a group
  CHECK(parse_text_amount("1,5 jt", Currency::IDR, "x") == idr(1'500'000));
  CHECK(parse_text_amount("250 rb", Currency::IDR, "x") == idr(250'000));
  CHECK(parse_text_amount("2 miliar", Currency::IDR, "x") == idr(2'000'000'000));
  CHECK(parse_text_amount("R$ 2.839.039,38", Currency::BRL, "x") == Money(283'903'938, Currency::BRL));
  CHECK(parse_text_amount("1.234,56", Currency::BRL, "x") == Money(123'456, Currency::BRL));
  CHECK(parse_text_amount("5000 IDR", Currency::IDR, "x") == idr(5'000));
  CHECK(parse_text_amount("Rp\xC2\xA0" "10.000", Currency::IDR, "x") == idr(10'000));  // no-break space
}

TEST_CASE("parse_text_amount: what cannot be read unambiguously is an error with the field") {
  try {
    (void)parse_text_amount("R$ 10", Currency::IDR, "income[0].value");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::InvalidValue);
    CHECK(e.field() == "income[0].value");
  }
  CHECK(code_of([] { (void)parse_text_amount("-500000", Currency::IDR, "x"); }) == ErrorCode::OutOfRange);
  CHECK(code_of([] { (void)parse_text_amount("100.5", Currency::IDR, "x"); }) == ErrorCode::InvalidValue);  // no sen
  CHECK(code_of([] { (void)parse_text_amount("20000000 jt", Currency::IDR, "x"); }) == ErrorCode::OutOfRange);
  for (const char* bad : {"", "-", "abc", "1.50.000", "1.000,", "12a", "1,2,3.4.5", "1.234,5.6", "Rp", "10 %", "10 10",
                          "1e5", "1000 joules", "\x01"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS((void)parse_text_amount(bad, Currency::IDR, "x"), Error);
  }
  CHECK(code_of([] { (void)parse_text_amount(std::string(65, '1'), Currency::IDR, "x"); }) == ErrorCode::InvalidValue);
}

TEST_CASE("parse_text_amount_range: KOCEK and Dompet Kilat ranges, §B3 vectors") {
  const auto kocek = parse_text_amount_range("100000-200000", Currency::IDR, "income[0].value");  // seed 000
  CHECK(kocek.low == idr(100'000));
  CHECK(kocek.high == idr(200'000));
  const auto dompet = parse_text_amount_range("Rp 5.934.041 - Rp 11.868.080", Currency::IDR, "x");  // seed 001
  CHECK(dompet.low == idr(5'934'041));
  CHECK(dompet.high == idr(11'868'080));
  const auto land = parse_text_amount_range("10000000000-20000000000", Currency::IDR, "x");  // seed 000 LAND
  CHECK(land.high == idr(20'000'000'000));
  const auto words = parse_text_amount_range("5 s/d 7 juta", Currency::IDR, "x");  // multiplier carried down
  CHECK(words.low == idr(5'000'000));
  CHECK(words.high == idr(7'000'000));
  const auto both = parse_text_amount_range("1,5 jt - 2 jt", Currency::IDR, "x");
  CHECK(both.low == idr(1'500'000));
  CHECK(both.high == idr(2'000'000));
  const auto kept = parse_text_amount_range("500000 - 2 jt", Currency::IDR, "x");  // 500000 ≥ 2e6/100: no carry
  CHECK(kept.low == idr(500'000));
  const auto dash = parse_text_amount_range("2.500.000\xE2\x80\x93" "3.000.000", Currency::IDR, "x");  // en dash
  CHECK(dash.low == idr(2'500'000));
  CHECK(dash.high == idr(3'000'000));
  const auto single = parse_text_amount_range("3jt", Currency::IDR, "x");
  CHECK(single.low == single.high);
  CHECK(parse_text_amount_range("3jt-5jt", Currency::IDR, "x").high == idr(5'000'000));
}

TEST_CASE("parse_text_amount_range: malformed ranges are refused") {
  for (const char* bad : {"200000-100000", "100000-", "-100000-200000", "100000--200000", "100000-200000-300000",
                          "100000 200000", "s/d 5", "100000 ~ abc"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS((void)parse_text_amount_range(bad, Currency::IDR, "x"), Error);
  }
}

TEST_CASE("is_missing_number_text: blank and placeholder texts are missing, not zero") {
  for (const char* missing : {"", "  ", "-", "n/a", "NULL", " null "}) {
    CAPTURE(missing);
    CHECK(is_missing_number_text(missing));
  }
  CHECK_FALSE(is_missing_number_text("0"));
  CHECK_FALSE(is_missing_number_text("tidak"));
}

TEST_CASE("to_double: one correct rounding of the decimal") {
  CHECK(to_double(Decimal{1, 1}) == 0.1);
  CHECK(to_double(Decimal{17448, 2}) == 174.48);
  CHECK(to_double(Decimal{5, -6}) == 5e6);
}
