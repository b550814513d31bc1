// Runs the bad-input corpus (tests/bad-input/*.json) against run_command: every case must give
// exactly its error code and field, with a message, and never a result.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "loansim/api.hpp"

using nlohmann::json;

TEST_CASE("bad-input corpus: every case answers with its error code and field") {
  std::size_t cases = 0;
  for (const auto& entry : std::filesystem::directory_iterator(LOANSIM_SOURCE_DIR "/tests/bad-input")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream file(entry.path());
    const json corpus = json::parse(file);
    const std::string command = corpus.at("command");
    for (const auto& c : corpus.at("cases")) {
      const std::string name = c.at("name");
      const std::string request = c.contains("request_text") ? c.at("request_text").get<std::string>() : c.at("request").dump();
      const std::string format = c.value("format", "");
      CAPTURE(command);
      CAPTURE(name);
      const auto response = loansim::run_command(command, request, {.format = format});
      CHECK_FALSE(response.ok);
      const json error = json::parse(response.json).at("error");
      CHECK(error.at("code") == c.at("code"));
      CHECK(error.at("field") == c.at("field"));
      CHECK_FALSE(error.at("message").get<std::string>().empty());
      ++cases;
    }
  }
  CHECK(cases >= 40);
}
