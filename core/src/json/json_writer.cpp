#include "loansim/json/json_writer.hpp"

namespace loansim::json {

void JsonWriter::begin_object(std::string_view key) {
  Json& object = open_.empty() ? result_ : slot(key);
  object = Json::object();
  open_.push_back(&object);
}

void JsonWriter::columns(std::string_view key, const Columns& table) {
  Json rows = Json::array();
  for (std::size_t i = 0; i < table.rows; ++i) {
    Json row = {{std::string(table.ordinal), i + 1}, {std::string(table.date_name), format_date(table.dates[i])}};
    for (const AmountColumn& column : table.amounts) row[std::string(column.name)] = amount(Money(column.minor[i], table.currency));
    rows.push_back(std::move(row));
  }
  slot(key) = std::move(rows);
}

}  // namespace loansim::json
