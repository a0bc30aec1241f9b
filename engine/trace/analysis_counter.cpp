// Shared array: per element, the counter's ledger (the counter itself: counter_ledger.cpp).
#include "analysis.h"

#include <cmath>
#include <cstring>

namespace proclab {

ArrayAnalysis analyseArray(const Trace& trace, int array, int64_t until) {
    ArrayAnalysis a;
    a.array = array;
    const auto length = trace.params.find("length");
    if (length != trace.params.end() && length->second > 0 && length->second < (1 << 20))
        a.elements.resize(static_cast<size_t>(length->second));
    int64_t expectedTotal = 0;
    const auto asDouble = [](int64_t bits) {
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    };
    const size_t end = until == INT64_MAX ? trace.size() : trace.indexAfter(until);
    for (size_t i = 0; i < trace.size(); ++i) {
        const EventKind kind = trace.kind(i);
        if (kind != EventKind::Result && i >= end)
            continue; // the run's expected total may come last; the stores stop at `until`
        if (kind == EventKind::Result) {
            const Event e = trace.at(i);
            if (e.a == static_cast<uint32_t>(ResultKey::CounterExpected))
                expectedTotal = e.b;
            continue;
        }
        if (kind != EventKind::ArrayStore)
            continue;
        const Event e = trace.at(i);
        if (e.object != array || e.a >= (1u << 20))
            continue;
        if (e.a >= a.elements.size())
            a.elements.resize(e.a + 1);
        ArrayElement& el = a.elements[e.a];
        const double written = asDouble(e.b), overwritten = asDouble(e.c);
        ++el.stores;
        el.final = written;
        // Each store wrote loaded + 1: what it replaced minus what it had read is how many
        // increments of others it erased (as for the counter).
        el.lost = wrappingAdd(el.lost, saturatingRound(overwritten - (written - 1)));
    }
    if (!a.elements.empty())
        a.expectedPerElement = expectedTotal / static_cast<int64_t>(a.elements.size());
    return a;
}

} // namespace proclab
