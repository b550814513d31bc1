// The tape transport's request side: a source over a request tape (tape.hpp) for
// BasicFieldReader. Reads in place: no allocation, no copy of strings.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "loansim/json/fields.hpp"
#include "loansim/json/tape.hpp"

namespace loansim::json {

class TapeSource {
 public:
  [[nodiscard]] SourceKind kind() const {
    switch (form_) {
      case Form::Row: return SourceKind::Object;
      case Form::NumberCell: return SourceKind::Number;
      case Form::StringCell: return SourceKind::String;
      case Form::Value: break;
    }
    switch (tag()) {
      case TapeTag::False:
      case TapeTag::True: return SourceKind::Boolean;
      case TapeTag::Number: return SourceKind::Number;
      case TapeTag::String: return SourceKind::String;
      case TapeTag::Array:
      case TapeTag::Packed:
      case TapeTag::Table: return SourceKind::Array;
      case TapeTag::Object: return SourceKind::Object;
      case TapeTag::Null:
      case TapeTag::Columns: break;
    }
    return SourceKind::Null;
  }
  [[nodiscard]] double number() const {
    double value = 0.0;
    std::memcpy(&value, tape_ + at_ + (form_ == Form::Value ? 1 : 0), sizeof value);
    return value;
  }
  [[nodiscard]] bool boolean() const { return form_ == Form::Value && tag() == TapeTag::True; }
  [[nodiscard]] std::string_view string() const {
    if (form_ == Form::StringCell) return {reinterpret_cast<const char*>(tape_ + at_), aux_};
    return text_at(at_ + 1);
  }

  [[nodiscard]] std::optional<TapeSource> member(std::string_view key) const {
    if (form_ == Form::Row) return cell(key, aux_);
    std::uint32_t at = at_ + 9;
    for (std::uint32_t i = 0, count = size(); i < count; ++i) {
      const std::string_view name = text_at(at);
      const std::uint32_t value_at = at + 4 + static_cast<std::uint32_t>(name.size());
      if (name == key) return TapeSource(tape_, value_at);
      at = skip(value_at);
    }
    return std::nullopt;
  }
  // Items of an array, members of an object (a table's row: its table's keys).
  [[nodiscard]] std::uint32_t size() const { return u32_at(at_ + (form_ == Form::Row ? 9 : 1)); }
  [[nodiscard]] TapeSource first_element() const {
    if (tag() == TapeTag::Table) return {tape_, at_, Form::Row, 0};
    if (tag() == TapeTag::Packed) return first_cell(at_ + 9);
    return {tape_, at_ + 9};
  }
  [[nodiscard]] TapeSource next_element() const {
    switch (form_) {
      case Form::Row: return {tape_, at_, Form::Row, aux_ + 1};
      case Form::NumberCell: return {tape_, at_ + 8, form_, 0};
      case Form::StringCell: return {tape_, at_ + aux_, form_, aux_};
      case Form::Value: break;
    }
    return {tape_, skip(at_)};
  }
  template <class F>
  void for_each_key(F&& f) const {
    const bool row = form_ == Form::Row;
    std::uint32_t at = at_ + (row ? 13 : 9);
    for (std::uint32_t i = 0, count = size(); i < count; ++i) {
      const std::string_view name = text_at(at);
      f(name);
      at += 4 + static_cast<std::uint32_t>(name.size());
      if (!row) at = skip(at);
    }
  }

  // A Packed array of numbers copied into `out` (tvm's values, read in one go); false, `out`
  // untouched, for any other value.
  bool numbers(std::vector<double>& out) const {
    if (form_ != Form::Value || tag() != TapeTag::Packed || static_cast<TapeTag>(tape_[at_ + 9]) != TapeTag::Number) return false;
    out.reserve(size());
    for (std::uint32_t i = 0, count = size(); i < count; ++i) {
      double value = 0.0;
      std::memcpy(&value, tape_ + at_ + 10 + 8 * i, sizeof value);
      out.push_back(value);  // not resize() then one copy: zeroing first cost as much again
    }
    return true;
  }

  // A Table array's column: the cell of `key` in the first row, the next rows' cells following by
  // next_element(); nullopt when this is no Table or has no such key. For adapters that read the
  // usual shape of an array a column at a time (apr_command.hpp).
  [[nodiscard]] std::optional<TapeSource> column(std::string_view key) const {
    if (form_ != Form::Value || tag() != TapeTag::Table) return std::nullopt;
    return TapeSource(tape_, at_, Form::Row, 0).cell(key, 0);
  }

 private:
  friend struct TapeRequest;
  // What at_ points at: a value (its tag), a table's row (the table's tag; aux_ is the row), or
  // a cell of a Packed or Table array (its bytes; aux_ is a string cell's width).
  enum class Form : std::uint8_t { Value, Row, NumberCell, StringCell };

  TapeSource(const std::uint8_t* tape, std::uint32_t at, Form form = Form::Value, std::uint32_t aux = 0)
      : tape_(tape), at_(at), aux_(aux), form_(form) {}

  [[nodiscard]] TapeTag tag() const { return static_cast<TapeTag>(tape_[at_]); }
  [[nodiscard]] std::uint32_t u32_at(std::uint32_t at) const {
    std::uint32_t value = 0;
    std::memcpy(&value, tape_ + at, sizeof value);
    return value;
  }
  [[nodiscard]] std::string_view text_at(std::uint32_t at) const {
    return {reinterpret_cast<const char*>(tape_ + at + 4), u32_at(at)};
  }
  // The offset just past the value at `at`.
  [[nodiscard]] std::uint32_t skip(std::uint32_t at) const {
    switch (static_cast<TapeTag>(tape_[at])) {
      case TapeTag::Number: return at + 9;
      case TapeTag::String: return at + 5 + u32_at(at + 1);
      case TapeTag::Array:
      case TapeTag::Object:
      case TapeTag::Packed:
      case TapeTag::Table: return u32_at(at + 5);
      case TapeTag::Null:
      case TapeTag::False:
      case TapeTag::True:
      case TapeTag::Columns: break;
    }
    return at + 1;
  }
  // The first cell of the cells at `at` (their kind byte).
  [[nodiscard]] TapeSource first_cell(std::uint32_t at) const {
    if (static_cast<TapeTag>(tape_[at]) == TapeTag::Number) return {tape_, at + 1, Form::NumberCell, 0};
    return {tape_, at + 5, Form::StringCell, u32_at(at + 1)};
  }
  // This row's cell of `key`, in row `row` of the table at at_.
  [[nodiscard]] std::optional<TapeSource> cell(std::string_view key, std::uint32_t row) const {
    const std::uint32_t count = u32_at(at_ + 1), keys = u32_at(at_ + 9);
    std::uint32_t at = at_ + 13, column = keys;
    for (std::uint32_t k = 0; k < keys; ++k) {
      const std::string_view name = text_at(at);
      if (column == keys && name == key) column = k;
      at += 4 + static_cast<std::uint32_t>(name.size());
    }
    if (column == keys) return std::nullopt;
    for (std::uint32_t k = 0; k < column; ++k) {
      const TapeSource cells = first_cell(at);
      at = cells.at_ + count * cells.stride();
    }
    TapeSource cell = first_cell(at);
    cell.at_ += row * cell.stride();
    return cell;
  }
  [[nodiscard]] std::uint32_t stride() const { return form_ == Form::NumberCell ? 8 : aux_; }

  const std::uint8_t* tape_;
  std::uint32_t at_;
  std::uint32_t aux_;
  Form form_;
};

// A request tape, checked whole before anything reads it: every length, count and end offset
// within the tape, nesting within kMaxDepth. Throws Error{InvalidJson} otherwise.
struct TapeRequest {
  explicit TapeRequest(std::span<const std::uint8_t> tape);

  TapeSource request;
  std::string_view format;  // empty when the tape carries none
};

}  // namespace loansim::json
