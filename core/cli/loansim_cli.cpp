// loansim-native <command> [file] [--format F] [--product FILE]: one JSON request from the file or
// stdin, one JSON result on stdout. Exit 0 on success, 1 on an error response, 2 on a usage
// error; never a signal.
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
  std::fprintf(stderr,
               "usage: loansim-native <command> [request.json|-] [--format FORMAT] [--product product.json]\n"
               "commands: %s\n", commands.c_str());
  return 2;
}

// The whole file (or stdin for "-"), or false with a message on stderr.
bool read_file(const char* path, std::string& text) {
  std::FILE* in = std::string_view(path) == "-" ? stdin : std::fopen(path, "rb");
  if (in == nullptr) {
    std::fprintf(stderr, "loansim-native: cannot open %s\n", path);
    return false;
  }
  const bool ok = read_all(in, text);
  if (in != stdin) std::fclose(in);
  if (!ok) std::fprintf(stderr, "loansim-native: cannot read %s\n", path);
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const char* request_path = "-";
  const char* product_path = nullptr;
  std::string_view format;
  bool have_request_path = false;
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--format" && i + 1 < argc) {
      format = argv[++i];
    } else if (arg == "--product" && i + 1 < argc) {
      product_path = argv[++i];
    } else if (!have_request_path && (arg == "-" || arg.substr(0, 2) != "--")) {
      request_path = argv[i];
      have_request_path = true;
    } else {
      return usage();
    }
  }
  std::string request, product;
  if (!read_file(request_path, request)) return 2;
  if (product_path != nullptr && !read_file(product_path, product)) return 2;
  const auto response = loansim::run_command(argv[1], request, {.format = format, .product_json = product});
  std::fwrite(response.json.data(), 1, response.json.size(), stdout);
  std::fputc('\n', stdout);
  return response.ok ? 0 : 1;
}
