// The Scheduler panel on real processes (proclab-engine from $PROCLAB_ENGINE, set by CTest):
// its Step buttons drive a level to its goal, Undo reruns on fresh processes with the same
// result, a process that cannot move has its button disabled with the reason. With
// $PROCLAB_SCHEDULER_SHOTS naming a folder, every level is played to its end in English and
// Chinese and the window saved there (for eyes only).
#include "ui/demo_toolbar.h"
#include "ui/gui_entry.h"
#include "ui/main_window.h"
#include "ui/model/engine_process.h"
#include "ui/model/run_model.h"
#include "ui/scheduler/scheduler_panel.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace proclab;
using namespace proclab::ui;

namespace {

constexpr int kWaitMs = 30'000;

bool haveEngine() {
    return QFileInfo(enginePath()).isExecutable();
}

int levelIndex(const std::string& id) {
    const auto& levels = schedulerLevels();
    for (size_t i = 0; i < levels.size(); ++i)
        if (levels[i].id == id)
            return static_cast<int>(i);
    return -1;
}

QString repeat(const QString& steps, int times) {
    QStringList out;
    for (int i = 0; i < times; ++i)
        out << steps;
    return out.join(' ');
}

// A known way to each level's end (tests/engine/tst_scheduler.cpp asserts the same on the CLI).
QString knownSteps(const std::string& id) {
    if (id == "one-lost")
        return QStringLiteral("1 2 1 2");
    if (id == "lowest")
        return QStringLiteral("1 ") + repeat(QStringLiteral("2 2"), 9) + QStringLiteral(" 1 2 ") +
               repeat(QStringLiteral("1 1"), 9) + QStringLiteral(" 2");
    if (id == "lose-three")
        return repeat(QStringLiteral("1 2 1 2"), 3) + ' ' + repeat(QStringLiteral("1 1 2 2"), 2);
    if (id == "get-lock")
        return repeat(QStringLiteral("1 1 1 1 2 2 2 2"), 3);
    if (id == "empty-pitfall")
        return QStringLiteral("1 2 2 2");
    if (id == "deadlock")
        return QStringLiteral("1 1");
    if (id == "array-one-lost")
        return QStringLiteral("1 2 1 2 1 1 2 2");
    return {};
}

// Clicks the buttons one by one, each once the previous step has settled.
bool play(SchedulerPanel& panel, const QString& steps) {
    for (const QString& s : steps.split(' ', Qt::SkipEmptyParts)) {
        const int lane = s.toInt();
        QPushButton* b = panel.stepButton(lane);
        if (!b || !QTest::qWaitFor([&] { return panel.settled() && b->isEnabled(); }, kWaitMs))
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
    }
    return true;
}

} // namespace

class TestSchedulerView : public QObject {
    Q_OBJECT
  private slots:
    void buttonsPlayALevelOnRealProcesses() {
        if (!haveEngine())
            QSKIP("proclab-engine not found (run through CTest, which sets PROCLAB_ENGINE)");
        RunModel model;
        SchedulerPanel panel(&model);
        panel.show();
        panel.selectLevel(levelIndex("one-lost"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.settled() && panel.stepButton(1)->isEnabled() &&
                                     panel.stepButton(2)->isEnabled(),
                                 kWaitMs);
        QCOMPARE(panel.state().lanes.size(), size_t(2));
        QVERIFY(panel.state().lanes[0].pid > 0);
        QCOMPARE(panel.state().lanes[0].point, SyncPoint::Load);

        QTest::mouseClick(panel.stepButton(1), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.settled(), kWaitMs);
        // Worker 1 loaded 0 and added 1: it holds before STORE with 1 in its register.
        QCOMPARE(panel.state().lanes[0].point, SyncPoint::Store);
        QCOMPARE(panel.state().lanes[0].registerValue, int64_t(1));
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QTest::keyClick(&panel, Qt::Key_2); // the keys work as the buttons do
        QTRY_VERIFY_WITH_TIMEOUT(panel.settled(), kWaitMs);
        QCOMPARE(panel.state().lanes[1].point, SyncPoint::Store);
        QCOMPARE(panel.state().counter, int64_t(0));
        QTest::mouseClick(panel.stepButton(1), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.state().counter == 1 && panel.settled(), kWaitMs);
        QCOMPARE(panel.outcome(), LevelOutcome::Playing);
        QTest::mouseClick(panel.stepButton(2), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel.outcome(), LevelOutcome::Won, kWaitMs);
        QCOMPARE(panel.stepsTaken(), (QList<int>{1, 2, 1, 2}));
        QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("Level won")));
        QCOMPARE(panel.state().counter, int64_t(1));
    }

    void undoRerunsOnFreshProcessesWithTheSameResult() {
        if (!haveEngine())
            QSKIP("proclab-engine not found");
        RunModel model;
        SchedulerPanel panel(&model);
        panel.show();
        panel.selectLevel(levelIndex("one-lost"));
        QVERIFY(play(panel, QStringLiteral("1 2 1")));
        QTRY_VERIFY_WITH_TIMEOUT(panel.settled(), kWaitMs);
        const int64_t oldPid = panel.state().lanes[1].pid;
        QCOMPARE(panel.state().counter, int64_t(1));
        QTest::mouseClick(panel.undoButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.settled() && panel.stepsTaken().size() == 2, kWaitMs);
        QCOMPARE(panel.stepsTaken(), (QList<int>{1, 2}));
        QVERIFY(panel.state().lanes[1].pid != oldPid); // fresh processes
        // ...in the same state as before that step: both hold before STORE, register 1.
        QCOMPARE(panel.state().lanes[0].point, SyncPoint::Store);
        QCOMPARE(panel.state().lanes[0].registerValue, int64_t(1));
        QCOMPARE(panel.state().lanes[1].registerValue, int64_t(1));
        QCOMPARE(panel.state().counter, int64_t(0));
    }

    void aProcessThatCannotMoveHasItsButtonDisabled() {
        if (!haveEngine())
            QSKIP("proclab-engine not found");
        RunModel model;
        SchedulerPanel panel(&model);
        panel.show();
        panel.selectLevel(levelIndex("get-lock"));
        QVERIFY(play(panel, QStringLiteral("1")));
        QTRY_VERIFY_WITH_TIMEOUT(panel.settled(), kWaitMs);
        QVERIFY(panel.stepButton(1)->isEnabled());
        QVERIFY(!panel.stepButton(2)->isEnabled());
        QCOMPARE(panel.state().lanes[1].block, StepBlock::LockHeld);
        QVERIFY2(panel.stepButton(2)->toolTip().contains(QStringLiteral("held by worker-1")),
                 qPrintable(panel.stepButton(2)->toolTip()));
        // Letting the OS schedule ends the run exact.
        QTest::mouseClick(panel.letOsButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel.outcome(), LevelOutcome::Explained, kWaitMs);
        QCOMPARE(panel.state().counter, int64_t(6));
    }

    void theWindowFollowsTheSchedulerRun() {
        if (!haveEngine())
            QSKIP("proclab-engine not found");
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        auto* toolbar = window.findChild<DemoToolbar*>();
        toolbar->selectDemo(QStringLiteral("counter-race"), QStringLiteral("raw"));
        window.showRelevantDocks();
        auto* queueDock = window.findChild<QDockWidget*>(QStringLiteral("queueDock"));
        auto* counterDock = window.findChild<QDockWidget*>(QStringLiteral("counterDock"));
        QVERIFY(queueDock && counterDock);
        QVERIFY(queueDock->isHidden());
        auto* panel = window.findChild<SchedulerPanel*>();
        // A queue level: the Queue dock, not the Counter one; the toolbar names what is stepped.
        panel->selectLevel(levelIndex("empty-pitfall"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->settled(), kWaitMs);
        QVERIFY(!queueDock->isHidden());
        QVERIFY(counterDock->isHidden());
        QCOMPARE(toolbar->request().demo, QStringLiteral("producer-consumer"));
        QCOMPARE(toolbar->request().variant, QStringLiteral("empty-pitfall"));
        QCOMPARE(toolbar->request().params.at("items"), qint64(5));
        // Following the run is not a new choice: the run stays on screen and can be played.
        QVERIFY(play(*panel, knownSteps("empty-pitfall")));
        QTRY_COMPARE_WITH_TIMEOUT(panel->outcome(), LevelOutcome::Won, kWaitMs);
        QCOMPARE(window.model()->trace().demo, std::string("producer-consumer"));
        // Back to a counter level: the Counter dock again.
        panel->selectLevel(levelIndex("one-lost"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->settled(), kWaitMs);
        QVERIFY(!counterDock->isHidden());
        QVERIFY(queueDock->isHidden());
        QCOMPARE(toolbar->request().demo, QStringLiteral("counter-race"));
        QCOMPARE(toolbar->request().variant, QStringLiteral("raw"));
        QCOMPARE(toolbar->request().params.at("workers"), qint64(2));
    }

    void screenshotsOfEveryLevel() {
        const QString dir = qEnvironmentVariable("PROCLAB_SCHEDULER_SHOTS");
        if (dir.isEmpty() || !haveEngine())
            QSKIP("set PROCLAB_SCHEDULER_SHOTS to a folder to save the levels' screenshots");
        // PROCLAB_SCHEDULER_SHOT_SIZE=WxH: the projector sizes (1024x700, 1920x1080).
        const QStringList wh = qEnvironmentVariable("PROCLAB_SCHEDULER_SHOT_SIZE", "1600x1000")
                                   .split(QLatin1Char('x'));
        const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
        QVERIFY(!size.isEmpty());
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            installTranslators(lang);
            for (const SchedulerLevel& level : schedulerLevels()) {
                const QString steps = knownSteps(level.id);
                if (steps.isEmpty())
                    continue;
                MainWindow window;
                window.resize(size);
                auto* dock = window.findChild<QDockWidget*>(QStringLiteral("schedulerDock"));
                dock->show();
                window.resizeDocks({dock}, {size.width() * 2 / 5}, Qt::Horizontal);
                window.show();
                auto* panel = window.findChild<SchedulerPanel*>();
                panel->selectLevel(levelIndex(level.id));
                // Once just before the last step (the rows say what comes next), once at the end.
                QStringList list = steps.split(' ', Qt::SkipEmptyParts);
                const QString last = list.takeLast();
                QVERIFY2(play(*panel, list.join(' ')), level.id.c_str());
                QTRY_VERIFY_WITH_TIMEOUT(panel->settled(), kWaitMs);
                QTest::qWait(300);
                window.grab().save(dir + QStringLiteral("/%1-%2-playing.png")
                                             .arg(QString::fromStdString(level.id), lang));
                QVERIFY2(play(*panel, last), level.id.c_str());
                QTRY_VERIFY_WITH_TIMEOUT(panel->outcome() == LevelOutcome::Won ||
                                             panel->outcome() == LevelOutcome::Explained,
                                         kWaitMs);
                QTest::qWait(300);
                window.grab().save(
                    dir + QStringLiteral("/%1-%2.png").arg(QString::fromStdString(level.id), lang));
            }
        }
        installTranslators(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSchedulerView)
#include "tst_scheduler_view.moc"
