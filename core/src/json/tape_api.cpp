#include "loansim/tape_api.hpp"

#include <array>

#include "apr_command.hpp"
#include "loansim/error.hpp"
#include "loansim/json/tape_source.hpp"
#include "loansim/json/tape_writer.hpp"
#include "payment_command.hpp"
#include "schedule_command.hpp"
#include "tvm_command.hpp"

namespace loansim {
namespace {

using json::TapeSource, json::TapeWriter;

using TapeCommand = void (*)(const TapeSource&, TapeWriter&, const ApiOptions&);

constexpr std::array<std::string_view, 4> kNames{"payment", "schedule", "apr", "tvm"};
constexpr std::array<TapeCommand, 4> kCommands{
    json::payment_command<TapeSource, TapeWriter>,
    json::schedule_command<TapeSource, TapeWriter>,
    json::apr_command<TapeSource, TapeWriter>,
    json::tvm_command<TapeSource, TapeWriter>,
};

}  // namespace

std::span<const std::string_view> tape_command_names() noexcept { return kNames; }

void run_tape_command(std::size_t command, std::span<const std::uint8_t> request, std::vector<std::uint8_t>& result) noexcept {
  try {
    if (command >= kCommands.size()) throw Error(ErrorCode::UnknownCommand, "", "unknown command");
    const json::TapeRequest tape(request);
    TapeWriter out(result, json::kTapeOk);
    kCommands[command](tape.request, out, {.format = tape.format, .product_json = {}});
  } catch (...) {
    const ErrorReport error = report_current_exception();
    try {
      TapeWriter out(result, json::kTapeError);
      out.begin_object();
      out.string("code", to_string(error.code));
      out.string("field", error.field);
      out.string("message", error.message);
      out.end_object();
    } catch (...) {
      result.assign(1, json::kTapeError);  // no memory left even for the error: the bare status
    }
  }
}

}  // namespace loansim
