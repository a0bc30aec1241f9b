// Event queries: the targets of `event:` links in a lesson's explanation, resolved on a run
// to the instant the timeline cursor moves to.
#pragma once

#include "trace/trace.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace proclab::lessons {

// A name of the spec's list, or exit:NAME / start:NAME with a well-formed process name.
bool isKnownEventQuery(std::string_view query);

struct EventHit {
    int64_t t = 0; // ns since the run started
    int lane = -1; // the process it is about (-1: the run as a whole)
};

// Where the query points on this run; nullopt when the run has no such event.
std::optional<EventHit> resolveEventQuery(const Trace& trace, std::string_view query);

} // namespace proclab::lessons
