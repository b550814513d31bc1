// The one error type of the core: a stable code, the path of the offending field and a message.
// Every boundary (C++ API, JSON API, CLI, WebAssembly) reports exactly these three things.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace loansim {

enum class ErrorCode {
  InvalidJson,      // the text is not JSON, or is nested or sized beyond the bounds
  InvalidType,      // a field has the wrong JSON type
  MissingField,     // a required field is absent
  UnknownField,     // a field we do not know (typos must not be silently ignored)
  InvalidValue,     // right type, but not an allowed value (unknown enum, malformed date...)
  OutOfRange,       // a number outside the documented bounds
  Overflow,         // a money computation would leave the int64 minor-unit range
  NoSolution,       // a root finder found no root (IRR of flows that never change sign...)
  UnknownCommand,   // the CLI / JSON entry point was asked for a command that does not exist
};

[[nodiscard]] std::string_view to_string(ErrorCode code) noexcept;

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string field, const std::string& message)
      : std::runtime_error(message), code_(code), field_(std::move(field)) {}

  [[nodiscard]] ErrorCode code() const noexcept { return code_; }
  // JSON-style path of the field ("payments[3].amount"); empty when the error is not about one field.
  [[nodiscard]] const std::string& field() const noexcept { return field_; }

 private:
  ErrorCode code_;
  std::string field_;
};

// Throws Error{code, field, message}. Out of line, so that a throw site is one call with nothing
// to clean up (the JSON adapters have hundreds: docs/decisions.md).
[[noreturn]] void fail(ErrorCode code, std::string_view field, std::string_view message);

// What a boundary reports for the exception being handled (call it inside a catch block): an
// Error as itself, running out of memory as out_of_range, any other exception as invalid_value.
// Every entry point reports through this, so their errors agree.
struct ErrorReport {
  ErrorCode code;
  std::string field;
  std::string message;
};
[[nodiscard]] ErrorReport report_current_exception();

}  // namespace loansim
