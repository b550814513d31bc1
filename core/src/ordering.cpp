#include "loansim/ordering.hpp"

#include <algorithm>
#include <numeric>

namespace loansim {

std::vector<std::size_t> ascending_order(std::span<const double> keys) {
  std::vector<std::size_t> order(keys.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  if (std::is_sorted(keys.begin(), keys.end())) return order;
  // The position breaks ties: a plain sort is then stable, and one instantiation serves every caller.
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b] || (keys[a] == keys[b] && a < b); });
  return order;
}

}  // namespace loansim
