#include "loansim/api.hpp"

#include <array>
#include <exception>

#include "apr_command.hpp"
#include "commands.hpp"
#include "json_build.hpp"
#include "loansim/error.hpp"
#include "loansim/json/json_text.hpp"
#include "payment_command.hpp"
#include "schedule_command.hpp"
#include "tvm_command.hpp"

namespace loansim {
namespace {

using json::JsonSource, json::JsonWriter, json::through_json;

struct Command {
  std::string_view name;
  json::JsonCommand run;
};

constexpr std::array<Command, 10> kCommands{{
    {"payment", through_json<json::payment_command<JsonSource, JsonWriter>>},
    {"schedule", through_json<json::schedule_command<JsonSource, JsonWriter>>},
    {"apr", through_json<json::apr_command<JsonSource, JsonWriter>>},
    {"iof", json::iof_command},
    {"tvm", through_json<json::tvm_command<JsonSource, JsonWriter>>},
    {"recommend", json::recommend_command},
    {"policy-decision", json::policy_decision_command},
    {"payload", json::payload_command},
    {"offers", json::offers_command},
    {"servicing", json::servicing_command},
}};

std::string error_json(std::string_view code, std::string_view field, std::string_view message) {
  const json::Json body = json::object({{"error", {{"code", code}, {"field", field}, {"message", message}}}});
  // Messages may quote bytes from the request: json_text replaces invalid UTF-8 rather than fail.
  return json::json_text(body);
}

}  // namespace

std::vector<std::string_view> command_names() {
  std::vector<std::string_view> names;
  for (const auto& command : kCommands) names.push_back(command.name);
  return names;
}

ApiResponse run_command(std::string_view command, std::string_view request_json, const ApiOptions& options) noexcept {
  try {
    for (const auto& entry : kCommands) {
      if (entry.name == command) {
        return {true, json::json_text(entry.run(json::parse_request(request_json), options))};
      }
    }
    std::string known;
    for (const auto& entry : kCommands) known += (known.empty() ? "" : ", ") + std::string(entry.name);
    return {false, error_json(to_string(ErrorCode::UnknownCommand), "",
                              "unknown command '" + std::string(command.substr(0, 40)) + "'; commands: " + known)};
  } catch (...) {
    const ErrorReport error = report_current_exception();
    return {false, error_json(to_string(error.code), error.field, error.message)};
  }
}

}  // namespace loansim
