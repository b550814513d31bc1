// How run_command_fuzz reads its bytes, shared with bench/call_time_sweep.cpp, which replays the
// fuzz corpora: the first byte picks the command and the format, the rest is the request text.
#pragma once

#include <cstddef>
#include <iterator>
#include <string_view>

#include "loansim/api.hpp"

namespace loansim::fuzz {

inline constexpr std::string_view kFormats[] = {"", "kocek", "creditas", "dompetkilat", "credgenics", "creditpolicy"};

struct CommandInput {
  std::string_view command;
  std::string_view format;
  std::string_view request;
};

// `bytes` must not be empty.
inline CommandInput decode_command_input(std::string_view bytes) {
  static const auto commands = loansim::command_names();
  const auto selector = static_cast<unsigned char>(bytes.front());
  return {commands[selector % commands.size()], kFormats[(selector / commands.size()) % std::size(kFormats)], bytes.substr(1)};
}

}  // namespace loansim::fuzz
