// The tape: the binary form of JSON values that the WebAssembly core module and its JS wrapper
// (web/lib/tape.js) exchange instead of JSON text. Encoding and reading it costs a fraction of
// JSON text and of Embind's per-property calls (docs/decisions.md has the measurements).
//
// Little-endian; offsets are from the start of the tape.
//   value  := Null | False | True | Number f64 | String str
//           | Array u32:count u32:end value{count}
//           | Object u32:count u32:end (str value){count}
//           | Columns (results only, below)
//           | Packed u32:count u32:end cells                                  (requests only)
//           | Table u32:count u32:end u32:key_count str{key_count} cells{key_count}  (requests only)
//   str    := u32:length bytes (UTF-8)
//   end    := the offset just past the container, so a reader skips it in one step
//   cells  := Number f64{count} | String u32:width bytes{count × width}
// Packed is an array of `count` numbers, or of strings of one byte length, without a tag per item;
// Table an array of `count` objects with the same keys in the same order, one column of cells per
// key: what a request's flows are ({date, amount} × 60). Both read as the arrays they stand for
// (tape_source.hpp), so adapters and error paths ("payments[3].date") see no difference; writing
// and checking them costs a fraction of an object per item. A writer may use them or not.
// A request tape is two values: the request, then the --format (a String, or Null).
// A result tape is a status byte (kTapeOk or kTapeError) and one value: the result, or the error
// object {code, field, message}.
//   Columns := u32:end u32:rows u32:minor_per_major str:ordinal str:date_name u32:amount_count
//              str{amount_count} zero padding to a multiple of 8, f64{rows} per amount column
//              (whole minor units, exact: no division per amount), u32{rows} dates packed as
//              year << 9 | month << 5 | day
#pragma once

#include <cstdint>

namespace loansim::json {

enum class TapeTag : std::uint8_t { Null, False, True, Number, String, Array, Object, Columns, Packed, Table };

inline constexpr std::uint8_t kTapeOk = 0;
inline constexpr std::uint8_t kTapeError = 1;

}  // namespace loansim::json
