// Opens a trace file of either kind ProcLab writes, telling them apart by their content
// (the native magic bytes, or JSON's opening brace), not by the file name.
#pragma once

#include "trace/trace.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace proclab {

// Larger files are refused before they are read: no run ProcLab records comes near it, and
// reading a (possibly sparse) 40 GB file whole would exhaust memory.
inline constexpr uint64_t kMaxTraceFileBytes = uint64_t(4) << 30;

// Returns an error message ("PATH: what is wrong"), empty on success; out is left empty on
// error. Never throws and never blocks on a FIFO or device: only regular files are read.
[[nodiscard]] std::string loadAnyTrace(const std::filesystem::path& path, Trace& out);

} // namespace proclab
