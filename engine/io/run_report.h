// What `proclab run` and `proclab show` print about a finished run: the summary as text for
// people, and the --json object for programs. Both are derived from the Trace alone.
#pragma once

#include "trace/trace.h"

#include <nlohmann/json.hpp>
#include <string>

namespace proclab {

// {"demo","variant","params","output","processes","summary","events"}.
nlohmann::json runJson(const Trace& trace);
// The short summary printed after the demo's own output.
std::string summaryText(const Trace& trace);
// The demo's own printed lines, in time order, one per line.
std::string outputText(const Trace& trace);

} // namespace proclab
