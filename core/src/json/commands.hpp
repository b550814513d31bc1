// The JSON commands, one adapter per file: request JSON → core types → core call → result JSON.
#pragma once

#include "loansim/json/fields.hpp"

namespace loansim::json {

Json payment_command(const Json& request);

}  // namespace loansim::json
