// The analysis functions on hand-made traces with known answers, the lost-update identity on
// many simulated interleavings, and (when the engine is built) on real runs.
#include "test_support.h"
#include "trace/analysis.h"
#include "trace/counter_ledger.h"

#include <QElapsedTimer>
#include <QtTest>

#include <bit>
#include <cmath>
#include <limits>
#include <random>

using namespace proclab;

namespace {

Event ev(int64_t t, int lane, EventKind kind, int object = 0, uint32_t a = 0, int64_t b = 0,
         int64_t c = 0, int line = 0) {
    return Event{t, lane, kind, object, line, a, b, c};
}

Trace traceOf(std::initializer_list<Event> events, int lanes = 3) {
    Trace trace;
    for (int i = 0; i < lanes; ++i)
        trace.lane(i).name = "lane-" + std::to_string(i);
    trace.append(std::vector<Event>(events));
    return trace;
}

Event load(int64_t t, int lane, int64_t value) {
    return ev(t, lane, EventKind::CounterLoad, 0, 0, value);
}
Event store(int64_t t, int lane, int64_t written, int64_t overwritten) {
    return ev(t, lane, EventKind::CounterStore, 0, 0, written, overwritten);
}

// Simulates `lanes` processes doing `perLane` unlocked increments on one counter whose store
// is an exchange, interleaved at random (fixed seed): a trace like the raw counter-race.
Trace simulatedRace(int lanes, int perLane, unsigned seed) {
    std::mt19937 rng(seed);
    Trace trace;
    for (int i = 0; i < lanes; ++i)
        trace.lane(i);
    int64_t counter = 0;
    std::vector<int> left(static_cast<size_t>(lanes), perLane);
    std::vector<int64_t> loaded(static_cast<size_t>(lanes), -1);
    std::vector<Event> events;
    int64_t t = 0;
    int remaining = lanes * perLane;
    while (remaining > 0) {
        const auto lane = static_cast<size_t>(rng() % static_cast<unsigned>(lanes));
        if (loaded[lane] < 0) {
            if (left[lane] == 0)
                continue;
            loaded[lane] = counter;
            events.push_back(load(++t, static_cast<int>(lane), counter));
        } else {
            const int64_t old = std::exchange(counter, loaded[lane] + 1);
            events.push_back(store(++t, static_cast<int>(lane), loaded[lane] + 1, old));
            loaded[lane] = -1;
            --left[lane];
            --remaining;
        }
    }
    trace.append(events);
    return trace;
}

// Runs a demo on the real engine; an empty error means the run went through.
std::string runOk(const test::EngineRun& run) {
    if (!run.error.empty())
        return "stream: " + run.error;
    if (run.exitCode != 0)
        return "proclab-engine exited " + std::to_string(run.exitCode) + ": " + run.stderrText;
    if (!run.end.seen || run.end.status != RunStatus::Ok)
        return "run did not end well: " + run.end.message;
    if (run.trace.dropped != 0)
        return std::to_string(run.trace.dropped) + " records dropped";
    return {};
}

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT

  private slots:
    void twoLanesLoadFiveStoreSix() {
        // Both read 5, both write 6: the second store erased the first one's increment.
        const Trace trace = traceOf({
            load(10, 1, 5),
            load(11, 2, 5),
            store(12, 1, 6, 5),
            store(13, 2, 6, 6),
            ev(20, 0, EventKind::Result, 0, uint32_t(ResultKey::CounterExpected), 7),
            ev(20, 0, EventKind::Result, 0, uint32_t(ResultKey::CounterFinal), 6),
        });
        const CounterLedger ledger = counterLedger(trace);
        QCOMPARE(ledger.increments, 2);
        QCOMPARE(ledger.entries.size(), size_t(1));
        const LedgerReader reader(trace, ledger);
        const LostUpdate lost = reader.entry(0);
        QCOMPARE(lost.lane, 2);
        QCOMPARE(lost.storeIndex, size_t(3));
        QCOMPARE(lost.loadTime, 11);
        QCOMPARE(lost.storeTime, 13);
        QCOMPARE(lost.loaded, 5);
        QCOMPARE(lost.written, 6);
        QCOMPARE(lost.overwritten, 6);
        QCOMPARE(lost.erased(), 1);
        QCOMPARE(reader.erasedLanes(0), std::vector<int>{1});
        QCOMPARE(ledger.lost, 1);
        QCOMPARE(ledger.expected, 7);
        QCOMPARE(ledger.final, 6);
        QCOMPARE(ledger.lost, ledger.expected - ledger.final);
        QCOMPARE(expectedSeries(trace, ledger), (std::vector<SeriesPoint>{{12, 1}, {13, 2}}));
        QCOMPARE(actualSeries(trace, ledger), (std::vector<SeriesPoint>{{12, 6}, {13, 6}}));
        // Derived, not copied: the ledger keeps where the load and the store are.
        QCOMPARE(ledger.entries.front(), (LostUpdateRef{1, 3}));
        QCOMPARE(ledger.stores, (std::vector<uint32_t>{2, 3}));
    }

    void withoutResultsExpectedIsIncrementsAndFinalIsLastWritten() {
        const Trace trace = traceOf({load(1, 1, 0), load(2, 2, 0), store(3, 2, 1, 0),
                                     store(4, 1, 1, 1), load(5, 2, 1), store(6, 2, 2, 1)});
        const CounterLedger ledger = counterLedger(trace);
        QCOMPARE(ledger.expected, 3);
        QCOMPARE(ledger.final, 2);
        QCOMPARE(ledger.lost, 1);
        QCOMPARE(ledger.entries.size(), size_t(1));
        const LedgerReader reader(trace, ledger);
        QCOMPARE(reader.entry(0).lane, 1);
        QCOMPARE(reader.erasedLanes(0), std::vector<int>{2});
    }

    void negativeEraseBringsIncrementsBack() {
        // Lane 1 stores 1 over 0 after lane 2 stored 1 and lane 3 ... then lane 3, which read
        // 2 before lane 1 reset the counter, writes 3 over 1: it brought one increment back.
        const Trace trace =
            traceOf({load(1, 1, 0), load(2, 2, 0), store(3, 2, 1, 0), load(4, 2, 1),
                     store(5, 2, 2, 1), load(6, 3, 2), store(7, 1, 1, 2), store(8, 3, 3, 1)},
                    4);
        const CounterLedger ledger = counterLedger(trace);
        QCOMPARE(ledger.entries.size(), size_t(2));
        const LedgerReader reader(trace, ledger);
        QCOMPARE(reader.entry(0).erased(), 2);
        QCOMPARE(reader.erasedLanes(0), std::vector<int>{2});
        QCOMPARE(reader.entry(1).erased(), -1);
        QCOMPARE(reader.erasedLanes(1), std::vector<int>{1});
        // Only the positive one is a mark on the timeline.
        QCOMPARE(reader.marks(1), std::vector<uint32_t>{0});
        QVERIFY(reader.marks(3).empty());
        QCOMPARE(ledger.lost, 1);
        QCOMPARE(ledger.lost, ledger.expected - ledger.final); // 4 increments, final 3
    }

    void atomicIncrementsLoseNothing() {
        const Trace trace = traceOf({load(1, 1, 0), store(1, 1, 1, 0), load(2, 2, 1),
                                     store(2, 2, 2, 1), load(3, 1, 2), store(3, 1, 3, 2)});
        const CounterLedger ledger = counterLedger(trace);
        QCOMPARE(ledger.lost, 0);
        QVERIFY(ledger.entries.empty());
        QCOMPARE(ledger.final, 3);
    }

    void damagedTraceValuesWrapInsteadOfOverflowing() {
        // A damaged trace may hold any values: a load of INT64_MIN and a store over INT64_MAX
        // erase 2^64 - 1 increments, which is -1 in two's complement. The sum and not-done wrap
        // the same way; under the asan preset a signed overflow here fails the test (UBSan, no
        // recovery).
        constexpr int64_t lo = std::numeric_limits<int64_t>::min();
        constexpr int64_t hi = std::numeric_limits<int64_t>::max();
        const Trace trace = traceOf({
            load(1, 1, lo),
            store(2, 1, 0, hi),
            load(3, 2, -1),
            store(4, 2, 0, hi),
            ev(5, 0, EventKind::Result, 0, uint32_t(ResultKey::CounterExpected), lo),
        });
        const CounterLedger ledger = counterLedger(trace);
        QCOMPARE(ledger.entries.size(), size_t(2));
        const LedgerReader reader(trace, ledger);
        QCOMPARE(reader.entryErased(0), int64_t(-1));
        QCOMPARE(reader.entry(1).erased(), lo);
        QCOMPARE(ledger.lost, hi); // -1 + INT64_MIN, wrapped
        QCOMPARE(ledger.expected, lo);
        QCOMPARE(ledger.notDone, hi - 1); // INT64_MIN - 2, wrapped
    }

    void damagedArrayCellsDoNotOverflow() {
        // Array cells are doubles recorded as bits: huge, infinite and NaN values round with
        // saturation (NaN as 0), and the per-element sum wraps.
        const auto bits = [](double d) { return std::bit_cast<int64_t>(d); };
        const double inf = std::numeric_limits<double>::infinity();
        const Trace trace = traceOf({
            ev(1, 1, EventKind::ArrayStore, 0, 0, bits(1.0), bits(1e300)),
            ev(2, 1, EventKind::ArrayStore, 0, 0, bits(1.0), bits(inf)),
            ev(3, 1, EventKind::ArrayStore, 0, 1, bits(1.0), bits(-inf)),
            ev(4, 1, EventKind::ArrayStore, 0, 2, bits(1.0), bits(std::nan(""))),
        });
        const ArrayAnalysis a = analyseArray(trace, 0);
        QCOMPARE(a.elements.size(), size_t(3));
        QCOMPARE(a.elements[0].lost, int64_t(-2)); // INT64_MAX + INT64_MAX, wrapped
        QCOMPARE(a.elements[1].lost, std::numeric_limits<int64_t>::min());
        QCOMPARE(a.elements[2].lost, int64_t(0));
    }

    void otherCountersAreIgnored() {
        Trace trace = traceOf({load(1, 1, 0), load(2, 2, 0), store(3, 1, 1, 0), store(4, 2, 1, 1)});
        QCOMPARE(counterLedger(trace, 0).lost, 1);
        QCOMPARE(counterLedger(trace, 1).increments, 0);
        QCOMPARE(counterLedger(trace, 1).lost, 0);
    }

    void identityHoldsOnSimulatedRaces_data() {
        QTest::addColumn<int>("lanes");
        QTest::addColumn<int>("perLane");
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed = 1; seed <= 20; ++seed)
            QTest::addRow("4x1000 seed %u", seed) << 4 << 1000 << seed;
        QTest::addRow("2x10") << 2 << 10 << 7u;
        QTest::addRow("8x500") << 8 << 500 << 99u;
    }

    void identityHoldsOnSimulatedRaces() {
        QFETCH(int, lanes);
        QFETCH(int, perLane);
        QFETCH(unsigned, seed);
        const Trace trace = simulatedRace(lanes, perLane, seed);
        const CounterLedger ledger = counterLedger(trace);
        QCOMPARE(ledger.increments, int64_t(lanes) * perLane);
        QCOMPARE(ledger.lost, ledger.expected - ledger.final);
        const LedgerReader reader(trace, ledger);
        int64_t sum = 0;
        for (size_t k = 0; k < reader.entryCount(); ++k) {
            const LostUpdate entry = reader.entry(k);
            QVERIFY(entry.erased() != 0);
            QVERIFY(entry.loadTime < entry.storeTime);
            sum += entry.erased();
            // Lost so far, from the checkpoints, is the plain running sum.
            QCOMPARE(reader.lostThrough(k + 1), sum);
            // A store that erased increments must have had others store inside its window.
            if (entry.erased() > 0)
                QVERIFY(!reader.erasedLanes(k).empty());
        }
        QCOMPARE(sum, ledger.lost);
        QCOMPARE(reader.actualAt(reader.storeCount() - 1).value, ledger.final);
        QCOMPARE(reader.valueAt(trace.duration(), -1), ledger.final);
    }

    void laneStatesAndLifetimes() {
        const Trace trace = traceOf({
            ev(0, 0, EventKind::ProcessCreated, 0, kRunnerLane, 100),
            ev(5, 0, EventKind::ProcessStarted, 0, 0, 100),
            ev(10, 1, EventKind::ProcessCreated, 0, 0, 101),
            ev(12, 2, EventKind::ProcessCreated, 0, 0, 102),
            ev(15, 2, EventKind::ProcessStarted, 0, 0, 102),
            ev(20, 1, EventKind::ProcessStarted, 0, 0, 101),
            ev(30, 1, EventKind::SleepBegin, 0, 0, 10),
            ev(40, 1, EventKind::SleepEnd),
            ev(45, 1, EventKind::LockWait, 2),
            ev(48, 1, EventKind::LockAcquired, 2),
            ev(50, 0, EventKind::JoinBegin, 0, 1),
            ev(60, 1, EventKind::ProcessEnding, 0, 0, 0),
            ev(70, 1, EventKind::ProcessExited, 0, 0, -11),
            ev(80, 2, EventKind::QueueBlocked, 3, 1),
            ev(90, 0, EventKind::JoinEnd, 0, 1, -11),
            ev(100, 0, EventKind::ProcessEnding),
            ev(110, 0, EventKind::ProcessExited, 0, kRunnerLane, 0),
        });
        const std::vector<LaneTimeline> lanes = laneTimelines(trace);
        QCOMPARE(lanes.size(), size_t(3));
        using S = LaneState;
        QCOMPARE(lanes[0].states, (std::vector<StateInterval>{{0, S::Starting, 0, 5, 0},
                                                              {0, S::Running, 5, 50, 0},
                                                              {0, S::WaitingInJoin, 50, 90, 1},
                                                              {0, S::Running, 90, 100, 0}}));
        QCOMPARE(lanes[1].states, (std::vector<StateInterval>{{1, S::Starting, 10, 20, 0},
                                                              {1, S::Running, 20, 30, 0},
                                                              {1, S::Sleeping, 30, 40, 0},
                                                              {1, S::Running, 40, 45, 0},
                                                              {1, S::WaitingForLock, 45, 48, 2},
                                                              {1, S::Running, 48, 60, 0}}));
        // Lane 2 never ends: blocked on queue 3 until the end of the trace.
        QCOMPARE(lanes[2].states, (std::vector<StateInterval>{{2, S::Starting, 12, 15, 0},
                                                              {2, S::Running, 15, 80, 0},
                                                              {2, S::BlockedOnQueue, 80, 110, 3}}));
        QCOMPARE(lanes[1].life, (Lifetime{1, 10, 20, 60, 70, true, -11}));
        QVERIFY(lanes[1].life.crashed());
        QCOMPARE(lanes[0].life, (Lifetime{0, 0, 5, 100, 110, true, 0}));
        QVERIFY(!lanes[0].life.crashed());
        QCOMPARE(lanes[2].life, (Lifetime{2, 12, 15, -1, -1, false, 0}));
        QCOMPARE(joinArrows(trace), (std::vector<JoinArrow>{{0, 1, 50, 90, false}}));
    }

    void endedByExitWithoutEndingAndNestedWaits() {
        // A lane killed by a signal has no ProcessEnding: its life ends when it was reaped.
        // Held by the stepper while at a barrier: the hold shows, then the barrier again.
        const Trace trace = traceOf({
            ev(0, 1, EventKind::ProcessStarted),
            ev(10, 1, EventKind::BarrierWait, 0, 1),
            ev(20, 1, EventKind::StepHold),
            ev(30, 1, EventKind::StepRelease),
            ev(40, 1, EventKind::BarrierPass),
            ev(50, 1, EventKind::ProcessExited, 0, 0, -9),
            ev(60, 0, EventKind::SourceLine),
        });
        const std::vector<LaneTimeline> lanes = laneTimelines(trace);
        using S = LaneState;
        QCOMPARE(lanes[1].life.ended, 50);
        QCOMPARE(lanes[1].life.exitcode, -9);
        QCOMPARE(lanes[1].states, (std::vector<StateInterval>{{1, S::Running, 0, 10, 0},
                                                              {1, S::AtBarrier, 10, 20, 0},
                                                              {1, S::HeldByStepper, 20, 30, 0},
                                                              {1, S::AtBarrier, 30, 40, 0},
                                                              {1, S::Running, 40, 50, 0}}));
        // Lane 2 has no events at all.
        QVERIFY(lanes[2].states.empty());
        QCOMPARE(lanes[2].life.created, -1);
    }

    void unfinishedJoinLastsToTheEnd() {
        const Trace trace = traceOf({ev(10, 0, EventKind::JoinBegin, 0, 2),
                                     ev(90, 1, EventKind::SourceLine, 0, 0, 0, 0, 3)});
        QCOMPARE(joinArrows(trace), (std::vector<JoinArrow>{{0, 2, 10, 90, false}}));
    }

    void queueItemsFifoAndMissed() {
        const Trace trace = traceOf({
            ev(10, 1, EventKind::QueuePut, 0, 1, 100, 7),
            ev(20, 1, EventKind::QueuePut, 0, 2, 101, 8),
            ev(25, 2, EventKind::QueueGet, 0, 1, 100, 7),
            ev(26, 1, EventKind::QueuePut, 5, 1, 500, 1), // another queue
            ev(30, 1, EventKind::QueuePut, 0, 2, 102, 9),
            ev(40, 2, EventKind::QueueGet, 0, 1, 101, 8),
        });
        const QueueAnalysis q = analyseQueue(trace);
        QCOMPARE(q.put, 3);
        QCOMPARE(q.got, 2);
        QCOMPARE(q.missed, 1);
        QVERIFY(q.fifo);
        QCOMPARE(q.items.size(), size_t(3));
        QCOMPARE(q.items[0], (QueueItem{100, 7, 1, 2, 10, 25}));
        QCOMPARE(q.items[0].latency(), 15);
        QCOMPARE(q.items[2], (QueueItem{102, 9, 1, -1, 30, -1}));
        QCOMPARE(q.items[2].latency(), -1);
        QVERIFY(!q.items[2].got());
        QCOMPARE(q.depth, (std::vector<DepthPoint>{{10, 1}, {20, 2}, {25, 1}, {30, 2}, {40, 1}}));

        QCOMPARE(itemsInQueueAt(q, 5), std::vector<size_t>{});
        QCOMPARE(itemsInQueueAt(q, 10), (std::vector<size_t>{0}));
        QCOMPARE(itemsInQueueAt(q, 22), (std::vector<size_t>{0, 1}));
        QCOMPARE(itemsInQueueAt(q, 25), (std::vector<size_t>{1}));
        QCOMPARE(itemsInQueueAt(q, 35), (std::vector<size_t>{1, 2}));
        QCOMPARE(itemsInQueueAt(q, 1000), (std::vector<size_t>{2}));

        QCOMPARE(queuesInTrace(trace), (std::vector<int>{0, 5}));
        QCOMPARE(analyseQueue(trace, 5).put, 1);
    }

    void queueOutOfOrderIsNotFifo() {
        const Trace trace = traceOf({
            ev(10, 1, EventKind::QueuePut, 0, 1, 1, 0),
            ev(20, 1, EventKind::QueuePut, 0, 2, 2, 0),
            ev(30, 2, EventKind::QueueGet, 0, 1, 2, 0),
            ev(40, 2, EventKind::QueueGet, 0, 0, 1, 0),
        });
        const QueueAnalysis q = analyseQueue(trace);
        QVERIFY(!q.fifo);
        QCOMPARE(q.missed, 0);
        QCOMPARE(itemsInQueueAt(q, 35), (std::vector<size_t>{0}));
    }

    void poolAssignmentResultsAndUtilisation() {
        // map(square, [1..5]) with chunks [0,2) [2,4) [4,5) on workers 1 and 2.
        const Trace trace = traceOf({
            ev(0, 0, EventKind::PoolTaskDispatched, 0, 0, 0, 2),
            ev(0, 0, EventKind::PoolTaskDispatched, 0, 1, 2, 4),
            ev(0, 0, EventKind::PoolTaskDispatched, 0, 2, 4, 5),
            ev(10, 2, EventKind::PoolTaskStarted, 0, 1, 2, 3),
            ev(10, 1, EventKind::PoolTaskStarted, 0, 0, 0, 1),
            ev(20, 1, EventKind::PoolTaskFinished, 0, 0, 0, 1),
            ev(20, 1, EventKind::PoolTaskStarted, 0, 0, 1, 2),
            ev(30, 2, EventKind::PoolTaskFinished, 0, 1, 2, 9),
            ev(30, 2, EventKind::PoolTaskStarted, 0, 1, 3, 4),
            ev(40, 1, EventKind::PoolTaskFinished, 0, 0, 1, 4),
            ev(40, 1, EventKind::PoolTaskStarted, 0, 2, 4, 5),
            ev(50, 2, EventKind::PoolTaskFinished, 0, 1, 3, 16),
            ev(100, 1, EventKind::PoolTaskFinished, 0, 2, 4, 25),
            ev(101, 0, EventKind::PoolChunkDone, 0, 2, 1),
        });
        const PoolAnalysis p = analysePool(trace);
        QCOMPARE(p.results, (std::vector<int64_t>{1, 4, 9, 16, 25}));
        QCOMPARE(p.tasks.size(), size_t(5));
        QCOMPARE(p.tasks[2], (PoolTask{1, 2, 3, 9, 2, 10, 30}));
        QCOMPARE(p.chunks,
                 (std::vector<PoolChunk>{
                     {0, 0, 2, 1, 0, 10, 40}, {1, 2, 4, 2, 0, 10, 50}, {2, 4, 5, 1, 0, 40, 100}}));
        QCOMPARE(p.utilisation.size(), size_t(2));
        QCOMPARE(p.utilisation.at(1), 0.9); // busy 10 + 20 + 60 of 100
        QCOMPARE(p.utilisation.at(2), 0.4); // busy 20 + 20 of 100
    }

    void gilHoldingAndSpeedup() {
        Trace trace = traceOf({});
        const int threads = trace.addText("threads");
        const int processes = trace.addText("processes");
        trace.append(std::vector<Event>{
            ev(0, 0, EventKind::PhaseBegin, 0, 0, threads),
            ev(1, 1, EventKind::GilWait),
            ev(1, 1, EventKind::GilAcquired),
            ev(2, 2, EventKind::GilWait),
            ev(50, 1, EventKind::GilReleased),
            ev(50, 2, EventKind::GilAcquired),
            ev(100, 2, EventKind::GilReleased),
            ev(400, 0, EventKind::PhaseEnd, 0, 0, threads),
            ev(500, 0, EventKind::PhaseBegin, 0, 0, processes),
            ev(700, 0, EventKind::PhaseEnd, 0, 0, processes),
            ev(701, 1, EventKind::GilAcquired),
        });
        GilAnalysis g = analyseGil(trace);
        using S = LaneState;
        QCOMPARE(g.holding, (std::vector<StateInterval>{{1, S::Running, 1, 50, 0},
                                                        {2, S::Running, 50, 100, 0},
                                                        {1, S::Running, 701, 701, 0}}));
        QCOMPARE(g.threadsNs, 400);
        QCOMPARE(g.processesNs, 200);
        QCOMPARE(g.speedup, 2.0);
        // The waiting shows on the lanes too.
        QCOMPARE(laneTimelines(trace)[2].states.front(),
                 (StateInterval{2, S::WaitingForGil, 2, 50, 0}));

        // The demo's own measurement wins over the phase marks.
        trace.append(ev(800, 0, EventKind::Result, 0, uint32_t(ResultKey::ElapsedNs), 900, 0));
        trace.append(ev(800, 0, EventKind::Result, 0, uint32_t(ResultKey::ElapsedNs), 300, 1));
        g = analyseGil(trace);
        QCOMPARE(g.threadsNs, 900);
        QCOMPARE(g.processesNs, 300);
        QCOMPARE(g.speedup, 3.0);
    }

    void consoleLinesAndResults() {
        Trace trace = traceOf({});
        const int hello = trace.addText("Worker A is starting");
        const int bye = trace.addText("Counter value: 3817");
        trace.append(std::vector<Event>{
            ev(5, 1, EventKind::ConsoleOutput, 0, 0, hello),
            ev(9, 0, EventKind::ConsoleOutput, 0, 0, bye),
            ev(10, 0, EventKind::Result, 0, uint32_t(ResultKey::PoolResult), 9, 2),
            ev(10, 0, EventKind::Result, 0, uint32_t(ResultKey::PoolResult), 1, 0),
            ev(10, 0, EventKind::Result, 0, uint32_t(ResultKey::PoolResult), 4, 1),
            ev(11, 0, EventKind::Result, 0, uint32_t(ResultKey::CounterFinal), 3817),
        });
        QCOMPARE(consoleLines(trace), (std::vector<ConsoleLine>{{1, 5, "Worker A is starting"},
                                                                {0, 9, "Counter value: 3817"}}));
        const auto r = results(trace);
        QCOMPARE(r.size(), size_t(2));
        QCOMPARE(r.at(ResultKey::PoolResult), (std::vector<int64_t>{1, 4, 9}));
        QCOMPARE(r.at(ResultKey::CounterFinal), (std::vector<int64_t>{3817}));
    }

    void currentLineFollowsTheLane() {
        const Trace trace = traceOf({
            ev(0, 1, EventKind::ProcessCreated),
            ev(10, 1, EventKind::ProcessStarted, 0, 0, 0, 0, 1),
            ev(20, 1, EventKind::SourceLine, 0, 0, 0, 0, 3),
            ev(25, 2, EventKind::SourceLine, 0, 0, 0, 0, 7),
            ev(30, 1, EventKind::CounterLoad),
            ev(40, 1, EventKind::CounterStore, 0, 0, 0, 0, 4),
            ev(50, 1, EventKind::ProcessEnding),
            ev(60, 1, EventKind::ProcessExited),
        });
        QCOMPARE(currentLine(trace, 1, 5), 0); // created, not started
        QCOMPARE(currentLine(trace, 1, 10), 1);
        QCOMPARE(currentLine(trace, 1, 19), 1);
        QCOMPARE(currentLine(trace, 1, 25), 3);
        QCOMPARE(currentLine(trace, 1, 35), 3); // the load carries no line
        QCOMPARE(currentLine(trace, 1, 45), 4);
        QCOMPARE(currentLine(trace, 1, 55), 0); // ended
        QCOMPARE(currentLine(trace, 1, 100), 0);
        QCOMPARE(currentLine(trace, 2, 24), 0);
        QCOMPARE(currentLine(trace, 2, 26), 7);
        QCOMPARE(currentLine(trace, 0, 26), 0); // no events at all

        // The index gives the same answers at every instant.
        const LineIndex index = buildLineIndex(trace);
        for (int lane = 0; lane < 3; ++lane) {
            for (int64_t t = -1; t <= 70; ++t)
                QCOMPARE(currentLine(index, lane, t), currentLine(trace, lane, t));
        }
    }

    void lineIndexAgreesWithTheWalkOnRandomTraces() {
        std::mt19937 rng(5);
        const EventKind kinds[] = {EventKind::SourceLine,     EventKind::CounterLoad,
                                   EventKind::ProcessStarted, EventKind::ProcessEnding,
                                   EventKind::ProcessCreated, EventKind::ProcessExited};
        Trace trace = traceOf({}, 4);
        std::vector<Event> events;
        for (int i = 0; i < 3000; ++i) {
            const int lane = static_cast<int>(rng() % 4);
            const EventKind kind = kinds[rng() % 20 < 15 ? rng() % 2 : 2 + rng() % 4];
            events.push_back(ev(i / 3, lane, kind, 0, 0, 0, 0, static_cast<int>(rng() % 4)));
        }
        trace.append(events);
        const LineIndex index = buildLineIndex(trace);
        for (int lane = 0; lane < 4; ++lane) {
            for (int64_t t = -1; t <= trace.duration() + 1; ++t)
                QCOMPARE(currentLine(index, lane, t), currentLine(trace, lane, t));
        }
    }

    // ---- Real runs of the engine ------------------------------------------------------------

    void realCounterRaceKeepsTheIdentity_data() {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("exact");
        QTest::newRow("raw") << "raw" << false;
        QTest::newRow("python-default") << "python-default" << false;
        QTest::newRow("get-lock") << "get-lock" << true;
        QTest::newRow("atomic") << "atomic" << true;
    }

    void realCounterRaceKeepsTheIdentity() {
        QFETCH(QString, variant);
        QFETCH(bool, exact);
        const test::EngineRun run =
            test::runDemo("counter-race", variant.toStdString(), {{"iterations", "100000"}});
        const std::string failure = runOk(run);
        QVERIFY2(failure.empty(), failure.c_str());
        const CounterLedger ledger = counterLedger(run.trace);
        const auto reported = results(run.trace);
        QCOMPARE(ledger.expected, reported.at(ResultKey::CounterExpected).at(0));
        QCOMPARE(ledger.final, reported.at(ResultKey::CounterFinal).at(0));
        QCOMPARE(ledger.increments, ledger.expected);
        // The identity, exactly, whatever the interleaving was.
        QCOMPARE(ledger.lost, ledger.expected - ledger.final);
        const LedgerReader reader(run.trace, ledger);
        int64_t sum = 0;
        for (size_t k = 0; k < reader.entryCount(); ++k)
            sum += reader.entry(k).erased();
        QCOMPARE(sum, ledger.lost);
        if (exact) {
            QCOMPARE(ledger.lost, 0);
            QVERIFY(ledger.entries.empty());
        }
        qInfo("%s: expected %lld, final %lld, lost %lld in %zu stores", qPrintable(variant),
              static_cast<long long>(ledger.expected), static_cast<long long>(ledger.final),
              static_cast<long long>(ledger.lost), ledger.entries.size());
        // Every process ran and ended well; the workers met at the barrier.
        for (const LaneTimeline& lane : laneTimelines(run.trace)) {
            QVERIFY(lane.life.exited);
            QCOMPARE(lane.life.exitcode, 0);
            QVERIFY(!lane.states.empty());
        }
    }

    void realProducerConsumerSentinelIsFifo() {
        const test::EngineRun run =
            test::runDemo("producer-consumer", "sentinel", {{"items", "50"}, {"produce_us", "0"}});
        const std::string failure = runOk(run);
        QVERIFY2(failure.empty(), failure.c_str());
        const QueueAnalysis q = analyseQueue(run.trace);
        QVERIFY(q.put >= 50);
        QCOMPARE(q.missed, 0);
        QCOMPARE(q.got, q.put);
        QVERIFY(q.fifo);
        for (const QueueItem& item : q.items)
            QVERIFY(item.latency() >= 0);
        // Just after each put, that item is the last one inside the queue.
        for (size_t i = 0; i < q.items.size(); ++i) {
            const std::vector<size_t> inside = itemsInQueueAt(q, q.items[i].putTime);
            QVERIFY(!inside.empty());
            QCOMPARE(inside.back(), i);
        }
        QCOMPARE(q.depth.back().depth, 0);
    }

    void realPoolSquareReturnsSquaresInOrder() {
        const test::EngineRun run =
            test::runDemo("pool-square", "map", {{"n", "20"}, {"workers", "3"}});
        const std::string failure = runOk(run);
        QVERIFY2(failure.empty(), failure.c_str());
        const PoolAnalysis p = analysePool(run.trace);
        std::vector<int64_t> squares;
        for (int64_t x = 1; x <= 20; ++x)
            squares.push_back(x * x);
        QCOMPARE(p.results, squares);
        QCOMPARE(results(run.trace).at(ResultKey::PoolResult), squares);
        // The chunks tile the input without gaps or overlaps.
        int64_t next = 0;
        for (const PoolChunk& chunk : p.chunks) {
            QCOMPARE(chunk.first, next);
            QVERIFY(chunk.end > chunk.first);
            QVERIFY(chunk.worker >= 0);
            next = chunk.end;
        }
        QCOMPARE(next, 20);
        for (const auto& [worker, busy] : p.utilisation)
            QVERIFY(busy >= 0.0 && busy <= 1.0);
    }

    void millionEventsAnalyse() {
        // 4 lanes x 125k increments = 1M events: every analysis gives the exact account at that
        // size. How fast is the bench's business (proclab-render-bench), not a timed test's:
        // the times are printed for whoever reads the log, never asserted.
        const Trace trace = simulatedRace(4, 125000, 42);
        QCOMPARE(trace.size(), size_t(1000000));
        QElapsedTimer timer;
        timer.start();
        const CounterLedger ledger = counterLedger(trace);
        const qint64 ledgerMs = timer.restart();
        const auto lanes = laneTimelines(trace);
        const qint64 lanesMs = timer.restart();
        const auto q = analyseQueue(trace);
        const qint64 queueMs = timer.restart();
        const LineIndex index = buildLineIndex(trace);
        int lineSum = 0;
        for (int64_t t = 0; t < trace.duration(); t += trace.duration() / 1000)
            lineSum += currentLine(index, 1, t);
        const qint64 linesMs = timer.restart();
        qInfo("1M events: ledger %lld ms, lanes %lld ms, queue %lld ms, line index + 1000 "
              "currentLine %lld ms",
              ledgerMs, lanesMs, queueMs, linesMs);
        QCOMPARE(ledger.lost, ledger.expected - ledger.final);
        QCOMPARE(lanes.size(), size_t(4));
        QCOMPARE(lineSum, 0);
        QCOMPARE(q.put, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
