// The live analysis (events consumed as they stream in) gives exactly what the from-scratch
// functions give on the whole trace: on real runs of several demos, analysed while the runner's
// stream arrives, and on a trace fed in out-of-order batches made to force every restart.
#include "io/engine_client.h"
#include "test_support.h"
#include "trace/live_analysis.h"

#include <QtTest>

#include <random>

using namespace proclab;

namespace {

Event ev(int64_t t, int lane, EventKind kind, int object = 0, uint32_t a = 0, int64_t b = 0,
         int64_t c = 0) {
    return Event{t, lane, kind, object, 0, a, b, c};
}

// A main process that creates `workers` racing children and joins them; each child waits for a
// lock now and then, loads and stores the counter (stores are exchanges, so updates get lost),
// prints a line, ends, and is reaped. Interleaved at random with a fixed seed.
Trace lifecycleRace(int workers, int perLane, unsigned seed) {
    std::mt19937 rng(seed);
    Trace trace;
    trace.lane(0).name = "main";
    for (int w = 1; w <= workers; ++w)
        trace.lane(w).name = "worker-" + std::to_string(w);
    const int done = trace.addText("done");
    std::vector<Event> out;
    int64_t t = 0;
    const auto at = [&] { return t += 1 + static_cast<int64_t>(rng() % 3); };
    out.push_back(ev(at(), 0, EventKind::ProcessStarted));
    for (int w = 1; w <= workers; ++w)
        out.push_back(ev(at(), w, EventKind::ProcessCreated));
    out.push_back(ev(at(), 0, EventKind::JoinBegin, 0, 1));
    int64_t counter = 0;
    std::vector<int> step(static_cast<size_t>(workers) + 1, -1), left(step.size(), perLane);
    std::vector<int64_t> loaded(step.size(), 0);
    int running = workers;
    while (running > 0) {
        const int w = 1 + static_cast<int>(rng() % static_cast<unsigned>(workers));
        int& s = step[static_cast<size_t>(w)];
        if (s == -2)
            continue; // ended
        const bool locks = left[static_cast<size_t>(w)] % 2 == 0;
        if (s == -1) {
            out.push_back(ev(at(), w, EventKind::ProcessStarted));
            s = 0;
        } else if (s == 0 && left[static_cast<size_t>(w)] == 0) {
            out.push_back(ev(at(), w, EventKind::ConsoleOutput, 0, 0, done));
            out.push_back(ev(at(), w, EventKind::ProcessEnding));
            out.push_back(ev(at(), w, EventKind::ProcessExited, 0, 0, 0));
            if (w == 1)
                out.push_back(ev(at(), 0, EventKind::JoinEnd, 0, 1));
            s = -2;
            --running;
        } else if (s == 0) {
            if (locks)
                out.push_back(ev(at(), w, EventKind::LockWait, 1));
            s = 1;
        } else if (s == 1) {
            if (locks)
                out.push_back(ev(at(), w, EventKind::LockAcquired, 1));
            loaded[static_cast<size_t>(w)] = counter;
            out.push_back(ev(at(), w, EventKind::CounterLoad, 0, 0, counter));
            s = 2;
        } else {
            const int64_t written = loaded[static_cast<size_t>(w)] + 1;
            out.push_back(ev(at(), w, EventKind::CounterStore, 0, 0, written,
                             std::exchange(counter, written)));
            if (locks)
                out.push_back(ev(at(), w, EventKind::LockReleased, 1));
            --left[static_cast<size_t>(w)];
            s = 0;
        }
    }
    for (int w = 2; w <= workers; ++w) {
        out.push_back(ev(at(), 0, EventKind::JoinBegin, 0, static_cast<uint32_t>(w)));
        out.push_back(ev(at(), 0, EventKind::JoinEnd, 0, static_cast<uint32_t>(w)));
    }
    out.push_back(ev(at(), 0, EventKind::ProcessEnding));
    trace.append(out);
    return trace;
}

// What every analysis the GUI keeps live must equal once the whole trace is in.
void compareWithScratch(const LiveAnalysis& live, const Trace& trace) {
    QCOMPARE(live.consumed(), trace.size());
    QVERIFY(live.lanes() == laneTimelines(trace));
    QVERIFY(live.joins() == joinArrows(trace));
    QVERIFY(live.console() == consoleLines(trace));
    QCOMPARE(live.queues(), queuesInTrace(trace));
    const CounterLedger scratch = counterLedger(trace);
    QVERIFY(live.counter() == scratch);
    QCOMPARE(live.counter().lost, live.counter().expected - live.counter().final);
}

// Appends `events` (sorted) to `trace` as a drain does: in slices, each taking a random number
// of every lane's next events, merged in time order. A lane that is behind lands before
// events already in the trace. Calls `refresh(lowestChanged)` after every `every` slices.
template <typename Refresh>
void feedLikeADrain(Trace& trace, const std::vector<Event>& events, unsigned seed, int every,
                    Refresh refresh) {
    std::mt19937 rng(seed);
    std::vector<std::vector<Event>> perLane;
    for (const Event& e : events) {
        if (perLane.size() <= static_cast<size_t>(e.lane))
            perLane.resize(static_cast<size_t>(e.lane) + 1);
        perLane[static_cast<size_t>(e.lane)].push_back(e);
    }
    std::vector<size_t> next(perLane.size());
    size_t lowest = SIZE_MAX;
    for (int slice = 1;; ++slice) {
        std::vector<Event> batch;
        for (size_t l = 0; l < perLane.size(); ++l) {
            const size_t take = std::min<size_t>(rng() % 40, perLane[l].size() - next[l]);
            batch.insert(batch.end(), perLane[l].begin() + static_cast<ptrdiff_t>(next[l]),
                         perLane[l].begin() + static_cast<ptrdiff_t>(next[l] + take));
            next[l] += take;
        }
        if (batch.empty()) {
            bool done = true;
            for (size_t l = 0; l < perLane.size(); ++l)
                done = done && next[l] == perLane[l].size();
            if (done)
                break;
            continue;
        }
        std::stable_sort(batch.begin(), batch.end(),
                         [](const Event& a, const Event& b) { return a.t < b.t; });
        // What StreamDecoder::onEvents reports: the first index the batch may have changed.
        const size_t before = trace.size();
        trace.append(batch);
        lowest = std::min({lowest, before, trace.firstIndex(batch.front().t)});
        if (slice % every == 0)
            refresh(std::exchange(lowest, SIZE_MAX));
    }
    refresh(lowest);
}

} // namespace

class TestLiveAnalysis : public QObject {
    Q_OBJECT
  private slots:
    void realRunsAnalysedWhileTheyStream_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("counter-race raw")
            << QStringList{"run", "counter-race", "--variant", "raw", "--set", "iterations=50000"};
        QTest::newRow("counter-race python-default") << QStringList{
            "run", "counter-race", "--variant", "python-default", "--set", "iterations=20000"};
        QTest::newRow("counter-race get-lock") << QStringList{
            "run", "counter-race", "--variant", "get-lock", "--set", "iterations=20000"};
        QTest::newRow("process-basics") << QStringList{"run", "process-basics"};
        QTest::newRow("process-basics crash")
            << QStringList{"run", "process-basics", "--variant", "crash"};
        QTest::newRow("producer-consumer") << QStringList{"run", "producer-consumer"};
        QTest::newRow("pool-square") << QStringList{"run", "pool-square"};
        QTest::newRow("shared-array") << QStringList{"run", "shared-array"};
        QTest::newRow("gil-vs-processes") << QStringList{"run", "gil-vs-processes"};
    }

    void realRunsAnalysedWhileTheyStream() {
        QFETCH(QStringList, args);
        std::vector<std::string> argv;
        for (const QString& a : args)
            argv.push_back(a.toStdString());
        LiveAnalysis live;
        size_t lowest = SIZE_MAX;
        int batches = 0;
        EngineRunOptions options;
        options.timeoutSeconds = 120;
        // The GUI's refresh, every few batches as they come: only what arrived is consumed.
        options.onEvents = [&](const Trace& trace, size_t first) {
            lowest = std::min(lowest, first);
            if (++batches % 3 == 0)
                live.updateLive(trace, trace.duration(), std::exchange(lowest, SIZE_MAX));
        };
        const EngineRunResult run = runEngine(test::enginePath(), argv, options);
        QVERIFY2(run.error.empty(), run.error.c_str());
        live.update(run.trace, run.trace.size(), -1, lowest);
        compareWithScratch(live, run.trace);
        qInfo("%zu events in %d batches: %d restart(s), horizon %lld ms", run.trace.size(), batches,
              live.restarts(), static_cast<long long>(live.horizonNs() / 1'000'000));
    }

    void outOfOrderBatchesRestartAndStillAgree_data() {
        QTest::addColumn<int64_t>("horizon");
        QTest::newRow("no horizon at first: late batches restart it") << int64_t(0);
        QTest::newRow("a short horizon") << int64_t(50);
        QTest::newRow("a long horizon") << int64_t(1'000'000);
    }

    void outOfOrderBatchesRestartAndStillAgree() {
        QFETCH(int64_t, horizon);
        const Trace whole = lifecycleRace(4, 2000, 5);
        std::vector<Event> events;
        for (size_t i = 0; i < whole.size(); ++i)
            events.push_back(whole.at(i));
        Trace trace;
        trace.lanes = whole.lanes;
        trace.texts = whole.texts;
        LiveAnalysis live;
        live.setHorizonNs(horizon);
        int refreshes = 0;
        feedLikeADrain(trace, events, 11, 2, [&](size_t lowest) {
            live.updateLive(trace, trace.duration(), lowest);
            ++refreshes;
            // Between refreshes the live lanes are always a prefix's honest picture: sorted,
            // non-overlapping intervals per lane.
            for (const LaneTimeline& l : live.lanes())
                for (size_t k = 1; k < l.states.size(); ++k)
                    QVERIFY(l.states[k - 1].end <= l.states[k].begin);
        });
        live.update(trace, trace.size(), -1, SIZE_MAX);
        compareWithScratch(live, trace);
        if (horizon == 0)
            QVERIFY(live.restarts() > 0); // the late batches really landed behind it
        qInfo("%d refreshes, %d restart(s)", refreshes, live.restarts());
    }
};

QTEST_GUILESS_MAIN(TestLiveAnalysis)
#include "tst_live_analysis.moc"
