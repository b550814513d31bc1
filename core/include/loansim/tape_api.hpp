// The typed commands over the tape (json/tape.hpp): what the WebAssembly core module runs for its
// JS wrapper. The same adapters as the JSON API (api.hpp), so results and errors are the same;
// only the transport differs: no JSON text, no nlohmann, nothing allocated per call beyond the
// buffers the caller reuses.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace loansim {

// The commands the tape carries, in the order run_tape_command numbers them.
[[nodiscard]] std::span<const std::string_view> tape_command_names() noexcept;

// Runs command number `command` on the request tape and writes the result tape (a status byte,
// then the result or the error object) into `result`. Never throws.
void run_tape_command(std::size_t command, std::span<const std::uint8_t> request, std::vector<std::uint8_t>& result) noexcept;

}  // namespace loansim
