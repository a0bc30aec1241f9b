// Counter: the lost-update ledger. Each store is an exchange that reports the value it
// replaced, so `overwritten - loaded` is exactly how many increments of others it erased, and
// the sum over all stores equals expected - final (tst_analysis, tst_demos and tst_lossless hold
// real runs to that identity).
#include "counter_ledger.h"

#include "wrapping_math.h"

#include <algorithm>
#include <limits>

namespace proclab {

namespace {
// Indices are stored in 32 bits (4 bytes a store, 8 an entry, instead of whole copies).
constexpr size_t kMaxIndex = std::numeric_limits<uint32_t>::max();
} // namespace

CounterLedgerBuilder::CounterLedgerBuilder(int counter) : ledger_(std::in_place) {
    ledger_->counter = counter;
    pendingLoad_.fill(-1);
}

void CounterLedgerBuilder::consume(const Trace& trace, size_t end) {
    end = std::min({end, trace.size(), kMaxIndex});
    if (consumed_ == 0 && end == trace.size()) {
        // All at once (a finished run): the stores' count is known, reserve it exactly.
        size_t stores = 0;
        for (const uint8_t k : trace.kindColumn())
            stores += k == static_cast<uint8_t>(EventKind::CounterStore);
        ledger_->stores.reserve(stores);
    }
    const auto kinds = trace.kindColumn();
    const auto objects = trace.objectColumn();
    for (size_t i = consumed_; i < end; ++i) {
        const auto kind = static_cast<EventKind>(kinds[i]);
        if (kind != EventKind::CounterLoad && kind != EventKind::CounterStore &&
            kind != EventKind::Result)
            continue;
        if (objects[i] != ledger_->counter)
            continue;
        if (kind == EventKind::CounterLoad) {
            pendingLoad_[static_cast<size_t>(trace.laneOf(i)) & 0xff] = static_cast<int64_t>(i);
        } else if (kind == EventKind::CounterStore) {
            onStore(trace, i);
        } else if (trace.aColumn()[i] == static_cast<uint32_t>(ResultKey::CounterExpected)) {
            expectedResult_ = trace.bColumn()[i];
        } else if (trace.aColumn()[i] == static_cast<uint32_t>(ResultKey::CounterFinal)) {
            finalResult_ = trace.bColumn()[i];
        }
    }
    consumed_ = std::max(consumed_, end);
    settleTotals();
}

void CounterLedgerBuilder::onStore(const Trace& trace, size_t i) {
    const int lane = trace.laneOf(i);
    int64_t& slot = pendingLoad_[static_cast<size_t>(lane) & 0xff];
    const int64_t written = trace.bColumn()[i], overwritten = trace.cColumn()[i];
    // A store without a recorded load (should not happen): nothing is known about what it read,
    // so it is taken to have erased nothing.
    const bool hasLoad = slot >= 0;
    const int64_t loaded = hasLoad ? trace.bColumn()[static_cast<size_t>(slot)] : overwritten;
    const auto loadIndex = static_cast<uint32_t>(hasLoad ? slot : static_cast<int64_t>(i));
    slot = -1;
    ++ledger_->increments;
    lastWritten_ = written;
    ledger_->stores.push_back(static_cast<uint32_t>(i));
    // Wrapping arithmetic: exact for every real run (the sum equals expected - final), and no
    // signed overflow (undefined behaviour) on a damaged trace's values.
    const int64_t erased = wrappingSub(overwritten, loaded);
    if (erased == 0)
        return;
    if (ledger_->entries.size() % CounterLedger::kLostStride == 0)
        ledger_->lostBefore.push_back(ledger_->lost);
    ledger_->lost = wrappingAdd(ledger_->lost, erased);
    if (erased > 0) {
        auto& byLane = ledger_->marksByLane;
        if (byLane.size() <= static_cast<size_t>(lane))
            byLane.resize(static_cast<size_t>(lane) + 1);
        byLane[static_cast<size_t>(lane)].push_back(static_cast<uint32_t>(ledger_->entries.size()));
    }
    ledger_->entries.push_back(LostUpdateRef{loadIndex, static_cast<uint32_t>(i)});
}

void CounterLedgerBuilder::settleTotals() {
    ledger_->expected = expectedResult_.value_or(ledger_->increments);
    ledger_->final = finalResult_.value_or(lastWritten_);
    ledger_->finalReported = finalResult_.has_value();
    ledger_->notDone = std::max<int64_t>(0, wrappingSub(ledger_->expected, ledger_->increments));
}

CounterLedger CounterLedgerBuilder::take() {
    ledger_->stores.shrink_to_fit();
    ledger_->entries.shrink_to_fit();
    ledger_->lostBefore.shrink_to_fit();
    for (auto& marks : ledger_->marksByLane)
        marks.shrink_to_fit();
    return std::move(*ledger_);
}

CounterLedger counterLedger(const Trace& trace, int counter) {
    CounterLedgerBuilder builder(counter);
    builder.consume(trace, trace.size());
    return builder.take();
}

// ---- Reading ------------------------------------------------------------------------------

size_t LedgerReader::storesThrough(int64_t t) const {
    const auto it = std::upper_bound(l_.stores.begin(), l_.stores.end(), t,
                                     [this](int64_t x, uint32_t i) { return x < t_.time(i); });
    return static_cast<size_t>(it - l_.stores.begin());
}

int64_t LedgerReader::valueAt(int64_t t, int64_t before) const {
    const size_t n = storesThrough(t);
    return n == 0 ? before : t_.bColumn()[l_.stores[n - 1]];
}

int64_t LedgerReader::entryErased(size_t k) const {
    const LostUpdateRef& r = l_.entries[k];
    return wrappingSub(t_.cColumn()[r.store], t_.bColumn()[r.load]);
}

LostUpdate LedgerReader::entry(size_t k) const {
    const LostUpdateRef& r = l_.entries[k];
    return LostUpdate{r.store,
                      t_.laneOf(r.store),
                      t_.time(r.load),
                      t_.time(r.store),
                      t_.bColumn()[r.load],
                      t_.bColumn()[r.store],
                      t_.cColumn()[r.store]};
}

size_t LedgerReader::firstEntryFrom(double t) const {
    const auto it = std::lower_bound(l_.entries.begin(), l_.entries.end(), t,
                                     [this](const LostUpdateRef& r, double x) {
                                         return static_cast<double>(t_.time(r.store)) < x;
                                     });
    return static_cast<size_t>(it - l_.entries.begin());
}

size_t LedgerReader::entriesThrough(int64_t t) const {
    const auto it = std::upper_bound(
        l_.entries.begin(), l_.entries.end(), t,
        [this](int64_t x, const LostUpdateRef& r) { return x < t_.time(r.store); });
    return static_cast<size_t>(it - l_.entries.begin());
}

int64_t LedgerReader::lostThrough(size_t n) const {
    n = std::min(n, l_.entries.size());
    const size_t block = n / CounterLedger::kLostStride;
    if (block >= l_.lostBefore.size())
        return l_.lost; // n is the whole ledger, on a block boundary
    int64_t sum = l_.lostBefore[block];
    for (size_t k = block * CounterLedger::kLostStride; k < n; ++k)
        sum = wrappingAdd(sum, entryErased(k));
    return sum;
}

std::vector<int> LedgerReader::erasedLanes(size_t k) const {
    const LostUpdateRef& r = l_.entries[k];
    const int own = t_.laneOf(r.store);
    auto it = std::upper_bound(l_.stores.begin(), l_.stores.end(), r.load);
    std::vector<int> lanes;
    for (; it != l_.stores.end() && *it < r.store; ++it) {
        if (t_.laneOf(*it) != own)
            lanes.push_back(t_.laneOf(*it));
    }
    std::sort(lanes.begin(), lanes.end());
    lanes.erase(std::unique(lanes.begin(), lanes.end()), lanes.end());
    return lanes;
}

const std::vector<uint32_t>& LedgerReader::marks(int lane) const {
    static const std::vector<uint32_t> kNone;
    return lane >= 0 && static_cast<size_t>(lane) < l_.marksByLane.size()
               ? l_.marksByLane[static_cast<size_t>(lane)]
               : kNone;
}

size_t LedgerReader::firstMarkFrom(int lane, double t) const {
    const auto& m = marks(lane);
    const auto it = std::lower_bound(m.begin(), m.end(), t, [this](uint32_t k, double x) {
        return static_cast<double>(entryTime(k)) < x;
    });
    return static_cast<size_t>(it - m.begin());
}

std::vector<SeriesPoint> expectedSeries(const Trace& trace, const CounterLedger& ledger) {
    const LedgerReader r(trace, ledger);
    std::vector<SeriesPoint> out(r.storeCount());
    for (size_t k = 0; k < out.size(); ++k)
        out[k] = r.expectedAt(k);
    return out;
}

std::vector<SeriesPoint> actualSeries(const Trace& trace, const CounterLedger& ledger) {
    const LedgerReader r(trace, ledger);
    std::vector<SeriesPoint> out(r.storeCount());
    for (size_t k = 0; k < out.size(); ++k)
        out[k] = r.actualAt(k);
    return out;
}

} // namespace proclab
