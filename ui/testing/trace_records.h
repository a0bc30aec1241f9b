// A finished Trace turned back into the records the engine wrote, so that tests can feed a
// StreamWriter (and so the run model's live path) with a run whose content they already know.
#pragma once

#include "trace/trace.h"

#include <vector>

namespace proclab::testing {

// One EventRecord per event, in trace order, with absolute times (t0 + t).
std::vector<EventRecord> toRecords(const Trace& trace);

} // namespace proclab::testing
