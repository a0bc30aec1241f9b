// The Lesson dock driven through three fixture lessons (tests/fixtures/lessons) on real runs:
// predict (Run held until the answers are committed or skipped) → run through the same
// RunController the toolbar uses → reveal (predictions beside the run's values) → challenge,
// checked on the student's own next run. Also the main window's wiring and the language.
#include "lessons/run_facts.h"
#include "ui/demo_toolbar.h"
#include "ui/gui_entry.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_text.h"
#include "ui/lessons/question_form.h"
#include "ui/main_window.h"
#include "ui/model/run_controller.h"
#include "ui/model/run_model.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

using namespace proclab;
using namespace proclab::ui;
using Step = LessonPanel::Step;

namespace {

// Saves what the window looks like when $PROCLAB_UI_SHOTS names a directory (for eyes only).
void keepShot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("PROCLAB_UI_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let the layouts settle (posted layout requests) before the grab
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QString fixtures() {
    return qEnvironmentVariable("PROCLAB_LESSON_FIXTURES");
}

// A panel wired to a real RunController, as the main window wires it.
struct Rig {
    RunModel model;
    RunController controller{&model};
    LessonPanel panel;
    explicit Rig(const QString& language = QStringLiteral("en"))
        : panel(&model, nullptr, fixtures(), language) {
        QObject::connect(&panel, &LessonPanel::runRequested, &controller, &RunController::start);
        QObject::connect(&controller, &RunController::finished, &panel, &LessonPanel::runFinished);
    }
    // The student's own run, with settings of their choosing.
    void studentRun(const char* demo, const char* variant, std::map<std::string, qint64> params) {
        QSignalSpy finished(&controller, &RunController::finished);
        controller.start({QString::fromLatin1(demo), QString::fromLatin1(variant), params});
        QVERIFY(finished.wait(120'000));
    }
    void runLesson() {
        QVERIFY(panel.runButton()->isEnabled());
        panel.runButton()->click();
        QCOMPARE(panel.step(), Step::Running);
        QTRY_VERIFY_WITH_TIMEOUT(panel.step() == Step::Challenge, 120'000);
    }
};

} // namespace

class TestLessonDock : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ProcLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lesson_dock"));
        LessonPanel::resetProgress();
        QSettings().remove(QStringLiteral("lessons/current"));
    }

    void lostUpdateLesson() {
        Rig rig;
        QCOMPARE(rig.panel.lessonCount(), 3);
        rig.panel.openLesson(0);
        QCOMPARE(rig.panel.step(), Step::Predict);
        QVERIFY(!rig.panel.runButton()->isEnabled());
        QVERIFY(!rig.panel.commitButton()->isEnabled()); // nothing answered yet
        rig.panel.form()->answerNumber(0, 4000);
        QVERIFY(!rig.panel.commitButton()->isEnabled()); // one of two
        rig.panel.form()->answerOption(1, 1);            // "No, it always ends above it"
        QVERIFY(rig.panel.commitButton()->isEnabled());
        rig.panel.commitButton()->click();
        QCOMPARE(rig.panel.step(), Step::ReadyToRun);
        rig.runLesson();

        const lessons::RunFacts facts = lessons::runFacts(rig.model.trace());
        const QString results = rig.panel.resultLabel()->text();
        QVERIFY(results.contains(QStringLiteral("<b>4000</b>"))); // expected: deterministic
        QVERIFY(results.contains(QStringLiteral("✓")));           // 4000 was right
        QVERIFY(results.contains(QStringLiteral("✗")));           // "above" never holds
        QVERIFY(results.contains(QStringLiteral("never gain")));  // ... and its why is shown
        const QString explain = rig.panel.text()->toPlainText();
        QVERIFY2(
            explain.contains(
                QStringLiteral("counter ended at %1").arg(facts.at("final").display().c_str())),
            qPrintable(explain));
        QVERIFY(!explain.contains(QStringLiteral("{{")));
        rig.panel.moveCursorToEvent(QStringLiteral("run-end"));
        QCOMPARE(rig.model.cursor(), rig.model.duration()); // the demo's end, as the axis ends
        QCOMPARE(LessonPanel::progressOf(QStringLiteral("lost-update")),
                 QStringLiteral("revealed"));

        // The challenge is checked on the student's own run: raw is not an allowed way.
        rig.studentRun("counter-race", "raw", {{"iterations", 10}});
        QCOMPARE(rig.panel.step(), Step::Challenge);
        QVERIFY(rig.panel.challengeLabel()->text().contains(QStringLiteral("not allowed")));
        rig.studentRun("counter-race", "get-lock", {{"iterations", 500}});
        QCOMPARE(rig.panel.step(), Step::Done);
        QCOMPARE(LessonPanel::progressOf(QStringLiteral("lost-update")), QStringLiteral("done"));
    }

    void poolLessonWithSkippedPredictions() {
        Rig rig;
        rig.panel.openLesson(1);
        auto* combo = rig.panel.form()->findChild<QComboBox*>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5); // main and PoolWorker-1..4
        QCOMPARE(combo->currentIndex(), -1);
        QVERIFY(!rig.panel.runButton()->isEnabled());
        rig.panel.skipButton()->click();
        rig.runLesson();
        const QString results = rig.panel.resultLabel()->text();
        QVERIFY(results.contains(QStringLiteral("[1, 4, 9, 16, 25]")));
        QVERIFY(results.contains(QStringLiteral("(skipped)")));
        QVERIFY(!results.contains(QStringLiteral("✓")));
        rig.studentRun("pool-square", "map", {{"workers", 4}});
        // Four workers may well all get a task: not met, or met by chance only with <= 2 used.
        const double used = lessons::runFacts(rig.model.trace()).at("workers_used").number;
        QCOMPARE(rig.panel.step(), used <= 2 ? Step::Done : Step::Challenge);
        rig.studentRun("pool-square", "map", {{"workers", 2}});
        QCOMPARE(rig.panel.step(), Step::Done);
    }

    void queueLesson() {
        Rig rig;
        rig.panel.openLesson(2);
        rig.panel.form()->answerNumber(0, 3);
        rig.panel.form()->answerProcess(1, QStringLiteral("consumer"));
        rig.panel.commitButton()->click();
        rig.runLesson();
        const lessons::RunFacts facts = lessons::runFacts(rig.model.trace());
        QCOMPARE(facts.at("got").number, 5.0);
        const QString results = rig.panel.resultLabel()->text();
        QVERIFY(results.contains(QStringLiteral("<b>5</b>")));
        const bool firstRight = facts.at("first_output").text == "consumer";
        QCOMPARE(results.count(QStringLiteral("✓")), firstRight ? 1 : 0);
        rig.studentRun("producer-consumer", "sequential", {{"items", 8}});
        QCOMPARE(rig.panel.step(), Step::Done);
        QVERIFY(
            rig.panel.challengeLabel()->text().contains(QStringLiteral("got &gt;= 8: 8 — yes")));
    }

    void teacherModeHoldsTheAnswersUntilRevealed() {
        Rig rig;
        rig.panel.setTeacherMode(true);
        rig.panel.openLesson(2);
        rig.panel.skipButton()->click();
        rig.panel.runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(rig.panel.step() == Step::Ran, 120'000);
        QVERIFY(rig.panel.resultLabel()->text().isEmpty()); // nothing shown yet
        QVERIFY(!rig.panel.text()->toPlainText().contains(QStringLiteral("The consumer got")));
        QVERIFY(rig.panel.revealButton()->isVisibleTo(&rig.panel));
        rig.panel.revealButton()->click();
        QCOMPARE(rig.panel.step(), Step::Challenge);
        QVERIFY(
            rig.panel.text()->toPlainText().contains(QStringLiteral("The consumer got 5 of 5")));
        // After predicting, a run from the toolbar (other settings) is the one revealed.
        rig.panel.setTeacherMode(false);
        rig.panel.openLesson(2);
        rig.panel.skipButton()->click();
        rig.studentRun("producer-consumer", "sequential", {{"items", 3}});
        QCOMPARE(rig.panel.step(), Step::Challenge);
        QVERIFY(
            rig.panel.text()->toPlainText().contains(QStringLiteral("The consumer got 3 of 3")));
    }

    void glossaryTermsAndLinksInTheText() {
        LessonText text;
        text.setGlossary({{"queue", "first in, first out"}});
        text.showMarkdown(QStringLiteral("A [[queue]] here, [the end](event:run-end)."));
        QCOMPARE(text.toPlainText(), QStringLiteral("A queue here, the end."));
        QVERIFY(text.toHtml().contains(QStringLiteral("gloss:0")));
        QSignalSpy clicked(&text, &LessonText::eventLinkClicked);
        emit text.anchorClicked(QUrl(QStringLiteral("event:run-end")));
        emit text.anchorClicked(QUrl(QStringLiteral("https://example.com")));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("run-end"));
        // Nothing is ever loaded, whatever a text names.
        QVERIFY(!text.loadResource(QTextDocument::ImageResource,
                                   QUrl(QStringLiteral("file:///etc/passwd")))
                     .isValid());
    }

    void progressShowsInTheListAndResets() {
        Rig rig;
        QCOMPARE(LessonPanel::progressOf(QStringLiteral("queue-sequential")),
                 QStringLiteral("done"));
        LessonPanel::resetProgress();
        QCOMPARE(LessonPanel::progressOf(QStringLiteral("queue-sequential")), QString());
    }

    void chineseLessonsFollowTheLanguage() {
        Rig rig(QStringLiteral("zh_CN"));
        rig.panel.openLesson(1);
        QCOMPARE(rig.panel.currentLesson()->title, std::string("Pool.map 保持顺序"));
        QVERIFY(rig.panel.text()->toPlainText().contains(QStringLiteral("进程池")));
    }

    void mainWindowHoldsRunWhilePredicting() {
        qputenv("PROCLAB_LESSONS", fixtures().toUtf8());
        MainWindow window;
        window.show();
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("lessonDock"));
        QVERIFY(dock);
        QVERIFY(dock->isHidden()); // opened from View → Panels
        dock->show();
        auto* panel = window.findChild<LessonPanel*>();
        auto* toolbar = window.findChild<DemoToolbar*>();
        panel->openLesson(0);
        QVERIFY(!toolbar->runAction()->isEnabled());
        panel->skipButton()->click();
        QVERIFY(toolbar->runAction()->isEnabled());
        panel->openLesson(0);
        QVERIFY(!toolbar->runAction()->isEnabled());
        dock->hide(); // without the dock, the toolbar is free
        QTRY_VERIFY(toolbar->runAction()->isEnabled());
    }

    // Every lesson of a folder (the fixtures; scripts/lesson_shots.sh passes lessons/) from
    // start to finish in the main window, in each language: skip, run, reveal with every
    // {{fact}} filled. With $PROCLAB_UI_SHOTS set, each reveal is saved for eyes.
    void everyLessonRunsToItsReveal_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("zh_CN") << "zh_CN";
    }
    void everyLessonRunsToItsReveal() {
        QFETCH(QString, language);
        const QString root = qEnvironmentVariable("PROCLAB_LESSON_SHOTS_ROOT", fixtures());
        qputenv("PROCLAB_LESSONS", root.toUtf8());
        installTranslators(language);
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        window.findChild<QDockWidget*>(QStringLiteral("lessonDock"))->show();
        auto* panel = window.findChild<LessonPanel*>();
        QVERIFY(panel->lessonCount() > 0);
        for (int i = 0; i < panel->lessonCount(); ++i) {
            panel->openLesson(i);
            const std::string id = panel->currentLesson()->id;
            panel->skipButton()->click();
            panel->runButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(
                panel->step() == Step::Challenge || panel->step() == Step::Done, 120'000);
            QVERIFY2(!panel->text()->toPlainText().contains(QStringLiteral("{{")), id.c_str());
            keepShot(window, QStringLiteral("reveal-%1-%2-%3")
                                 .arg(i + 1, 2, 10, QLatin1Char('0'))
                                 .arg(QString::fromStdString(id), language));
        }
        installTranslators(QStringLiteral("en"));
    }

    // The whole flow in the main window at a projector's 1024x700, in both languages: the
    // lesson's run goes through the toolbar's controller, and the toolbar shows its settings.
    void mainWindowRunsALessonInEachLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("zh_CN") << "zh_CN";
    }
    void mainWindowRunsALessonInEachLanguage() {
        QFETCH(QString, language);
        qputenv("PROCLAB_LESSONS", fixtures().toUtf8());
        installTranslators(language);
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("lessonDock"));
        dock->show();
        auto* panel = window.findChild<LessonPanel*>();
        panel->openLesson(0);
        keepShot(window, QStringLiteral("lesson-predict-") + language);
        panel->form()->answerNumber(0, 4000);
        panel->form()->answerOption(1, 0);
        panel->commitButton()->click();
        QVERIFY(window.findChild<DemoToolbar*>()->runAction()->isEnabled());
        panel->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel->step() == Step::Challenge, 120'000);
        QCOMPARE(window.model()->trace().demo, std::string("counter-race"));
        QCOMPARE(window.model()->trace().params.at("iterations"), int64_t(1000));
        QCOMPARE(window.findChild<DemoToolbar*>()->request().variant, QStringLiteral("raw"));
        keepShot(window, QStringLiteral("lesson-reveal-") + language);
        installTranslators(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLessonDock)
#include "tst_lesson_dock.moc"
