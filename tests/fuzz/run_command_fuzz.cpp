// libFuzzer target: every JSON command with arbitrary bytes. The first byte picks the command and
// the format; the rest is the request text. Any response is fine; a crash, a sanitizer report, a
// hang or an error response that breaks the error contract is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "loansim/api.hpp"

namespace {

constexpr std::string_view kFormats[] = {"", "kocek", "creditas", "dompetkilat", "credgenics", "creditpolicy"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const auto commands = loansim::command_names();
  const auto command = commands[data[0] % commands.size()];
  const auto format = kFormats[(data[0] / commands.size()) % std::size(kFormats)];
  const std::string_view request(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto response = loansim::run_command(command, request, {.format = format});
  // The contract: the response is JSON; an error response has a code, a field and a message.
  const auto body = nlohmann::json::parse(response.json);
  if (!response.ok) {
    const auto& error = body.at("error");
    if (!error.at("code").is_string() || !error.at("field").is_string() || !error.at("message").is_string()) std::abort();
  }
  return 0;
}
