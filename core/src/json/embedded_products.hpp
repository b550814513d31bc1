// The sample product definitions (core/products/*.json), compiled into the library as text by a
// CMake step (core/CMakeLists.txt): the WebAssembly module has no filesystem to read them from.
#pragma once

#include <span>
#include <string_view>

namespace loansim::json {

struct EmbeddedProduct {
  std::string_view file_name;  // "id-koperasi-kocek.json": the product's id plus ".json"
  std::string_view json;
};

[[nodiscard]] std::span<const EmbeddedProduct> embedded_products() noexcept;

}  // namespace loansim::json
