#include "loansim/json/json_writer.hpp"

#include "json_build.hpp"

namespace loansim::json {

Json& JsonWriter::slot(std::string_view key) { return (*open_.back())[std::string(key)]; }

void JsonWriter::number(std::string_view key, double value) { slot(key) = value; }
void JsonWriter::integer(std::string_view key, std::int64_t value) { slot(key) = value; }
void JsonWriter::string(std::string_view key, std::string_view value) { slot(key) = value; }
void JsonWriter::boolean(std::string_view key, bool value) { slot(key) = value; }
void JsonWriter::null(std::string_view key) { slot(key) = nullptr; }

void JsonWriter::begin_object(std::string_view key) {
  Json& object = open_.empty() ? result_ : slot(key);
  object = Json::object();
  open_.push_back(&object);
}

void JsonWriter::columns(std::string_view key, const Columns& table) {
  Json rows = Json::array();
  for (std::size_t i = 0; i < table.rows; ++i) {
    Json row = object({{table.ordinal, i + 1}, {table.date_name, format_date(table.dates[i])}});
    for (const AmountColumn& column : table.amounts) row[std::string(column.name)] = amount(Money(column.minor[i], table.currency));
    rows.push_back(std::move(row));
  }
  slot(key) = std::move(rows);
}

}  // namespace loansim::json
