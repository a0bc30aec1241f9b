// Every demo, run for real through proclab-engine: what it prints, what the trace holds, and
// the facts that must hold every time (exit codes, FIFO, exact locked counters, the lost-update
// identity, the stepped interleaving), never what only usually happens.
#include "test_support.h"

#include "io/run_report.h"
#include "trace/analysis.h"
#include "trace/counter_ledger.h"

#include <QProcess>
#include <QtTest>
#include <algorithm>
#include <fstream>
#include <set>

using namespace proclab;
using proclab::test::runDemo;

namespace {

std::vector<std::string> output(const Trace& trace) {
    std::vector<std::string> lines;
    for (const ConsoleLine& l : consoleLines(trace))
        lines.push_back(l.text);
    return lines;
}

bool contains(const std::vector<std::string>& lines, const std::string& text) {
    return std::find(lines.begin(), lines.end(), text) != lines.end();
}

int exitcodeOf(const Trace& trace, const std::string& name) {
    for (const LaneTimeline& l : laneTimelines(trace))
        if (trace.lanes[static_cast<size_t>(l.life.lane)].name == name)
            return l.life.exited ? l.life.exitcode : 999;
    return 998;
}

std::vector<int> childPids(int pid) {
    std::vector<int> out;
    std::ifstream children("/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid) +
                           "/children");
    for (int c; children >> c;)
        out.push_back(c);
    return out;
}

std::string commOf(int pid) {
    std::ifstream comm("/proc/" + std::to_string(pid) + "/comm");
    std::string name;
    std::getline(comm, name);
    return name;
}

} // namespace

class TestDemos : public QObject {
    Q_OBJECT
  private slots:
    void processBasicsPrintsWhatPythonPrints_data() {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("method");
        QTest::newRow("fork") << "fork" << int(StartMethod::Fork);
        QTest::newRow("spawn") << "spawn" << int(StartMethod::Spawn);
    }
    void processBasicsPrintsWhatPythonPrints() {
        QFETCH(QString, variant);
        QFETCH(int, method);
        const auto run = runDemo("process-basics", variant.toStdString(), {{"sleep_ms", "100"}});
        QVERIFY2(run.error.empty(), run.error.c_str());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.end.seen);
        const Trace& t = run.trace;
        QCOMPARE(t.laneCount(), 3);
        QCOMPARE(t.lanes[1].name, std::string("worker-A"));
        QCOMPARE(int(t.lanes[1].startMethod), method);
        std::set<int64_t> pids;
        for (const LaneInfo& l : t.lanes) {
            QVERIFY(l.pid > 0);
            pids.insert(l.pid);
        }
        QCOMPARE(pids.size(), size_t(3)); // main and both workers are distinct processes
        const auto lines = output(t);
        QCOMPARE(lines.size(), size_t(5));
        QVERIFY(contains(lines, "Worker A is starting"));
        QVERIFY(contains(lines, "Worker B is done"));
        QCOMPARE(lines.back(), std::string("Both processes are done"));
        QCOMPARE(exitcodeOf(t, "worker-A"), 0);
        QCOMPARE(exitcodeOf(t, "worker-B"), 0);
        QCOMPARE(exitcodeOf(t, "main"), 0);
        // Each worker slept about as long as asked, inside its lifetime.
        for (const LaneTimeline& l : laneTimelines(t)) {
            if (l.life.lane == 0)
                continue;
            QVERIFY(l.life.created >= 0 && l.life.started >= l.life.created);
            QVERIFY(l.life.ended - l.life.started >= 100'000'000);
        }
        QCOMPARE(t.dropped, uint64_t(0));
    }

    void workersAreRealChildrenWhileTheyRun() {
        // ps would show: proclab-engine (runner) -> proclab-engine (main) -> two workers.
        // The workers sleep 3 s; they are looked for until both are seen or the run ends (not
        // for a fixed 2 s: under ASan on a busy machine starting them can take longer).
        QProcess engine;
        engine.start(QString::fromStdString(test::enginePath()),
                     {"run", "process-basics", "--set", "sleep_ms=3000"});
        QVERIFY(engine.waitForStarted());
        std::vector<int> workers;
        int mainPid = 0;
        while (workers.size() < 2 && !engine.waitForFinished(20)) {
            const auto mains = childPids(static_cast<int>(engine.processId()));
            if (!mains.empty()) {
                mainPid = mains.front();
                workers = childPids(mainPid);
            }
        }
        QCOMPARE(workers.size(), size_t(2));
        for (int w : workers)
            QCOMPARE(commOf(w), std::string("proclab-engine"));
        QVERIFY(engine.waitForFinished(20000));
        QCOMPARE(engine.exitCode(), 0);
        // The pids seen in /proc are the ones the trace reports.
        StreamDecoder decoder;
        QVERIFY(decoder.feed(engine.readAllStandardOutput().toStdString()));
        std::set<int64_t> tracePids;
        for (const LaneInfo& l : decoder.trace().lanes)
            tracePids.insert(l.pid);
        QVERIFY(tracePids.count(mainPid));
        for (int w : workers)
            QVERIFY(tracePids.count(w));
    }

    void crashingChildExitsWithMinusEleven() {
        const auto run = runDemo("process-basics", "crash", {{"sleep_ms", "50"}});
        QCOMPARE(run.exitCode, 0); // the main process survives its child's crash
        QCOMPARE(exitcodeOf(run.trace, "worker-A"), 0);
        QCOMPARE(exitcodeOf(run.trace, "worker-B"), -11);
        QCOMPARE(output(run.trace).back(), std::string("Exit codes: A=0, B=-11"));
        QVERIFY(!contains(output(run.trace), "Worker B is done"));
    }

    void poolSquareReturnsTheSquaresInOrder_data() {
        QTest::addColumn<QString>("variant");
        QTest::newRow("map") << "map";
        QTest::newRow("apply_async") << "apply_async";
        QTest::newRow("imap_unordered") << "imap_unordered";
    }
    void poolSquareReturnsTheSquaresInOrder() {
        QFETCH(QString, variant);
        const auto run = runDemo("pool-square", variant.toStdString());
        QCOMPARE(run.exitCode, 0);
        const auto lines = output(run.trace);
        const PoolAnalysis pool = analysePool(run.trace);
        QCOMPARE(pool.tasks.size(), size_t(5));
        for (const PoolTask& task : pool.tasks) {
            QCOMPARE(task.result, task.input * task.input);
            QVERIFY(task.worker > 0);
        }
        if (variant == "imap_unordered") {
            std::multiset<std::string> got(lines.begin(), lines.end());
            QCOMPARE(got, (std::multiset<std::string>{"1", "4", "9", "16", "25"}));
        } else {
            QCOMPARE(lines, std::vector<std::string>{"[1, 4, 9, 16, 25]"});
            QCOMPARE(pool.results, (std::vector<int64_t>{1, 4, 9, 16, 25}));
        }
        const auto json = runJson(run.trace);
        QCOMPARE(json["summary"]["tasks"].size(), size_t(5));
        QCOMPARE(int(run.trace.laneCount()), 5); // main + Pool(4)
    }

    void poolUsesPythonsDefaultChunksize() {
        const auto run = runDemo("pool-square", "map", {{"n", "100"}, {"workers", "2"}});
        const PoolAnalysis pool = analysePool(run.trace);
        QCOMPARE(pool.chunks.size(), size_t(8)); // divmod(100, 8) = (12, 4): 13 a chunk, 8 chunks
        QCOMPARE(pool.chunks.front().end - pool.chunks.front().first, int64_t(13));
        QCOMPARE(pool.results.size(), size_t(100));
        QCOMPARE(pool.results[99], int64_t(10000));
    }

    void sequentialQueueDeliversEverythingInOrder() {
        const auto run = runDemo("producer-consumer", "sequential");
        QCOMPARE(run.exitCode, 0);
        const QueueAnalysis q = analyseQueue(run.trace);
        QCOMPARE(q.put, 5);
        QCOMPARE(q.got, 5);
        QCOMPARE(q.missed, 0);
        QVERIFY(q.fifo);
        const auto lines = output(run.trace);
        QCOMPARE(lines.front(), std::string("Produced 0"));
        QCOMPARE(lines.back(), std::string("Consumed 4"));
    }

    void concurrentVariantsKeepTheirPromises_data() {
        QTest::addColumn<QString>("variant");
        QTest::newRow("sentinel") << "sentinel";
        QTest::newRow("bounded") << "bounded";
        QTest::newRow("deadlock") << "deadlock";
        QTest::newRow("empty-pitfall") << "empty-pitfall";
    }
    void concurrentVariantsKeepTheirPromises() {
        QFETCH(QString, variant);
        const auto run = runDemo("producer-consumer", variant.toStdString(),
                                 {{"join_timeout_ms", "200"}, {"consume_us", "500"}});
        QCOMPARE(run.exitCode, 0);
        const QueueAnalysis q = analyseQueue(run.trace);
        QVERIFY(q.fifo);
        QCOMPARE(q.put - q.got, q.missed);
        const int sentinels = variant == "sentinel" || variant == "bounded" ? 1 : 0;
        QCOMPARE(q.put, 5 + sentinels);
        if (variant == "empty-pitfall") {
            QVERIFY(q.missed >= 0); // how many is up to the scheduler; the accounting is not
        } else {
            QCOMPARE(q.missed, 0);
        }
        if (variant == "bounded" || variant == "deadlock")
            for (const DepthPoint& d : q.depth)
                QVERIFY(d.depth <= 2);
        if (variant == "deadlock") {
            // Nobody drains a full queue: the first join must time out, every time.
            QVERIFY(contains(
                output(run.trace),
                "join() timed out: the producer is blocked in put(), nobody drains the queue"));
            bool sawTimeout = false;
            for (const JoinArrow& j : joinArrows(run.trace))
                sawTimeout = sawTimeout || j.timedOut;
            QVERIFY(sawTimeout);
        }
    }

    void lostUpdatesAreCountedExactly_data() {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("iterations");
        QTest::newRow("raw 4 x 100000") << "raw"
                                        << "100000";
        QTest::newRow("python-default 4 x 20000") << "python-default"
                                                  << "20000";
        QTest::newRow("get-lock 4 x 20000") << "get-lock"
                                            << "20000";
        QTest::newRow("atomic 4 x 20000") << "atomic"
                                          << "20000";
    }
    void lostUpdatesAreCountedExactly() {
        QFETCH(QString, variant);
        QFETCH(QString, iterations);
        const auto run = runDemo("counter-race", variant.toStdString(),
                                 {{"iterations", iterations.toStdString()}});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.trace.dropped, uint64_t(0));
        const CounterLedger ledger = counterLedger(run.trace);
        const int64_t expected = 4 * iterations.toLongLong();
        QCOMPARE(ledger.expected, expected);
        QCOMPARE(ledger.increments, expected);
        // The identity: what every store erased adds up to what the counter is short of.
        QCOMPARE(ledger.lost, ledger.expected - ledger.final);
        QCOMPARE(output(run.trace).back(), "Counter value: " + std::to_string(ledger.final));
        if (variant == "get-lock" || variant == "atomic") {
            QCOMPARE(ledger.final, expected);
            QVERIFY(ledger.entries.empty());
        }
    }

    void steppedInterleavingLosesAnUpdateEveryTime_data() {
        QTest::addColumn<QString>("variant");
        QTest::newRow("raw") << "raw";
        QTest::newRow("python-default") << "python-default";
    }
    void steppedInterleavingLosesAnUpdateEveryTime() {
        QFETCH(QString, variant);
        // Worker 1 loads, worker 2 loads, worker 1 stores, worker 2 stores: 2's store erases 1's.
        for (int trial = 0; trial < 3; ++trial) {
            const auto run = test::runEngine(
                {"run", "counter-race", "--variant", variant.toStdString(), "--set", "workers=2",
                 "--set", "iterations=1", "--stepped", "--steps", "1 2 1 2", "--no-stdin-steps"});
            QCOMPARE(run.exitCode, 0);
            const CounterLedger ledger = counterLedger(run.trace);
            QCOMPARE(ledger.final, int64_t(1));
            QCOMPARE(ledger.lost, int64_t(1));
            QCOMPARE(ledger.entries.size(), size_t(1));
            QCOMPARE(LedgerReader(run.trace, ledger).entry(0).lane, 2);
            QCOMPARE(LedgerReader(run.trace, ledger).erasedLanes(0), std::vector<int>{1});
        }
        // The same steps in the safe order lose nothing: 1 loads and stores, then 2.
        const auto safe = test::runEngine(
            {"run", "counter-race", "--variant", variant.toStdString(), "--set", "workers=2",
             "--set", "iterations=1", "--stepped", "--steps", "1 1 2 2", "--no-stdin-steps"});
        QCOMPARE(counterLedger(safe.trace).final, int64_t(2));
    }

    void stepsCanComeOnStdin() {
        const auto run = test::runEngine({"run", "counter-race", "--variant", "raw", "--set",
                                          "workers=2", "--set", "iterations=2", "--stepped"},
                                         "1 2\n1\n2\n");
        QCOMPARE(run.exitCode, 0);
        const CounterLedger ledger = counterLedger(run.trace);
        QVERIFY(ledger.lost >= 1); // the first round is forced; the rest runs free after EOF
        QCOMPARE(ledger.lost, ledger.expected - ledger.final);
    }

    void sharedArrayWithLockIsExact() {
        const auto run = runDemo("shared-array", "get-lock", {{"iterations", "500"}});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(output(run.trace).back(), std::string("[2000.0, 2000.0, 2000.0, 2000.0, 2000.0]"));
        const auto json = runJson(run.trace);
        QCOMPARE(json["summary"]["lost"].get<int64_t>(), int64_t(0));
    }

    void memoryIsIsolatedButValuesAreShared_data() {
        QTest::addColumn<QString>("variant");
        QTest::newRow("fork") << "fork";
        QTest::newRow("spawn") << "spawn";
    }
    void memoryIsIsolatedButValuesAreShared() {
        QFETCH(QString, variant);
        const auto run = runDemo("memory-isolation", variant.toStdString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(output(run.trace),
                 (std::vector<std::string>{"child:  counter = 100, shared = 100",
                                           "parent: counter = 0, shared = 100"}));
        // The code panel shows the variant's own snippet: only spawn sets that start method.
        QCOMPARE(run.trace.pythonSource.find("set_start_method(\"spawn\")") != std::string::npos,
                 variant == QLatin1String("spawn"));
    }

    void gilDemoMeasuresBothPhases() {
        const auto run = runDemo("gil-vs-processes", {}, {{"work_ms", "20"}, {"workers", "2"}});
        QCOMPARE(run.exitCode, 0);
        const GilAnalysis gil = analyseGil(run.trace);
        QVERIFY(gil.threadsNs > 0 && gil.processesNs > 0);
        QVERIFY(gil.speedup > 0);
        int threads = 0;
        for (const LaneInfo& l : run.trace.lanes)
            threads += l.startMethod == StartMethod::Thread;
        QCOMPARE(threads, 2);
        QCOMPARE(output(run.trace).size(), size_t(3));
    }

    void badRequestsFailClearlyAndStartNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown demo") << QStringList{"run", "nope"} << "unknown demo 'nope'";
        QTest::newRow("unknown variant")
            << QStringList{"run", "counter-race", "--variant", "fast"} << "unknown variant 'fast'";
        QTest::newRow("unknown key") << QStringList{"run", "counter-race", "--set", "speed=3"}
                                     << "unknown parameter 'speed'";
        QTest::newRow("zero workers")
            << QStringList{"run", "counter-race", "--set", "workers=0"} << "out of range";
        QTest::newRow("too many iterations")
            << QStringList{"run", "counter-race", "--set", "iterations=1000001"} << "out of range";
        QTest::newRow("not a number")
            << QStringList{"run", "pool-square", "--set", "n=five"} << "must be a whole number";
    }
    void badRequestsFailClearlyAndStartNothing() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        std::vector<std::string> a;
        for (const QString& s : args)
            a.push_back(s.toStdString());
        const auto run = test::runEngine(a);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromStdString(run.stderrText).contains(message), run.stderrText.c_str());
        QCOMPARE(run.trace.size(), size_t(0));
        QVERIFY(!run.end.seen);
    }

    void timeoutKillsEverythingAndSaysSo() {
        const auto run = test::runEngine(
            {"run", "process-basics", "--set", "sleep_ms=20000", "--timeout", "0.5"});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.end.seen);
        QCOMPARE(run.end.status, RunStatus::TimedOut);
        for (const LaneTimeline& l : laneTimelines(run.trace))
            QVERIFY2(l.life.exited, "every process is accounted for, killed ones too");
        QCOMPARE(exitcodeOf(run.trace, "main"), -9);
        // Killed by the runner's time-out: stopped, not a crash of the demo.
        QVERIFY(stoppedByRunner(run.trace));
        for (const LaneTimeline& l : laneTimelines(run.trace)) {
            QVERIFY(!l.life.crashed());
            if (l.life.exitcode == -9)
                QVERIFY(l.life.stopped);
        }
    }

    void cleanupTestCase() {
        QVERIFY(test::proclabShmLeftovers().empty());
        QVERIFY(test::childrenOfThisProcess().empty());
    }
};

QTEST_GUILESS_MAIN(TestDemos)
#include "tst_demos.moc"
