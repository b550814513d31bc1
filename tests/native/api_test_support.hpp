// Shared by the JSON command tests: run a command for its result or its error, read a fixture.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "loansim/api.hpp"

namespace loansim::test_support {

using nlohmann::json;

// tests/fixtures/<name>: request bodies copied from the seed documents.
inline json fixture(std::string_view name) {
  std::ifstream in(std::string(LOANSIM_SOURCE_DIR) + "/tests/fixtures/" + std::string(name));
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

// The command's result; fails the test (showing the response) when it is an error.
inline json run_ok(std::string_view command, const json& request, ApiOptions options = {}) {
  const ApiResponse response = run_command(command, request.dump(), options);
  INFO(response.json);
  REQUIRE(response.ok);
  return json::parse(response.json);
}

// The command's {"code","field","message"}; fails the test when the command succeeds.
inline json run_error(std::string_view command, const json& request, ApiOptions options = {}) {
  const ApiResponse response = run_command(command, request.dump(), options);
  INFO(response.json);
  REQUIRE_FALSE(response.ok);
  return json::parse(response.json).at("error");
}

}  // namespace loansim::test_support
