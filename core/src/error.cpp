#include "loansim/error.hpp"

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

}  // namespace loansim
