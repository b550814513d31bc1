#include "loansim/json/tape_source.hpp"

#include <string>

namespace loansim::json {
namespace {

// Walks a tape once, checking every bound, so that TapeSource may read without checks.
class TapeCheck {
 public:
  explicit TapeCheck(std::span<const std::uint8_t> tape) : tape_(tape) {}

  // The offset just past the value at `at`, nested `depth` levels below the root.
  std::uint32_t value(std::uint32_t at, int depth) const {
    nested(depth);
    const auto tag = static_cast<TapeTag>(byte(at));
    switch (tag) {
      case TapeTag::Null:
      case TapeTag::False:
      case TapeTag::True: return at + 1;
      case TapeTag::Number: return within(at + 9);
      case TapeTag::String: return text(at + 1);
      case TapeTag::Array:
      case TapeTag::Object: {
        const bool object = tag == TapeTag::Object;
        const std::uint32_t count = u32(at + 1), end = u32(at + 5);
        std::uint32_t next = at + 9;
        for (std::uint32_t i = 0; i < count; ++i) next = value(object ? text(next) : next, depth + 1);
        if (next != end) malformed();
        return end;
      }
      case TapeTag::Packed:
      case TapeTag::Table: {
        // As deep as the items and members they stand for; their cells need no walk.
        const std::uint32_t count = u32(at + 1), end = u32(at + 5);
        const std::uint32_t keys = tag == TapeTag::Table ? u32(at + 9) : 1;
        if (count > 0) nested(depth + 1);
        if (count > 0 && keys > 0 && tag == TapeTag::Table) nested(depth + 2);
        std::uint32_t next = at + (tag == TapeTag::Table ? 13 : 9);
        if (tag == TapeTag::Table) {
          for (std::uint32_t k = 0; k < keys; ++k) next = text(next);
        }
        for (std::uint32_t k = 0; k < keys; ++k) next = cells(next, count);
        if (next != end) malformed();
        return end;
      }
      case TapeTag::Columns: break;
    }
    malformed();
  }
  // The offset just past the string whose length is at `at`.
  std::uint32_t text(std::uint32_t at) const {
    const std::uint32_t length = u32(at);
    if (length > tape_.size()) malformed();
    return within(at + 4 + length);
  }
  // The offset just past `count` cells whose kind byte is at `at`.
  std::uint32_t cells(std::uint32_t at, std::uint32_t count) const {
    const auto kind = static_cast<TapeTag>(byte(at));
    if (kind == TapeTag::Number) return within(at + 1 + std::uint64_t{8} * count);
    if (kind == TapeTag::String) return within(at + 5 + std::uint64_t{u32(at + 1)} * count);
    malformed();
  }

 private:
  [[noreturn]] static void malformed() { throw Error(ErrorCode::InvalidJson, "", "the request tape is malformed"); }
  // A value `depth` levels below the root (the JSON parser's count: 32 is the deepest allowed).
  static void nested(int depth) {
    if (depth > kMaxDepth) {
      throw Error(ErrorCode::InvalidJson, "", "request nests deeper than " + std::to_string(kMaxDepth) + " levels");
    }
  }
  std::uint32_t within(std::uint64_t end) const {
    if (end > tape_.size()) malformed();
    return static_cast<std::uint32_t>(end);
  }
  std::uint8_t byte(std::uint32_t at) const { return tape_[within(at + 1) - 1]; }
  std::uint32_t u32(std::uint32_t at) const {
    std::uint32_t value = 0;
    std::memcpy(&value, tape_.data() + within(at + 4) - 4, sizeof value);
    return value;
  }

  std::span<const std::uint8_t> tape_;
};

}  // namespace

TapeRequest::TapeRequest(std::span<const std::uint8_t> tape) : request(tape.data(), 0) {
  if (tape.size() > kMaxRequestBytes) {
    throw Error(ErrorCode::InvalidJson, "", "request is larger than " + std::to_string(kMaxRequestBytes) + " bytes");
  }
  const TapeCheck check(tape);
  const std::uint32_t format_at = check.value(0, 0);
  if (check.value(format_at, 0) != tape.size()) throw Error(ErrorCode::InvalidJson, "", "the request tape is malformed");
  const TapeSource format_value(tape.data(), format_at);
  if (format_value.kind() == SourceKind::String) format = format_value.string();
}

}  // namespace loansim::json
