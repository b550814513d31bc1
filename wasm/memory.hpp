// The module's memory as JavaScript sees it: addresses handed out, and the heap in use for the
// package's memory diagnostics (loansim.memoryBytes()).
#pragma once

#include <cstddef>
#include <cstdint>

namespace loansim::wasm {

// A pointer as the offset into the module's memory that JavaScript reads it at (wasm32).
[[nodiscard]] inline std::uint32_t address(const void* pointer) noexcept {
  return static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(pointer));
}

// Bytes malloc has handed out and not taken back: flat across calls when nothing leaks.
[[nodiscard]] std::size_t heap_bytes_in_use() noexcept;

}  // namespace loansim::wasm
