// libFuzzer target: the text parsers that read what people and partner systems type (amounts,
// decimal commas, dates). Each must either return a value or throw loansim::Error: never crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "loansim/date.hpp"
#include "loansim/decimal.hpp"
#include "loansim/error.hpp"
#include "loansim/money.hpp"

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
  return 0;
}
