#include "text_scan.hpp"

namespace loansim::json {
namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::size_t scan_text(const std::string& text, std::string_view format, std::span<Scanned> values) {
  std::string_view rest(text.c_str());  // up to the first NUL, as sscanf sees it
  const auto skip_spaces = [&] {
    while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
  };
  std::size_t count = 0;
  for (std::size_t at = 0; at < format.size(); ++at) {
    const char f = format[at];
    if (f == ' ') {
      skip_spaces();
      continue;
    }
    if (f != '%') {
      if (rest.empty() || rest.front() != f) return count;
      rest.remove_prefix(1);
      continue;
    }
    std::size_t width = 0;
    while (is_digit(format[++at])) width = width * 10 + static_cast<std::size_t>(format[at] - '0');
    Scanned& value = values[count];
    if (format[at] == 'c') {
      if (rest.empty()) return count;
      value.text = rest.substr(0, 1);
      rest.remove_prefix(1);
    } else if (format[at] == 's') {
      skip_spaces();
      std::size_t length = 0;
      while (length < width && length < rest.size() && !is_space(rest[length])) ++length;
      if (length == 0) return count;
      value.text = rest.substr(0, length);
      rest.remove_prefix(length);
    } else {  // 'd' (and 'u', which reads the same)
      skip_spaces();
      std::string_view field = rest.substr(0, width);
      const bool negative = !field.empty() && field.front() == '-';
      if (!field.empty() && (field.front() == '+' || negative)) field.remove_prefix(1);
      std::uint64_t number = 0;
      std::size_t digits = 0;
      for (; digits < field.size() && is_digit(field[digits]); ++digits) number = number * 10 + static_cast<std::uint64_t>(field[digits] - '0');
      if (digits == 0) return count;
      value.number = negative ? 0 - number : number;
      rest.remove_prefix(static_cast<std::size_t>(field.data() - rest.data()) + digits);
    }
    ++count;
  }
  return count;
}

}  // namespace loansim::json
