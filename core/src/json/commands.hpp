// The JSON commands: request JSON → core types → core call → result JSON. The typed commands
// (payment, schedule, apr, tvm) are templates over the transport, one header each, and run here
// through the JSON reader and writer; the others are JSON-only functions.
#pragma once

#include "format_option.hpp"
#include "loansim/api.hpp"
#include "loansim/json/json_source.hpp"
#include "loansim/json/json_writer.hpp"

namespace loansim::json {

// Every JSON command has this signature; commands that speak no seed format reject a non-empty
// options.format with require_format().
using JsonCommand = Json (*)(const Json& request, const ApiOptions& options);

Json iof_command(const Json& request, const ApiOptions& options);
Json recommend_command(const Json& request, const ApiOptions& options);
Json policy_decision_command(const Json& request, const ApiOptions& options);
Json payload_command(const Json& request, const ApiOptions& options);
Json offers_command(const Json& request, const ApiOptions& options);
Json servicing_command(const Json& request, const ApiOptions& options);

// `recommend --format kocek`: KOCEK's "Get Credit Recommendation" request in, its response shape out.
Json kocek_recommend(const Json& request, const ApiOptions& options);

// A typed command (template <class Source, class Writer>) on the JSON transport.
template <void (*Command)(const JsonSource&, JsonWriter&, const ApiOptions&)>
Json through_json(const Json& request, const ApiOptions& options) {
  JsonWriter out;
  Command(JsonSource(request), out, options);
  return out.take();
}

}  // namespace loansim::json
