// Issue 9's "live runs" and "panels that never lie": live time follows the wall clock, the time
// axis ends when the demo ended, Stop is "stopped" (not a crash), increments never run are "not
// done", the console forgets an old run, the counter's numbers follow the cursor, idle pool
// workers are idle, texts fit the variant, trials run the toolbar's settings, and every view of
// the registry is exportable for the runs it speaks about and refused for the others.
#include "engine/test_support.h"

#include "io/trace_file.h"
#include "trace/analysis.h"
#include "trace/counter_ledger.h"
#include "ui/demo_toolbar.h"
#include "ui/export/view_factory.h"
#include "ui/export/view_registry.h"
#include "ui/main_window.h"
#include "ui/model/engine_process.h"
#include "ui/model/run_controller.h"
#include "ui/model/run_model.h"
#include "ui/model/trial_runner.h"
#include "ui/panels/array_panel.h"
#include "ui/panels/code_panel.h"
#include "ui/panels/console_panel.h"
#include "ui/panels/counter_panel.h"
#include "ui/panels/gil_panel.h"
#include "ui/panels/memory_panel.h"
#include "ui/panels/queue_boxes.h"
#include "ui/panels/queue_panel.h"
#include "ui/testing/sample_traces.h"
#include "ui/testing/trace_builder.h"
#include "ui/timeline/lanes_plottable.h"
#include "ui/timeline/timeline_view.h"

#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace proclab;
using namespace proclab::ui;
using proclab::testing::addLane;
using proclab::testing::ev;

namespace {
bool haveEngine() {
    return QFileInfo(enginePath()).isExecutable();
}

void paint(QWidget& w, QSize size) {
    w.resize(size);
    w.show();
    QCoreApplication::processEvents();
    w.grab();
}

// Main forks a child that sleeps; the runner kills both on Stop: exits -9 marked c = 1 for
// the lane the runner reaped, plain -9 for the child main reaped first.
Trace stoppedTrace() {
    Trace t;
    t.demo = "process-basics";
    t.variant = "fork";
    addLane(t, 0, "main", 100, -1, "main");
    addLane(t, 1, "worker-A", 101, 0, "worker");
    t.append(ev(0, 0, EventKind::ProcessCreated, kRunnerLane, 100));
    t.append(ev(1000, 0, EventKind::ProcessStarted, 0, 100));
    t.append(ev(2000, 1, EventKind::ProcessCreated, 0, 101));
    t.append(ev(3000, 1, EventKind::ProcessStarted, 0, 101));
    t.append(ev(4000, 1, EventKind::SleepBegin, 0, 5'000'000'000));
    t.append(ev(5000, 0, EventKind::JoinBegin, 1));
    t.append(ev(900'000, 1, EventKind::ProcessExited, 0, -9, 0));
    t.append(ev(950'000, 0, EventKind::ProcessExited, kRunnerLane, -9, 1));
    return t;
}
} // namespace

class TestLivePanels : public QObject {
    Q_OBJECT
  private slots:
    void stoppedLanesAreStoppedNotCrashed() {
        RunModel model;
        model.setTrace(stoppedTrace());
        QVERIFY(model.cutShort());
        for (const LaneTimeline& l : model.lanes()) {
            QVERIFY(l.life.stopped);
            QVERIFY(!l.life.crashed());
        }
        TimelineView view(&model);
        paint(view, {900, 400});
        const auto& stats = view.lanes()->stats();
        QCOMPARE(stats.crashMarks, 0);
        QCOMPARE(stats.stopMarks, 2);
    }

    void sleepingLaneIsDrawnToNowWhileLive() {
        // The same trace, seen live at 700 µs of wall-clock time: the child has been asleep
        // since 4 µs, and no event has come since.
        const Trace t = stoppedTrace();
        Trace head = t;
        head.clear();
        head.demo = t.demo;
        head.lanes = t.lanes;
        for (size_t i = 0; i < 6; ++i)
            head.append(t.at(i));
        const auto lanes = laneTimelines(head, 700'000);
        QCOMPARE(lanes[1].states.back().state, LaneState::Sleeping);
        QCOMPARE(lanes[1].states.back().begin, int64_t{4000});
        QCOMPARE(lanes[1].states.back().end, int64_t{700'000});
        QCOMPARE(lanes[0].states.back().state, LaneState::WaitingInJoin);
        QCOMPARE(lanes[0].states.back().end, int64_t{700'000});
        QCOMPARE(joinArrows(head, 700'000).front().end, int64_t{700'000});
        // Without `now` the states stop at the last event, which is what froze the picture.
        QCOMPARE(laneTimelines(head)[1].states.back().end, int64_t{5000});
    }

    void liveTimeFollowsTheWallClock() {
        if (!haveEngine())
            QSKIP("proclab-engine not found (run through CTest, which sets PROCLAB_ENGINE)");
        RunModel model;
        RunController controller(&model);
        QSignalSpy finished(&controller, &RunController::finished);
        controller.start(
            {QStringLiteral("process-basics"), QStringLiteral("fork"), {{"sleep_ms", 3000}}});
        // Wait until a worker sleeps, then let wall-clock time pass with no event at all.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(model.lanes().begin(), model.lanes().end(),
                                             [](const LaneTimeline& l) {
                                                 return !l.states.empty() &&
                                                        l.states.back().state ==
                                                            LaneState::Sleeping;
                                             }),
                                 20'000);
        const int64_t before = model.duration();
        QTest::qWait(600);
        QVERIFY(model.isLive());
        // At least 400 ms more of run time after 600 ms of waiting: time moved without events.
        QVERIFY2(model.duration() - before >= 400'000'000,
                 qPrintable(QString::number(model.duration() - before)));
        bool sleptToNow = false;
        for (const LaneTimeline& l : model.lanes())
            sleptToNow |= !l.states.empty() && l.states.back().state == LaneState::Sleeping &&
                          l.states.back().end >= before + 400'000'000;
        QVERIFY(sleptToNow);
        controller.stop();
        QVERIFY(finished.wait(30'000));
        QVERIFY(model.cutShort());
        int crashed = 0, stopped = 0;
        for (const LaneTimeline& l : model.lanes()) {
            crashed += l.life.crashed();
            stopped += l.life.stopped;
        }
        QCOMPARE(crashed, 0);
        QVERIFY(stopped >= 1);
    }

    void aRunJustStartedDoesNotSayPressRun() {
        // Between Run and the first process's record the timeline is empty: it says the run is
        // starting, not "press Run" (a class saw that for a second and pressed again).
        RunModel model;
        TimelineView view(&model);
        paint(view, {800, 400});
        QVERIFY2(view.placeholderText().contains(QStringLiteral("press Run")),
                 qPrintable(view.placeholderText()));
        model.beginLive();
        paint(view, {800, 400});
        QVERIFY2(view.placeholderText().contains(QStringLiteral("Starting")),
                 qPrintable(view.placeholderText()));
        QVERIFY(!view.placeholderText().contains(QStringLiteral("press Run")));
    }

    void itemsNotGotYetAreNoLossWhileLive() {
        // join() before the drain: the producer blocks on a full queue, the consumer starts only
        // after the join times out. While that goes on, the queued items are not got *yet*.
        RunModel model;
        QueuePanel panel(&model);
        RunController controller(&model);
        QSignalSpy finished(&controller, &RunController::finished);
        controller.start({QStringLiteral("producer-consumer"),
                          QStringLiteral("deadlock"),
                          {{"join_timeout_ms", 30000}}});
        QTRY_VERIFY_WITH_TIMEOUT(!model.queues().empty() && model.queues()[0].missed >= 1, 20'000);
        QVERIFY(model.isLive());
        model.setCursor(model.duration());
        paint(panel, {500, 300});
        QVERIFY2(!panel.summaryText().contains(QStringLiteral("never")),
                 qPrintable(panel.summaryText()));
        QVERIFY2(panel.summaryText().contains(QStringLiteral("not got yet")),
                 qPrintable(panel.summaryText()));
        for (const auto& box : panel.boxes()->boxes())
            QVERIFY(!box.neverGot);
        controller.stop();
        QVERIFY(finished.wait(30'000));
        QVERIFY(!model.isLive());
        // Stopped with items still queued: now they were never got, and the panel says so.
        QVERIFY(model.queues()[0].missed >= 1);
        QVERIFY2(panel.summaryText().contains(QStringLiteral("never got")),
                 qPrintable(panel.summaryText()));
    }

    void timeAxisEndsWhenTheDemoEnded() {
        Trace t = samples::processBasics(2, false);
        const int64_t demoEndsAt = demoEnd(t, laneTimelines(t));
        // The runner reaps main long after it ended (a heavy run's rings still draining).
        t.append(ev(demoEndsAt * 3, 0, EventKind::SourceLine, 0, 0, 0, 1));
        RunModel model;
        model.setTrace(t);
        QCOMPARE(model.duration(), demoEndsAt);
        double b = 0, e = 0;
        model.fitRange(b, e);
        QVERIFY(e < static_cast<double>(demoEndsAt) * 1.2);
    }

    void notDoneIsNotLost() {
        // Two workers planned 10 increments (reported up front); the run stopped after 4.
        Trace t;
        t.demo = "counter-race";
        t.variant = "raw";
        addLane(t, 0, "main", 1, -1, "main");
        addLane(t, 1, "worker-1", 2, 0, "worker");
        t.append(
            ev(10, 0, EventKind::Result, static_cast<uint32_t>(ResultKey::CounterExpected), 10));
        int64_t time = 100;
        for (int64_t v = 0; v < 4; ++v) {
            t.append(ev(time++, 1, EventKind::CounterLoad, 0, v));
            t.append(ev(time++, 1, EventKind::CounterStore, 0, v + 1, v));
        }
        t.append(ev(500, 1, EventKind::ProcessExited, 0, -9, 1));
        const CounterLedger c = counterLedger(t);
        QCOMPARE(c.expected, int64_t{10});
        QCOMPARE(c.notDone, int64_t{6});
        QCOMPARE(c.lost, int64_t{0});
        RunModel model;
        model.setTrace(t);
        CounterPanel panel(&model);
        paint(panel, {600, 600});
        QCOMPARE(panel.notDoneText(), QStringLiteral("6"));
        QCOMPARE(panel.lostText(), QStringLiteral("≈0")); // cut short: never shown as exact
        QVERIFY(panel.noteText().contains(QStringLiteral("not lost")));
    }

    void consoleForgetsTheOldRunAfterOpen() {
        // Two runs with as many printed lines: the old rows must not survive the new run.
        RunModel model;
        ConsolePanel console(&model);
        model.setTrace(samples::processBasics(2, false));
        const int rows = console.table()->rowCount();
        QVERIFY(rows > 0);
        Trace other = samples::processBasics(2, false);
        for (std::string& s : other.texts)
            s = "other " + s;
        model.setTrace(other);
        QCOMPARE(console.table()->rowCount(), rows);
        for (int r = 0; r < rows; ++r)
            QVERIFY2(console.table()->item(r, 2)->text().startsWith(QStringLiteral("other ")),
                     qPrintable(console.table()->item(r, 2)->text()));
        // Choosing a demo: no rows at all, and the choice carries its code.
        model.showChoice(QStringLiteral("counter-race"), QStringLiteral("raw"),
                         QStringLiteral("print(1)"));
        QCOMPARE(console.table()->rowCount(), 0);
        QVERIFY(model.isChoiceOnly());
        QVERIFY(!model.hasTrace());
        QCOMPARE(model.trace().pythonSource, std::string("print(1)"));
    }

    void windowForgetsTheOldRunOnOpenAndOnAChoice() {
        // File → Open of a run with as many printed lines as the one on screen.
        QTemporaryDir dir;
        Trace first = samples::processBasics(2, false);
        Trace second = first;
        for (std::string& s : second.texts)
            s = "second " + s;
        const QString a = dir.filePath(QStringLiteral("a.proclab"));
        const QString b = dir.filePath(QStringLiteral("b.proclab"));
        QCOMPARE(saveTrace(first, a.toStdString()), std::string());
        QCOMPARE(saveTrace(second, b.toStdString()), std::string());
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QCOMPARE(window.openFile(a), QString());
        QCOMPARE(window.openFile(b), QString());
        QTableWidget* table = window.consolePanel()->table();
        QVERIFY(table->rowCount() > 0);
        for (int r = 0; r < table->rowCount(); ++r)
            QVERIFY2(table->item(r, 2)->text().startsWith(QStringLiteral("second ")),
                     qPrintable(table->item(r, 2)->text()));
        // Choosing another demo: the old run is gone, the new demo's code is there at once.
        auto* toolbar = window.findChild<DemoToolbar*>();
        QVERIFY(toolbar->selectDemo(QStringLiteral("counter-race")));
        QVERIFY(window.model()->isChoiceOnly());
        QCOMPARE(window.model()->trace().demo, std::string("counter-race"));
        QVERIFY(QString::fromStdString(window.model()->trace().pythonSource)
                    .contains(QStringLiteral("counter.value")));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(window.model()->lanes().empty());
    }

    void aTracedScriptIsNotADemoChoice() {
        // A traced Python script with a shared counter, then a demo run of ours.
        QTemporaryDir dir;
        Trace script = samples::counterRace(2, 20, 3);
        script.demo = "python";
        script.variant = "counter_race.py";
        const QString py = dir.filePath(QStringLiteral("py.proclab"));
        const QString demo = dir.filePath(QStringLiteral("demo.proclab"));
        QCOMPARE(saveTrace(script, py.toStdString()), std::string());
        QCOMPARE(saveTrace(samples::counterRace(2, 20, 3), demo.toStdString()), std::string());
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        auto* toolbar = window.findChild<DemoToolbar*>();
        QPushButton* trials = window.counterPanel()->trialButton();
        QCOMPARE(window.openFile(demo), QString());
        QVERIFY(toolbar->tracedScriptText().isEmpty());
        QVERIFY(trials->isEnabled()); // a counter demo: trials repeat it
        QCOMPARE(window.openFile(py), QString());
        QVERIFY2(toolbar->tracedScriptText().contains(QStringLiteral("counter_race.py")),
                 qPrintable(toolbar->tracedScriptText()));
        QVERIFY(!trials->isEnabled()); // no demo called "python" to repeat
        QVERIFY(!trials->toolTip().isEmpty());
        // Choosing a demo replaces the script on screen.
        QVERIFY(toolbar->selectDemo(QStringLiteral("producer-consumer")));
        QVERIFY(toolbar->tracedScriptText().isEmpty());
        QCOMPARE(window.openFile(py), QString());
        QVERIFY(!toolbar->tracedScriptText().isEmpty());
        QCOMPARE(window.openFile(demo), QString());
        QVERIFY(toolbar->tracedScriptText().isEmpty());
        QVERIFY(trials->isEnabled());
    }

    void counterNumbersFollowTheCursor() {
        RunModel model;
        model.setTrace(samples::counterRace(4, 50, 7));
        const CounterLedger& c = *model.counter();
        QVERIFY(c.entries.size() >= 2);
        CounterPanel panel(&model);
        paint(panel, {600, 700});
        QCOMPARE(panel.finalText(), QString::number(c.final));
        QCOMPARE(panel.lostText(), QString::number(c.lost));
        // Just after the second lost update: the value then, the updates lost until then.
        const LedgerReader reader(model.trace(), c);
        const LostUpdate second = reader.entry(1);
        model.setCursor(second.storeTime);
        int64_t value = 0;
        for (const SeriesPoint& p : actualSeries(model.trace(), c))
            if (p.t <= second.storeTime)
                value = p.value;
        QCOMPARE(panel.finalText(), QString::number(value));
        QCOMPARE(panel.lostText(), QString::number(reader.entry(0).erased() + second.erased()));
        model.setCursor(0);
        QCOMPARE(panel.lostText(), QStringLiteral("0"));
    }

    void idlePoolWorkersAreIdle() {
        RunModel model;
        model.setTrace(samples::poolSquare(4, 5, 1));
        const PoolAnalysis& pool = *model.pool();
        int idle = 0;
        for (const PoolTask& task : pool.tasks)
            QVERIFY(task.worker > 0);
        for (size_t lane = 1; lane < model.lanes().size(); ++lane) {
            for (const StateInterval& s : model.lanes()[lane].states) {
                if (s.state == LaneState::Idle)
                    ++idle;
                if (s.state != LaneState::Running)
                    continue;
                // Every running stretch of a worker lies inside one of its tasks.
                const bool inTask =
                    std::any_of(pool.tasks.begin(), pool.tasks.end(), [&](const PoolTask& t) {
                        return t.worker == static_cast<int>(lane) && t.start <= s.begin &&
                               (t.end < 0 || s.end <= t.end);
                    });
                QVERIFY2(inTask, qPrintable(QStringLiteral("lane %1 running %2..%3")
                                                .arg(lane)
                                                .arg(s.begin)
                                                .arg(s.end)));
            }
        }
        QVERIFY(idle > 0);
    }

    void counterTextFitsTheVariant() {
        Trace exact = samples::counterRace(2, 20, 3);
        exact.variant = "get-lock";
        RunModel model;
        CounterPanel panel(&model);
        model.setTrace(exact);
        QVERIFY(!panel.noteText().contains(QStringLiteral("luck")));
        QVERIFY(panel.noteText().contains(QStringLiteral("Exact")));
        exact.variant = "atomic";
        model.setTrace(exact);
        QVERIFY(panel.noteText().contains(QStringLiteral("atomic")));
        QVERIFY(!panel.noteText().contains(QStringLiteral("luck")));
    }

    void gilPanelSaysWhatTheCoresAllow() {
        Trace t;
        t.demo = "gil-vs-processes";
        t.params["workers"] = 4;
        addLane(t, 0, "main", 1, -1, "main");
        t.append(ev(10, 0, EventKind::GilAcquired));
        t.append(ev(20, 0, EventKind::GilReleased));
        t.append(ev(30, 0, EventKind::Result, static_cast<uint32_t>(ResultKey::ElapsedNs),
                    400'000'000, 0));
        t.append(ev(40, 0, EventKind::Result, static_cast<uint32_t>(ResultKey::ElapsedNs),
                    210'000'000, 1));
        RunModel model;
        model.setTrace(t);
        GilPanel panel(&model);
        panel.setCores(2);
        paint(panel, {600, 400});
        QVERIFY2(panel.noteText().contains(QStringLiteral("4 processes cannot give 4× on 2 cores")),
                 qPrintable(panel.noteText()));
        QCOMPARE(panel.speedupText(), QStringLiteral("speedup 1.9×"));
    }

    void arrayPanelFollowsTheCursor() {
        // Before the end the array's bars and sentence are the cursor's (done so far, value
        // then, lost so far), never the run's outcome; at the end, the whole run's.
        if (!haveEngine())
            QSKIP("proclab-engine not found");
        const test::EngineRun run = test::runDemo("shared-array", "no-lock");
        QVERIFY2(run.end.seen && run.end.status == RunStatus::Ok, run.stderrText.c_str());
        RunModel model;
        model.setTrace(run.trace);
        QVERIFY(model.array().has_value());
        ArrayPanel panel(&model);
        paint(panel, {700, 300});
        QVERIFY2(panel.summaryText().startsWith(QStringLiteral("Each element should reach")),
                 qPrintable(panel.summaryText()));
        // Halfway through the stores: each element's done-so-far is what the analysis up to
        // the cursor counts, and lost so far obeys the ledger there.
        const ArrayAnalysis whole = *model.array();
        int64_t half = 0;
        for (size_t i = 0, n = 0; i < run.trace.size(); ++i)
            if (run.trace.kind(i) == EventKind::ArrayStore && ++n == 500) {
                half = run.trace.time(i);
                break;
            }
        QVERIFY(half > 0);
        model.setCursor(half);
        const ArrayAnalysis part = analyseArray(run.trace, whole.array, half);
        int64_t done = 0;
        for (const ArrayElement& e : part.elements)
            done += e.stores;
        QVERIFY(done >= 500 &&
                done < static_cast<int64_t>(whole.elements.size()) * whole.expectedPerElement);
        QVERIFY2(panel.summaryText().contains(QStringLiteral("%1 increments done").arg(done)),
                 qPrintable(panel.summaryText()));
        QVERIFY2(!panel.summaryText().contains(QStringLiteral("should reach")),
                 qPrintable(panel.summaryText()));
        model.setCursor(model.duration());
        QVERIFY(panel.summaryText().startsWith(QStringLiteral("Each element should reach")));
    }

    void memoryPanelShowsBothCopiesAndTheSharedValue() {
        if (!haveEngine())
            QSKIP("proclab-engine not found");
        const test::EngineRun run = test::runDemo("memory-isolation", "fork");
        QVERIFY2(run.end.seen && run.end.status == RunStatus::Ok, run.stderrText.c_str());
        RunModel model;
        model.setTrace(run.trace);
        MemoryPanel panel(&model);
        paint(panel, {700, 300});
        QCOMPARE(panel.parentText(), QStringLiteral("0"));
        QCOMPARE(panel.childText(), QStringLiteral("100"));
        QCOMPARE(panel.sharedText(), QStringLiteral("100"));
        model.setCursor(0); // before the demo reported anything: nothing given away
        QCOMPARE(panel.parentText(), QStringLiteral("?"));
    }

    void registryViewsAreExportableOrRefused() {
        QVERIFY(viewIds().contains(QStringLiteral("array")));
        QVERIFY(viewIds().contains(QStringLiteral("memory")));
        QVERIFY(viewIds().contains(QStringLiteral("gil")));
        QVERIFY(viewProblem(QStringLiteral("queue"), "counter-race") != std::string());
        QVERIFY(viewProblem(QStringLiteral("nonsense"), "counter-race") != std::string());
        QCOMPARE(viewProblem(QStringLiteral("gil"), "gil-vs-processes"), std::string());
        QCOMPARE(viewProblem(QStringLiteral("timeline"), "pool-square"), std::string());
        RunModel model;
        model.setTrace(samples::counterRace(2, 20, 3));
        for (const ViewInfo& v : viewRegistry()) {
            if (!viewRelevantTo(v, "counter-race"))
                continue;
            auto w = makeExportView(v.id, &model);
            QVERIFY2(w, qPrintable(v.id));
        }
    }

    void trialsRunTheToolbarsSettingsAndStop() {
        if (!haveEngine())
            QSKIP("proclab-engine not found");
        RunModel model;
        model.setTrace(samples::counterRace(2, 20, 3)); // the run on screen: 2 x 20, raw
        CounterPanel panel(&model);
        // The toolbar says otherwise: trials must run this.
        panel.setRequestSource([] {
            return RunRequestUi{QStringLiteral("counter-race"),
                                QStringLiteral("atomic"),
                                {{"workers", 3}, {"iterations", 7}}};
        });
        paint(panel, {700, 700});
        QSignalSpy running(&panel, &CounterPanel::trialsRunningChanged);
        QSignalSpy done(panel.trials(), &TrialRunner::allFinished);
        panel.trialButton()->click();
        QCOMPARE(running.count(), 1);
        QVERIFY(running.first().at(0).toBool());
        QVERIFY(done.wait(120'000));
        QCOMPARE(running.count(), 2);
        QVERIFY(!running.last().at(0).toBool());
        QCOMPARE(panel.trials()->expected(), qint64{21}); // 3 x 7: the toolbar's, not 2 x 20
        for (qint64 f : panel.trials()->finals())
            QCOMPARE(f, qint64{21}); // atomic: exact every time
        QCOMPARE(panel.histogramCount(), 1);
        QVERIFY(panel.histogramTitle(0).contains(QStringLiteral("atomic")));
        QVERIFY(panel.histogramTitle(0).contains(QStringLiteral("iterations=7")));
        // Started again, then stopped at once: nothing keeps running.
        panel.trialButton()->click();
        QVERIFY(panel.trials()->isRunning());
        panel.trialButton()->click();
        QVERIFY(!panel.trials()->isRunning());
        QVERIFY(!running.last().at(0).toBool());
    }
};

QTEST_MAIN(TestLivePanels)
#include "tst_live_panels.moc"
