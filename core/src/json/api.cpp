#include "loansim/api.hpp"

#include <array>
#include <exception>

#include "commands.hpp"
#include "loansim/error.hpp"

namespace loansim {
namespace {

struct Command {
  std::string_view name;
  json::Json (*run)(const json::Json&, const ApiOptions&);
};

constexpr std::array<Command, 10> kCommands{{
    {"payment", json::payment_command},
    {"schedule", json::schedule_command},
    {"apr", json::apr_command},
    {"iof", json::iof_command},
    {"tvm", json::tvm_command},
    {"recommend", json::recommend_command},
    {"policy-decision", json::policy_decision_command},
    {"payload", json::payload_command},
    {"offers", json::offers_command},
    {"servicing", json::servicing_command},
}};

std::string error_json(std::string_view code, std::string_view field, std::string_view message) {
  const json::Json body = {{"error", {{"code", code}, {"field", field}, {"message", message}}}};
  // Messages may quote bytes from the request: replace invalid UTF-8 rather than fail to print it.
  return body.dump(-1, ' ', false, json::Json::error_handler_t::replace);
}

}  // namespace

void json::require_format(const ApiOptions& options, std::initializer_list<std::string_view> supported) {
  if (options.format.empty()) return;
  for (const auto format : supported) {
    if (format == options.format) return;
  }
  std::string allowed;
  for (const auto format : supported) allowed += (allowed.empty() ? "" : ", ") + std::string(format);
  throw Error(ErrorCode::InvalidValue, "--format",
              "'" + std::string(options.format.substr(0, 40)) + "' is not a format of this command" +
                  (allowed.empty() ? std::string(" (it has only its own format)") : "; formats: " + allowed));
}

std::vector<std::string_view> command_names() {
  std::vector<std::string_view> names;
  for (const auto& command : kCommands) names.push_back(command.name);
  return names;
}

ApiResponse run_command(std::string_view command, std::string_view request_json, const ApiOptions& options) noexcept {
  try {
    for (const auto& entry : kCommands) {
      if (entry.name == command) {
        return {true, entry.run(json::parse_request(request_json), options).dump(-1, ' ', false, json::Json::error_handler_t::replace)};
      }
    }
    std::string known;
    for (const auto& entry : kCommands) known += (known.empty() ? "" : ", ") + std::string(entry.name);
    return {false, error_json(to_string(ErrorCode::UnknownCommand), "",
                              "unknown command '" + std::string(command.substr(0, 40)) + "'; commands: " + known)};
  } catch (const Error& e) {
    return {false, error_json(to_string(e.code()), e.field(), e.what())};
  } catch (const std::bad_alloc&) {
    return {false, error_json(to_string(ErrorCode::OutOfRange), "", "request needs more memory than is available")};
  } catch (const std::exception& e) {
    // A library exception we did not map: still the error contract, never a crash.
    return {false, error_json(to_string(ErrorCode::InvalidValue), "", e.what())};
  }
}

}  // namespace loansim
