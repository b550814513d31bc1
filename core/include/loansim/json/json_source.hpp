// The JSON transport's request side: a source over nlohmann::json for BasicFieldReader, and the
// bounded parse of request text that the CLI and the JSON entry point share.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "loansim/json/fields.hpp"

namespace loansim::json {

using Json = nlohmann::json;

// A handle on one value of a parsed request. Dereferences to the Json itself, for the adapters
// that read a value directly.
class JsonSource {
 public:
  JsonSource(const Json& value) : value_(&value) {}  // NOLINT: a Json is its own source

  [[nodiscard]] const Json& operator*() const { return *value_; }
  [[nodiscard]] const Json* operator->() const { return value_; }

  [[nodiscard]] SourceKind kind() const {
    if (value_->is_boolean()) return SourceKind::Boolean;
    if (value_->is_number()) return SourceKind::Number;
    if (value_->is_string()) return SourceKind::String;
    if (value_->is_array()) return SourceKind::Array;
    if (value_->is_object()) return SourceKind::Object;
    return SourceKind::Null;
  }
  [[nodiscard]] double number() const { return value_->get<double>(); }
  [[nodiscard]] bool boolean() const { return value_->get<bool>(); }
  [[nodiscard]] std::string_view string() const { return value_->get_ref<const std::string&>(); }

  [[nodiscard]] std::optional<JsonSource> member(std::string_view key) const {
    const auto it = value_->find(key);
    if (it == value_->end()) return std::nullopt;
    return JsonSource(*it);
  }
  [[nodiscard]] std::size_t size() const { return value_->size(); }
  // A JSON array is a std::vector: its next element is the next Json in memory.
  [[nodiscard]] JsonSource first_element() const { return JsonSource((*value_)[0]); }
  [[nodiscard]] JsonSource next_element() const { return JsonSource(*(value_ + 1)); }
  template <class F>
  void for_each_key(F&& f) const {
    for (const auto& member : value_->get_ref<const Json::object_t&>()) f(std::string_view(member.first));
  }

 private:
  const Json* value_;
};

// The reader every JSON adapter uses.
using FieldReader = BasicFieldReader<JsonSource>;

// A JSON value read directly (an array element the adapter holds as Json).
[[nodiscard]] inline double number_value(const Json& value, const FieldPath& path, double min, double max) {
  return number_value(JsonSource(value), path, min, max);
}
[[nodiscard]] inline std::string string_value(const Json& value, const FieldPath& path) {
  return string_value(JsonSource(value), path);
}

// Parses request text within kMaxRequestBytes and kMaxDepth. Throws Error{InvalidJson} with the
// byte offset on failure.
[[nodiscard]] Json parse_request(std::string_view text);

// The amount in major units, printed as a JSON number (888.49): the output form of every amount.
[[nodiscard]] inline double amount(Money value) { return to_major(value); }

}  // namespace loansim::json
