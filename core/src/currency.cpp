#include "loansim/currency.hpp"

#include <array>
#include <string>

#include "loansim/error.hpp"

namespace loansim {
namespace {

struct CurrencyInfo {
  Currency currency;
  std::string_view code;
  int exponent;
};

constexpr std::array<CurrencyInfo, 9> kCurrencies{{
    {Currency::USD, "USD", 2},
    {Currency::EUR, "EUR", 2},
    {Currency::GBP, "GBP", 2},
    {Currency::BRL, "BRL", 2},
    {Currency::INR, "INR", 2},
    {Currency::IDR, "IDR", 0},
    {Currency::MXN, "MXN", 2},
    {Currency::PHP, "PHP", 2},
    {Currency::JPY, "JPY", 0},
}};

const CurrencyInfo& info(Currency currency) noexcept { return kCurrencies[static_cast<std::size_t>(currency)]; }

}  // namespace

int exponent(Currency currency) noexcept { return info(currency).exponent; }
std::string_view code(Currency currency) noexcept { return info(currency).code; }

std::int64_t minor_per_major(Currency currency) noexcept {
  std::int64_t factor = 1;
  for (int i = 0; i < exponent(currency); ++i) factor *= 10;
  return factor;
}

Currency currency_from_code(std::string_view iso_code, std::string_view field) {
  for (const auto& entry : kCurrencies) {
    if (entry.code == iso_code) return entry.currency;
  }
  std::string known;
  for (const auto& entry : kCurrencies) known += (known.empty() ? "" : ", ") + std::string(entry.code);
  fail(ErrorCode::InvalidValue, field,
       "unknown currency '" + std::string(iso_code.substr(0, 16)) + "'; known: " + known);
}

}  // namespace loansim
