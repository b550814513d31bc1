// The budget for hostile input: no input makes a call take more than 50 ms natively. Times
// one run_command call per input over
//   - every case of the bad-input corpus (tests/bad-input/*.json),
//   - every fuzz seed (tests/fuzz/seeds/, tests/fixtures/: what `npm run fuzz` seeds with) under
//     every command and format, as run_command_fuzz would try it,
//   - the libFuzzer corpora named on the command line (e.g. build/sanitize/fuzz-corpus/run_command_fuzz,
//     which `npm run fuzz` grows), read as run_command_fuzz reads them,
//   - the worst cases below: the largest requests the bounds allow, built to make the searches work.
// Each call's time is the best of three runs (what the input costs, not what a busy machine adds).
// Prints the slowest calls and exits 1 when any is over budget. Run: `npm run bench:calls`.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "command_input.hpp"
#include "loansim/api.hpp"
#include "loansim/date.hpp"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr double kBudgetMs = 50.0;
constexpr int kRuns = 3;
constexpr std::size_t kShown = 10;

struct Call {
  std::string source;  // where the input comes from, for the report
  std::string command;
  std::string format;
  std::string request;
};

struct Timing {
  double ms;
  const Call* call;
  bool ok;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<fs::path> files_under(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::exists(dir)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void add_bad_input_corpus(std::vector<Call>& calls) {
  const fs::path corpora = LOANSIM_SOURCE_DIR "/tests/bad-input";
  for (const auto& path : files_under(corpora)) {
    if (path.extension() != ".json" || path.parent_path() != corpora) continue;  // widget/ holds typed text, not requests
    const json corpus = json::parse(read_file(path));
    for (const auto& c : corpus.at("cases")) {
      calls.push_back({"bad-input " + path.filename().string() + ": " + c.at("name").get<std::string>(), corpus.at("command"),
                       c.value("format", ""), c.contains("request_text") ? c.at("request_text").get<std::string>() : c.at("request").dump()});
    }
  }
}

void add_fuzz_seeds(std::vector<Call>& calls) {
  std::vector<fs::path> seeds = files_under(LOANSIM_SOURCE_DIR "/tests/fuzz/seeds");
  const auto fixtures = files_under(LOANSIM_SOURCE_DIR "/tests/fixtures");
  seeds.insert(seeds.end(), fixtures.begin(), fixtures.end());
  for (const auto& path : seeds) {
    const std::string text = read_file(path);
    for (const auto command : loansim::command_names()) {
      for (const auto format : loansim::fuzz::kFormats) {
        calls.push_back({"seed " + fs::relative(path, LOANSIM_SOURCE_DIR).string(), std::string(command), std::string(format), text});
      }
    }
  }
}

void add_fuzz_corpus(std::vector<Call>& calls, const fs::path& dir) {
  for (const auto& path : files_under(dir)) {
    const std::string bytes = read_file(path);
    if (bytes.empty()) continue;
    const auto input = loansim::fuzz::decode_command_input(bytes);
    calls.push_back({"fuzz corpus " + path.string(), std::string(input.command), std::string(input.format), std::string(input.request)});
  }
}

// 10,000 values 1, −1, 1, 1, −1, 1, …, 0: they change sign 6,666 times, so the irr walk cannot stop
// early, and no rate zeroes them: their present value is (1 − v + v²)(1 + v³ + v⁶ + …) > 0 for every
// discount factor v > 0.
json rootless_values() {
  json values = json::array();
  for (int i = 0; i < 9'999; ++i) values.push_back(i % 3 == 1 ? -1 : 1);
  values.push_back(0);
  return values;
}

json daily_dates(int count) {
  json dates = json::array();
  const loansim::Date first = loansim::parse_date("1990-01-01", "");
  for (int day = 0; day < count; ++day) dates.push_back(loansim::format_date(loansim::add_days(first, day)));
  return dates;
}

json schedule_at_the_bounds(int term, const char* unit, const char* method) {
  return {{"principal", 1e13},       {"currency", "USD"},    {"annual_rate_pct", 1000}, {"method", method},
          {"term", term},            {"term_unit", unit},    {"start_date", "2025-01-31"},
          {"upfront_fees", json::array({{{"pct", 5}}, {{"amount", 1e9}, {"financed", true}}})},
          {"installment_fees", json::array({{{"pct_of_balance", 0.05}}})}};
}

void add_worst_cases(std::vector<Call>& calls) {
  const auto add = [&calls](std::string name, std::string command, std::string request) {
    calls.push_back({"worst case: " + std::move(name), std::move(command), "", std::move(request)});
  };
  add("tvm irr, 10,000 values changing sign 6,666 times, no rate solves them", "tvm", json{{"fn", "irr"}, {"values", rootless_values()}}.dump());
  add("tvm xirr, the same 10,000 values on consecutive days, no rate solves them", "tvm",
      json{{"fn", "xirr"}, {"values", rootless_values()}, {"dates", daily_dates(10'000)}}.dump());
  add("tvm rate, 10,000 periods of payments received on a loan received: no rate solves them", "tvm",
      json{{"fn", "rate"}, {"nper", 10'000}, {"pmt", 1}, {"pv", 1e13}, {"fv", 0}}.dump());
  for (const char* method : {"annuity", "annuity_due", "equal_principal", "flat", "interest_only", "bullet"}) {
    add(std::string("schedule ") + method + ", 10^13 over 600 months at 1000 % with fees", "schedule",
        schedule_at_the_bounds(600, "month", method).dump());
  }
  add("schedule annuity, 10^13 over 1,300 weeks at 1000 % with fees", "schedule", schedule_at_the_bounds(1300, "week", "annuity").dump());
  add("schedule annuity, 10^13 over 3,660 days at 1000 % with fees", "schedule", schedule_at_the_bounds(3660, "day", "annuity").dump());
  // The largest grid: 60 tenures (the most `terms` takes), each priced on the Creditas product
  // (IOF grossed up on the real schedule, CET), the income binding so each searches its amount.
  json terms = json::array();
  for (int i = 0; i < 60; ++i) terms.push_back(12 + i % 49);
  add("offers, 60 tenures of the Creditas product, the income binding", "offers",
      json{{"product_id", "br-auto-refi-creditas"},
           {"start_date", "2026-03-02"},
           {"terms", terms},
           {"applicant", {{"monthly_income", 2500}, {"age", 40}, {"bureau", {{"scale", "serasa"}, {"score", 850}}}}},
           {"loan", {{"amount", 150000}, {"term_months", 60}, {"purpose", "DEBTS_PAYMENT"}}},
           {"collaterals", json::array({{{"type", "CAR"}, {"value", 1e6}, {"age_years", 1}}})}}
          .dump());
  add("apr br_cet, an advance of 10^13 against 1,299 monthly payments of 0.01 (a rate far below 0 %)", "apr",
      json{{"standard", "br_cet"},
           {"advances", json::array({{{"date", "2025-01-15"}, {"amount", 1e13}}})},
           {"payments", json::array({{{"first_date", "2025-02-15"}, {"amount", 0.01}, {"count", 1299}}})}}
          .dump());
  const json days = daily_dates(1300);
  json payments = json::array();
  for (int day = 1; day < 1300; ++day) payments.push_back({{"date", days[day]}, {"amount", 1 + day % 7}});
  add("apr us_reg_z, 1,299 irregular daily payments", "apr",
      json{{"standard", "us_reg_z"}, {"advances", json::array({{{"date", days[0]}, {"amount", 5000}}})}, {"payments", payments}}.dump());
  add("a request of 10 MiB", "schedule", "{\"principal\":\"" + std::string(10u << 20, '1') + "\"}");
  add("JSON nested 10,000 deep", "schedule", std::string(10'000, '[') + std::string(10'000, ']'));
}

double best_of_runs_ms(const Call& call, bool& ok) {
  double best = 1e300;
  for (int run = 0; run < kRuns; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const auto response = loansim::run_command(call.command, call.request, {.format = call.format});
    const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
    best = std::min(best, elapsed.count());
    ok = response.ok;
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<Call> calls;
  add_bad_input_corpus(calls);
  add_fuzz_seeds(calls);
  for (int i = 1; i < argc; ++i) add_fuzz_corpus(calls, argv[i]);
  add_worst_cases(calls);

  std::vector<Timing> timings;
  timings.reserve(calls.size());
  for (const Call& call : calls) {
    bool ok = false;
    const double ms = best_of_runs_ms(call, ok);
    timings.push_back({ms, &call, ok});
  }
  std::sort(timings.begin(), timings.end(), [](const Timing& a, const Timing& b) { return a.ms > b.ms; });

  const auto over = std::count_if(timings.begin(), timings.end(), [](const Timing& t) { return t.ms > kBudgetMs; });
  std::printf("%zu calls, each timed as the best of %d runs; the %zu slowest:\n", calls.size(), kRuns, std::min(kShown, timings.size()));
  for (std::size_t i = 0; i < std::min(kShown, timings.size()); ++i) {
    const Timing& t = timings[i];
    const std::string format = t.call->format.empty() ? "" : " --format " + t.call->format;
    std::printf("%9.3f ms  %s%s, %s: %s\n", t.ms, t.call->command.c_str(), format.c_str(), t.ok ? "a result" : "an error",
                t.call->source.c_str());
  }
  std::printf("budget %.0f ms a call: %s (%td over)\n", kBudgetMs, over == 0 ? "PASS" : "FAIL", over);
  return over == 0 ? 0 : 1;
}
