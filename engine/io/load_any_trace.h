// Opens a trace file of either kind ProcLab writes, telling them apart by their content
// (the native magic bytes, or JSON's opening brace), not by the file name.
#pragma once

#include "trace/trace.h"

#include <filesystem>
#include <string>

namespace proclab {

// Returns an error message, empty on success; out is left empty on error.
std::string loadAnyTrace(const std::filesystem::path& path, Trace& out);

} // namespace proclab
