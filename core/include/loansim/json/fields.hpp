// Reading a JSON request field by field, with the field's path in every error.
// Each command's adapter reads its request through a FieldReader so that wrong types, missing
// fields, unknown fields and out-of-range numbers all come back as the same error contract.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "loansim/currency.hpp"
#include "loansim/money.hpp"
#include "loansim/text_number.hpp"

namespace loansim::json {

using Json = nlohmann::json;

// Largest amount any request may carry, in major units (issue bound: 10^13).
inline constexpr double kMaxAmountMajor = static_cast<double>(kMaxAmountMajorUnits);

class FieldReader {
 public:
  // `path` is the JSON path of `object` itself ("" for the request root). A strict reader
  // rejects fields it was never asked for (our own formats); the seed formats read leniently.
  FieldReader(const Json& object, std::string path, bool strict = true);

  [[nodiscard]] bool has(std::string_view key) const;

  // Numbers: finite, within [min, max]; integers must be whole.
  [[nodiscard]] double number(std::string_view key, double min, double max);
  [[nodiscard]] std::optional<double> optional_number(std::string_view key, double min, double max);
  [[nodiscard]] std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max);
  [[nodiscard]] std::optional<std::int64_t> optional_integer(std::string_view key, std::int64_t min, std::int64_t max);
  [[nodiscard]] bool boolean(std::string_view key, bool fallback);
  [[nodiscard]] std::optional<bool> optional_boolean(std::string_view key);

  [[nodiscard]] std::string string(std::string_view key);
  [[nodiscard]] std::optional<std::string> optional_string(std::string_view key);

  // A string that must be one of `choices`; returns its index. `fallback` is used when absent
  // (pass nullopt to make the field required).
  [[nodiscard]] std::size_t choice(std::string_view key, std::initializer_list<std::string_view> choices,
                                   std::optional<std::size_t> fallback = std::nullopt);

  // An amount in major units (a JSON number) converted exactly to `currency`'s minor units,
  // between 0 (or -10^13 when negatives are allowed) and 10^13.
  [[nodiscard]] Money money(std::string_view key, Currency currency, bool allow_negative = false);
  [[nodiscard]] std::optional<Money> optional_money(std::string_view key, Currency currency, bool allow_negative = false);

  // A monthly figure or a range: a JSON number, or {"low": n, "high": n} with low ≤ high.
  [[nodiscard]] std::optional<AmountRange> optional_money_range(std::string_view key, Currency currency);

  // A number partners send either as a JSON number or as text ("31", "8,3", "174,48%"), returned
  // as text for the parsers of loansim/text_number.hpp (a JSON number as the digits its sender
  // wrote: 10000000.00 → "10000000"). Absent or null: nullopt.
  [[nodiscard]] std::optional<std::string> optional_number_text(std::string_view key);

  [[nodiscard]] FieldReader object(std::string_view key);
  // An object field that may be absent or null.
  [[nodiscard]] std::optional<FieldReader> optional_object(std::string_view key);
  // The elements of an array field (at most max_items), each with its own path.
  [[nodiscard]] std::vector<std::pair<const Json*, std::string>> array(std::string_view key, std::size_t max_items);
  // The same for an array that may be absent or null (no items).
  [[nodiscard]] std::vector<std::pair<const Json*, std::string>> optional_array(std::string_view key, std::size_t max_items);

  // Path of a child field, for errors raised after reading ("payments[2].amount").
  [[nodiscard]] std::string path_of(std::string_view key) const;

  // Strict readers: throws Error{UnknownField} for the first field never read.
  void finish() const;

 private:
  const Json* find(std::string_view key);
  const Json& require(std::string_view key);

  const Json& object_;
  std::string path_;
  bool strict_;
  std::vector<std::string> read_;
};

// A JSON value that must be a finite number within [min, max], or a string: for array elements,
// which have a path ("values[3]") but no key. FieldReader reads its fields through these.
[[nodiscard]] double number_value(const Json& value, const std::string& path, double min, double max);
[[nodiscard]] std::string string_value(const Json& value, const std::string& path);

// Parses request text with the bounds every entry point shares: at most kMaxRequestBytes and
// kMaxDepth levels of nesting. Throws Error{InvalidJson} with the byte offset on failure.
inline constexpr std::size_t kMaxRequestBytes = 1 << 20;
inline constexpr int kMaxDepth = 32;
[[nodiscard]] Json parse_request(std::string_view text);

// A number as a person writes it in a message: 600, not 600.0; 0.35, not 0.349999.
[[nodiscard]] std::string number_text(double value);

// The amount in major units as a JSON number (888.49), the output form of every amount.
[[nodiscard]] Json amount(Money value);

}  // namespace loansim::json
