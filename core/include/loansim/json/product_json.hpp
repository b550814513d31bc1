// Product definitions as JSON (schema "loansim.product/1", documented in docs/products.md): the
// reader that validates every field, and the sample products compiled into the library.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "loansim/api.hpp"
#include "loansim/json/json_source.hpp"
#include "loansim/product.hpp"

namespace loansim::json {

inline constexpr std::string_view kProductSchema = "loansim.product/1";

// Reads and validates a product definition. Errors name the field under `path`
// ("--product.scoring.weights.capacity" for the CLI's --product file). Unknown fields are errors.
[[nodiscard]] Product read_product(const Json& definition, const std::string& path);

// The ids of the sample products compiled in from core/products/<id>.json.
[[nodiscard]] std::vector<std::string_view> embedded_product_ids();

// A compiled-in sample product by id; Error{InvalidValue, field} for an unknown id.
[[nodiscard]] Product embedded_product(std::string_view id, std::string_view field);

// The product a command runs with: the --product definition when one was given (it must be the
// product `requested_id` names, if the request names one), else the sample `requested_id` or,
// without one, the command's `default_id`. Each distinct definition text is read once per thread
// (the last 8 are kept): the product is shared and immutable.
[[nodiscard]] std::shared_ptr<const Product> resolve_product(const ApiOptions& options, std::string_view requested_id, std::string_view default_id);

}  // namespace loansim::json
