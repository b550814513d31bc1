#include "memory.hpp"

#include <malloc.h>

namespace loansim::wasm {

std::size_t heap_bytes_in_use() noexcept { return static_cast<std::size_t>(mallinfo().uordblks); }

}  // namespace loansim::wasm
