// The tape transport's request side: a source over a request tape (tape.hpp) for
// BasicFieldReader. Reads in place: no allocation, no copy of strings.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>

#include "loansim/json/fields.hpp"
#include "loansim/json/tape.hpp"

namespace loansim::json {

class TapeSource {
 public:
  [[nodiscard]] SourceKind kind() const {
    switch (tag()) {
      case TapeTag::False:
      case TapeTag::True: return SourceKind::Boolean;
      case TapeTag::Number: return SourceKind::Number;
      case TapeTag::String: return SourceKind::String;
      case TapeTag::Array: return SourceKind::Array;
      case TapeTag::Object: return SourceKind::Object;
      case TapeTag::Null:
      case TapeTag::Columns: break;
    }
    return SourceKind::Null;
  }
  [[nodiscard]] double number() const {
    double value = 0.0;
    std::memcpy(&value, tape_ + at_ + 1, sizeof value);
    return value;
  }
  [[nodiscard]] bool boolean() const { return tag() == TapeTag::True; }
  [[nodiscard]] std::string_view string() const { return text_at(at_ + 1); }

  [[nodiscard]] std::optional<TapeSource> member(std::string_view key) const {
    std::uint32_t at = at_ + 9;
    for (std::uint32_t i = 0, count = size(); i < count; ++i) {
      const std::string_view name = text_at(at);
      const std::uint32_t value_at = at + 4 + static_cast<std::uint32_t>(name.size());
      if (name == key) return TapeSource(tape_, value_at);
      at = skip(value_at);
    }
    return std::nullopt;
  }
  [[nodiscard]] std::uint32_t size() const { return u32_at(at_ + 1); }
  [[nodiscard]] TapeSource first_element() const { return TapeSource(tape_, at_ + 9); }
  [[nodiscard]] TapeSource next_element() const { return TapeSource(tape_, skip(at_)); }
  template <class F>
  void for_each_key(F&& f) const {
    std::uint32_t at = at_ + 9;
    for (std::uint32_t i = 0, count = size(); i < count; ++i) {
      const std::string_view name = text_at(at);
      f(name);
      at = skip(at + 4 + static_cast<std::uint32_t>(name.size()));
    }
  }

 private:
  friend struct TapeRequest;
  TapeSource(const std::uint8_t* tape, std::uint32_t at) : tape_(tape), at_(at) {}

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
      case TapeTag::Object: return u32_at(at + 5);
      case TapeTag::Null:
      case TapeTag::False:
      case TapeTag::True:
      case TapeTag::Columns: break;
    }
    return at + 1;
  }

  const std::uint8_t* tape_;
  std::uint32_t at_;
};

// A request tape, checked whole before anything reads it: every length, count and end offset
// within the tape, nesting within kMaxDepth. Throws Error{InvalidJson} otherwise.
struct TapeRequest {
  explicit TapeRequest(std::span<const std::uint8_t> tape);

  TapeSource request;
  std::string_view format;  // empty when the tape carries none
};

}  // namespace loansim::json
