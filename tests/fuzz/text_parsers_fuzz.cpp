// libFuzzer target: the text parsers that read what people and partner systems type (amounts,
// decimal commas, percentages, ranges, dates). Each must either return a value or throw loansim::Error: never crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "loansim/date.hpp"
#include "loansim/decimal.hpp"
#include "loansim/error.hpp"
#include "loansim/money.hpp"
#include "loansim/text_number.hpp"

namespace {

template <class F>
void expect_value_or_error(F&& parse) {
  try {
    parse();
  } catch (const loansim::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  expect_value_or_error([&] { (void)loansim::parse_decimal(text, "x"); });
  expect_value_or_error([&] { (void)loansim::parse_decimal(text, "x", {.decimal_separator = ','}); });
  expect_value_or_error([&] { (void)loansim::parse_money(text, loansim::Currency::USD, "x"); });
  expect_value_or_error([&] { (void)loansim::parse_money(text, loansim::Currency::IDR, "x"); });
  expect_value_or_error([&] { (void)loansim::parse_date(text, "x"); });
  // Partners' number texts: "8,3", "174,48%", "Rp 5.934.041 - Rp 11.868.080", "5 s/d 7 juta".
  (void)loansim::is_missing_number_text(text);
  expect_value_or_error([&] { (void)loansim::parse_text_quantity(text, "x"); });
  expect_value_or_error([&] { (void)loansim::parse_text_percent(text, "x"); });
  expect_value_or_error([&] { (void)loansim::parse_text_amount(text, loansim::Currency::IDR, "x"); });
  expect_value_or_error([&] { (void)loansim::parse_text_amount(text, loansim::Currency::BRL, "x"); });
  expect_value_or_error([&] {
    const auto range = loansim::parse_text_amount_range(text, loansim::Currency::IDR, "x");
    if (range.high < range.low) __builtin_trap();  // a range the parser accepted is ordered
  });
  return 0;
}
