#include "loansim/json/fields.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "loansim/decimal.hpp"
#include "loansim/error.hpp"

namespace loansim::json {
namespace {

std::string type_name(const Json& value) {
  return value.is_number() ? "number" : std::string(value.type_name());
}

[[noreturn]] void wrong_type(const std::string& path, const char* expected, const Json& value) {
  throw Error(ErrorCode::InvalidType, path, std::string("must be ") + expected + ", got " + type_name(value));
}

std::string shorten(std::string_view text) {
  return text.size() > 40 ? std::string(text.substr(0, 40)) + "…" : std::string(text);
}

}  // namespace

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

FieldReader::FieldReader(const Json& object, std::string path, bool strict)
    : object_(object), path_(std::move(path)), strict_(strict) {
  if (!object_.is_object()) wrong_type(path_.empty() ? "" : path_, "an object", object_);
}

std::string FieldReader::path_of(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

bool FieldReader::has(std::string_view key) const {
  const auto it = object_.find(key);
  return it != object_.end() && !it->is_null();
}

const Json* FieldReader::find(std::string_view key) {
  read_.emplace_back(key);
  const auto it = object_.find(key);
  return (it == object_.end() || it->is_null()) ? nullptr : &*it;
}

const Json& FieldReader::require(std::string_view key) {
  const Json* value = find(key);
  if (value == nullptr) throw Error(ErrorCode::MissingField, path_of(key), "is required");
  return *value;
}

double number_value(const Json& value, const std::string& path, double min, double max) {
  if (!value.is_number()) wrong_type(path, "a number", value);
  const double number = value.get<double>();
  if (!std::isfinite(number)) throw Error(ErrorCode::OutOfRange, path, "must be finite");
  if (number < min || number > max) {
    throw Error(ErrorCode::OutOfRange, path,
                "must be between " + number_text(min) + " and " + number_text(max) + ", got " + number_text(number));
  }
  return number;
}

std::string string_value(const Json& value, const std::string& path) {
  if (!value.is_string()) wrong_type(path, "a string", value);
  return value.get<std::string>();
}

std::optional<double> FieldReader::optional_number(std::string_view key, double min, double max) {
  const Json* value = find(key);
  if (value == nullptr) return std::nullopt;
  return number_value(*value, path_of(key), min, max);
}

double FieldReader::number(std::string_view key, double min, double max) {
  (void)require(key);
  return *optional_number(key, min, max);
}

std::optional<std::int64_t> FieldReader::optional_integer(std::string_view key, std::int64_t min, std::int64_t max) {
  const auto number = optional_number(key, static_cast<double>(min), static_cast<double>(max));
  if (!number) return std::nullopt;
  if (std::trunc(*number) != *number) {
    throw Error(ErrorCode::InvalidValue, path_of(key), "must be a whole number, got " + number_text(*number));
  }
  return static_cast<std::int64_t>(*number);
}

std::int64_t FieldReader::integer(std::string_view key, std::int64_t min, std::int64_t max) {
  (void)require(key);
  return *optional_integer(key, min, max);
}

std::optional<bool> FieldReader::optional_boolean(std::string_view key) {
  const Json* value = find(key);
  if (value == nullptr) return std::nullopt;
  if (!value->is_boolean()) wrong_type(path_of(key), "true or false", *value);
  return value->get<bool>();
}

bool FieldReader::boolean(std::string_view key, bool fallback) { return optional_boolean(key).value_or(fallback); }

std::optional<std::string> FieldReader::optional_string(std::string_view key) {
  const Json* value = find(key);
  if (value == nullptr) return std::nullopt;
  return string_value(*value, path_of(key));
}

std::string FieldReader::string(std::string_view key) {
  (void)require(key);
  return *optional_string(key);
}

std::size_t FieldReader::choice(std::string_view key, std::initializer_list<std::string_view> choices,
                                std::optional<std::size_t> fallback) {
  if (!fallback) (void)require(key);
  const auto text = optional_string(key);
  if (!text) return *fallback;
  const auto it = std::find(choices.begin(), choices.end(), *text);
  if (it != choices.end()) return static_cast<std::size_t>(it - choices.begin());
  std::string allowed;
  for (const auto choice : choices) allowed += (allowed.empty() ? "" : ", ") + std::string(choice);
  throw Error(ErrorCode::InvalidValue, path_of(key), "'" + shorten(*text) + "' is not one of: " + allowed);
}

std::optional<Money> FieldReader::optional_money(std::string_view key, Currency currency, bool allow_negative) {
  const auto major = optional_number(key, allow_negative ? -kMaxAmountMajor : 0.0, kMaxAmountMajor);
  if (!major) return std::nullopt;
  return money_from_major(*major, currency, path_of(key));
}

Money FieldReader::money(std::string_view key, Currency currency, bool allow_negative) {
  (void)require(key);
  return *optional_money(key, currency, allow_negative);
}

std::optional<AmountRange> FieldReader::optional_money_range(std::string_view key, Currency currency) {
  const Json* value = find(key);
  if (value == nullptr) return std::nullopt;
  if (value->is_number()) {
    const Money figure = *optional_money(key, currency);
    return AmountRange{figure, figure};
  }
  if (!value->is_object()) wrong_type(path_of(key), "a number or an object {low, high}", *value);
  FieldReader range(*value, path_of(key), strict_);
  const AmountRange result{range.money("low", currency), range.money("high", currency)};
  range.finish();
  if (result.high < result.low) throw Error(ErrorCode::InvalidValue, range.path_of("high"), "must not be below low");
  return result;
}

std::optional<std::string> FieldReader::optional_number_text(std::string_view key) {
  const Json* value = find(key);
  if (value == nullptr) return std::nullopt;
  if (value->is_string()) return value->get<std::string>();
  if (!value->is_number()) wrong_type(path_of(key), "a number or a string", *value);
  const Decimal decimal = decimal_from_double(value->get<double>(), path_of(key));
  const bool negative = decimal.digits < 0;
  std::string digits = std::to_string(negative ? -decimal.digits : decimal.digits);
  if (decimal.scale > 0) {
    const auto scale = static_cast<std::size_t>(decimal.scale);
    if (digits.size() <= scale) digits.insert(0, scale - digits.size() + 1, '0');
    digits.insert(digits.size() - scale, 1, '.');
  } else {
    digits.append(static_cast<std::size_t>(-decimal.scale), '0');
  }
  return (negative ? "-" : "") + digits;
}

FieldReader FieldReader::object(std::string_view key) {
  return FieldReader(require(key), path_of(key), strict_);
}

std::optional<FieldReader> FieldReader::optional_object(std::string_view key) {
  const Json* value = find(key);
  if (value == nullptr) return std::nullopt;
  return FieldReader(*value, path_of(key), strict_);
}

std::vector<std::pair<const Json*, std::string>> FieldReader::array(std::string_view key, std::size_t max_items) {
  const Json& value = require(key);
  if (!value.is_array()) wrong_type(path_of(key), "an array", value);
  if (value.size() > max_items) {
    throw Error(ErrorCode::OutOfRange, path_of(key), "has more than " + std::to_string(max_items) + " items");
  }
  std::vector<std::pair<const Json*, std::string>> items;
  items.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) items.emplace_back(&value[i], path_of(key) + "[" + std::to_string(i) + "]");
  return items;
}

std::vector<std::pair<const Json*, std::string>> FieldReader::optional_array(std::string_view key, std::size_t max_items) {
  const Json* value = find(key);
  if (value == nullptr) return {};
  return array(key, max_items);
}

void FieldReader::finish() const {
  if (!strict_) return;
  for (const auto& [key, value] : object_.items()) {
    if (std::find(read_.begin(), read_.end(), key) == read_.end()) {
      throw Error(ErrorCode::UnknownField, path_of(key), "is not a field of this request");
    }
  }
}

Json parse_request(std::string_view text) {
  if (text.size() > kMaxRequestBytes) {
    throw Error(ErrorCode::InvalidJson, "", "request is larger than " + std::to_string(kMaxRequestBytes) + " bytes");
  }
  // Depth is checked while parsing, before a deep document is ever built.
  const Json::parser_callback_t limit_depth = [](int depth, Json::parse_event_t, Json&) {
    if (depth > kMaxDepth) {
      throw Error(ErrorCode::InvalidJson, "", "request nests deeper than " + std::to_string(kMaxDepth) + " levels");
    }
    return true;
  };
  try {
    return Json::parse(text.begin(), text.end(), limit_depth);
  } catch (const Json::parse_error& e) {
    throw Error(ErrorCode::InvalidJson, "", "not valid JSON at byte " + std::to_string(e.byte));
  }
}

Json amount(Money value) { return to_major(value); }

}  // namespace loansim::json
