// The heap in use, for the package's memory diagnostics (loansim.memoryBytes()).
#pragma once

#include <cstddef>

namespace loansim::wasm {

// Bytes malloc has handed out and not taken back: flat across calls when nothing leaks.
[[nodiscard]] std::size_t heap_bytes_in_use() noexcept;

}  // namespace loansim::wasm
