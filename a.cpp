#include "common.hpp"
Json fa(double a, const std::string& s, int n, const std::optional<std::string>& t) {
  return {{"a1", a}, {"s1", s}, {"n1", n}, {"m", "Success"}, {"b", true}, {"z", nullptr},
          {"inner", {{"a2", a * 2}, {"s2", s + "x"}, {"n2", n + 1}, {"t", t ? Json(*t) : Json(nullptr)}}},
          {"a3", a / 3}, {"s3", "lit"}, {"n3", n * 3}};
}
