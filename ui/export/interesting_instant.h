// Where an export puts the cursor when its caller chose no instant. The end of a run is the
// least telling moment on a slide: every process has exited, the queue is empty, the code panel
// has nothing to point at. This picks the moment a teacher would scrub to instead.
// Plain inputs (the Trace and what the analysis made of it), no Qt: easy to test by hand.
#pragma once

#include "trace/analysis.h"
#include "trace/trace.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace proclab::ui {

// In this order, the first that applies:
//  - a process crashed: just after the first crash;
//  - lost updates on a counter: the store of the largest loss (the first of equals);
//  - lost updates on a shared array: just after the last lost store;
//  - a queue: when it is deepest (first time reached); when items were never got, the deepest
//    moment after the consumer quit, so the stranded items are in the boxes;
//  - a pool: mid-pool, just after half of the tasks finished;
//  - processes sleeping: the middle of the longest stretch where most of them sleep;
//  - otherwise the end of the run.
// Always within [0, trace.duration()].
int64_t interestingInstant(const Trace& trace, const std::vector<LaneTimeline>& lanes,
                           const std::vector<QueueAnalysis>& queues,
                           const std::optional<CounterLedger>& counter,
                           const std::optional<PoolAnalysis>& pool);

} // namespace proclab::ui
