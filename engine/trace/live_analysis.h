// The analyses of a run that is still streaming in, kept up to date by consuming only the events
// that arrived since the last refresh, instead of re-running every analysis over the whole trace
// (which made a heavy live run fall seconds behind the real one).
//
// Events are appended in time order, except that a batch may land slightly before the newest
// events already there (each process has its own ring). LiveAnalysis therefore consumes only
// the events older than a horizon behind the newest one, and when a batch changed the trace
// below what it had consumed (StreamDecoder::onEvents tells from where), it starts over and
// widens the horizon. Some facts
// are only known later (a lane's creation recorded after the child's first event, say); when a
// new event contradicts a decision taken earlier, the lanes start over too. Either way the result
// after consuming a whole trace is exactly that of the from-scratch functions (tests hold it so).
#pragma once

#include "analysis.h"
#include "counter_ledger.h"

#include <bitset>
#include <memory>

namespace proclab {

class LiveLanes;

class LiveAnalysis {
  public:
    LiveAnalysis();
    ~LiveAnalysis();
    LiveAnalysis(LiveAnalysis&&) noexcept;
    LiveAnalysis& operator=(LiveAnalysis&&) noexcept;

    // Consumes events up to `end` (all of them when the run is over). `now` (-1 when finished)
    // is the live wall-clock time the open states and joins are drawn up to.
    // `lowestMoved`: the lowest index the trace changed at since the last call (the smallest
    // StreamDecoder::onEvents argument; SIZE_MAX: none). Events before it are as they were.
    void update(const Trace& trace, size_t end, int64_t now, size_t lowestMoved = SIZE_MAX);
    // update() with the horizon: the events older than horizonNs() behind the newer of the
    // newest event and `now` (the wall clock moves it on while no event comes).
    void updateLive(const Trace& trace, int64_t now, size_t lowestMoved);
    size_t consumed() const { return consumed_; }
    int64_t horizonNs() const { return horizonNs_; }
    void setHorizonNs(int64_t ns) { horizonNs_ = ns; }
    // How many times it had to start over (for tests and the bench).
    int restarts() const { return restarts_; }

    const std::vector<LaneTimeline>& lanes() const;
    const std::vector<JoinArrow>& joins() const { return presentedJoins_; }
    const std::vector<ConsoleLine>& console() const { return console_; }
    const CounterLedger& counter() const { return counter_.ledger(); }
    // The ledger when the events taken have a counter (else empty).
    const std::optional<CounterLedger>& optionalCounter() const;
    // Give the results away once the run is over (trimmed); the analysis is spent.
    std::vector<LaneTimeline> takeLanes();
    std::vector<ConsoleLine> takeConsole() { return std::move(console_); }
    // Gives the ledger away (trimmed) once the run is over; the analysis is spent.
    CounterLedger takeCounter() { return counter_.take(); }
    bool seen(EventKind kind) const { return kinds_.test(static_cast<size_t>(kind) & 0xff); }
    const std::vector<int>& queues() const { return queues_; } // ascending, as queuesInTrace

  private:
    void reset();
    void consume(const Trace& trace, size_t end);
    void present(const Trace& trace, int64_t now);

    size_t consumed_ = 0;
    int64_t horizonNs_ = 20'000'000; // 20 ms: a drain slice or two
    int restarts_ = 0;
    std::bitset<256> kinds_;
    std::vector<int> queues_;
    CounterLedgerBuilder counter_;
    std::unique_ptr<LiveLanes> lanes_;
    std::vector<JoinArrow> joins_; // end -1: still waiting
    std::vector<size_t> openJoins_;
    std::vector<JoinArrow> presentedJoins_;
    std::vector<ConsoleLine> console_;
    std::vector<std::pair<size_t, int64_t>> consoleWithoutText_; // (line, text id) not yet known
};

} // namespace proclab
