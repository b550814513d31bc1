#include "loansim/ordering.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace loansim;

TEST_CASE("ascending_order: positions by key, ties in their given order") {
  using Order = std::vector<std::size_t>;
  CHECK(ascending_order(std::vector<double>{}) == Order{});
  CHECK(ascending_order(std::vector<double>{1.0, 2.0, 2.0, 3.0}) == Order{0, 1, 2, 3});  // already in order
  CHECK(ascending_order(std::vector<double>{3.0, 1.0, 2.0, 1.0}) == Order{1, 3, 2, 0});  // the two 1s stay 1, 3
  std::vector<double> many(1000);
  for (std::size_t k = 0; k < many.size(); ++k) many[k] = static_cast<double>((k * 7) % 10);  // 100 of each key
  const Order order = ascending_order(many);
  for (std::size_t k = 1; k < order.size(); ++k) {
    const bool ascending = many[order[k - 1]] < many[order[k]] || (many[order[k - 1]] == many[order[k]] && order[k - 1] < order[k]);
    CHECK(ascending);
  }
}
