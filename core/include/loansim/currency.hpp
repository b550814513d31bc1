// ISO 4217 currencies the product knows, with the minor-unit exponent each is computed in.
#pragma once

#include <cstdint>
#include <string_view>

namespace loansim {

enum class Currency : std::uint8_t { USD, EUR, GBP, BRL, INR, IDR, MXN, PHP, JPY };

// Digits after the decimal point that amounts in this currency carry.
// IDR is kept in whole rupiah: ISO 4217 lists two decimals, but sen are not in circulation and
// Indonesian lenders compute, display and collect whole rupiah.
[[nodiscard]] int exponent(Currency currency) noexcept;
[[nodiscard]] std::string_view code(Currency currency) noexcept;
// 10^exponent: how many minor units make one major unit.
[[nodiscard]] std::int64_t minor_per_major(Currency currency) noexcept;

// Throws Error{InvalidValue, field} for a code that is not in the table.
[[nodiscard]] Currency currency_from_code(std::string_view iso_code, std::string_view field = "currency");

}  // namespace loansim
