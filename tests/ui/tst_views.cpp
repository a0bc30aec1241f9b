// Views show what the trace holds: lanes = processes, lost-update marks = ledger entries,
// queue boxes = items at the cursor, code highlights = lines at the cursor, and so on.
// Hand-made traces; offscreen; each view is painted (grab()) before its output is checked.
#include "ui/hand_traces.h"

#include "trace/analysis.h"
#include "trace/counter_ledger.h"
#include "ui/model/run_model.h"
#include "ui/panels/code_panel.h"
#include "ui/panels/console_panel.h"
#include "ui/panels/counter_panel.h"
#include "ui/panels/pool_view.h"
#include "ui/panels/queue_boxes.h"
#include "ui/panels/queue_panel.h"
#include "ui/testing/sample_traces.h"
#include "ui/testing/trace_records.h"
#include "ui/timeline/lanes_plottable.h"
#include "ui/timeline/timeline_view.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <set>

using namespace proclab;
using namespace proclab::ui;

namespace {
void paint(QWidget& w, QSize size = {1200, 600}) {
    w.resize(size);
    (void)w.grab(); // forces layout and a full paint
    if (auto* plot = qobject_cast<QCustomPlot*>(&w)) {
        plot->replot(QCustomPlot::rpImmediateRefresh);
        (void)w.grab();
    }
}
} // namespace

class TestViews : public QObject {
    Q_OBJECT
  private slots:
    void timelineHasOneLanePerProcess() {
        RunModel model;
        model.setTrace(test::twoLostUpdates());
        TimelineView view(&model);
        paint(view);
        QCOMPARE(view.laneLabels(), QStringList({QStringLiteral("main (pid 100)"),
                                                 QStringLiteral("worker-1 (pid 101)"),
                                                 QStringLiteral("worker-2 (pid 102)")}));
        QCOMPARE(view.lanes()->stats().lanes, 3);
    }

    void lostUpdateMarksAreTheLedgerEntries() {
        const Trace trace = test::twoLostUpdates();
        const CounterLedger ledger = counterLedger(trace);
        QCOMPARE(ledger.lost, 2);
        std::vector<std::pair<int, int64_t>> expected;
        const LedgerReader reader(trace, ledger);
        for (size_t k = 0; k < reader.entryCount(); ++k)
            if (const LostUpdate u = reader.entry(k); u.erased() > 0)
                expected.emplace_back(u.lane, u.storeTime);
        QCOMPARE(expected.size(), size_t(2));
        RunModel model;
        model.setTrace(trace);
        TimelineView view(&model);
        paint(view);
        QCOMPARE(view.lanes()->stats().lostAt, expected);
        QCOMPARE(view.lanes()->stats().lostMarks, 2);
    }

    void crashAndExitMarks() {
        RunModel model;
        model.setTrace(test::twoLostUpdates()); // worker-2 dies of SIGSEGV
        TimelineView view(&model);
        paint(view);
        QCOMPARE(view.lanes()->stats().crashMarks, 1);
        QCOMPARE(view.lanes()->stats().exitMarks, 1);
    }

    void onlyTheVisibleWindowIsDrawn() {
        RunModel model;
        model.setTrace(test::twoLostUpdates());
        TimelineView view(&model);
        model.setViewRange(2950, 3400); // only the second lost update
        paint(view);
        QCOMPARE(view.lanes()->stats().lostMarks, 1);
        QCOMPARE(view.lanes()->stats().lostAt.front().first, 2);
    }

    void subPixelIntervalsAreFolded() {
        // 200k events across 1200 pixels: the timeline must not draw one rect per interval.
        RunModel model;
        model.setTrace(samples::counterRaceWithEvents(200'000));
        TimelineView view(&model);
        paint(view, {1200, 500});
        const auto& s = view.lanes()->stats();
        const int lanes = s.lanes;
        QVERIFY(s.stateRects + s.foldedColumns <= lanes * 1200 * 2);
    }

    void joinArrowsAreTheJoins() {
        RunModel model;
        model.setTrace(samples::processBasics(2, false));
        TimelineView view(&model);
        paint(view);
        QCOMPARE(view.lanes()->stats().joinArrows, static_cast<int>(model.joins().size()));
        QCOMPARE(model.joins().size(), size_t(2));
    }

    void queueBoxesAreTheItemsAtTheCursor_data() {
        QTest::addColumn<qint64>("cursor");
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<QList<bool>>("neverGot");
        QTest::newRow("before any put") << qint64(500) << QList<qint64>{} << QList<bool>{};
        QTest::newRow("one put") << qint64(1000) << QList<qint64>{10} << QList<bool>{false};
        QTest::newRow("two, FIFO")
            << qint64(2200) << QList<qint64>{10, 11} << QList<bool>{false, false};
        QTest::newRow("after a get") << qint64(2600) << QList<qint64>{11} << QList<bool>{false};
        QTest::newRow("at the end: the missed ones")
            << qint64(9000) << QList<qint64>{13, 14} << QList<bool>{true, true};
    }
    void queueBoxesAreTheItemsAtTheCursor() {
        QFETCH(qint64, cursor);
        QFETCH(QList<qint64>, values);
        QFETCH(QList<bool>, neverGot);
        RunModel model;
        model.setTrace(test::queueWithMissedItems());
        QueuePanel panel(&model);
        model.setCursor(cursor);
        paint(panel);
        const auto boxes = panel.boxes()->boxes();
        QList<qint64> shown;
        QList<bool> missed;
        for (const auto& b : boxes) {
            shown << b.value;
            missed << b.neverGot;
        }
        QCOMPARE(shown, values);
        QCOMPARE(missed, neverGot);
        QVERIFY(panel.summaryText().contains(QStringLiteral("never got 2")));
    }

    void codeHighlightsAreTheLinesAtTheCursor_data() {
        QTest::addColumn<qint64>("cursor");
        QTest::addColumn<int>("worker1Line");
        QTest::addColumn<int>("worker2Line");
        QTest::newRow("both started, line 1") << qint64(1500) << 1 << 1;
        QTest::newRow("in the loop") << qint64(2150) << 2 << 2;
    }
    void codeHighlightsAreTheLinesAtTheCursor() {
        QFETCH(qint64, cursor);
        QFETCH(int, worker1Line);
        QFETCH(int, worker2Line);
        const Trace trace = test::twoLostUpdates();
        RunModel model;
        model.setTrace(trace);
        CodePanel panel(&model);
        model.setCursor(cursor);
        paint(panel);
        const auto lines = panel.highlightedLines();
        // What the panel shows is what the analysis says, lane by lane.
        for (int lane = 0; lane < trace.laneCount(); ++lane) {
            const int line = currentLine(trace, lane, cursor);
            if (line > 0)
                QCOMPARE(lines.at(lane), line);
            else
                QVERIFY(!lines.count(lane));
        }
        QCOMPARE(lines.at(1), worker1Line);
        QCOMPARE(lines.at(2), worker2Line);
        // One highlight per distinct line: lanes on the same line share it.
        std::set<int> distinct;
        for (const auto& [l, line] : lines)
            distinct.insert(line);
        QCOMPARE(panel.editor()->extraSelections().size(), static_cast<qsizetype>(distinct.size()));
    }

    void counterShowsExpectedFinalLost() {
        RunModel model;
        model.setTrace(samples::counterRace(4, 50, 7));
        const CounterLedger& c = *model.counter();
        CounterPanel panel(&model);
        paint(panel, {600, 700});
        QCOMPARE(panel.expectedText(), QString::number(c.expected));
        QCOMPARE(panel.finalText(), QString::number(c.final));
        QCOMPARE(panel.lostText(), QString::number(c.lost));
        QCOMPARE(c.lost, c.expected - c.final);
        panel.showTrials({200, 190, 200, 185}, 200);
        QVERIFY(panel.histogram()->isVisibleTo(&panel));
        QCOMPARE(panel.histogram()->plottableCount(), 2);
    }

    void poolShowsTasksOnWorkersAndResults() {
        RunModel model;
        model.setTrace(samples::poolSquare(2, 6, 2));
        PoolView view(&model);
        paint(view, {600, 400});
        const auto rows = view.rows();
        QCOMPARE(rows.size(), size_t(2));
        QStringList all;
        for (const auto& [worker, labels] : rows)
            all += labels;
        all.sort();
        QCOMPARE(all, QStringList({QStringLiteral("1 → 1"), QStringLiteral("2 → 4"),
                                   QStringLiteral("3 → 9"), QStringLiteral("4 → 16"),
                                   QStringLiteral("5 → 25"), QStringLiteral("6 → 36")}));
        QCOMPARE(view.resultText(), QStringLiteral("[1, 4, 9, 16, 25, 36]"));
    }

    void poolShowsIdleWorkersAndWhy() {
        // Two tasks for four workers: two rows stay empty, and the panel says why.
        RunModel model;
        model.setTrace(samples::poolSquare(4, 2, 1));
        PoolView view(&model);
        paint(view, {600, 400});
        const auto rows = view.rows();
        QCOMPARE(rows.size(), size_t(4));
        int idle = 0;
        for (const auto& [worker, labels] : rows)
            idle += labels.isEmpty();
        QCOMPARE(idle, 2);
        QVERIFY(view.explanation().contains(QStringLiteral("starting a worker")));
    }

    void timelineMarksPoolTasks() {
        RunModel model;
        model.setTrace(samples::poolSquare(4, 5, 1));
        TimelineView view(&model);
        paint(view);
        // The whole run: each task is a tick (too short to be a slice).
        QCOMPARE(view.lanes()->stats().poolTaskTicks, 5);
        QCOMPARE(view.lanes()->stats().poolTaskSlices, 0);
        // Zoomed in on worker-1's two tasks (started at 638 and 650 µs, 1.5 µs each): slices.
        model.setViewRange(637'000, 653'000);
        paint(view);
        QVERIFY(view.lanes()->stats().poolTaskSlices >= 2);
    }

    void consoleLinesMoveTheCursor() {
        RunModel model;
        model.setTrace(samples::processBasics(2, false));
        ConsolePanel panel(&model);
        paint(panel, {600, 300});
        QCOMPARE(panel.table()->rowCount(), static_cast<int>(model.console().size()));
        QVERIFY(panel.table()->rowCount() >= 4);
        QSignalSpy spy(&model, &RunModel::cursorChanged);
        emit panel.table()->cellClicked(1, 2);
        QCOMPARE(model.cursor(), model.console()[1].t);
        QCOMPARE(spy.count(), 1);
    }

    void cursorStepsFromEventToEvent() {
        RunModel model;
        model.setTrace(test::twoLostUpdates());
        model.setCursor(2000);
        model.stepToNextEvent();
        QCOMPARE(model.cursor(), qint64(2100));
        model.stepToPreviousEvent();
        QCOMPARE(model.cursor(), qint64(2000));
        model.stepToPreviousEvent();
        QCOMPARE(model.cursor(), qint64(1100));
    }

    void liveStreamIsCoalesced() {
        // The runner's byte stream, fed in small chunks: views are told at most every ~33 ms.
        const Trace source = samples::counterRace(2, 200, 5);
        StreamWriter w;
        w.hello(source);
        for (const LaneInfo& l : source.lanes)
            w.lane(l);
        w.events(testing::toRecords(source));
        w.end(RunStatus::Ok, "ok");
        const std::string bytes = w.buffer();
        RunModel model;
        QSignalSpy changed(&model, &RunModel::traceChanged);
        model.beginLive();
        const int afterBegin = changed.count();
        for (size_t off = 0; off < bytes.size(); off += 97)
            QVERIFY(model.feed(std::string_view(bytes).substr(off, 97)));
        QCOMPARE(changed.count(), afterBegin); // nothing redrawn synchronously per chunk
        QTRY_VERIFY(changed.count() > afterBegin);
        model.endLive();
        QCOMPARE(model.trace().size(), source.size());
        QVERIFY(!model.isLive());
    }
};

QTEST_MAIN(TestViews)
#include "tst_views.moc"
