// The event section of a version-2 trace file: column by column, each numeric column in fixed
// slots of 1, 2, 4 or 8 bytes (little-endian), the width that makes the column smallest; the
// few values too wide for it (a pid, a long pause) follow as exceptions. Both directions are
// tight loops over memory, and a load sizes every column exactly, once.
//   count (varint), first time (zigzag varint),
//   time deltas (column), process, kind, object, line (n bytes each), a, b, c (columns; b
//   and c zigzagged)
//   column = width byte, n slots, exception count (varint), (index gap, value) varint pairs
#pragma once

#include "byte_codec.h"
#include "trace/trace.h"

#include <string>

namespace proclab {

// Appends the event section of `trace` to out.
void encodeEventColumns(const Trace& trace, std::string& out);
// Reads an event section into columns; returns an error message, empty on success.
std::string decodeEventColumns(codec::ByteReader& r, TraceColumns& out);

} // namespace proclab
