// Pieces of the run summaries that several demos (and a traced Python script) share: each
// demo's spec puts together its own summary from these.
#pragma once

#include "trace/analysis.h"

#include <nlohmann/json.hpp>

#include <string>

namespace proclab {

// Exit code of every process but the main one, by lane name.
nlohmann::json exitcodesSummary(const Trace& trace);
// Expected, final and lost of a shared counter (or the sum of a shared array); a run cut short
// says what was planned and done instead, and that lost is not known.
// `ledger` is counterLedger(trace), which the caller may want too.
nlohmann::json counterSummary(const Trace& trace, const CounterLedger& ledger,
                              const std::string& endedEarlyBy);
// Put, got, missed and FIFO of the first queue.
nlohmann::json queueSummary(const Trace& trace);
// The pool's results, tasks and chunks. The results are those the demo returned when
// `returned` and it recorded them, else those the tasks computed.
nlohmann::json poolSummary(const Trace& trace, bool returned);

} // namespace proclab
