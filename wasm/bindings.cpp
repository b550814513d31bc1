// Embind registrations of the JSON module: the JSON entry point, exactly as the CLI. No loan logic
// lives here.
#include <emscripten/bind.h>

#include <string>

#include "loansim/api.hpp"
#include "memory.hpp"

namespace {

struct JsResponse {
  bool ok = false;
  std::string json;
};

JsResponse run(const std::string& command, const std::string& request_json, const std::string& format,
               const std::string& product_json) {
  auto response = loansim::run_command(command, request_json, {.format = format, .product_json = product_json});
  return {response.ok, std::move(response.json)};
}

// The commands, comma-separated: the JS package names its methods after them.
std::string command_names() {
  std::string names;
  for (const auto name : loansim::command_names()) names.append(names.empty() ? "" : ",").append(name);
  return names;
}

}  // namespace

EMSCRIPTEN_BINDINGS(loansim) {
  using namespace emscripten;
  value_object<JsResponse>("Response").field("ok", &JsResponse::ok).field("json", &JsResponse::json);
  function("run", &run);
  function("commandNames", &command_names);
  function("heapBytesInUse", &loansim::wasm::heap_bytes_in_use);
}
