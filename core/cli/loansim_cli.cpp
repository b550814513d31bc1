// loansim-native <command> [file]: one JSON request from the file or stdin, one JSON result on
// stdout. Exit 0 on success, 1 on an error response, 2 on a usage error; never a signal.
#include <cstdio>
#include <string>
#include <string_view>

#include "loansim/api.hpp"
#include "loansim/json/fields.hpp"

namespace {

// Reads at most one byte past the request limit, so the API reports an oversized request
// instead of this process buffering an endless stream.
bool read_all(std::FILE* in, std::string& text) {
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0) {
    text.append(buffer, n);
    if (text.size() > loansim::json::kMaxRequestBytes) return true;
  }
  return std::ferror(in) == 0;
}

int usage() {
  std::string commands;
  for (const auto name : loansim::command_names()) commands += (commands.empty() ? "" : ", ") + std::string(name);
  std::fprintf(stderr, "usage: loansim-native <command> [request.json]\ncommands: %s\n", commands.c_str());
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) return usage();
  std::FILE* in = stdin;
  if (argc == 3 && std::string_view(argv[2]) != "-") {
    in = std::fopen(argv[2], "rb");
    if (in == nullptr) {
      std::fprintf(stderr, "loansim-native: cannot open %s\n", argv[2]);
      return 2;
    }
  }
  std::string request;
  const bool read_ok = read_all(in, request);
  if (in != stdin) std::fclose(in);
  if (!read_ok) {
    std::fprintf(stderr, "loansim-native: cannot read the request\n");
    return 2;
  }
  const auto response = loansim::run_command(argv[1], request);
  std::fwrite(response.json.data(), 1, response.json.size(), stdout);
  std::fputc('\n', stdout);
  return response.ok ? 0 : 1;
}
