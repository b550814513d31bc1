#include "json_build.hpp"

#include <utility>

namespace loansim::json {

Json Value::json() const {
  switch (kind_) {
    case Kind::Null: return nullptr;
    case Kind::Boolean: return integer_ != 0;
    case Kind::Integer: return integer_;
    case Kind::Unsigned: return static_cast<std::uint64_t>(integer_);
    case Kind::Number: return number_;
    case Kind::String: return text_;
    case Kind::MovedJson: return std::move(*json_);
    case Kind::CopiedJson: return *json_;
    case Kind::Object: return object(fields_);
  }
  return nullptr;
}

Json object(std::initializer_list<Field> fields) {
  Json result = Json::object();
  auto& members = result.get_ref<Json::object_t&>();
  for (const Field& field : fields) members.emplace(field.key, field.value.json());
  return result;
}

Json array(std::initializer_list<Value> values) {
  Json result = Json::array();
  auto& elements = result.get_ref<Json::array_t&>();
  elements.reserve(values.size());
  for (const Value& value : values) elements.push_back(value.json());
  return result;
}

}  // namespace loansim::json
