// libFuzzer target: the core module's transport, the typed commands over a request tape
// (json/tape.hpp), with arbitrary bytes. The first byte picks the command; the rest is the tape.
// Any result is fine; a crash, a sanitizer report, a hang or a result without its status byte is
// a finding. Seeds: tapes of the parity corpus (web/scripts/fuzz.mjs writes them).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "loansim/json/tape.hpp"
#include "loansim/tape_api.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::vector<std::uint8_t> result;
  loansim::run_tape_command(data[0] % loansim::tape_command_names().size(), {data + 1, size - 1}, result);
  if (result.empty() || (result[0] != loansim::json::kTapeOk && result[0] != loansim::json::kTapeError)) std::abort();
  return 0;
}
