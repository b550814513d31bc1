// The JSON commands, one adapter per file: request JSON → core types → core call → result JSON.
#pragma once

#include "loansim/api.hpp"
#include "loansim/json/fields.hpp"
#include "loansim/schedule.hpp"

namespace loansim::json {

// Every command has this signature; commands that speak no seed format reject a non-empty
// options.format with reject_format().
Json payment_command(const Json& request, const ApiOptions& options);
Json schedule_command(const Json& request, const ApiOptions& options);
Json apr_command(const Json& request, const ApiOptions& options);
Json iof_command(const Json& request, const ApiOptions& options);
Json tvm_command(const Json& request, const ApiOptions& options);
Json recommend_command(const Json& request, const ApiOptions& options);
Json policy_decision_command(const Json& request, const ApiOptions& options);
Json payload_command(const Json& request, const ApiOptions& options);
Json offers_command(const Json& request, const ApiOptions& options);
Json servicing_command(const Json& request, const ApiOptions& options);

// The `schedule` command's request (a loan's terms) read from `json` at `path`: `servicing` builds
// the schedule it services from the same fields.
ScheduleRequest read_schedule_request(const Json& json, const std::string& path);

// `recommend --format kocek`: KOCEK's "Get Credit Recommendation" request in, its response shape out.
Json kocek_recommend(const Json& request, const ApiOptions& options);

// Throws Error{InvalidValue, "--format"} unless options.format is empty or one of `supported`.
void require_format(const ApiOptions& options, std::initializer_list<std::string_view> supported);

}  // namespace loansim::json
