#include "loansim/api.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace loansim;
using nlohmann::json;

namespace {
json error_of(const ApiResponse& response) {
  CHECK_FALSE(response.ok);
  return json::parse(response.json).at("error");
}
}  // namespace

TEST_CASE("api payment: the foundation example, 888.49") {
  const auto response = run_command("payment", R"({"principal":10000,"currency":"USD","annual_rate_pct":12,"term":12})");
  REQUIRE(response.ok);
  CHECK(response.json == R"({"currency":"USD","payment":888.49})");
}

TEST_CASE("api: every failure is the error contract") {
  CHECK(error_of(run_command("nope", "{}")).at("code") == "unknown_command");
  CHECK(error_of(run_command("payment", "{")).at("code") == "invalid_json");
  CHECK(error_of(run_command("payment", "[]")).at("code") == "invalid_type");
  const auto missing = error_of(run_command("payment", R"({"currency":"USD","annual_rate_pct":12,"term":12})"));
  CHECK(missing.at("code") == "missing_field");
  CHECK(missing.at("field") == "principal");
  const auto typed = error_of(run_command("payment", R"({"principal":"10","currency":"USD","annual_rate_pct":12,"term":12})"));
  CHECK(typed.at("code") == "invalid_type");
  const auto unknown = error_of(run_command("payment", R"({"principal":1,"currency":"USD","annual_rate_pct":12,"term":12,"trem":3})"));
  CHECK(unknown.at("code") == "unknown_field");
  CHECK(unknown.at("field") == "trem");
  const auto range = error_of(run_command("payment", R"({"principal":1e14,"currency":"USD","annual_rate_pct":12,"term":12})"));
  CHECK(range.at("code") == "out_of_range");
  const auto cents = error_of(run_command("payment", R"({"principal":1.001,"currency":"USD","annual_rate_pct":12,"term":12})"));
  CHECK(cents.at("code") == "invalid_value");
  CHECK(error_of(run_command("payment", std::string(100, '[') + std::string(100, ']'))).at("code") == "invalid_json");
  CHECK(error_of(run_command("payment", R"({"principal":1,"currency":"XXX","annual_rate_pct":12,"term":12})")).at("field") == "currency");
}
