#include "format_option.hpp"

#include <string>

#include "loansim/error.hpp"

namespace loansim::json {

void require_format(const ApiOptions& options, std::initializer_list<std::string_view> supported) {
  if (options.format.empty()) return;
  for (const auto format : supported) {
    if (format == options.format) return;
  }
  std::string allowed;
  for (const auto format : supported) allowed += (allowed.empty() ? "" : ", ") + std::string(format);
  fail(ErrorCode::InvalidValue, "--format",
       "'" + std::string(options.format.substr(0, 40)) + "' is not a format of this command" +
           (allowed.empty() ? std::string(" (it has only its own format)") : "; formats: " + allowed));
}

}  // namespace loansim::json
