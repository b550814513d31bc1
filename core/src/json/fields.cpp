#include "loansim/json/fields.hpp"

#include <cstdio>

#include "loansim/decimal.hpp"

namespace loansim::json {
namespace {

// The JSON type names nlohmann reports, for every source alike.
const char* kind_name(SourceKind kind) {
  switch (kind) {
    case SourceKind::Null: return "null";
    case SourceKind::Boolean: return "boolean";
    case SourceKind::Number: return "number";
    case SourceKind::String: return "string";
    case SourceKind::Array: return "array";
    case SourceKind::Object: return "object";
  }
  return "null";
}

std::string shorten(std::string_view text) {
  return text.size() > 40 ? std::string(text.substr(0, 40)) + "…" : std::string(text);
}

}  // namespace

std::string FieldPath::text() const {
  if (parent_ == nullptr) return text_;
  std::string path = parent_->text();
  if (key_.empty()) return path.append("[").append(std::to_string(index_)).append("]");
  return path.empty() ? std::string(key_) : path.append(".").append(key_);
}

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

std::string shortest_text(double value, const FieldPath& path) {
  const Decimal decimal = decimal_from_double(value, path.text());
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

void wrong_type(const FieldPath& path, const char* expected, SourceKind got) {
  throw Error(ErrorCode::InvalidType, path.text(), std::string("must be ") + expected + ", got " + kind_name(got));
}

void missing(const FieldPath& path) { throw Error(ErrorCode::MissingField, path.text(), "is required"); }

void not_finite(const FieldPath& path) { throw Error(ErrorCode::OutOfRange, path.text(), "must be finite"); }

void out_of_bounds(const FieldPath& path, double min, double max, double got) {
  throw Error(ErrorCode::OutOfRange, path.text(),
              "must be between " + number_text(min) + " and " + number_text(max) + ", got " + number_text(got));
}

void not_whole(const FieldPath& path, double got) {
  throw Error(ErrorCode::InvalidValue, path.text(), "must be a whole number, got " + number_text(got));
}

void not_a_choice(const FieldPath& path, std::string_view text, std::span<const std::string_view> choices) {
  std::string allowed;
  for (const auto choice : choices) allowed += (allowed.empty() ? "" : ", ") + std::string(choice);
  throw Error(ErrorCode::InvalidValue, path.text(), "'" + shorten(text) + "' is not one of: " + allowed);
}

void too_many_items(const FieldPath& path, std::size_t max_items) {
  throw Error(ErrorCode::OutOfRange, path.text(), "has more than " + std::to_string(max_items) + " items");
}

void unknown_field(const FieldPath& path) {
  throw Error(ErrorCode::UnknownField, path.text(), "is not a field of this request");
}

void rethrow_at(const FieldPath& path, const Error& error) { throw Error(error.code(), path.text(), error.what()); }

}  // namespace loansim::json
