#include "ui/testing/trace_records.h"

namespace proclab::testing {

std::vector<EventRecord> toRecords(const Trace& trace) {
    std::vector<EventRecord> records;
    records.reserve(trace.size());
    for (size_t i = 0; i < trace.size(); ++i) {
        const Event e = trace.at(i);
        EventRecord r;
        r.t_ns = trace.t0 + static_cast<uint64_t>(e.t);
        r.lane = static_cast<uint8_t>(e.lane);
        r.kind = static_cast<uint8_t>(e.kind);
        r.object = static_cast<uint8_t>(e.object);
        r.line = static_cast<uint8_t>(e.line);
        r.a = e.a;
        r.b = e.b;
        r.c = e.c;
        records.push_back(r);
    }
    return records;
}

} // namespace proclab::testing
