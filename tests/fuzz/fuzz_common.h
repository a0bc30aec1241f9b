// What every loader target does with a trace it accepted: the same work `proclab show` does
// (summary, text, JSON with invalid UTF-8 replaced), so that a trace that loads but breaks an
// analysis (overflow, out-of-range index) is found too.
#pragma once

#include "io/run_report.h"
#include "trace/trace.h"

namespace proclab::fuzz {

inline void useLikeShow(const Trace& trace) {
    (void)summaryText(trace);
    (void)outputText(trace);
    (void)runJson(trace).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace proclab::fuzz
