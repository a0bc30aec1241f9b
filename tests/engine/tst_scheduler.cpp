// "You are the scheduler" on real processes: every level's goal reached with a known step list
// (final value and ledger asserted each time), the steps that cannot be taken refused with
// exit code 2 instead of a hang, and the same steps giving the same result run after run.
#include "cli_process.h"
#include "test_support.h"

#include "io/run_report.h"
#include "trace/analysis.h"
#include "trace/counter_ledger.h"
#include "trace/scheduler_levels.h"
#include "trace/step_state.h"

#include <QtTest>
#include <algorithm>
#include <array>

using namespace proclab;

namespace {

std::string repeat(const std::string& steps, int times) {
    std::string out;
    for (int i = 0; i < times; ++i)
        out += steps + " ";
    return out;
}

// The classic lowest value of two processes of n increments each: 1 loads 0; 2 does n-1
// whole increments; 1 stores 1 (erasing them); 2 loads 1; 1 does its n-1 others; 2 stores 2.
std::string lowestValueSteps(int n) {
    return "1 " + repeat("2 2", n - 1) + "1 2 " + repeat("1 1", n - 1) + "2";
}

test::EngineRun stepped(const std::string& levelId, const std::string& steps,
                        const std::map<std::string, std::string>& overrides = {}) {
    const SchedulerLevel* level = findSchedulerLevel(levelId);
    std::vector<std::string> args = {"run", level->demo, "--variant", level->variant};
    std::map<std::string, std::string> params = level->params;
    for (const auto& [key, value] : overrides)
        params[key] = value;
    for (const auto& [key, value] : params)
        args.insert(args.end(), {"--set", key + "=" + value});
    args.insert(args.end(), {"--stepped", "--steps", steps, "--no-stdin-steps"});
    return test::runEngine(args, {}, 60);
}

LevelOutcome outcome(const std::string& levelId, const test::EngineRun& run) {
    return levelOutcome(*findSchedulerLevel(levelId), run.trace, true);
}

std::vector<std::string> output(const Trace& trace) {
    std::vector<std::string> lines;
    for (const ConsoleLine& l : consoleLines(trace))
        lines.push_back(l.text);
    return lines;
}

int count(const Trace& trace, EventKind kind, int lane = -1) {
    int n = 0;
    for (size_t i = 0; i < trace.size(); ++i)
        n += trace.kind(i) == kind && (lane < 0 || trace.laneOf(i) == lane);
    return n;
}

// The trace up to (and with) event `last`: what the GUI had seen at that moment.
Trace prefix(const Trace& trace, size_t last) {
    Trace out;
    out.demo = trace.demo;
    out.variant = trace.variant;
    out.params = trace.params;
    out.lanes = trace.lanes;
    std::vector<Event> events;
    for (size_t i = 0; i <= last && i < trace.size(); ++i)
        events.push_back(trace.at(i));
    out.append(events);
    return out;
}

// (lane, loaded, written, overwritten) of every store that erased something.
std::vector<std::array<int64_t, 4>> ledgerShape(const Trace& trace, const CounterLedger& ledger) {
    std::vector<std::array<int64_t, 4>> out;
    const LedgerReader reader(trace, ledger);
    for (size_t k = 0; k < reader.entryCount(); ++k) {
        const LostUpdate u = reader.entry(k);
        out.push_back({u.lane, u.loaded, u.written, u.overwritten});
    }
    return out;
}

} // namespace

class TestScheduler : public QObject {
    Q_OBJECT
  private slots:
    void twoProcessesOfOneIncrementEndAtOne() {
        const auto run = stepped("one-lost", "1 2 1 2");
        QCOMPARE(run.exitCode, 0);
        const CounterLedger ledger = counterLedger(run.trace);
        QCOMPARE(ledger.final, int64_t(1));
        QCOMPARE(ledger.lost, int64_t(1));
        QCOMPARE(ledger.entries.size(), size_t(1));
        QCOMPARE(LedgerReader(run.trace, ledger).entry(0).lane, 2);
        QCOMPARE(LedgerReader(run.trace, ledger).erasedLanes(0), std::vector<int>{1});
        QCOMPARE(outcome("one-lost", run), LevelOutcome::Won);
        // Releases: exactly the four asked for, in that order.
        std::vector<int> order;
        for (size_t i = 0; i < run.trace.size(); ++i)
            if (run.trace.kind(i) == EventKind::StepRelease)
                order.push_back(run.trace.laneOf(i));
        QCOMPARE(order, (std::vector<int>{1, 2, 1, 2}));
        // The same level in the safe order misses the goal.
        const auto safe = stepped("one-lost", "1 1 2 2");
        QCOMPARE(counterLedger(safe.trace).final, int64_t(2));
        QCOMPARE(outcome("one-lost", safe), LevelOutcome::Missed);
    }

    void twoProcessesOfTenEndAtTwo() {
        const auto run = stepped("lowest", lowestValueSteps(10));
        QCOMPARE(run.exitCode, 0);
        const CounterLedger ledger = counterLedger(run.trace);
        QCOMPARE(ledger.expected, int64_t(20));
        QCOMPARE(ledger.final, int64_t(2));
        QCOMPARE(ledger.lost, int64_t(18));
        QCOMPARE(ledger.lost, ledger.expected - ledger.final);
        // Two stores erased everything: 1's first store (9 of 2's) and 2's last (9 of 1's).
        QCOMPARE(ledger.entries.size(), size_t(2));
        const LedgerReader reader(run.trace, ledger);
        QCOMPARE(reader.entry(0).lane, 1);
        QCOMPARE(reader.entry(0).erased(), int64_t(9));
        QCOMPARE(reader.entry(1).lane, 2);
        QCOMPARE(reader.entry(1).erased(), int64_t(9));
        QCOMPARE(output(run.trace).back(), std::string("Counter value: 2"));
        QCOMPARE(outcome("lowest", run), LevelOutcome::Won);
    }

    void loseExactlyThree() {
        // Three overlapped rounds (each loses one), then two rounds one after the other.
        const auto run = stepped("lose-three", repeat("1 2 1 2", 3) + repeat("1 1 2 2", 2));
        QCOMPARE(run.exitCode, 0);
        const CounterLedger ledger = counterLedger(run.trace);
        QCOMPARE(ledger.final, int64_t(7));
        QCOMPARE(ledger.lost, int64_t(3));
        QCOMPARE(ledger.entries.size(), size_t(3));
        QCOMPARE(outcome("lose-three", run), LevelOutcome::Won);
    }

    void getLockCannotLoseOne() {
        // Worker 1 acquires; worker 2's next step would be acquire(): refused, not waited on.
        const auto refused = stepped("get-lock", "1 2");
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.end.status, RunStatus::Refused);
        QVERIFY2(refused.end.message.find("step 2 (process 2) refused: worker-2 waits in "
                                          "lock.acquire(): the lock is held by worker-1") !=
                     std::string::npos,
                 refused.end.message.c_str());
        QVERIFY(test::childrenOfThisProcess().empty());
        // What the GUI sees at that moment: worker-2's button disabled, the lock worker-1's.
        // (the trace up to the first exit: the refusal came before the runner ended them).
        size_t refusedAt = 0;
        while (refusedAt < refused.trace.size() &&
               refused.trace.kind(refusedAt) != EventKind::ProcessExited)
            ++refusedAt;
        QVERIFY(refusedAt > 0 && refusedAt < refused.trace.size());
        const StepState seen = stepState(prefix(refused.trace, refusedAt - 1), 2);
        QCOMPARE(seen.lanes[0].point, SyncPoint::Load);
        QCOMPARE(seen.lanes[0].block, StepBlock::None);
        QCOMPARE(seen.lanes[1].point, SyncPoint::Acquire);
        QCOMPARE(seen.lanes[1].block, StepBlock::LockHeld);
        QCOMPARE(seen.lanes[1].lockHolder, 1);

        // The most the order can do: 1's whole increment, then 2's, then the OS; exact.
        const auto run = stepped("get-lock", "1 1 1 1 2 2 2 2");
        QCOMPARE(run.exitCode, 0);
        const CounterLedger ledger = counterLedger(run.trace);
        QCOMPARE(ledger.final, int64_t(6));
        QCOMPARE(ledger.lost, int64_t(0));
        QCOMPARE(outcome("get-lock", run), LevelOutcome::Explained);
    }

    void everyProcessEndedByARefusalHasItsExit() {
        // The runner ends main first, and its children come to the runner (the subreaper) as
        // orphans: each lane has its exit record. Killing all at once let main, woken in join()
        // by its SIGKILL, reap worker-1 and die before recording it: the summary showed
        // worker-1 "running" (27 runs in 40 before the fix).
        for (int i = 0; i < 10; ++i) {
            const auto run = stepped("get-lock", "1 2");
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.trace.lanes.size(), size_t(3));
            for (int lane = 0; lane < 3; ++lane) {
                const std::string name = run.trace.lanes[static_cast<size_t>(lane)].name;
                QVERIFY2(count(run.trace, EventKind::ProcessCreated, lane) == 1, name.c_str());
                QVERIFY2(count(run.trace, EventKind::ProcessExited, lane) == 1, name.c_str());
            }
            QVERIFY(test::childrenOfThisProcess().empty());
        }
    }

    void consumerQuitsWhileItemsAreStillComing() {
        // The producer puts 0; the consumer: empty()? no; get() 0; empty()? yes: it quits.
        const auto run = stepped("empty-pitfall", "1 2 2 2");
        QCOMPARE(run.exitCode, 0);
        const QueueAnalysis q = analyseQueue(run.trace);
        QCOMPARE(q.put, 5);
        QCOMPARE(q.got, 1);
        QCOMPARE(q.missed, 4);
        QCOMPARE(count(run.trace, EventKind::QueueEmptyCheck, 2), 2);
        QCOMPARE(outcome("empty-pitfall", run), LevelOutcome::Won);
        // The consumer has ended: a step for it is refused.
        const auto late = stepped("empty-pitfall", "1 2 2 2 2");
        QCOMPARE(late.exitCode, 2);
        QVERIFY2(late.end.message.find("consumer has finished") != std::string::npos,
                 late.end.message.c_str());
    }

    void deadlockTheProducer() {
        // Two puts fill Queue(maxsize=2); main's join(timeout) then gives up on the producer.
        const auto run = stepped("deadlock", "1 1");
        QCOMPARE(run.exitCode, 0);
        const auto lines = output(run.trace);
        QVERIFY(std::find(lines.begin(), lines.end(),
                          "join() timed out: the producer is blocked in put(), nobody drains the "
                          "queue") != lines.end());
        QCOMPARE(outcome("deadlock", run), LevelOutcome::Won);
        const QueueAnalysis q = analyseQueue(run.trace);
        QCOMPARE(q.put, 4); // the OS ran the rest once the steps ran out: all drained
        QCOMPARE(q.got, 4);
        // A third put has no room: refused, with the reason.
        const auto refused = stepped("deadlock", "1 1 1");
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.end.message.find("producer waits in q.put(): the queue is full (2 of "
                                          "maxsize 2)") != std::string::npos,
                 refused.end.message.c_str());
        // Held before its first put, the producer does not make the level: no deadlock.
        const auto held = stepped("deadlock", "2");
        QCOMPARE(held.exitCode, 2); // the consumer, started late, finds the queue empty
        QVERIFY(held.end.message.find("consumer waits in q.get(): the queue is empty") !=
                std::string::npos);
        QCOMPARE(levelOutcome(*findSchedulerLevel("deadlock"), held.trace, true),
                 LevelOutcome::Missed);
    }

    void loseAnUpdateOnOneElementOfTheArray() {
        // Both load arr[0] = 0.0 and store 1.0 (one lost); then arr[1] one after the other.
        const auto run = stepped("array-one-lost", "1 2 1 2 1 1 2 2");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(output(run.trace).back(), std::string("[1.0, 2.0]"));
        const ArrayAnalysis a = analyseArray(run.trace);
        QCOMPARE(a.elements.size(), size_t(2));
        QCOMPARE(a.elements[0].final, 1.0);
        QCOMPARE(a.elements[0].stores, int64_t(2));
        QCOMPARE(a.elements[0].lost, int64_t(1));
        QCOMPARE(a.elements[1].final, 2.0);
        QCOMPARE(a.elements[1].stores, int64_t(2));
        QCOMPARE(a.elements[1].lost, int64_t(0));
        QCOMPARE(a.expectedPerElement, int64_t(2));
        // The ledger adds up: expected - final = what the stores erased.
        const nlohmann::json summary = runJson(run.trace)["summary"];
        QCOMPARE(summary["expected"].get<int64_t>(), int64_t(4));
        QCOMPARE(summary["final"].get<int64_t>(), int64_t(3));
        QCOMPARE(summary["lost"].get<int64_t>(), a.elements[0].lost + a.elements[1].lost);
        QCOMPARE(outcome("array-one-lost", run), LevelOutcome::Won);
        // Steps that lose on both elements miss it; so does the safe order.
        QCOMPARE(outcome("array-one-lost", stepped("array-one-lost", "1 2 1 2 1 2 1 2")),
                 LevelOutcome::Missed);
        QCOMPARE(outcome("array-one-lost", stepped("array-one-lost", "1 1 1 1 2 2 2 2")),
                 LevelOutcome::Missed);
    }

    void finishedProcessIsRefused() {
        const auto run = stepped("one-lost", "1 1 1");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.end.message.find("step 3 (process 1) refused: worker-1 has finished") !=
                     std::string::npos,
                 run.end.message.c_str());
        QVERIFY(test::childrenOfThisProcess().empty());
    }

    void badStepListsFailBeforeAnythingRuns_data() {
        QTest::addColumn<QString>("steps");
        QTest::addColumn<QString>("message");
        QTest::newRow("lane out of range") << "1 3"
                                           << "processes to step are 1 to 2";
        QTest::newRow("main") << "0"
                              << "0 is the main process";
        QTest::newRow("not a number") << "1 x"
                                      << "a step is a process number, got 'x'";
    }
    void badStepListsFailBeforeAnythingRuns() {
        QFETCH(QString, steps);
        QFETCH(QString, message);
        const auto run = stepped("one-lost", steps.toStdString());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.stderrText.find(message.toStdString()) != std::string::npos,
                 run.stderrText.c_str());
        QVERIFY(!run.end.seen);
    }

    void demoWithoutSyncPointsCannotBeStepped() {
        const auto run = test::runEngine({"run", "pool-square", "--stepped", "--steps", "1"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.stderrText.find("no processes to step") != std::string::npos);
    }

    void cliRecordsTheSteps() {
        const QStringList raw = {"run",   "counter-race", "--variant", "raw",
                                 "--set", "workers=2",    "--set",     "iterations=1"};
        const auto ok = test::runCli(raw + QStringList{"--steps", "1 2 1 2", "--json"});
        QCOMPARE(ok.exitCode, 0);
        const auto j = nlohmann::json::parse(ok.stdoutText.toStdString());
        QCOMPARE(j["steps"]["asked"], nlohmann::json({1, 2, 1, 2}));
        QCOMPARE(j["steps"]["carried_out"].get<int>(), 4);
        QVERIFY(j["steps"]["refused"].is_null());
        QCOMPARE(j["summary"]["expected"].get<int64_t>(), int64_t(2));
        QCOMPARE(j["summary"]["final"].get<int64_t>(), int64_t(1));
        QCOMPARE(j["summary"]["lost"].get<int64_t>(), int64_t(1));
        QCOMPARE(j["cutShort"].get<bool>(), false);
        const auto text = test::runCli(raw + QStringList{"--steps", "1 2 1 2"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.stdoutText.contains("steps: 1 2 1 2 (4 of 4 carried out"),
                 text.stdoutText.constData());
    }

    void cliRefusedStepSummaryIsNoLedger() {
        // worker-2 cannot acquire the lock worker-1 holds: refused, everyone ended there.
        const QStringList args = {"run",       "counter-race", "--variant",    "get-lock", "--set",
                                  "workers=2", "--set",        "iterations=3", "--steps",  "1 2"};
        const auto run = test::runCli(args + QStringList{"--json"});
        QCOMPARE(run.exitCode, 2);
        const auto j = nlohmann::json::parse(run.stdoutText.toStdString());
        QCOMPARE(j["steps"]["asked"], nlohmann::json({1, 2}));
        QCOMPARE(j["steps"]["carried_out"].get<int>(), 1);
        QVERIFY(j["steps"]["refused"].get<std::string>().find("step 2 (process 2) refused") !=
                std::string::npos);
        QCOMPARE(j["cutShort"].get<bool>(), true);
        const auto& summary = j["summary"];
        QCOMPARE(summary["expected"].get<int64_t>(), int64_t(6)); // planned, not what ran
        QCOMPARE(summary["done"].get<int64_t>(), int64_t(0));
        QCOMPARE(summary["not_done"].get<int64_t>(), int64_t(6));
        QCOMPARE(summary["exact"].get<bool>(), false);
        QCOMPARE(summary["ended_early_by"].get<std::string>(), std::string("a refused step"));
        QVERIFY(!summary.contains("lost"));

        const auto text = test::runCli(args);
        QCOMPARE(text.exitCode, 2);
        const QByteArray out = text.stdoutText;
        QVERIFY2(out.contains("planned 6 increments, 0 done"), out.constData());
        QVERIFY2(out.contains("cut short by a refused step"), out.constData());
        QVERIFY2(out.contains("steps: 1 2 (1 of 2 carried out)"), out.constData());
        QVERIFY2(!out.contains("expected ") && !out.contains(", lost "), out.constData());
        QVERIFY(test::childrenOfThisProcess().empty());
    }

    void sameStepsSameResultEveryTime() {
        // Only the sync points order the shared effects: 100 fresh runs, one outcome.
        const std::string steps = lowestValueSteps(4);
        const std::map<std::string, std::string> four = {{"iterations", "4"}};
        const auto first = stepped("lowest", steps, four);
        QCOMPARE(first.exitCode, 0);
        const CounterLedger reference = counterLedger(first.trace);
        QCOMPARE(reference.final, int64_t(2));
        for (int run = 1; run < 100; ++run) {
            const auto again = stepped("lowest", steps, four);
            QCOMPARE(again.exitCode, 0);
            const CounterLedger ledger = counterLedger(again.trace);
            QCOMPARE(ledger.final, reference.final);
            QCOMPARE(ledger.lost, reference.lost);
            QCOMPARE(ledgerShape(again.trace, ledger), ledgerShape(first.trace, reference));
        }
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
