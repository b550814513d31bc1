#include "common.hpp"
static Json& slot(Json& o, std::string_view k) { return o[std::string(k)]; }
void put(Json& o, std::string_view k, double v) { slot(o,k) = v; }
void put(Json& o, std::string_view k, std::string_view v) { slot(o,k) = v; }
void put(Json& o, std::string_view k, const char* v) { slot(o,k) = v; }
void put(Json& o, std::string_view k, int v) { slot(o,k) = v; }
void put(Json& o, std::string_view k, bool v) { slot(o,k) = v; }
void put(Json& o, std::string_view k, std::nullptr_t) { slot(o,k) = nullptr; }
void put(Json& o, std::string_view k, Json&& v) { slot(o,k) = std::move(v); }
