#include "loansim/json/json_source.hpp"

namespace loansim::json {

Json parse_request(std::string_view text) {
  if (text.size() > kMaxRequestBytes) {
    fail(ErrorCode::InvalidJson, "", "request is larger than " + std::to_string(kMaxRequestBytes) + " bytes");
  }
  // Depth is checked while parsing, before a deep document is ever built.
  const Json::parser_callback_t limit_depth = [](int depth, Json::parse_event_t, Json&) {
    if (depth > kMaxDepth) {
      fail(ErrorCode::InvalidJson, "", "request nests deeper than " + std::to_string(kMaxDepth) + " levels");
    }
    return true;
  };
  try {
    return Json::parse(text.begin(), text.end(), limit_depth);
  } catch (const Json::parse_error& e) {
    fail(ErrorCode::InvalidJson, "", "not valid JSON at byte " + std::to_string(e.byte));
  }
}

}  // namespace loansim::json
