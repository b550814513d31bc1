// Building result JSON with little code per field: object({{"key", value}, ...}) reads as
// nlohmann's own initializer lists and makes the same Json, but each field is a key and a Value,
// both trivially destructible, and one out-of-line function builds the object. nlohmann's lists
// build every pair as a two-element array and convert it, with cleanup code for each temporary:
// about 300 bytes of WebAssembly a field against about 30 here (docs/decisions.md).
//
// A Value refers to what it was made from (a string, a Json, a nested field list), so it lives
// only as an argument of object() or array(), within one full expression.
#pragma once

#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "loansim/json/json_source.hpp"

namespace loansim::json {

struct Field;

class Value {
 public:
  Value(std::nullptr_t) noexcept {}  // NOLINT: every Value converts implicitly, as in a Json list
  Value(bool value) noexcept : kind_(Kind::Boolean), integer_(value) {}  // NOLINT
  template <std::integral T>
  Value(T value) noexcept  // NOLINT: signed as a JSON integer, unsigned as unsigned, as nlohmann
      : kind_(std::is_signed_v<T> ? Kind::Integer : Kind::Unsigned), integer_(static_cast<std::int64_t>(value)) {}
  Value(double value) noexcept : kind_(Kind::Number), number_(value) {}            // NOLINT
  Value(const char* text) noexcept : Value(std::string_view(text)) {}             // NOLINT
  Value(std::string_view text) noexcept : kind_(Kind::String), text_(text) {}      // NOLINT
  Value(const std::string& text) noexcept : Value(std::string_view(text)) {}      // NOLINT
  Value(Json&& value) noexcept : kind_(Kind::MovedJson), json_(&value) {}          // NOLINT
  Value(const Json& value) noexcept : kind_(Kind::CopiedJson), json_(const_cast<Json*>(&value)) {}  // NOLINT
  Value(std::initializer_list<Field> fields) noexcept;  // NOLINT: a nested object
  template <class T>
  Value(const std::optional<T>& value) noexcept : Value(value ? Value(*value) : Value(nullptr)) {}  // NOLINT: null when absent

  // The Json this value describes (a MovedJson is moved from).
  [[nodiscard]] Json json() const;

 private:
  enum class Kind : std::uint8_t { Null, Boolean, Integer, Unsigned, Number, String, MovedJson, CopiedJson, Object };
  Kind kind_ = Kind::Null;
  union {
    std::int64_t integer_ = 0;  // Boolean, Integer, Unsigned (as its bits)
    double number_;
    std::string_view text_;
    Json* json_;
    std::initializer_list<Field> fields_;  // Object: the list outlives the Value (see above)
  };
};

struct Field {
  std::string_view key;
  Value value;
};

inline Value::Value(std::initializer_list<Field> fields) noexcept
    : kind_(Kind::Object), fields_(fields) {}

// A JSON object of these fields (the first of two equal keys wins, as in nlohmann's lists).
[[nodiscard]] Json object(std::initializer_list<Field> fields);
// A JSON array of these values, in order.
[[nodiscard]] Json array(std::initializer_list<Value> values);

}  // namespace loansim::json
