#include "loansim/json/fields.hpp"

#include <cmath>

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
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value < 0 ? "-Infinity" : "Infinity";
  if (const auto decimal = exact_decimal(value)) return decimal_text(*decimal);
  // Error messages only: twelve significant digits, from basic IEEE operations alone so that every
  // target prints the same text (printf is not linked into the core module); a power of ten past
  // the magnitudes a message shows plainly, as printf's %g.
  int exponent = 0;
  double mantissa = std::fabs(value);
  for (; mantissa >= 10.0; mantissa /= 10.0) ++exponent;
  for (; mantissa < 1.0; mantissa *= 10.0) --exponent;
  Decimal digits{static_cast<std::int64_t>(std::nearbyint(mantissa * 1e11)), 11};
  if (digits.digits == 1'000'000'000'000) {  // 9.9999999999996 rounds up to 10
    digits.digits /= 10;
    ++exponent;
  }
  if (value < 0) digits.digits = -digits.digits;
  const bool plain = exponent >= -5 && exponent < 15;
  if (plain) digits.scale -= exponent;
  while (digits.scale > 0 && digits.digits % 10 == 0) {
    digits.digits /= 10;
    --digits.scale;
  }
  if (plain) return decimal_text(digits);
  return decimal_text(digits) + "e" + (exponent < 0 ? "" : "+") + std::to_string(exponent);
}

Money money_at(double major, const FieldPath& path, Currency currency) {
  try {
    return money_from_major(major, currency, {});
  } catch (const Error& e) {
    rethrow_at(path, e);
  }
}

std::string shortest_text(double value, const FieldPath& path) { return decimal_text(decimal_from_double(value, path.text())); }

void wrong_type(const FieldPath& path, const char* expected, SourceKind got) {
  fail(ErrorCode::InvalidType, path.text(), std::string("must be ") + expected + ", got " + kind_name(got));
}

void missing(const FieldPath& path) { fail(ErrorCode::MissingField, path.text(), "is required"); }

void not_finite(const FieldPath& path) { fail(ErrorCode::OutOfRange, path.text(), "must be finite"); }

void out_of_bounds(const FieldPath& path, double min, double max, double got) {
  fail(ErrorCode::OutOfRange, path.text(),
       "must be between " + number_text(min) + " and " + number_text(max) + ", got " + number_text(got));
}

void not_whole(const FieldPath& path, double got) {
  fail(ErrorCode::InvalidValue, path.text(), "must be a whole number, got " + number_text(got));
}

void not_a_choice(const FieldPath& path, std::string_view text, std::span<const std::string_view> choices) {
  std::string allowed;
  for (const auto choice : choices) allowed += (allowed.empty() ? "" : ", ") + std::string(choice);
  fail(ErrorCode::InvalidValue, path.text(), "'" + shorten(text) + "' is not one of: " + allowed);
}

void too_many_items(const FieldPath& path, std::size_t max_items) {
  fail(ErrorCode::OutOfRange, path.text(), "has more than " + std::to_string(max_items) + " items");
}

void unknown_field(const FieldPath& path) {
  fail(ErrorCode::UnknownField, path.text(), "is not a field of this request");
}

void rethrow_at(const FieldPath& path, const Error& error) { fail(error.code(), path.text(), error.what()); }

}  // namespace loansim::json
