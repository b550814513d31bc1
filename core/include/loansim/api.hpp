// The JSON API: one command name and one JSON request in, one JSON result (or error) out.
// The native CLI and the WebAssembly JSON entry point both call this, so their output is
// byte-identical by construction. Commands and fields are documented in docs/api.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace loansim {

struct ApiResponse {
  bool ok = false;
  std::string json;  // the result, or {"error":{"code","field","message"}}
};

// What the CLI's flags say: `--format kocek|creditas|dompetkilat|credgenics|creditpolicy` (the
// request and result are in that seed API's shape; empty: our own format) and `--product FILE`
// (the product definition's JSON text; empty: the command's default product for the format).
struct ApiOptions {
  std::string_view format{};
  std::string_view product_json{};
};

// Never throws: every failure, including an unknown command, is an error response.
[[nodiscard]] ApiResponse run_command(std::string_view command, std::string_view request_json,
                                      const ApiOptions& options = {}) noexcept;

[[nodiscard]] std::vector<std::string_view> command_names();

}  // namespace loansim
