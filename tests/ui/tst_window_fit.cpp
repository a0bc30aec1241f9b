// The main window at a projector's size (issue 9, items 9 and 10): the lanes keep readable rows
// (the legend folds first, also beside a side panel), the code panel leaves the demo's panel
// its share when the window grows, and a narrow time axis still shows a scale.
#include "ui/gui_entry.h"
#include "ui/main_window.h"
#include "ui/model/run_model.h"
#include "ui/style/theme.h"
#include "ui/testing/gui_test_setup.h"
#include "ui/testing/sample_traces.h"
#include "ui/testing/trace_builder.h"
#include "ui/timeline/time_ticker.h"
#include "ui/timeline/timeline_view.h"

#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <bit>
#include <vector>

using namespace proclab;
using namespace proclab::ui;

namespace {
using testing::ev;

int64_t bits(double d) {
    return std::bit_cast<int64_t>(d);
}

// Two workers adding 1 to each of five doubles four times; worker-2 now and then writes back a
// value it read before worker-1's store (a lost update), as in the shared-array demo.
Trace arrayRace() {
    Trace t;
    t.demo = "shared-array";
    t.variant = "no-lock";
    t.params["length"] = 5;
    testing::addLane(t, 0, "main", 1, -1, "main");
    testing::addLane(t, 1, "worker-1", 2, 0, "worker");
    testing::addLane(t, 2, "worker-2", 3, 0, "worker");
    t.append(ev(0, 0, EventKind::ProcessStarted, 0, 1, 0, 1));
    t.append(ev(10, 0, EventKind::Result, static_cast<uint32_t>(ResultKey::CounterExpected), 40));
    t.append(ev(20, 1, EventKind::ProcessStarted, 0, 2, 0, 1));
    t.append(ev(30, 2, EventKind::ProcessStarted, 0, 3, 0, 1));
    std::vector<double> cell(5, 0);
    int64_t time = 100;
    for (int round = 0; round < 4; ++round)
        for (int w = 1; w <= 2; ++w)
            for (uint32_t i = 0; i < 5; ++i) {
                const double before = cell[i];
                const bool stale = w == 2 && before > 0 && (round + i) % 2 == 0;
                const double written = (stale ? before - 1 : before) + 1;
                t.append(ev(time++, w, EventKind::ArrayStore, i, bits(written), bits(before)));
                cell[i] = written;
            }
    for (int lane : {1, 2, 0})
        t.append(ev(time += 10, lane, EventKind::ProcessEnding, 0, 0, 0, 1));
    return t;
}

// Threads 400 ms, processes 210 ms (as the demo reports them), four workers.
Trace gilRun() {
    Trace t;
    t.demo = "gil-vs-processes";
    t.params["workers"] = 4;
    testing::addLane(t, 0, "main", 1, -1, "main");
    t.append(ev(10, 0, EventKind::GilAcquired));
    t.append(ev(20, 0, EventKind::GilReleased));
    t.append(
        ev(30, 0, EventKind::Result, static_cast<uint32_t>(ResultKey::ElapsedNs), 400'000'000, 0));
    t.append(
        ev(40, 0, EventKind::Result, static_cast<uint32_t>(ResultKey::ElapsedNs), 210'000'000, 1));
    t.append(ev(50, 0, EventKind::ProcessEnding, 0, 0, 0, 1));
    return t;
}

// spawn: the child's counter 100, the parent's 0, the shared Value 100.
Trace memoryRun() {
    Trace t;
    t.demo = "memory-isolation";
    t.variant = "spawn";
    testing::addLane(t, 0, "main", 1, -1, "main");
    testing::addLane(t, 1, "child", 2, 0, "worker");
    t.append(ev(0, 0, EventKind::ProcessStarted, 0, 1, 0, 1));
    t.append(ev(10, 1, EventKind::ProcessStarted, 0, 2, 0, 1));
    t.append(ev(20, 1, EventKind::Result, static_cast<uint32_t>(ResultKey::ChildGlobal), 100));
    t.append(ev(30, 1, EventKind::ProcessEnding, 0, 0, 0, 1));
    t.append(ev(40, 0, EventKind::Result, static_cast<uint32_t>(ResultKey::ParentGlobal), 0));
    t.append(ev(41, 0, EventKind::Result, static_cast<uint32_t>(ResultKey::SharedValue), 100));
    t.append(ev(50, 0, EventKind::ProcessEnding, 0, 0, 0, 1));
    return t;
}

void settle() {
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}
} // namespace

class TestWindowFit : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { testing::startGuiTest(); }
    void cleanup() { theme().setTextScale(1.0); }

    void narrowTimeAxisKeepsAScale() {
        // A 46 ms run on a timeline squeezed beside the Lesson dock: two ticks' worth of room
        // rounded to a 50 ms step and left a lone "0". Two labels at least give the scale.
        QCustomPlot plot;
        installTimeTicker(plot.xAxis);
        plot.resize(260, 200);
        plot.xAxis->setRange(-1e6, 46e6);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        int inside = 0;
        for (double t : plot.xAxis->tickVector())
            inside += plot.xAxis->range().contains(t) ? 1 : 0;
        QVERIFY2(inside >= 2, qPrintable(QString::number(inside)));
    }

    void timeLabelsNeverNeedFiveDigits() {
        // The counter chart's window of 6.5..12.5 ms in a narrow dock: "8000 10000 12000 µs" ran
        // together; one unit up they read "8 10 12 ms". A range near 0 keeps its own unit.
        QCOMPARE(QString::fromUtf8(TimeTicker::unitFor(QCPRange(6.5e6, 12.5e6)).suffix),
                 QStringLiteral("ms"));
        QCOMPARE(QString::fromUtf8(TimeTicker::unitFor(QCPRange(0, 8e6)).suffix),
                 QStringLiteral("µs"));
        QCOMPARE(QString::fromUtf8(TimeTicker::unitFor(QCPRange(0, 400)).suffix),
                 QStringLiteral("ns"));
    }

    void lanesStayReadableInTheProjectorWindow_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void lanesStayReadableInTheProjectorWindow() {
        // 1024x700, main and four racing workers, Chinese legend entries two to a row: the
        // legend took a third of the timeline and left each lane 18 px. It folds instead, and
        // every lane row keeps at least 30 px.
        QFETCH(QString, language);
        QVERIFY(installTranslators(language));
        const auto english = qScopeGuard([] { installTranslators(QStringLiteral("en")); });
        MainWindow window;
        window.model()->setTrace(samples::counterRace(4, 300, 3));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showRelevantDocks();
        settle();
        auto* timeline = window.findChild<TimelineView*>();
        QVERIFY(timeline);
        timeline->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(window.model()->lanes().size(), size_t(5));
        const double row =
            std::abs(timeline->yAxis->coordToPixel(1) - timeline->yAxis->coordToPixel(0));
        QVERIFY2(row >= 30, qPrintable(QStringLiteral("lane rows of %1 px in a timeline %2 px "
                                                      "high, legend folded: %3")
                                           .arg(row)
                                           .arg(timeline->height())
                                           .arg(timeline->legendFolded())));
    }

    void panelBelowTheCodeKeepsItsShareWhenTheWindowGrows() {
        // Opened at a projector's size, then maximised: the code panel took the new height and
        // left the queue's chart 30 px. The code keeps its ten lines and two fifths at most.
        MainWindow window;
        window.model()->setTrace(samples::producerConsumer(5, 2));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showRelevantDocks();
        settle();
        window.resize(1920, 1080);
        settle();
        auto* code = window.findChild<QDockWidget*>(QStringLiteral("codeDock"));
        auto* queue = window.findChild<QDockWidget*>(QStringLiteral("queueDock"));
        QVERIFY(code && queue && queue->isVisible());
        const int column = code->height() + queue->height();
        QVERIFY2(code->height() <= column * 2 / 5 + 24 ||
                     code->height() <= code->minimumSizeHint().height() + 24,
                 qPrintable(QStringLiteral("code %1 px, queue %2 px")
                                .arg(code->height())
                                .arg(queue->height())));
        auto* editor = code->findChild<QPlainTextEdit*>();
        QVERIFY(editor);
        QVERIFY(editor->height() >= editor->minimumHeight()); // its ten lines
    }

    void demoPanelFitsItsDockInTheProjectorWindow_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("demo");
        for (const char* lang : {"en", "zh_CN"})
            for (const char* demo : {"counter", "queue", "pool", "array", "gil", "memory"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(demo, lang)))
                    << QString::fromLatin1(lang) << QString::fromLatin1(demo);
    }
    void demoPanelFitsItsDockInTheProjectorWindow() {
        // A finished run opened at 1024x700: the counter, queue and pool panels had to be
        // scrolled, the counter chart's time axis and the queue's boxes below the dock's edge.
        QFETCH(QString, language);
        QFETCH(QString, demo);
        QVERIFY(installTranslators(language));
        const auto english = qScopeGuard([] { installTranslators(QStringLiteral("en")); });
        MainWindow window;
        window.model()->setTrace(demo == QLatin1String("counter") ? samples::counterRace(4, 300, 3)
                                 : demo == QLatin1String("queue") ? samples::producerConsumer(5, 5)
                                 : demo == QLatin1String("pool")  ? samples::poolSquare(4, 12, 1)
                                 : demo == QLatin1String("array") ? arrayRace()
                                 : demo == QLatin1String("gil")   ? gilRun()
                                                                  : memoryRun());
        // 50 px lower than the projector's 700: under Xvfb the window's toolbar takes two rows
        // and a status bar shows, and the panel's dock gets ~210 px; offscreen it got 265.
        window.resize(1024, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showRelevantDocks();
        window.model()->setCursor(window.model()->trace().duration());
        settle();
        const QString name = demo == QLatin1String("counter") ? QStringLiteral("counterPanel")
                             : demo == QLatin1String("queue") ? QStringLiteral("queuePanel")
                             : demo == QLatin1String("pool")  ? QStringLiteral("poolView")
                             : demo == QLatin1String("array") ? QStringLiteral("arrayPanel")
                             : demo == QLatin1String("gil")   ? QStringLiteral("gilPanel")
                                                              : QStringLiteral("memoryPanel");
        auto* panel = window.findChild<QWidget*>(name);
        QVERIFY2(panel && panel->isVisible() && panel->parentWidget(), qPrintable(name));
        const QWidget* view = panel->parentWidget();
        QVERIFY2(panel->height() <= view->height() + 1,
                 qPrintable(QStringLiteral("%1 %2 px in a dock showing %3 px")
                                .arg(name)
                                .arg(panel->height())
                                .arg(view->height())));
        if (demo == QLatin1String("counter")) { // and the chart is still a chart
            auto* chart = panel->findChild<QCustomPlot*>();
            QVERIFY(chart);
            QVERIFY2(chart->height() >= 120, qPrintable(QString::number(chart->height())));
        }
    }

    void counterNumbersAreNeverCutMidRun() {
        // Mid-run the captions say "expected so far": beside them, in the projector's low dock,
        // "2060" showed as "206" in an export, and here the numbers shrank to 11 pt. Every
        // number's text fits its label, at a size that still heads the panel.
        MainWindow window;
        window.model()->setTrace(samples::counterRace(4, 600, 3));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showRelevantDocks();
        window.model()->setCursor(window.model()->trace().duration() * 3 / 4);
        settle();
        auto* panel = window.findChild<QWidget*>(QStringLiteral("counterPanel"));
        QVERIFY(panel);
        auto* chart = panel->findChild<QCustomPlot*>();
        QVERIFY(chart);
        int numbers = 0;
        for (QLabel* l : panel->findChildren<QLabel*>()) {
            bool isNumber = false;
            l->text().toLongLong(&isNumber);
            if (!isNumber || !l->isVisible())
                continue;
            ++numbers;
            // Where the text ends, left-aligned beside its caption: not past its label, and not
            // under the chart that stands beside the numbers (the column can overflow into it).
            const int needed = QFontMetrics(l->font()).horizontalAdvance(l->text());
            const int textEnd = l->mapTo(panel, QPoint(0, 0)).x() + needed;
            const int chartLeft = chart->mapTo(panel, QPoint(0, 0)).x();
            // And still the panel's headline: never below 0.6 of their size (they were 0.45,
            // 11 pt, beside captions that would not wrap).
            QVERIFY2(l->font().pointSizeF() >= 0.6 * theme().bigNumberFont().pointSizeF() - 0.01,
                     qPrintable(QString::number(l->font().pointSizeF())));
            QVERIFY2(needed <= l->contentsRect().width() &&
                         (chartLeft <= l->mapTo(panel, QPoint(0, 0)).x() || textEnd <= chartLeft),
                     qPrintable(QStringLiteral("'%1' ends at x %2, the chart starts at %3")
                                    .arg(l->text())
                                    .arg(textEnd)
                                    .arg(chartLeft)));
        }
        QVERIFY(numbers >= 3);
    }

    void timelineLegendFoldsBesideASidePanel_data() {
        QTest::addColumn<QString>("dock");
        QTest::newRow("scheduler") << QStringLiteral("schedulerDock");
        QTest::newRow("lesson") << QStringLiteral("lessonDock");
    }
    void timelineLegendFoldsBesideASidePanel() {
        QFETCH(QString, dock);
        MainWindow window; // owns its model: the Lesson dock exists only then
        window.model()->setTrace(samples::producerConsumer(5, 2));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showRelevantDocks();
        auto* side = window.findChild<QDockWidget*>(dock);
        QVERIFY(side);
        side->show();
        settle();
        auto* timeline = window.findChild<TimelineView*>();
        QVERIFY(timeline);
        timeline->replot(QCustomPlot::rpImmediateRefresh);
        const int lanesHeight = timeline->axisRect()->rect().height();
        QVERIFY2(lanesHeight >= timeline->height() * 0.55,
                 qPrintable(
                     QStringLiteral("lanes %1 px of %2").arg(lanesHeight).arg(timeline->height())));
        if (timeline->legendFolded()) {
            // One click shows the whole legend all the same, another folds it again.
            const QPoint at = timeline->legendToggle()->outerRect().center();
            QTest::mouseClick(timeline, Qt::LeftButton, {}, at);
            settle();
            QVERIFY(!timeline->legendFolded());
            timeline->replot(QCustomPlot::rpImmediateRefresh);
            QVERIFY(timeline->legend->visible());
            QVERIFY(!timeline->legend->outerRect().intersects(timeline->axisRect()->rect()));
            QTest::mouseClick(timeline, Qt::LeftButton, {},
                              timeline->legendToggle()->outerRect().center());
            settle();
            QVERIFY(timeline->legendFolded());
        }
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_window_fit.moc"
