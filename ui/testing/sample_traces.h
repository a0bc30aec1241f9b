// Traces built by hand with Trace::append, shaped like the real demos' runs: for the render
// benchmark (any size), for tests, and to look at the views before the engine runs.
#pragma once

#include "trace/trace.h"

#include <cstdint>

namespace proclab::ui::samples {

// Main starts `workers` children (one may crash with SIGSEGV), they sleep, main joins them.
Trace processBasics(int workers = 2, bool crash = false);
// Pool(workers).map(square, [1..n]) with the given chunk size.
Trace poolSquare(int workers = 4, int n = 5, int chunksize = 1);
// A producer puts n items, a consumer gets them; the last `missed` are never got.
Trace producerConsumer(int n = 5, int missed = 0, bool concurrent = true);
// `workers` processes each doing `iterations` unlocked increments of one shared counter,
// interleaved at random (fixed seed) so that some updates really are lost. With lockWaits,
// about a third of the loads first wait for a lock, as in Python's default Value.
Trace counterRace(int workers = 4, int iterations = 1000, uint32_t seed = 1,
                  bool lockWaits = false);
// A counter race with about `events` events in all, lock waits included (for the benchmark).
Trace counterRaceWithEvents(size_t events, uint32_t seed = 1);

} // namespace proclab::ui::samples
