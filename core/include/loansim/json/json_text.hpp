// JSON text from a Json: what the CLI and the JSON entry point print. Byte for byte what nlohmann's
// dump(-1, ' ', false, error_handler_t::replace) prints (compact; keys in the object's order;
// UTF-8 kept as is; each invalid UTF-8 sequence replaced by U+FFFD; non-finite numbers as null),
// written straight into one string: nlohmann's serializer decodes every byte through a state
// machine and writes through a virtual adapter, a quarter of an offers call in WebAssembly.
#pragma once

#include <string>

#include "loansim/json/json_source.hpp"

namespace loansim::json {

[[nodiscard]] std::string json_text(const Json& value);

}  // namespace loansim::json
