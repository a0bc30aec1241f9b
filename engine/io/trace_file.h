// The native trace file (.proclab): compact, versioned, exact. A run saved and loaded again
// gives the same events and metadata, bit for bit.
//
// Layout (version 2; version 1 files still load), integers as LEB128 varints (signed ones
// zigzagged) unless fixed:
//   magic "PROCLAB\x1a" (8 bytes), version (fixed u32 little-endian)
//   metadata: demo, variant, params (count, key + value ...), python source, t0, dropped,
//             lanes (count, lane + name + pid + parent + start method + role ...),
//             texts (count, text ...)
//   events:   column by column, numbers in the narrowest fixed width that fits the column
//             (see trace_columns.h); version 1 had varints
//   checksum: fastHash64 (XXH64's construction; version 1: FNV-1a 64) of everything before
//             it (fixed u64 little-endian)
// loadTrace checks magic and version before it maps the file, then decodes from the map.
#pragma once

#include "trace/trace.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace proclab {

inline constexpr std::string_view kTraceFileMagic{"PROCLAB\x1a", 8};
inline constexpr uint32_t kTraceFileVersion = 2;
inline constexpr std::string_view kTraceFileExtension = ".proclab";

// Writes the trace atomically (a temporary file renamed into place). Returns an error
// message, empty on success; on error nothing is left at path.
std::string saveTrace(const Trace& trace, const std::filesystem::path& path);
// Reads a file saveTrace wrote into out (replacing its contents). Returns an error message,
// empty on success; out is left empty on error.
std::string loadTrace(const std::filesystem::path& path, Trace& out);

// The same format in memory (the Chrome trace JSON embeds it to rebuild the trace exactly).
std::string encodeTrace(const Trace& trace);
std::string decodeTrace(std::string_view bytes, Trace& out);

// True when bytes start like a native trace file.
bool looksLikeNativeTrace(std::string_view head);

} // namespace proclab
