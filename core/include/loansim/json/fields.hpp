// Reading a request field by field, with the field's path in every error.
// Each command's adapter reads its request through a BasicFieldReader over a *source*: a handle on
// one value of the request, whatever carried it there. Two sources exist: JsonSource (nlohmann;
// the CLI and the JSON entry point, json_source.hpp) and TapeSource (the binary tape of the
// WebAssembly core module, tape_source.hpp). Both go through this one reader, so wrong types,
// missing fields, unknown fields and out-of-range numbers come back with the same codes, paths and
// messages whichever transport carried the request.
//
// A Source is a small value type with:
//   SourceKind kind() const;
//   double number() const;  bool boolean() const;  std::string_view string() const;
//   std::optional<Source> member(std::string_view key) const;     // objects; nullopt when absent
//   std::size_t size() const;                                     // arrays and objects
//   Source first_element() const;  Source next_element() const;   // arrays, in order
//   template <class F> void for_each_key(F&& f) const;            // objects: f(std::string_view)
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "loansim/currency.hpp"
#include "loansim/date.hpp"
#include "loansim/error.hpp"
#include "loansim/money.hpp"
#include "loansim/text_number.hpp"

namespace loansim::json {

// Largest amount any request may carry, in major units (issue bound: 10^13).
inline constexpr double kMaxAmountMajor = static_cast<double>(kMaxAmountMajorUnits);

// The bounds every entry point shares: at most kMaxRequestBytes of request and kMaxDepth levels of
// nesting.
inline constexpr std::size_t kMaxRequestBytes = 1 << 20;
inline constexpr int kMaxDepth = 32;

// The JSON types, as every source reports them.
enum class SourceKind : std::uint8_t { Null, Boolean, Number, String, Array, Object };

// Where a value sits in the request ("payments[2].amount"). Spelled out only when an error names
// it: building the text of every element's path would cost more than reading the element.
// A child refers to its parent, which must outlive it (readers and their children are nested locals).
class FieldPath {
 public:
  FieldPath() = default;
  FieldPath(std::string text) : text_(std::move(text)) {}  // NOLINT: spelled-out paths convert
  FieldPath(const char* text) : text_(text) {}             // NOLINT: "" is the request root

  [[nodiscard]] FieldPath member(std::string_view key) const { return FieldPath(this, key, 0); }
  [[nodiscard]] FieldPath element(std::size_t index) const { return FieldPath(this, {}, index); }
  [[nodiscard]] std::string text() const;

 private:
  FieldPath(const FieldPath* parent, std::string_view key, std::size_t index)
      : parent_(parent), key_(key), index_(index) {}

  const FieldPath* parent_ = nullptr;  // null: text_ is the whole path
  std::string_view key_;               // a member's key; empty for an array element
  std::size_t index_ = 0;
  std::string text_;
};

// Throwers shared by every instantiation (out of line: they build messages).
[[noreturn]] void wrong_type(const FieldPath& path, const char* expected, SourceKind got);
[[noreturn]] void missing(const FieldPath& path);
[[noreturn]] void not_finite(const FieldPath& path);
[[noreturn]] void out_of_bounds(const FieldPath& path, double min, double max, double got);
[[noreturn]] void not_whole(const FieldPath& path, double got);
[[noreturn]] void not_a_choice(const FieldPath& path, std::string_view text, std::span<const std::string_view> choices);
[[noreturn]] void too_many_items(const FieldPath& path, std::size_t max_items);
[[noreturn]] void unknown_field(const FieldPath& path);
// An Error a core parser raised without knowing where the value sits, re-raised at `path`.
[[noreturn]] void rethrow_at(const FieldPath& path, const Error& error);

// A number as a person writes it in a message: 600, not 600.0; 0.35, not 0.349999.
[[nodiscard]] std::string number_text(double value);

// The digits a JSON sender wrote for `value` (the shortest text that reads back as it): 10000000.00
// → "10000000", 0.35 → "0.35".
[[nodiscard]] std::string shortest_text(double value, const FieldPath& path);

// A value that must be a finite number within [min, max], or a string: for array elements, which
// have a path ("values[3]") but no key. The reader reads its fields through these.
template <class Source>
[[nodiscard]] double number_value(const Source& value, const FieldPath& path, double min, double max) {
  if (value.kind() != SourceKind::Number) wrong_type(path, "a number", value.kind());
  const double number = value.number();
  if (!std::isfinite(number)) not_finite(path);
  if (number < min || number > max) out_of_bounds(path, min, max, number);
  return number;
}

template <class Source>
[[nodiscard]] std::string_view string_view_value(const Source& value, const FieldPath& path) {
  if (value.kind() != SourceKind::String) wrong_type(path, "a string", value.kind());
  return value.string();
}

template <class Source>
[[nodiscard]] std::string string_value(const Source& value, const FieldPath& path) {
  return std::string(string_view_value(value, path));
}

// A date string "YYYY-MM-DD" (parse_date's rules), for array elements.
template <class Source>
[[nodiscard]] Date date_value(const Source& value, const FieldPath& path) {
  const std::string_view text = string_view_value(value, path);
  try {
    return parse_date(text, {});
  } catch (const Error& e) {
    rethrow_at(path, e);
  }
}

// `major` units exactly in `currency`'s minor units, or the error about them at `path`.
[[nodiscard]] Money money_at(double major, const FieldPath& path, Currency currency);

// An amount in major units (a number) converted exactly to `currency`'s minor units, between 0
// (or -10^13 when negatives are allowed) and 10^13: for array elements and columns of amounts.
template <class Source>
[[nodiscard]] Money money_value(const Source& value, const FieldPath& path, Currency currency, bool allow_negative = false) {
  return money_at(number_value(value, path, allow_negative ? -kMaxAmountMajor : 0.0, kMaxAmountMajor), path, currency);
}

// The elements of an array field, in order, each with its path; iterated once, in a range-for.
template <class Source>
class Elements {
 public:
  struct Item {
    Source value;
    FieldPath path;
  };

  class Iterator {
   public:
    Iterator(const Elements* elements, std::size_t index, Source value) : elements_(elements), index_(index), value_(value) {}
    [[nodiscard]] Item operator*() const { return {value_, elements_->path_.element(index_)}; }
    Iterator& operator++() {
      if (++index_ < elements_->size_) value_ = value_.next_element();
      return *this;
    }
    [[nodiscard]] bool operator!=(const Iterator& other) const { return index_ != other.index_; }

   private:
    const Elements* elements_;
    std::size_t index_;
    Source value_;
  };

  Elements(Source array, FieldPath path) : array_(array), path_(std::move(path)), size_(array.size()) {}
  Elements(const Elements&) = delete;  // iterators point back here
  Elements& operator=(const Elements&) = delete;

  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] bool empty() const { return size_ == 0; }
  // The array itself and its path, for adapters that read it a column at a time.
  [[nodiscard]] const Source& array() const { return array_; }
  [[nodiscard]] const FieldPath& path() const { return path_; }
  [[nodiscard]] Iterator begin() const { return {this, 0, size_ == 0 ? array_ : array_.first_element()}; }
  [[nodiscard]] Iterator end() const { return {this, size_, array_}; }

 private:
  Source array_;
  FieldPath path_;
  std::size_t size_;
};

template <class Source>
class BasicFieldReader {
 public:
  // `path` is the path of `object` itself ("" for the request root). A strict reader rejects
  // fields it was never asked for (our own formats); the seed formats read leniently.
  BasicFieldReader(Source object, FieldPath path, bool strict = true)
      : object_(object), path_(std::move(path)), strict_(strict) {
    if (object_.kind() != SourceKind::Object) wrong_type(path_, "an object", object_.kind());
  }

  // Present and not null. Asking is not reading: has() alone never makes a field known.
  [[nodiscard]] bool has(std::string_view key) const {
    const auto value = object_.member(key);
    return value && value->kind() != SourceKind::Null;
  }

  // Numbers: finite, within [min, max]; integers must be whole.
  [[nodiscard]] double number(std::string_view key, double min, double max) {
    return number_value(require(key), path_.member(key), min, max);
  }
  [[nodiscard]] std::optional<double> optional_number(std::string_view key, double min, double max) {
    const auto value = find(key);
    if (!value) return std::nullopt;
    return number_value(*value, path_.member(key), min, max);
  }
  [[nodiscard]] std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max) {
    return whole(key, number(key, static_cast<double>(min), static_cast<double>(max)));
  }
  [[nodiscard]] std::optional<std::int64_t> optional_integer(std::string_view key, std::int64_t min, std::int64_t max) {
    const auto number = optional_number(key, static_cast<double>(min), static_cast<double>(max));
    if (!number) return std::nullopt;
    return whole(key, *number);
  }
  [[nodiscard]] std::optional<bool> optional_boolean(std::string_view key) {
    const auto value = find(key);
    if (!value) return std::nullopt;
    if (value->kind() != SourceKind::Boolean) wrong_type(path_.member(key), "true or false", value->kind());
    return value->boolean();
  }
  [[nodiscard]] bool boolean(std::string_view key, bool fallback) { return optional_boolean(key).value_or(fallback); }

  [[nodiscard]] std::string string(std::string_view key) { return string_value(require(key), path_.member(key)); }
  [[nodiscard]] std::optional<std::string> optional_string(std::string_view key) {
    const auto value = find(key);
    if (!value) return std::nullopt;
    return string_value(*value, path_.member(key));
  }

  // A date string "YYYY-MM-DD" (parse_date's rules).
  [[nodiscard]] Date date(std::string_view key) { return date_value(require(key), path_.member(key)); }

  // A string that must be one of `choices`; returns its index. `fallback` is used when absent
  // (pass nullopt to make the field required).
  [[nodiscard]] std::size_t choice(std::string_view key, std::initializer_list<std::string_view> choices,
                                   std::optional<std::size_t> fallback = std::nullopt) {
    return choice(key, std::span<const std::string_view>(choices.begin(), choices.size()), fallback);
  }
  [[nodiscard]] std::size_t choice(std::string_view key, std::span<const std::string_view> choices,
                                   std::optional<std::size_t> fallback = std::nullopt) {
    const auto value = fallback ? find(key) : std::optional<Source>(require(key));
    if (!value) return *fallback;
    const std::string_view text = string_view_value(*value, path_.member(key));
    for (std::size_t index = 0; index < choices.size(); ++index) {
      if (choices[index] == text) return index;
    }
    not_a_choice(path_.member(key), text, choices);
  }

  // An amount in major units (a JSON number) converted exactly to `currency`'s minor units,
  // between 0 (or -10^13 when negatives are allowed) and 10^13.
  [[nodiscard]] Money money(std::string_view key, Currency currency, bool allow_negative = false) {
    (void)require(key);
    return *optional_money(key, currency, allow_negative);
  }
  [[nodiscard]] std::optional<Money> optional_money(std::string_view key, Currency currency, bool allow_negative = false) {
    const auto major = optional_number(key, allow_negative ? -kMaxAmountMajor : 0.0, kMaxAmountMajor);
    if (!major) return std::nullopt;
    return money_at(*major, path_.member(key), currency);
  }

  // A monthly figure or a range: a JSON number, or {"low": n, "high": n} with low ≤ high.
  [[nodiscard]] std::optional<AmountRange> optional_money_range(std::string_view key, Currency currency) {
    const auto value = find(key);
    if (!value) return std::nullopt;
    if (value->kind() == SourceKind::Number) {
      const Money figure = *optional_money(key, currency);
      return AmountRange{figure, figure};
    }
    if (value->kind() != SourceKind::Object) wrong_type(path_.member(key), "a number or an object {low, high}", value->kind());
    BasicFieldReader range(*value, path_.member(key), strict_);
    const AmountRange result{range.money("low", currency), range.money("high", currency)};
    range.finish();
    if (result.high < result.low) throw Error(ErrorCode::InvalidValue, range.path_of("high"), "must not be below low");
    return result;
  }

  // A number partners send either as a JSON number or as text ("31", "8,3", "174,48%"), returned
  // as text for the parsers of loansim/text_number.hpp (a JSON number as the digits its sender
  // wrote: 10000000.00 → "10000000"). Absent or null: nullopt.
  [[nodiscard]] std::optional<std::string> optional_number_text(std::string_view key) {
    const auto value = find(key);
    if (!value) return std::nullopt;
    if (value->kind() == SourceKind::String) return std::string(value->string());
    if (value->kind() != SourceKind::Number) wrong_type(path_.member(key), "a number or a string", value->kind());
    return shortest_text(value->number(), path_.member(key));
  }

  [[nodiscard]] BasicFieldReader object(std::string_view key) {
    return BasicFieldReader(require(key), path_.member(key), strict_);
  }
  // An object field that may be absent or null.
  [[nodiscard]] std::optional<BasicFieldReader> optional_object(std::string_view key) {
    const auto value = find(key);
    if (!value) return std::nullopt;
    return BasicFieldReader(*value, path_.member(key), strict_);
  }

  // The elements of an array field (at most max_items), each with its own path.
  [[nodiscard]] Elements<Source> items(std::string_view key, std::size_t max_items) {
    const Source value = require(key);
    if (value.kind() != SourceKind::Array) wrong_type(path_.member(key), "an array", value.kind());
    if (value.size() > max_items) too_many_items(path_.member(key), max_items);
    return Elements<Source>(value, path_.member(key));
  }
  // The same as (handle, spelled-out path) pairs, for adapters that index them.
  [[nodiscard]] std::vector<std::pair<Source, std::string>> array(std::string_view key, std::size_t max_items) {
    std::vector<std::pair<Source, std::string>> pairs;
    for (auto&& item : items(key, max_items)) pairs.emplace_back(item.value, item.path.text());
    return pairs;
  }
  // The same for an array that may be absent or null (no items).
  [[nodiscard]] std::vector<std::pair<Source, std::string>> optional_array(std::string_view key, std::size_t max_items) {
    if (!find(key)) return {};
    return array(key, max_items);
  }

  // Path of a child field, for errors raised after reading ("payments[2].amount").
  [[nodiscard]] std::string path_of(std::string_view key) const { return path_.member(key).text(); }

  // Strict readers: throws Error{UnknownField} for the first field never read, in byte order of
  // the keys (so every source names the same one, however it orders its members).
  void finish() const {
    if (!strict_) return;
    std::optional<std::string_view> first_unknown;
    object_.for_each_key([&](std::string_view key) {
      if (!was_read(key) && (!first_unknown || key < *first_unknown)) first_unknown = key;
    });
    if (first_unknown) unknown_field(path_.member(*first_unknown));
  }

 private:
  // Records `key` as read (keys are the adapters' literals: they outlive the reader) and returns
  // its value when present and not null.
  std::optional<Source> find(std::string_view key) {
    if (!was_read(key)) {
      if (read_count_ < read_.size()) {
        read_[read_count_++] = key;
      } else {
        read_overflow_.push_back(key);
      }
    }
    auto value = object_.member(key);
    if (value && value->kind() == SourceKind::Null) value.reset();
    return value;
  }
  Source require(std::string_view key) {
    const auto value = find(key);
    if (!value) missing(path_.member(key));
    return *value;
  }
  [[nodiscard]] bool was_read(std::string_view key) const {
    for (std::size_t i = 0; i < read_count_; ++i) {
      if (read_[i] == key) return true;
    }
    for (const auto read : read_overflow_) {
      if (read == key) return true;
    }
    return false;
  }
  std::int64_t whole(std::string_view key, double number) const {
    const auto truncated = static_cast<std::int64_t>(number);  // callers' bounds keep it in range
    if (static_cast<double>(truncated) != number) not_whole(path_.member(key), number);
    return truncated;
  }

  Source object_;
  FieldPath path_;
  bool strict_;
  // The keys read so far; inline, because a reader per array element must not allocate.
  std::array<std::string_view, 16> read_{};
  std::size_t read_count_ = 0;
  std::vector<std::string_view> read_overflow_;
};

}  // namespace loansim::json
