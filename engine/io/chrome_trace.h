// A run as Chrome Trace Event JSON, which Perfetto (ui.perfetto.dev) and chrome://tracing
// open: a track per lane with its state slices, flow arrows from each queue put to its get,
// counters for queue depth and for the counter's expected/actual value, instants for lost
// updates and printed lines.
//
// The file also carries, under the top-level key "proclab", the run's metadata in plain JSON
// and the whole trace in the native format (base64, key "nativeTrace"), so that a file we
// wrote loads back into exactly the Trace it came from (`proclab show run.json`).
#pragma once

#include "trace/trace.h"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace proclab {

inline constexpr std::string_view kChromeTraceFormat = "proclab-chrome-trace";
inline constexpr int kChromeTraceVersion = 1;

// Streams the JSON out in pieces (a 1M-event run gives a large file; no giant json object).
void writeChromeTrace(const Trace& trace, const std::function<void(std::string_view)>& sink);
std::string chromeTraceJson(const Trace& trace);

// Writes the JSON atomically. Returns an error message, empty on success.
std::string saveChromeTrace(const Trace& trace, const std::filesystem::path& path);

// Reads a file saveChromeTrace wrote. Returns an error message, empty on success; out is left
// empty on error. Trace Event files from other tools have no "proclab" key and are refused.
std::string loadChromeTrace(const std::filesystem::path& path, Trace& out);
std::string decodeChromeTrace(std::string_view json, Trace& out);

} // namespace proclab
