// libFuzzer target: every JSON command with arbitrary bytes. The first byte picks the command and
// the format; the rest is the request text. Any response is fine; a crash, a sanitizer report, a
// hang or an error response that breaks the error contract is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "command_input.hpp"
#include "loansim/api.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto [command, format, request] = loansim::fuzz::decode_command_input({reinterpret_cast<const char*>(data), size});
  const auto response = loansim::run_command(command, request, {.format = format});
  // The contract: the response is JSON; an error response has a code, a field and a message.
  const auto body = nlohmann::json::parse(response.json);
  if (!response.ok) {
    const auto& error = body.at("error");
    if (!error.at("code").is_string() || !error.at("field").is_string() || !error.at("message").is_string()) std::abort();
  }
  return 0;
}
