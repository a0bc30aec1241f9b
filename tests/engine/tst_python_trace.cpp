// `proclab trace` on real python3 runs: the tutorial's four snippets and the bad scripts of
// issue 13. What is asserted holds on every run (lanes, printed lines, results, FIFO order,
// the ledger's identity against the value Python printed), never a timing or a lucky race.
#include "test_support.h"

#include "io/run_report.h"
#include "io/trace_file.h"
#include "pytrace/python_launch.h"
#include "pytrace/trace_python.h"
#include "trace/analysis.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <cerrno>
#include <csignal>
#include <set>

using namespace proclab;

namespace {

std::string fixture(const char* name) {
    return qEnvironmentVariable("PROCLAB_PY_FIXTURES").toStdString() + "/" + name;
}

PythonTraceResult traceFixture(const char* name, double timeout = 120) {
    PythonTraceRequest r;
    r.script = fixture(name);
    r.timeoutSeconds = timeout;
    return tracePythonScript(r);
}

int laneNamed(const Trace& t, const std::string& name) {
    for (const LaneInfo& l : t.lanes)
        if (l.name == name)
            return l.lane;
    return -1;
}

std::vector<std::string> printedBy(const Trace& t, int lane) {
    std::vector<std::string> out;
    for (const ConsoleLine& l : consoleLines(t))
        if (l.lane == lane)
            out.push_back(l.text);
    return out;
}

bool anyPrinted(const Trace& t, const std::string& needle) {
    for (const ConsoleLine& l : consoleLines(t))
        if (l.text.find(needle) != std::string::npos)
            return true;
    return false;
}

bool anyNote(const PythonTraceResult& r, const std::string& needle) {
    for (const std::string& n : r.notes)
        if (n.find(needle) != std::string::npos)
            return true;
    return false;
}

// Every process the script had is gone, and this process has no child left.
void checkNothingLeft(const Trace& t) {
    for (const LaneInfo& l : t.lanes)
        if (l.pid > 0)
            QVERIFY2(
                ::kill(static_cast<pid_t>(l.pid), 0) != 0 && errno == ESRCH,
                qPrintable(QString("pid %1 (%2) still exists").arg(l.pid).arg(l.name.c_str())));
    QVERIFY(test::childrenOfThisProcess().empty());
}

void checkLanesAreProcesses(const Trace& t) {
    QCOMPARE(t.lanes.at(0).name, std::string("main"));
    std::set<int64_t> pids;
    for (const LaneInfo& l : t.lanes) {
        QVERIFY(l.pid > 0);
        pids.insert(l.pid);
        if (l.lane != 0)
            QCOMPARE(l.parent, 0);
    }
    QCOMPARE(pids.size(), t.lanes.size());
}

} // namespace

class TestPythonTrace : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        std::string why;
        if (findPython3(why).empty())
            QSKIP(qPrintable(QString::fromStdString("no python3 here: " + why)));
    }

    void processBasics() {
        const PythonTraceResult r = traceFixture("process_basics.py");
        QVERIFY2(r.error.empty(), r.error.c_str());
        const Trace& t = r.trace;
        QCOMPARE(r.exitcode, 0);
        QCOMPARE(t.laneCount(), 3);
        checkLanesAreProcesses(t);
        const int a = laneNamed(t, "Process-1"), b = laneNamed(t, "Process-2");
        QVERIFY(a > 0 && b > 0);
        QCOMPARE(printedBy(t, a),
                 (std::vector<std::string>{"Worker A is starting", "Worker A is done"}));
        QCOMPARE(printedBy(t, b),
                 (std::vector<std::string>{"Worker B is starting", "Worker B is done"}));
        QCOMPARE(printedBy(t, 0), (std::vector<std::string>{"Both processes are done"}));
        for (const LaneTimeline& l : laneTimelines(t)) {
            QVERIFY(l.life.exited);
            QCOMPARE(l.life.exitcode, 0);
            if (l.life.lane == 0)
                continue;
            // time.sleep(2) is a sleeping state of its own.
            QVERIFY(std::any_of(l.states.begin(), l.states.end(), [](const StateInterval& s) {
                return s.state == LaneState::Sleeping && s.end - s.begin >= 1'900'000'000;
            }));
        }
        QCOMPARE(joinArrows(t).size(), size_t(2));
        // The code panel shows the student's own file.
        QVERIFY(t.pythonSource.find("def worker(name):") != std::string::npos);
        QVERIFY(currentLine(t, a, t.duration() / 2) > 0);
        checkNothingLeft(t);
    }

    void poolSquare() {
        const PythonTraceResult r = traceFixture("pool_square.py");
        QVERIFY2(r.error.empty(), r.error.c_str());
        const Trace& t = r.trace;
        QCOMPARE(t.laneCount(), 5);
        checkLanesAreProcesses(t);
        QCOMPARE(printedBy(t, 0), (std::vector<std::string>{"[1, 4, 9, 16, 25]"}));
        const PoolAnalysis pool = analysePool(t, 0);
        QCOMPARE(pool.results, (std::vector<int64_t>{1, 4, 9, 16, 25}));
        QCOMPARE(pool.tasks.size(), size_t(5));
        QCOMPARE(pool.chunks.size(), size_t(5)); // chunksize ceil(5 / (4 * 4)) = 1
        for (const PoolTask& task : pool.tasks) {
            QCOMPARE(task.input, task.index + 1);
            QVERIFY(task.worker > 0);
            QCOMPARE(t.lanes.at(static_cast<size_t>(task.worker)).role, std::string("worker"));
        }
        // The task -> worker map is what the workers themselves recorded.
        for (size_t i = 0; i < t.size(); ++i)
            if (t.kind(i) == EventKind::PoolTaskStarted)
                QCOMPARE(pool.tasks.at(static_cast<size_t>(t.at(i).b)).worker, t.laneOf(i));
        // `with Pool` ends its workers with SIGTERM: Python's own doing, not a stopped run.
        QVERIFY(!stoppedByRunner(t));
        QVERIFY(summaryText(t).find("stopped") == std::string::npos);
        checkNothingLeft(t);
    }

    void producerConsumer() {
        const PythonTraceResult r = traceFixture("producer_consumer.py");
        QVERIFY2(r.error.empty(), r.error.c_str());
        const Trace& t = r.trace;
        QCOMPARE(t.laneCount(), 3);
        const int producer = laneNamed(t, "Process-1"), consumer = laneNamed(t, "Process-2");
        const QueueAnalysis q = analyseQueue(t, 0);
        QCOMPARE(q.put, 5);
        QCOMPARE(q.got, 5);
        QCOMPARE(q.missed, 0);
        QVERIFY(q.fifo);
        for (size_t i = 0; i < q.items.size(); ++i) {
            QCOMPARE(q.items[i].value, int64_t(i));
            QCOMPARE(q.items[i].producer, producer);
            QCOMPARE(q.items[i].consumer, consumer);
            QCOMPARE(printedBy(t, producer).at(i), "Produced " + std::to_string(i));
            QCOMPARE(printedBy(t, consumer).at(i), "Consumed " + std::to_string(i));
        }
        // The consumer asked empty() six times: False five times, True at the end.
        std::vector<int64_t> answers;
        for (size_t i = 0; i < t.size(); ++i)
            if (t.kind(i) == EventKind::QueueEmptyCheck)
                answers.push_back(t.at(i).b);
        QCOMPARE(answers, (std::vector<int64_t>{0, 0, 0, 0, 0, 1}));
        const nlohmann::json j = runJson(t);
        QCOMPARE(j["summary"]["put"].get<int>(), 5);
        QCOMPARE(j["summary"]["fifo"].get<bool>(), true);
        checkNothingLeft(t);
    }

    void counterRace() {
        const PythonTraceResult r = traceFixture("counter_race.py");
        QVERIFY2(r.error.empty(), r.error.c_str());
        const Trace& t = r.trace;
        QCOMPARE(t.laneCount(), 5);
        const std::vector<std::string> mainLines = printedBy(t, 0);
        QCOMPARE(mainLines.size(), size_t(1));
        const QRegularExpressionMatch m = QRegularExpression("^Counter value: (\\d+)$")
                                              .match(QString::fromStdString(mainLines[0]));
        QVERIFY(m.hasMatch());
        const int64_t printed = m.captured(1).toLongLong();
        const CounterLedger ledger = counterLedger(t, 0);
        QCOMPARE(ledger.expected, int64_t(4000));
        QCOMPARE(ledger.final, printed);
        QCOMPARE(ledger.lost, ledger.expected - ledger.final); // exact, whatever the race did
        const nlohmann::json j = runJson(t);
        QCOMPARE(j["summary"]["final"].get<int64_t>(), printed);
        QCOMPARE(j["summary"]["lost"].get<int64_t>(), 4000 - printed);
        // The text summary (what `proclab trace` prints) has the same numbers.
        const std::string text = summaryText(t);
        QVERIFY2(text.find("expected 4000, final " + std::to_string(printed)) != std::string::npos,
                 text.c_str());
        checkNothingLeft(t);
    }

    void startMethodsAreFollowed() {
        const PythonTraceResult r = traceFixture("start_methods.py");
        QVERIFY2(r.error.empty(), r.error.c_str());
        const Trace& t = r.trace;
        QCOMPARE(t.laneCount(), 4);
        const std::vector<StartMethod> methods = {StartMethod::Fork, StartMethod::Spawn,
                                                  StartMethod::Forkserver};
        for (int lane = 1; lane <= 3; ++lane) {
            const LaneInfo& info = t.lanes.at(static_cast<size_t>(lane));
            QCOMPARE(info.startMethod, methods.at(static_cast<size_t>(lane - 1)));
            QCOMPARE(info.parent, 0);
            QCOMPARE(printedBy(t, lane),
                     std::vector<std::string>{"hello from " +
                                              std::string(startMethodName(info.startMethod))});
        }
        checkNothingLeft(t);
    }

    void otherPrimitives() {
        const PythonTraceResult r = traceFixture("primitives.py");
        QVERIFY2(r.error.empty(), r.error.c_str());
        const Trace& t = r.trace;
        QCOMPARE(printedBy(t, 0),
                 (std::vector<std::string>{"locked counter 400", "full False", "[0, 10, 20]",
                                           "[3, 7]", "[0, 1, 8, 27]", "125", "[1, 8, 27]", "42"}));
        // With the student's lock around `+= 1` nothing is lost, and the ledger says so.
        const CounterLedger ledger = counterLedger(t, 0);
        QCOMPARE(ledger.final, int64_t(400));
        QCOMPARE(ledger.lost, int64_t(0));
        int acquired = 0, released = 0;
        for (size_t i = 0; i < t.size(); ++i) {
            acquired += t.kind(i) == EventKind::LockAcquired;
            released += t.kind(i) == EventKind::LockReleased;
        }
        QCOMPARE(acquired, 400);
        QCOMPARE(released, 400);
        const QueueAnalysis jq = analyseQueue(t, 0);
        QCOMPARE(jq.put, 3);
        QCOMPARE(jq.got, 3);
        QVERIFY(jq.fifo);
        // The first pool: starmap's two tasks, then imap_unordered's four, then apply_async.
        const PoolAnalysis pool = analysePool(t, 0);
        QCOMPARE(pool.tasks.size(), size_t(7));
        std::multiset<int64_t> results(pool.results.begin(), pool.results.end());
        QCOMPARE(results, (std::multiset<int64_t>{3, 7, 0, 1, 8, 27, 125}));
        const PoolAnalysis executor = analysePool(t, 1);
        QCOMPARE(executor.results, (std::vector<int64_t>{1, 8, 27, 42}));
        checkNothingLeft(t);
    }

    void savedTraceOpensTheSame() {
        const PythonTraceResult r = traceFixture("producer_consumer.py");
        QVERIFY2(r.error.empty(), r.error.c_str());
        QTemporaryDir dir;
        const std::string path = dir.filePath("run.proclab").toStdString();
        QCOMPARE(saveTrace(r.trace, path), std::string());
        Trace loaded;
        QCOMPARE(loadTrace(path, loaded), std::string());
        QCOMPARE(loaded.demo, std::string("python"));
        QCOMPARE(loaded.lanes, r.trace.lanes);
        QCOMPARE(loaded.size(), r.trace.size());
        QCOMPARE(loaded.pythonSource, r.trace.pythonSource);
    }

    void syntaxError() {
        const PythonTraceResult r = traceFixture("syntax_error.py");
        QVERIFY2(r.error.empty(), r.error.c_str());
        QCOMPARE(r.exitcode, 1);
        QCOMPARE(r.trace.laneCount(), 1);
        QVERIFY(anyPrinted(r.trace, "SyntaxError"));
        QVERIFY(anyNote(r, "syntax error"));
        checkNothingLeft(r.trace);
    }

    void exceptionInChild() {
        const PythonTraceResult r = traceFixture("child_exception.py");
        QVERIFY2(r.error.empty(), r.error.c_str());
        const Trace& t = r.trace;
        QCOMPARE(r.exitcode, 0); // the parent goes on, as in Python
        const int child = laneNamed(t, "Process-1");
        QVERIFY(child > 0);
        const std::vector<std::string> lines = printedBy(t, child);
        QVERIFY(std::find(lines.begin(), lines.end(), "Traceback (most recent call last):") !=
                lines.end());
        QCOMPARE(lines.back(), std::string("ValueError: a bug in the child"));
        QCOMPARE(laneTimelines(t).at(static_cast<size_t>(child)).life.exitcode, 1);
        QCOMPARE(printedBy(t, 0), std::vector<std::string>{"exitcode 1"});
        QVERIFY(anyNote(r, "exited with code 1: its traceback is in its console"));
        checkNothingLeft(t);
    }

    void neverEndingScriptIsKilled() {
        const PythonTraceResult r = traceFixture("forever.py", 3);
        QVERIFY2(r.error.empty(), r.error.c_str());
        QVERIFY(r.timedOut);
        QCOMPARE(r.trace.laneCount(), 3);
        QCOMPARE(printedBy(r.trace, 0), std::vector<std::string>{"started"});
        for (const LaneTimeline& l : laneTimelines(r.trace))
            QCOMPARE(l.life.exitcode, -9);
        QVERIFY(anyNote(r, "--timeout"));
        checkNothingLeft(r.trace);
    }

    void missingMainGuardUnderSpawn() {
        const PythonTraceResult r = traceFixture("spawn_no_main_guard.py");
        QVERIFY2(r.error.empty(), r.error.c_str());
        QVERIFY(anyPrinted(r.trace, "RuntimeError"));
        QVERIFY(anyPrinted(r.trace, "bootstrapping phase"));
        QVERIFY(anyNote(r, "if __name__ == \"__main__\":"));
        QCOMPARE(printedBy(r.trace, 0), std::vector<std::string>{"exitcode 1"});
        checkNothingLeft(r.trace);
    }

    void picklingError() {
        const PythonTraceResult r = traceFixture("pickling_error.py");
        QVERIFY2(r.error.empty(), r.error.c_str());
        QCOMPARE(r.exitcode, 1);
        QVERIFY(anyPrinted(r.trace, "pickle"));
        QVERIFY(anyNote(r, "could not be pickled"));
        checkNothingLeft(r.trace);
    }

    void noPython() {
        qputenv("PROCLAB_PYTHON", "/nonexistent/python3");
        const PythonTraceResult r = traceFixture("process_basics.py");
        qunsetenv("PROCLAB_PYTHON");
        QVERIFY(r.error.find("PROCLAB_PYTHON names /nonexistent/python3") != std::string::npos);
        QVERIFY(r.trace.empty());
        QVERIFY(test::childrenOfThisProcess().empty());
    }

    void missingScript() {
        PythonTraceRequest req;
        req.script = "/nonexistent/script.py";
        const PythonTraceResult r = tracePythonScript(req);
        QVERIFY(r.error.find("no such file") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestPythonTrace)
#include "tst_python_trace.moc"
