// The counter's lost-update ledger, built once or extended as a live run's events arrive, and
// read back through the trace it indexes (no copies of the trace's values are kept).
#pragma once

#include "analysis.h"

#include <array>
#include <optional>

namespace proclab {

// Consumes a trace's events in index order, as many at a time as the caller likes: building in
// one call (counterLedger) and in many (a live run) give the same ledger.
class CounterLedgerBuilder {
  public:
    explicit CounterLedgerBuilder(int counter = 0);

    // Consumes events [consumed(), end) of `trace` (end is clamped to trace.size() and to the
    // 32-bit index range).
    void consume(const Trace& trace, size_t end);
    size_t consumed() const { return consumed_; }
    // The ledger as of the events consumed: the sums, expected/final/notDone are up to date.
    const CounterLedger& ledger() const { return *ledger_; }
    // The same, as the optional the GUI's model hands out while a run is live.
    const std::optional<CounterLedger>& optionalLedger() const { return ledger_; }
    // Gives the ledger away, its vectors trimmed to their size; the builder is spent.
    CounterLedger take();

  private:
    void onStore(const Trace& trace, size_t i);
    void settleTotals();

    std::optional<CounterLedger> ledger_;  // always engaged
    std::array<int64_t, 256> pendingLoad_; // per lane, the trace index of its last load, or -1
    std::optional<int64_t> expectedResult_, finalResult_;
    int64_t lastWritten_ = 0;
    size_t consumed_ = 0;
};

// Reads a ledger together with the trace it was built from.
class LedgerReader {
  public:
    LedgerReader(const Trace& trace, const CounterLedger& ledger) : t_(trace), l_(ledger) {}

    // ---- The stores: the expected and actual series, derived ----
    size_t storeCount() const { return l_.stores.size(); }
    int64_t storeTime(size_t k) const { return t_.time(l_.stores[k]); }
    SeriesPoint expectedAt(size_t k) const { return {storeTime(k), static_cast<int64_t>(k) + 1}; }
    SeriesPoint actualAt(size_t k) const { return {storeTime(k), t_.bColumn()[l_.stores[k]]}; }
    // Number of stores at or before t.
    size_t storesThrough(int64_t t) const;
    // The value in the counter at t: the last value written at or before t, else `before`.
    int64_t valueAt(int64_t t, int64_t before) const;

    // ---- The entries ----
    size_t entryCount() const { return l_.entries.size(); }
    int64_t entryTime(size_t k) const { return t_.time(l_.entries[k].store); }
    int64_t entryErased(size_t k) const;
    LostUpdate entry(size_t k) const;
    // Index of the first entry whose store is at or after t (entryCount() if none).
    size_t firstEntryFrom(double t) const;
    // Number of entries whose store is at or before t.
    size_t entriesThrough(int64_t t) const;
    // Sum of erased() over the first n entries: "lost so far".
    int64_t lostThrough(size_t n) const;
    // Lanes whose stores lie strictly between entry k's load and its store (trace order): the
    // increments that store wiped out (or, for a negative erase, the ones it raced with).
    std::vector<int> erasedLanes(size_t k) const;

    // ---- Marks: entries with erased() > 0, per lane ----
    // Index into marks(lane) of the first mark at or after t.
    size_t firstMarkFrom(int lane, double t) const;
    const std::vector<uint32_t>& marks(int lane) const;

  private:
    const Trace& t_;
    const CounterLedger& l_;
};

// Whole series, for exports and tests (the views read points one at a time).
std::vector<SeriesPoint> expectedSeries(const Trace& trace, const CounterLedger& ledger);
std::vector<SeriesPoint> actualSeries(const Trace& trace, const CounterLedger& ledger);

} // namespace proclab
