// The core module's exports: the typed commands over the tape (loansim/tape_api.hpp). Only
// numbers cross the boundary: the wrapper writes the request tape into the buffer
// loansim_request_buffer() returns and reads the result tape where loansim_run() says it is.
// Plain exports rather than Embind: the module needs no type conversions, and Embind's glue alone
// would take a tenth of the first-load budget (docs/decisions.md).
#include <emscripten/emscripten.h>

#include <cstdint>
#include <vector>

#include "loansim/tape_api.hpp"
#include "memory.hpp"

namespace {

// Reused from call to call: once large enough, a call allocates nothing here.
std::vector<std::uint8_t> request_tape;
std::vector<std::uint8_t> result_tape;
// Where the result tape is: two words the wrapper reads after loansim_run().
std::uint32_t result_location[2];
// The command names, comma-separated, in loansim_run()'s numbering.
std::vector<char> names;


}  // namespace

extern "C" {

// The address of a request buffer of at least `size` bytes (valid until the next call).
EMSCRIPTEN_KEEPALIVE std::uint32_t loansim_request_buffer(std::uint32_t size) {
  if (request_tape.size() < size) request_tape.resize(size);
  return loansim::wasm::address(request_tape.data());
}

// Runs command number `command` on the first `size` bytes of the request buffer; returns the
// address of {result address, result size}.
EMSCRIPTEN_KEEPALIVE std::uint32_t loansim_run(std::uint32_t command, std::uint32_t size) {
  loansim::run_tape_command(command, {request_tape.data(), size}, result_tape);
  result_location[0] = loansim::wasm::address(result_tape.data());
  result_location[1] = static_cast<std::uint32_t>(result_tape.size());
  return loansim::wasm::address(result_location);
}

// The address of the command names: comma-separated, NUL-terminated.
EMSCRIPTEN_KEEPALIVE std::uint32_t loansim_command_names() {
  if (names.empty()) {
    for (const auto name : loansim::tape_command_names()) {
      if (!names.empty()) names.push_back(',');
      names.insert(names.end(), name.begin(), name.end());
    }
    names.push_back('\0');
  }
  return loansim::wasm::address(names.data());
}

EMSCRIPTEN_KEEPALIVE std::uint32_t loansim_heap_bytes_in_use() {
  return static_cast<std::uint32_t>(loansim::wasm::heap_bytes_in_use());
}

}  // extern "C"
