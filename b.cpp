#include "common.hpp"
Json fa(double a, const std::string& s, int n, const std::optional<std::string>& t) {
  Json o = Json::object();
  put(o, "a1", a); put(o, "s1", s); put(o, "n1", n); put(o, "m", "Success"); put(o, "b", true); put(o, "z", nullptr);
  Json inner = Json::object();
  put(inner, "a2", a * 2); put(inner, "s2", s + "x"); put(inner, "n2", n + 1);
  if (t) put(inner, "t", std::string_view(*t)); else put(inner, "t", nullptr);
  put(o, "inner", std::move(inner));
  put(o, "a3", a / 3); put(o, "s3", "lit"); put(o, "n3", n * 3);
  return o;
}
