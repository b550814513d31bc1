// A table of results written column by column (a schedule's installments). Each writer spells it
// in its own transport: the JSON writer as an array of row objects, the tape writer as one typed
// array per column, so a schedule never becomes one object per row on its way to JavaScript.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "loansim/currency.hpp"
#include "loansim/date.hpp"

namespace loansim::json {

// An amount column: minor units of the table's currency, one per row.
struct AmountColumn {
  std::string_view name;
  const std::int64_t* minor;
};

struct Columns {
  std::size_t rows = 0;
  Currency currency = Currency::USD;
  std::string_view ordinal;    // the column of 1-based row numbers
  std::string_view date_name;  // the date column
  const Date* dates = nullptr;
  std::span<const AmountColumn> amounts;
};

}  // namespace loansim::json
