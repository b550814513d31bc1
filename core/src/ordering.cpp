#include "loansim/ordering.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

namespace loansim {

std::vector<std::size_t> ascending_order(std::span<const double> keys) {
  std::vector<std::size_t> order(keys.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  if (std::is_sorted(keys.begin(), keys.end())) return order;
  // The position breaks ties: a plain sort is then stable, and one instantiation serves every caller.
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b] || (keys[a] == keys[b] && a < b); });
  return order;
}

void sort_unique(std::vector<int>& values) {
  const std::vector<double> keys(values.begin(), values.end());
  std::vector<int> sorted;
  sorted.reserve(values.size());
  for (const std::size_t i : ascending_order(keys)) {
    if (sorted.empty() || sorted.back() != values[i]) sorted.push_back(values[i]);
  }
  values = std::move(sorted);
}

}  // namespace loansim
