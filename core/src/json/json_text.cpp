#include "loansim/json/json_text.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace loansim::json {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// The length of the valid UTF-8 sequence starting at s[i] (a byte ≥ 0x80), or 0 when it is
// invalid; `bad` is then where the next sequence starts (the first byte that broke this one, or
// the one after an invalid lead). The ranges are RFC 3629's: no overlong forms, no surrogates,
// nothing above U+10FFFF (what nlohmann's decoder accepts).
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::size_t& bad) {
  const auto lead = static_cast<unsigned char>(s[i]);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the second byte's range
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    bad = i + 1;
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if (i + k >= s.size()) {
      bad = s.size();
      return 0;
    }
    const auto byte = static_cast<unsigned char>(s[i + k]);
    if (byte < low || byte > high) {
      bad = i + k;
      return 0;
    }
    low = 0x80;
    high = 0xBF;
  }
  return length;
}

void append_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t i = 0;
  const auto flush = [&](std::size_t end) { out.append(s.data() + run, end - run); };
  while (i < s.size()) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte >= 0x20 && byte != '"' && byte != '\\' && byte < 0x80) {
      ++i;
      continue;
    }
    if (byte >= 0x80) {
      std::size_t next = 0;
      if (const std::size_t length = utf8_sequence(s, i, next); length != 0) {
        i += length;
        continue;
      }
      flush(i);
      out += kReplacement;
      run = i = next;
      continue;
    }
    flush(i);
    out += '\\';
    switch (byte) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '\b': out += 'b'; break;
      case '\t': out += 't'; break;
      case '\n': out += 'n'; break;
      case '\f': out += 'f'; break;
      case '\r': out += 'r'; break;
      default: {
        constexpr std::string_view hex = "0123456789abcdef";
        out += "u00";
        out += hex[byte >> 4];
        out += hex[byte & 0xF];
      }
    }
    run = ++i;
  }
  flush(i);
  out += '"';
}

template <class Integer>
void append_integer(std::string& out, Integer value) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out.append(digits, end);
}

void append(std::string& out, const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, member] : value.get_ref<const Json::object_t&>()) {
        if (!first) out += ',';
        first = false;
        append_string(out, key);
        out += ':';
        append(out, member);
      }
      out += '}';
      return;
    }
    case Json::value_t::array: {
      out += '[';
      bool first = true;
      for (const Json& element : value.get_ref<const Json::array_t&>()) {
        if (!first) out += ',';
        first = false;
        append(out, element);
      }
      out += ']';
      return;
    }
    case Json::value_t::string: append_string(out, value.get_ref<const std::string&>()); return;
    case Json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case Json::value_t::number_integer: append_integer(out, value.get<std::int64_t>()); return;
    case Json::value_t::number_unsigned: append_integer(out, value.get<std::uint64_t>()); return;
    case Json::value_t::number_float: {
      const double number = value.get<double>();
      if (!std::isfinite(number)) {
        out += "null";
        return;
      }
      // nlohmann's own shortest round-trip form (Grisu2, "1.0" for integral values, "1e-05").
      char digits[64];
      out.append(digits, nlohmann::detail::to_chars(digits, digits + sizeof digits, number));
      return;
    }
    // Our results hold neither binary values nor discarded ones (parser callbacks): as null.
    case Json::value_t::null:
    case Json::value_t::binary:
    case Json::value_t::discarded: out += "null"; return;
  }
}

}  // namespace

std::string json_text(const Json& value) {
  std::string out;
  out.reserve(1024);
  append(out, value);
  return out;
}

}  // namespace loansim::json
