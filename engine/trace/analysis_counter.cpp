// Counter: the lost-update ledger. Each store is an exchange that reports the value it
// replaced, so `overwritten - loaded` is exactly how many increments of others it erased, and
// the sum over all stores equals expected - final (see DESIGN.md, "Counting lost updates").
#include "analysis.h"
#include "wrapping_math.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace proclab {

namespace {

struct PendingLoad {
    size_t index = 0;
    int64_t t = 0;
    int64_t value = 0;
};

struct StoreRef {
    size_t index; // trace index
    int lane;
};

// Lanes whose stores lie strictly between a load and its store (trace order): the increments
// that this store wiped out (or, for a negative erase, the ones it raced with).
std::vector<int> lanesStoringBetween(const std::vector<StoreRef>& stores, size_t loadIndex,
                                     size_t storeIndex, int ownLane) {
    const auto byIndex = [](const StoreRef& s, size_t index) { return s.index < index; };
    auto it = std::lower_bound(stores.begin(), stores.end(), loadIndex + 1, byIndex);
    std::vector<int> lanes;
    for (; it != stores.end() && it->index < storeIndex; ++it) {
        if (it->lane != ownLane)
            lanes.push_back(it->lane);
    }
    std::sort(lanes.begin(), lanes.end());
    lanes.erase(std::unique(lanes.begin(), lanes.end()), lanes.end());
    return lanes;
}

} // namespace

CounterLedger counterLedger(const Trace& trace, int counter) {
    CounterLedger ledger;
    ledger.counter = counter;
    std::vector<std::optional<PendingLoad>> pending(256);
    std::vector<StoreRef> stores;
    std::vector<std::pair<LostUpdate, size_t>> entries; // with the load's trace index
    std::optional<int64_t> expectedResult, finalResult;
    int64_t lastWritten = 0;

    for (size_t i = 0; i < trace.size(); ++i) {
        const EventKind kind = trace.kind(i);
        if (kind != EventKind::CounterLoad && kind != EventKind::CounterStore &&
            kind != EventKind::Result)
            continue;
        const Event e = trace.at(i);
        if (e.object != counter)
            continue;
        if (kind == EventKind::Result) {
            if (e.a == static_cast<uint32_t>(ResultKey::CounterExpected))
                expectedResult = e.b;
            else if (e.a == static_cast<uint32_t>(ResultKey::CounterFinal))
                finalResult = e.b;
            continue;
        }
        auto& slot = pending[static_cast<size_t>(e.process) & 0xff];
        if (kind == EventKind::CounterLoad) {
            slot = PendingLoad{i, e.t, e.b};
            continue;
        }
        // A store without a recorded load (should not happen): nothing is known about what it
        // read, so it is taken to have erased nothing.
        const PendingLoad load = slot.value_or(PendingLoad{i, e.t, e.c});
        slot.reset();
        ++ledger.increments;
        lastWritten = e.b;
        stores.push_back(StoreRef{i, e.process});
        ledger.expectedSeries.push_back(SeriesPoint{e.t, ledger.increments});
        ledger.actualSeries.push_back(SeriesPoint{e.t, e.b});
        // Wrapping arithmetic: exact for every real run (the sum equals expected - final), and
        // no signed overflow (undefined behaviour) on a damaged trace's values.
        const int64_t erased = wrappingSub(e.c, load.value);
        ledger.lost = wrappingAdd(ledger.lost, erased);
        if (erased != 0) {
            entries.emplace_back(LostUpdate{i, e.process, load.t, e.t, load.value, e.b, e.c, {}},
                                 load.index);
        }
    }

    ledger.entries.reserve(entries.size());
    for (auto& [entry, loadIndex] : entries) {
        entry.erasedLanes = lanesStoringBetween(stores, loadIndex, entry.storeIndex, entry.lane);
        ledger.entries.push_back(std::move(entry));
    }
    ledger.expected = expectedResult.value_or(ledger.increments);
    ledger.final = finalResult.value_or(lastWritten);
    ledger.finalReported = finalResult.has_value();
    ledger.notDone = std::max<int64_t>(0, wrappingSub(ledger.expected, ledger.increments));
    return ledger;
}

ArrayAnalysis analyseArray(const Trace& trace, int array) {
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
    for (size_t i = 0; i < trace.size(); ++i) {
        const EventKind kind = trace.kind(i);
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
