// Reading text as sscanf reads it, for the few formats the seed formats need (dates and times as
// partners write them), without the C library's scanf, which is 5 KB of WebAssembly. The same
// rules, so the same texts are read the same way:
//   " "    any white space, none included;
//   "%Nd"  white space skipped, then at most N characters: a sign (+ or -) and digits, at least
//          one digit; the value as scanf stores it (a '-' negates it modulo 2^64);
//   "%Ns"  white space skipped, then 1 to N characters up to the next white space;
//   "%c"   one character, whatever it is;
//   any other character: itself, exactly.
// Like sscanf, the text ends at its first NUL, and the result counts the conversions made before
// the first that failed.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace loansim::json {

struct Scanned {
  std::uint64_t number = 0;  // %Nd
  std::string_view text;     // %Ns, %c
};

[[nodiscard]] std::size_t scan_text(const std::string& text, std::string_view format, std::span<Scanned> values);

}  // namespace loansim::json
