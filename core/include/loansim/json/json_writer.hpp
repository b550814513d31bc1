// The JSON transport's result side: builds the nlohmann result an adapter describes. With the
// tape writer it is one of the two Writers every typed adapter writes through:
//   begin_object(key) / end_object()  (the root object has no key)
//   number(key, double)  integer(key, int64)  string(key, text)  boolean(key, bool)  null(key)
//   columns(key, Columns)
// JSON objects print their keys in sorted order, so the order of the calls does not show.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "loansim/json/columns.hpp"
#include "loansim/json/json_source.hpp"

namespace loansim::json {

class JsonWriter {
 public:
  void begin_object(std::string_view key = {});
  void end_object() { open_.pop_back(); }
  // Out of line: the typed adapters call these for every field.
  void number(std::string_view key, double value);
  void integer(std::string_view key, std::int64_t value);
  void string(std::string_view key, std::string_view value);
  void boolean(std::string_view key, bool value);
  void null(std::string_view key);
  // An array of row objects: the ordinal, the date and every amount column of each row.
  void columns(std::string_view key, const Columns& table);

  // The finished result.
  [[nodiscard]] Json take() { return std::move(result_); }

 private:
  Json& slot(std::string_view key);

  Json result_;
  std::vector<Json*> open_;  // the objects being written, innermost last (map nodes do not move)
};

}  // namespace loansim::json
