// The JSON module's exports: the JSON entry point, exactly as the CLI. No loan logic lives here.
// Texts cross as UTF-8 in one buffer the module owns: the wrapper (web/lib/json_module.js) writes
// the command, request, format and product one after another into the buffer
// loansim_json_buffer() returns, and reads the result from where loansim_json_run() says it is.
// Plain exports rather than Embind, as in the core module: Embind's glue is 6 KB gzipped of the
// lazily loaded budget, for four strings in and one out (docs/decisions.md).
#include <emscripten/emscripten.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "loansim/api.hpp"
#include "memory.hpp"

namespace {

// The call's texts in, then its result out; reused, so once large enough a call allocates nothing
// here and the heap stays flat from call to call.
std::vector<char> buffer;
// {ok, result size}: the result is at the start of the buffer.
std::uint32_t response[2];

}  // namespace

extern "C" {

// The address of a buffer of at least `size` bytes (valid until the next call).
EMSCRIPTEN_KEEPALIVE std::uint32_t loansim_json_buffer(std::uint32_t size) {
  if (buffer.size() < size) buffer.resize(size);
  return loansim::wasm::address(buffer.data());
}

// Runs the command whose texts fill the buffer (their byte lengths in order: command, request,
// format, product); returns the address of {ok, result size}, the result being in the buffer.
EMSCRIPTEN_KEEPALIVE std::uint32_t loansim_json_run(std::uint32_t command_size, std::uint32_t request_size,
                                                    std::uint32_t format_size, std::uint32_t product_size) {
  const char* at = buffer.data();
  const std::string_view command(at, command_size);
  const std::string_view request(at += command_size, request_size);
  const std::string_view format(at += request_size, format_size);
  const std::string_view product(at + format_size, product_size);
  const loansim::ApiResponse result = loansim::run_command(command, request, {.format = format, .product_json = product});
  buffer.assign(result.json.begin(), result.json.end());
  response[0] = result.ok ? 1 : 0;
  response[1] = static_cast<std::uint32_t>(result.json.size());
  return loansim::wasm::address(response);
}

// The address of the command names: comma-separated, NUL-terminated.
EMSCRIPTEN_KEEPALIVE std::uint32_t loansim_json_command_names() {
  static const std::string names = [] {
    std::string text;
    for (const auto name : loansim::command_names()) text.append(text.empty() ? "" : ",").append(name);
    return text;
  }();
  return loansim::wasm::address(names.c_str());
}

EMSCRIPTEN_KEEPALIVE std::uint32_t loansim_json_heap_bytes_in_use() {
  return static_cast<std::uint32_t>(loansim::wasm::heap_bytes_in_use());
}

}  // extern "C"
