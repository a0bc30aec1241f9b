// Chrome Trace Event output: valid for viewers (checked by our checker), faithful to the
// analysis (one slice per state, one arrow per queue item, one instant per lost update), and
// loadable back into the exact Trace. Also the checker itself and loadAnyTrace.
#include "io/chrome_trace.h"
#include "io/load_any_trace.h"
#include "io/trace_event_check.h"
#include "io/trace_file.h"
#include "test_support.h"
#include "trace/analysis.h"

#include "trace_compare.h"
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace proclab;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

Event ev(int64_t t, int lane, EventKind kind, int object = 0, uint32_t a = 0, int64_t b = 0,
         int64_t c = 0, int line = 0) {
    return Event{t, lane, kind, object, line, a, b, c};
}

// A producer, a consumer and a racing pair on a counter, in one made-up run.
Trace sampleRun() {
    Trace trace;
    trace.demo = "producer-consumer";
    trace.variant = "sentinel";
    trace.params = {{"items", 3}};
    trace.pythonSource = "q.put(i)\nprint(\"got\", q.get())\n";
    trace.t0 = 5000000000ull;
    trace.lane(0) = LaneInfo{0, "main", 3000, -1, StartMethod::Fork, "main"};
    trace.lane(1) = LaneInfo{1, "producer", 3001, 0, StartMethod::Fork, "producer"};
    trace.lane(2) = LaneInfo{2, "consumer \"C\"", 3002, 0, StartMethod::Spawn, "consumer"};
    const int got = trace.addText("got 7 — 收到");
    trace.append(std::vector<Event>{
        ev(0, 0, EventKind::ProcessStarted, 0, 0, 3000),
        ev(1000, 1, EventKind::ProcessCreated, 0, 0, 3001),
        ev(1500, 2, EventKind::ProcessCreated, 0, 0, 3002, 1),
        ev(2000, 1, EventKind::ProcessStarted, 0, 0, 3001, 0, 1),
        ev(2100, 0, EventKind::JoinBegin, 0, 1),
        ev(2500, 2, EventKind::ProcessStarted, 0, 0, 3002),
        ev(3000, 1, EventKind::QueuePut, 0, 1, 10, 7, 1),
        ev(3100, 1, EventKind::QueuePut, 0, 2, 11, 8, 1),
        ev(3200, 2, EventKind::QueueGet, 0, 1, 10, 7, 2),
        ev(3250, 2, EventKind::ConsoleOutput, 0, 0, got, 0, 2),
        ev(3300, 1, EventKind::QueuePut, 0, 2, 12, 9, 1),
        ev(3400, 2, EventKind::QueueGet, 0, 1, 11, 8, 2),
        ev(3500, 2, EventKind::QueueBlocked, 0, 1),
        ev(4000, 1, EventKind::CounterLoad, 0, 0, 0),
        ev(4001, 2, EventKind::CounterLoad, 0, 0, 0),
        ev(4002, 1, EventKind::CounterStore, 0, 0, 1, 0),
        ev(4003, 2, EventKind::CounterStore, 0, 0, 1, 1),
        ev(5000, 1, EventKind::ProcessEnding),
        ev(5100, 1, EventKind::ProcessExited, 0, 0, 0),
        ev(5200, 0, EventKind::JoinEnd, 0, 1, 0),
        ev(6000, 2, EventKind::ProcessExited, 0, 0, -9),
    });
    return trace;
}

std::vector<json> eventsWith(const json& doc, const std::string& ph, const std::string& cat = {}) {
    std::vector<json> out;
    for (const json& e : doc["traceEvents"]) {
        if (e["ph"] == ph && (cat.empty() || e.value("cat", "") == cat))
            out.push_back(e);
    }
    return out;
}

QString joined(const std::vector<std::string>& problems) {
    QStringList list;
    for (const std::string& p : problems)
        list << QString::fromStdString(p);
    return list.join(QLatin1Char('\n'));
}

void writeText(const fs::path& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

} // namespace

class TestChromeTrace : public QObject {
    Q_OBJECT

  private slots:
    void outputPassesTheChecker() {
        const std::string text = chromeTraceJson(sampleRun());
        QCOMPARE(joined(checkTraceEventsText(text)), QString());
    }

    void oneTrackPerLaneNamedAfterIt() {
        const Trace trace = sampleRun();
        const json doc = json::parse(chromeTraceJson(trace));
        std::map<int64_t, std::string> processNames;
        for (const json& e : eventsWith(doc, "M")) {
            if (e["name"] == "process_name")
                processNames[e["pid"].get<int64_t>()] = e["args"]["name"];
        }
        QCOMPARE(processNames.size(), size_t(3));
        for (const LaneInfo& lane : trace.lanes)
            QCOMPARE(processNames.at(lane.pid), lane.name);
    }

    void oneSlicePerState() {
        const Trace trace = sampleRun();
        const json doc = json::parse(chromeTraceJson(trace));
        const std::vector<json> slices = eventsWith(doc, "X", "state");
        std::vector<StateInterval> states;
        for (const LaneTimeline& lane : laneTimelines(trace))
            states.insert(states.end(), lane.states.begin(), lane.states.end());
        QCOMPARE(slices.size(), states.size());
        for (size_t i = 0; i < states.size(); ++i) {
            const json& slice = slices[i];
            QCOMPARE(slice["name"].get<std::string>(), std::string(laneStateName(states[i].state)));
            QCOMPARE(slice["ts"].get<double>(), double(states[i].begin) / 1000.0);
            QCOMPARE(slice["dur"].get<double>(), double(states[i].end - states[i].begin) / 1000.0);
            QCOMPARE(slice["tid"].get<int>(), states[i].lane);
            QCOMPARE(slice["pid"].get<int64_t>(), trace.lanes[size_t(states[i].lane)].pid);
        }
    }

    void oneArrowPerItemGot() {
        const Trace trace = sampleRun();
        const json doc = json::parse(chromeTraceJson(trace));
        const std::vector<json> starts = eventsWith(doc, "s");
        const std::vector<json> finishes = eventsWith(doc, "f");
        const QueueAnalysis q = analyseQueue(trace);
        QCOMPARE(q.got, 2);
        QCOMPARE(starts.size(), size_t(q.got));
        QCOMPARE(finishes.size(), size_t(q.got));
        for (size_t i = 0; i < starts.size(); ++i) {
            QCOMPARE(starts[i]["id"], finishes[i]["id"]);
            QCOMPARE(starts[i]["ts"].get<double>(), double(q.items[i].putTime) / 1000.0);
            QCOMPARE(finishes[i]["ts"].get<double>(), double(q.items[i].getTime) / 1000.0);
            QCOMPARE(starts[i]["tid"].get<int>(), 1);
            QCOMPARE(finishes[i]["tid"].get<int>(), 2);
            QCOMPARE(finishes[i]["bp"], "e");
        }
        QCOMPARE(eventsWith(doc, "C", "queue").size(), q.depth.size());
    }

    void countersAndLostUpdates() {
        const Trace trace = sampleRun();
        const json doc = json::parse(chromeTraceJson(trace));
        const std::vector<json> counter = eventsWith(doc, "C", "counter");
        QCOMPARE(counter.size(), size_t(2));
        QCOMPARE(counter[1]["args"]["expected"].get<int>(), 2);
        QCOMPARE(counter[1]["args"]["actual"].get<int>(), 1);
        const std::vector<json> lost = eventsWith(doc, "i", "counter");
        QCOMPARE(lost.size(), size_t(1));
        QCOMPARE(lost[0]["args"]["erased"].get<int>(), 1);
        QCOMPARE(lost[0]["tid"].get<int>(), 2);
        QCOMPARE(lost[0]["args"]["erasedLanes"], json::array({1}));
    }

    void consoleLinesAreInstants() {
        const json doc = json::parse(chromeTraceJson(sampleRun()));
        const std::vector<json> console = eventsWith(doc, "i", "console");
        QCOMPARE(console.size(), size_t(1));
        QCOMPARE(console[0]["name"].get<std::string>(), std::string("got 7 — 收到"));
        QCOMPARE(console[0]["tid"].get<int>(), 2);
        QCOMPARE(console[0]["ts"].get<double>(), 3.25);
    }

    void fileRoundTripIsExact() {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "run.json";
        const Trace trace = sampleRun();
        QCOMPARE(QString::fromStdString(saveChromeTrace(trace, path)), QString());
        Trace loaded;
        QCOMPARE(QString::fromStdString(loadChromeTrace(path, loaded)), QString());
        compareTraces(loaded, trace);
        Trace any;
        QCOMPARE(QString::fromStdString(loadAnyTrace(path, any)), QString());
        compareTraces(any, trace);
        QCOMPARE(std::distance(fs::directory_iterator(dir.path().toStdString()),
                               fs::directory_iterator()),
                 1); // no temporary file left
    }

    void loadAnyTracePicksByContent() {
        QTemporaryDir dir;
        const fs::path native = fs::path(dir.path().toStdString()) / "run.json"; // misleading name
        const fs::path chrome = fs::path(dir.path().toStdString()) / "run.proclab";
        const Trace trace = sampleRun();
        QCOMPARE(QString::fromStdString(saveTrace(trace, native)), QString());
        QCOMPARE(QString::fromStdString(saveChromeTrace(trace, chrome)), QString());
        Trace a, b;
        QCOMPARE(QString::fromStdString(loadAnyTrace(native, a)), QString());
        QCOMPARE(QString::fromStdString(loadAnyTrace(chrome, b)), QString());
        compareTraces(a, trace);
        compareTraces(b, trace);

        const fs::path other = fs::path(dir.path().toStdString()) / "notes.txt";
        writeText(other, "hello");
        Trace c;
        const std::string error = loadAnyTrace(other, c);
        QVERIFY2(error.find("neither") != std::string::npos, error.c_str());
        QVERIFY(!loadAnyTrace(fs::path(dir.path().toStdString()) / "missing", c).empty());
    }

    void malformedJsonIsAClearError_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << "{\"proclab\": "
                                  << "not valid JSON";
        QTest::newRow("other tool") << "{\"traceEvents\": []}"
                                    << "no \"proclab\"";
        QTest::newRow("array format") << "[]"
                                      << "no \"proclab\"";
        QTest::newRow("wrong format") << "{\"proclab\": {\"format\": \"x\"}}"
                                      << "format";
        QTest::newRow("no native")
            << "{\"proclab\": {\"format\": \"proclab-chrome-trace\", \"version\": 1}}"
            << "nativeTrace";
        QTest::newRow("bad base64") << "{\"proclab\": {\"format\": \"proclab-chrome-trace\", "
                                       "\"version\": 1, \"nativeTrace\": \"@@@@\"}}"
                                    << "base64";
        QTest::newRow("bad native") << "{\"proclab\": {\"format\": \"proclab-chrome-trace\", "
                                       "\"version\": 1, \"nativeTrace\": \"AAAA\"}}"
                                    << "magic";
        QTest::newRow("ours, bad proclab") << "{\"proclab\":{\"format\":\"x\"}, \"tr"
                                           << "JSON";
        QTest::newRow("ours, wrong format") << "{\"proclab\":{\"format\":\"x\"},\"traceEvents\":[]}"
                                            << "format";
        QTest::newRow("ours, cut")
            << "{\"proclab\":{\"format\":\"proclab-chrome-trace\"},\"traceEvents\":[{}"
            << "not valid JSON";
        QTest::newRow("ours, bad head") << "{\"proclab\":{\"format\":[}, \"traceEvents\":[]}"
                                        << "not valid JSON";
        QTest::newRow("future version")
            << "{\"proclab\": {\"format\": \"proclab-chrome-trace\", \"version\": 2}}"
            << "version";
    }

    void reformattedFileStillLoads() {
        // Another tool may re-indent the file or reorder its keys: slower, but it loads.
        const Trace trace = sampleRun();
        json doc = json::parse(chromeTraceJson(trace));
        json reordered = {{"traceEvents", doc["traceEvents"]}, {"proclab", doc["proclab"]}};
        for (const std::string& text : {doc.dump(2), reordered.dump()}) {
            Trace loaded;
            QCOMPARE(QString::fromStdString(decodeChromeTrace(text, loaded)), QString());
            compareTraces(loaded, trace);
        }
    }

    void malformedJsonIsAClearError() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Trace out;
        const std::string error = decodeChromeTrace(text.toStdString(), out);
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
        QVERIFY(out.empty());
    }

    void truncatedFileIsAnError() {
        const std::string text = chromeTraceJson(sampleRun());
        for (size_t n : {size_t(0), size_t(1), text.size() / 3, text.size() / 2, text.size() - 3}) {
            Trace out;
            QVERIFY(!decodeChromeTrace(std::string_view(text).substr(0, n), out).empty());
        }
    }

    void checkerAcceptsMinimalValidDocuments() {
        QCOMPARE(joined(checkTraceEventsText("[]")), QString());
        QCOMPARE(joined(checkTraceEventsText(R"({"traceEvents":[
            {"ph":"X","name":"a","ts":1,"dur":0,"pid":1,"tid":1},
            {"ph":"M","name":"process_name","pid":1,"tid":1,"args":{"name":"p"}},
            {"ph":"s","name":"f","cat":"q","id":7,"ts":1,"pid":1,"tid":1},
            {"ph":"f","name":"f","cat":"q","id":7,"ts":2,"pid":1,"tid":2,"bp":"e"},
            {"ph":"C","name":"c","ts":1,"pid":1,"tid":1,"args":{"depth":3}}]})")),
                 QString());
    }

    void checkerRejectsBrokenInput_data() {
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("expected");
        QTest::newRow("X without dur") << R"([{"ph":"X","name":"a","ts":1,"pid":1,"tid":1}])"
                                       << "without \"dur\"";
        QTest::newRow("negative dur")
            << R"([{"ph":"X","name":"a","ts":1,"dur":-1,"pid":1,"tid":1}])"
            << "negative";
        QTest::newRow("unmatched flow start")
            << R"([{"ph":"s","name":"f","cat":"q","id":1,"ts":1,"pid":1,"tid":1}])"
            << "1 start(s) and 0 finish(es)";
        QTest::newRow("flow finish of another id")
            << R"([{"ph":"s","name":"f","cat":"q","id":1,"ts":1,"pid":1,"tid":1},
                   {"ph":"f","name":"f","cat":"q","id":2,"ts":2,"pid":1,"tid":1}])"
            << "0 start(s) and 1 finish(es)";
        QTest::newRow("flow started twice")
            << R"([{"ph":"s","name":"f","id":1,"ts":1,"pid":1,"tid":1},
                   {"ph":"s","name":"f","id":1,"ts":1,"pid":1,"tid":1},
                   {"ph":"f","name":"f","id":1,"ts":2,"pid":1,"tid":1}])"
            << "2 start(s)";
        QTest::newRow("flow without id") << R"([{"ph":"f","name":"f","ts":1,"pid":1,"tid":1}])"
                                         << "without \"id\"";
        QTest::newRow("unknown phase") << R"([{"ph":"Q","name":"a","ts":1,"pid":1,"tid":1}])"
                                       << "unknown phase";
        QTest::newRow("no ph") << R"([{"name":"a","ts":1,"pid":1,"tid":1}])"
                               << "no \"ph\"";
        QTest::newRow("no ts") << R"([{"ph":"i","name":"a","pid":1,"tid":1}])"
                               << "\"ts\"";
        QTest::newRow("no pid") << R"([{"ph":"i","name":"a","ts":1,"tid":1}])"
                                << "\"pid\"";
        QTest::newRow("no tid") << R"([{"ph":"i","name":"a","ts":1,"pid":1}])"
                                << "\"tid\"";
        QTest::newRow("no name") << R"([{"ph":"i","ts":1,"pid":1,"tid":1}])"
                                 << "\"name\"";
        QTest::newRow("counter text")
            << R"([{"ph":"C","name":"c","ts":1,"pid":1,"tid":1,"args":{"d":"x"}}])"
            << "not a number";
        QTest::newRow("not an event") << R"([3])"
                                      << "not an object";
        QTest::newRow("no traceEvents") << R"({"events":[]})"
                                        << "traceEvents";
        QTest::newRow("not json") << R"([{)"
                                  << "not valid JSON";
    }

    void checkerRejectsBrokenInput() {
        QFETCH(QString, events);
        QFETCH(QString, expected);
        const QString problems = joined(checkTraceEventsText(events.toStdString()));
        QVERIFY2(problems.contains(expected), qPrintable(problems));
    }

    void checkerCatchesOurOutputBroken() {
        // Drop one flow finish from our own output: the checker must notice.
        json doc = json::parse(chromeTraceJson(sampleRun()));
        json& events = doc["traceEvents"];
        for (auto it = events.begin(); it != events.end(); ++it) {
            if ((*it)["ph"] == "f") {
                events.erase(it);
                break;
            }
        }
        QVERIFY(joined(checkTraceEvents(doc)).contains("0 finish(es)"));
        // And an X slice without its duration.
        doc = json::parse(chromeTraceJson(sampleRun()));
        for (json& e : doc["traceEvents"]) {
            if (e["ph"] == "X") {
                e.erase("dur");
                break;
            }
        }
        QVERIFY(joined(checkTraceEvents(doc)).contains("without \"dur\""));
    }

    void savingIntoAMissingDirectoryFailsCleanly() {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "missing" / "run.json";
        QVERIFY(!saveChromeTrace(sampleRun(), path).empty());
        QVERIFY(fs::is_empty(dir.path().toStdString()));
    }

    void realRunsPassTheCheckerAndRoundTrip_data() {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("variant");
        QTest::newRow("producer-consumer sentinel") << "producer-consumer"
                                                    << "sentinel";
        QTest::newRow("counter-race raw") << "counter-race"
                                          << "raw";
        QTest::newRow("pool-square map") << "pool-square"
                                         << "map";
        QTest::newRow("process-basics") << "process-basics"
                                        << "";
    }

    void realRunsPassTheCheckerAndRoundTrip() {
        QFETCH(QString, demo);
        QFETCH(QString, variant);
        const test::EngineRun run = test::runDemo(demo.toStdString(), variant.toStdString());
        QVERIFY2(run.error.empty() && run.exitCode == 0, run.stderrText.c_str());
        QVERIFY(!run.trace.empty());
        const std::string text = chromeTraceJson(run.trace);
        QCOMPARE(joined(checkTraceEventsText(text)), QString());
        Trace loaded;
        QCOMPARE(QString::fromStdString(decodeChromeTrace(text, loaded)), QString());
        compareTraces(loaded, run.trace);
        // One named track per lane of the run.
        const json doc = json::parse(text);
        size_t threadNames = 0;
        for (const json& e : eventsWith(doc, "M"))
            threadNames += e["name"] == "thread_name";
        QCOMPARE(threadNames, run.trace.lanes.size());
    }

    void millionEventsWriteAndLoad() {
        // A raw counter race of 1M events: ~500k state-free stores with ledger entries.
        Trace trace;
        for (int lane = 0; lane < 4; ++lane)
            trace.lane(lane) = LaneInfo{lane, "worker", 100 + lane, -1, StartMethod::Fork, ""};
        std::vector<Event> events;
        events.reserve(1000000);
        int64_t counter = 0;
        int64_t loaded[4] = {0, 0, 0, 0};
        for (int64_t i = 0; i < 1000000; ++i) {
            const int lane = static_cast<int>((i * 7 / 3) % 4);
            if (i % 2 == 0) {
                loaded[lane] = counter;
                events.push_back(ev(i * 10, lane, EventKind::CounterLoad, 0, 0, counter));
            } else {
                const int64_t old = std::exchange(counter, loaded[lane] + 1);
                events.push_back(
                    ev(i * 10, lane, EventKind::CounterStore, 0, 0, loaded[lane] + 1, old));
            }
        }
        trace.append(events);
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "big.json";
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(QString::fromStdString(saveChromeTrace(trace, path)), QString());
        const qint64 saveMs = timer.restart();
        Trace loaded2;
        QCOMPARE(QString::fromStdString(loadChromeTrace(path, loaded2)), QString());
        const qint64 loadMs = timer.restart();
        qInfo("1M events as JSON: write %lld ms, load %lld ms, %.1f MB", saveMs, loadMs,
              double(fs::file_size(path)) / 1e6);
        QCOMPARE(loaded2.size(), trace.size());
        QVERIFY(loaded2.at(999999) == trace.at(999999));
    }
};

QTEST_GUILESS_MAIN(TestChromeTrace)
#include "tst_chrome_trace.moc"
