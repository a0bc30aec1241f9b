// What `proclab run` and `proclab show` print about a finished run: the summary as text for
// people, and the --json object for programs. Both are derived from the Trace alone.
#pragma once

#include "trace/trace.h"

#include <nlohmann/json.hpp>
#include <string>

namespace proclab {

// {"demo","variant","params","output","processes","summary","events"}.
// `endedEarlyBy`: what made the runner end every process before the demo finished (e.g. "a
// refused step"), empty if nothing did; a counter's summary then says what was planned and
// done, with no lost count (a run killed half-way has no ledger to settle).
nlohmann::json runJson(const Trace& trace, const std::string& endedEarlyBy = {});
// The short summary printed after the demo's own output.
std::string summaryText(const Trace& trace, const std::string& endedEarlyBy = {});
// The demo's own printed lines, in time order, one per line.
std::string outputText(const Trace& trace);

} // namespace proclab
