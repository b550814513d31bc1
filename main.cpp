#include "common.hpp"
#include <emscripten.h>
Json fa(double a, const std::string& s, int n, const std::optional<std::string>& t);
extern "C" EMSCRIPTEN_KEEPALIVE int go(double a, int n) { return (int)fa(a, "s", n, std::nullopt).dump().size(); }
