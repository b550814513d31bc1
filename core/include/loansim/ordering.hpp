// The order of items by a numeric key (a time, a date's day number): cash flows, payments and
// dated values are sorted this way in several places, through this one non-template function.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace loansim {

// The positions 0…n−1 of `keys` in ascending key order; equal keys keep their given order (stable).
// Linear when the keys are already in order, as a schedule's flows are.
[[nodiscard]] std::vector<std::size_t> ascending_order(std::span<const double> keys);

// `values` in ascending order, each once (tenures and terms to try): through ascending_order.
void sort_unique(std::vector<int>& values);

}  // namespace loansim
