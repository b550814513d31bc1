#include "loansim/json/tape_writer.hpp"

#include <cstring>
#include <stdexcept>

#include "loansim/currency.hpp"

namespace loansim::json {

TapeWriter::TapeWriter(std::vector<std::uint8_t>& out, std::uint8_t status) : out_(out) {
  out_.clear();
  out_.push_back(status);
}

void TapeWriter::tag(std::string_view key, TapeTag tag) {
  if (depth_ > 0) {
    ++open_[depth_ - 1].count;
    text(key);
  }
  out_.push_back(static_cast<std::uint8_t>(tag));
}

void TapeWriter::text(std::string_view text) {
  u32(static_cast<std::uint32_t>(text.size()));
  out_.insert(out_.end(), text.begin(), text.end());
}

void TapeWriter::u32(std::uint32_t value) {
  const std::size_t at = out_.size();
  out_.resize(at + sizeof value);
  u32_at(at, value);
}

void TapeWriter::u32_at(std::size_t at, std::uint32_t value) { std::memcpy(out_.data() + at, &value, sizeof value); }

void TapeWriter::begin_object(std::string_view key) {
  if (depth_ == open_.size()) throw std::length_error("a result nests deeper than the tape writer's stack");
  tag(key, TapeTag::Object);
  open_[depth_++] = {out_.size() - 1, 0};
  u32(0);  // count and end: written by end_object
  u32(0);
}

void TapeWriter::end_object() {
  const Open open = open_[--depth_];
  u32_at(open.at + 1, open.count);
  u32_at(open.at + 5, static_cast<std::uint32_t>(out_.size()));
}

void TapeWriter::number(std::string_view key, double value) {
  tag(key, TapeTag::Number);
  const std::size_t at = out_.size();
  out_.resize(at + sizeof value);
  std::memcpy(out_.data() + at, &value, sizeof value);
}

void TapeWriter::string(std::string_view key, std::string_view value) {
  tag(key, TapeTag::String);
  text(value);
}

void TapeWriter::columns(std::string_view key, const Columns& table) {
  tag(key, TapeTag::Columns);
  const std::size_t start = out_.size();
  u32(0);  // end: known once written
  u32(static_cast<std::uint32_t>(table.rows));
  u32(static_cast<std::uint32_t>(minor_per_major(table.currency)));
  text(table.ordinal);
  text(table.date_name);
  u32(static_cast<std::uint32_t>(table.amounts.size()));
  for (const AmountColumn& column : table.amounts) text(column.name);
  // Float64Array views need 8-byte alignment: the JS side copies the data from here into a
  // buffer of its own, at the same offset modulo 8.
  out_.resize((out_.size() + 7) / 8 * 8, 0);
  std::size_t at = out_.size();
  out_.resize(at + table.rows * (table.amounts.size() * sizeof(double) + sizeof(std::uint32_t)));
  std::uint8_t* data = out_.data();
  for (const AmountColumn& column : table.amounts) {
    for (std::size_t i = 0; i < table.rows; ++i, at += sizeof(double)) {
      const auto minor = static_cast<double>(column.minor[i]);  // exact: amounts stay below 2^53
      std::memcpy(data + at, &minor, sizeof minor);
    }
  }
  for (std::size_t i = 0; i < table.rows; ++i, at += sizeof(std::uint32_t)) {
    const Date date = table.dates[i];
    const std::uint32_t packed = static_cast<std::uint32_t>(static_cast<int>(date.year())) << 9 |
                                 static_cast<unsigned>(date.month()) << 5 | static_cast<unsigned>(date.day());
    std::memcpy(data + at, &packed, sizeof packed);
  }
  u32_at(start, static_cast<std::uint32_t>(out_.size()));
}

}  // namespace loansim::json
