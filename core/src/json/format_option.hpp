// The --format option every adapter checks first.
#pragma once

#include <initializer_list>
#include <string_view>

#include "loansim/api.hpp"

namespace loansim::json {

// Throws Error{InvalidValue, "--format"} unless options.format is empty or one of `supported`.
void require_format(const ApiOptions& options, std::initializer_list<std::string_view> supported);

}  // namespace loansim::json
