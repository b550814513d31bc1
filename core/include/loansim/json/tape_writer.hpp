// The tape transport's result side: writes the result tape (tape.hpp) an adapter describes, the
// Writer concept of json_writer.hpp. Appends to a buffer the caller reuses from call to call.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "loansim/json/columns.hpp"
#include "loansim/json/tape.hpp"

namespace loansim::json {

class TapeWriter {
 public:
  // Starts a result tape in `out` (cleared): the status byte, then the value written.
  TapeWriter(std::vector<std::uint8_t>& out, std::uint8_t status);

  void begin_object(std::string_view key = {});
  void end_object();
  void number(std::string_view key, double value);
  void integer(std::string_view key, std::int64_t value) { number(key, static_cast<double>(value)); }
  void string(std::string_view key, std::string_view value);
  void boolean(std::string_view key, bool value) { tag(key, value ? TapeTag::True : TapeTag::False); }
  void null(std::string_view key) { tag(key, TapeTag::Null); }
  // One f64 array per amount column in whole minor units (the reader divides by minor_per_major
  // for the doubles the JSON writer prints), then the packed dates; the ordinal column is implied
  // by the row count.
  void columns(std::string_view key, const Columns& table);

 private:
  struct Open {
    std::size_t at;  // the container's tag
    std::uint32_t count;
  };

  // The key of the next value (inside an object) and its tag.
  void tag(std::string_view key, TapeTag tag);
  void text(std::string_view text);
  void u32(std::uint32_t value);
  void u32_at(std::size_t at, std::uint32_t value);

  std::vector<std::uint8_t>& out_;
  std::array<Open, 8> open_{};  // results nest a few levels: a fixed stack, no allocation
  std::size_t depth_ = 0;
};

}  // namespace loansim::json
