// The main window end to end with the real runner (path from $PROCLAB_ENGINE, set by CTest):
// Run starts proclab-engine through QProcess, the stream is decoded live, and the views show
// the finished run. Also: trials, text zoom, hover and click on the timeline.
#include "ui/demo_toolbar.h"
#include "ui/main_window.h"
#include "ui/model/engine_process.h"
#include "ui/model/run_controller.h"
#include "ui/model/run_model.h"
#include "ui/model/trial_runner.h"
#include "ui/panels/counter_panel.h"
#include "ui/style/theme.h"
#include "ui/testing/sample_traces.h"
#include "ui/timeline/lanes_plottable.h"
#include "ui/timeline/timeline_view.h"

#include "io/trace_file.h"

#include <QAction>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace proclab;
using namespace proclab::ui;

namespace {
bool haveEngine() {
    return QFileInfo(enginePath()).isExecutable();
}

// Saves what the window looks like when $PROCLAB_UI_SHOTS names a directory (for eyes only).
void keepShot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("PROCLAB_UI_SHOTS");
    QCoreApplication::processEvents(); // layouts follow font changes through posted events
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
  private slots:
    void runControllerStreamsARealRun() {
        if (!haveEngine())
            QSKIP("proclab-engine not found (run through CTest, which sets PROCLAB_ENGINE)");
        RunModel model;
        RunController controller(&model);
        QSignalSpy finished(&controller, &RunController::finished);
        QSignalSpy live(&model, &RunModel::liveChanged);
        RunRequestUi request{
            QStringLiteral("process-basics"), QStringLiteral("crash"), {{"sleep_ms", 50}}};
        controller.start(request);
        QVERIFY(model.isLive());
        QVERIFY(finished.wait(60'000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!model.isLive());
        QCOMPARE(live.count(), 2); // on, then off
        QCOMPARE(model.trace().demo, std::string("process-basics"));
        QVERIFY(model.lanes().size() >= 3);
        int crashed = 0;
        for (const LaneTimeline& tl : model.lanes())
            crashed += tl.life.crashed();
        QCOMPARE(crashed, 1); // worker B's SIGSEGV
        QCOMPARE(model.cursor(), model.duration());
    }

    void missingRunnerIsAClearError() {
        const QByteArray saved = qgetenv("PROCLAB_ENGINE");
        qputenv("PROCLAB_ENGINE", "/nonexistent/proclab-engine");
        RunModel model;
        RunController controller(&model);
        QSignalSpy finished(&controller, &RunController::finished);
        controller.start({QStringLiteral("process-basics"), {}, {}});
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("missing")));
        if (saved.isEmpty())
            qunsetenv("PROCLAB_ENGINE");
        else
            qputenv("PROCLAB_ENGINE", saved);
    }

    void trialsCollectFinalValues() {
        if (!haveEngine())
            QSKIP("proclab-engine not found");
        TrialRunner trials;
        QSignalSpy done(&trials, &TrialRunner::allFinished);
        QSignalSpy failed(&trials, &TrialRunner::failed);
        trials.start({QStringLiteral("counter-race"),
                      QStringLiteral("get-lock"),
                      {{"workers", 2}, {"iterations", 100}}},
                     3);
        QVERIFY(done.wait(120'000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(trials.finals(), QVector<qint64>({200, 200, 200})); // with the lock: exact
        QCOMPARE(trials.expected(), qint64(200));
    }

    void windowRunsTheChosenDemo() {
        if (!haveEngine())
            QSKIP("proclab-engine not found");
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        auto* toolbar = window.findChild<DemoToolbar*>();
        QVERIFY(toolbar);
        QVERIFY(toolbar->selectDemo(QStringLiteral("producer-consumer"),
                                    QStringLiteral("empty-pitfall")));
        QCOMPARE(toolbar->request().variant, QStringLiteral("empty-pitfall"));
        QVERIFY(toolbar->request().params.count("items")); // parameters come from the catalog
        QSignalSpy live(window.model(), &RunModel::liveChanged);
        toolbar->runAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(live.count() == 2, 60'000);
        QVERIFY(!window.model()->queues().empty());
        QTRY_VERIFY(window.findChild<QWidget*>(QStringLiteral("queuePanel"))->isVisible());
        keepShot(window, QStringLiteral("live-producer-consumer"));
    }

    void textZoomAndPresentationFonts() {
        RunModel model;
        model.setTrace(samples::counterRace(4, 50, 2));
        MainWindow window(&model);
        window.resize(1600, 1000);
        window.show();
        const double before = theme().labelFont().pointSizeF();
        QVERIFY(before >= 11);
        theme().setTextScale(1.6);
        QCOMPARE(theme().labelFont().pointSizeF(), before * 1.6);
        QCOMPARE(window.timeline()->xAxis->tickLabelFont().pointSizeF(),
                 theme().smallFont().pointSizeF());
        keepShot(window, QStringLiteral("large-text"));
        theme().setDark(true);
        keepShot(window, QStringLiteral("dark"));
        theme().setDark(false);
        theme().setTextScale(1.0);
        QVERIFY(theme().smallFont().pointSizeF() >= 11);
    }

    void presentationModeEnlargesAndRestores() {
        RunModel model;
        model.setTrace(samples::producerConsumer(5, 2, true));
        MainWindow window(&model);
        window.resize(1600, 1000);
        window.show();
        window.showRelevantDocks();
        auto* present = window.findChild<QAction*>(QStringLiteral("presentationAction"));
        QVERIFY(present);
        const double before = theme().textScale();
        present->trigger();
        QVERIFY(theme().textScale() >= 1.5);
        QVERIFY(window.isFullScreen());
        window.resize(1920, 1080); // offscreen has no real screen to fill
        keepShot(window, QStringLiteral("presentation"));
        present->trigger();
        QCOMPARE(theme().textScale(), before);
        QVERIFY(!window.isFullScreen());
    }

    void opensSavedRuns() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pool.proclab"));
        QCOMPARE(saveTrace(samples::poolSquare(), path.toStdString()), std::string());
        MainWindow window;
        QCOMPARE(window.openFile(path), QString());
        QCOMPARE(window.model()->trace().demo, std::string("pool-square"));
        QVERIFY(window.model()->pool().has_value());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("poolView"))->isVisibleTo(&window));
        const QString junk = dir.filePath(QStringLiteral("junk.json"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a trace");
        f.close();
        QVERIFY(!window.openFile(junk).isEmpty());
        QCOMPARE(window.model()->trace().demo, std::string("pool-square")); // unchanged
    }

    void hoverAndClickOnTheTimeline() {
        RunModel model;
        model.setTrace(samples::processBasics(2, false));
        TimelineView view(&model);
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.replot(QCustomPlot::rpImmediateRefresh);
        // The start of worker-1: an event right under the pointer.
        const Lifetime& life = model.lanes()[1].life;
        const QPoint at(qRound(view.xAxis->coordToPixel(static_cast<double>(life.started))),
                        qRound(view.yAxis->coordToPixel(1)));
        const int64_t i = view.eventNear(at);
        QVERIFY(i >= 0);
        QCOMPARE(model.trace().laneOf(static_cast<size_t>(i)), 1);
        QTest::mouseClick(&view, Qt::LeftButton, {}, at);
        QCOMPARE(model.selectedEvent(), i);
        QCOMPARE(model.cursor(), model.trace().time(static_cast<size_t>(i)));
        QCOMPARE(view.eventNear(QPoint(-5, -5)), int64_t(-1));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
