#include "loansim/error.hpp"

#include <new>

namespace loansim {

std::string_view to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::InvalidJson: return "invalid_json";
    case ErrorCode::InvalidType: return "invalid_type";
    case ErrorCode::MissingField: return "missing_field";
    case ErrorCode::UnknownField: return "unknown_field";
    case ErrorCode::InvalidValue: return "invalid_value";
    case ErrorCode::OutOfRange: return "out_of_range";
    case ErrorCode::Overflow: return "overflow";
    case ErrorCode::NoSolution: return "no_solution";
    case ErrorCode::UnknownCommand: return "unknown_command";
  }
  return "unknown";
}

void fail(ErrorCode code, std::string_view field, std::string_view message) {
  throw Error(code, std::string(field), std::string(message));
}

ErrorReport report_current_exception() {
  try {
    throw;
  } catch (const Error& e) {
    return {e.code(), e.field(), e.what()};
  } catch (const std::bad_alloc&) {
    return {ErrorCode::OutOfRange, "", "request needs more memory than is available"};
  } catch (const std::exception& e) {
    // A library exception we did not map: still the error contract, never a crash.
    return {ErrorCode::InvalidValue, "", e.what()};
  } catch (...) {
    return {ErrorCode::InvalidValue, "", "an unexpected error"};
  }
}

}  // namespace loansim
