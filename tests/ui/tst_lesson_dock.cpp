// The Lesson dock driven through three fixture lessons (tests/fixtures/lessons) on real runs:
// predict (Run held until the answers are committed or skipped) → run through the same
// RunController the toolbar uses → reveal (predictions beside the run's values) → challenge,
// checked on the student's own next run. Also the main window's wiring and the language.
#include "lessons/event_query.h"
#include "lessons/run_facts.h"
#include "ui/demo_toolbar.h"
#include "ui/gui_entry.h"
#include "ui/lesson_rig.h"
#include "ui/lessons/future_curtain.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_slides.h"
#include "ui/lessons/lesson_text.h"
#include "ui/lessons/question_form.h"
#include "ui/main_window.h"
#include "ui/model/run_controller.h"
#include "ui/model/run_model.h"
#include "ui/scheduler/scheduler_panel.h"
#include "ui/timeline/timeline_view.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QUrl>

#include <algorithm>
#include <functional>

using namespace proclab;
using namespace proclab::ui;

using namespace proclab::test::lesson;

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

    // Lesson 15: the student is the scheduler. Run opens the Scheduler dock on the lesson's
    // level; the predictions are checked on the student's own stepped run, and the challenge
    // (lose an update) on their next one.
    void schedulerLessonIsCheckedOnTheStudentsSteps() {
        qputenv("PROCLAB_LESSONS", shippedLessons().toUtf8());
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        window.findChild<QDockWidget*>(QStringLiteral("lessonDock"))->show();
        auto* panel = window.findChild<LessonPanel*>();
        auto* schedulerDock = window.findChild<QDockWidget*>(QStringLiteral("schedulerDock"));
        auto* scheduler = window.findChild<SchedulerPanel*>();
        QCOMPARE(panel->lessonCount(), 15);
        panel->openLesson(14);
        QCOMPARE(panel->currentLesson()->scheduler, std::string("one-lost"));
        QVERIFY(panel->runButton()->text().contains(QStringLiteral("Schedule")));
        panel->form()->answerNumber(0, 2);
        panel->form()->answerNumber(1, 0);
        panel->commitButton()->click();
        QVERIFY(schedulerDock->isHidden());
        panel->runButton()->click();
        QCOMPARE(panel->step(), Step::Running);
        QVERIFY(!schedulerDock->isHidden());
        QCOMPARE(scheduler->level().id, std::string("one-lost"));
        QVERIFY(playSteps(scheduler, QStringLiteral("1 1 2 2")));
        QTRY_VERIFY_WITH_TIMEOUT(panel->step() == Step::Challenge, 60'000);
        QCOMPARE(panel->resultLabel()->text().count(QStringLiteral("✓")), 2); // 2, and 0 lost
        QVERIFY(panel->text()->toPlainText().contains(QStringLiteral("Your steps were 1 1 2 2")));
        QVERIFY(panel->challengeLabel()->text().contains(QStringLiteral("Reset")));
        keepShot(window, QStringLiteral("scheduler-lesson-reveal"));
        // A run from the toolbar is not the student's scheduling: it does not count.
        QSignalSpy finished(window.findChild<RunController*>(), &RunController::finished);
        window.findChild<DemoToolbar*>()->runAction()->trigger();
        QVERIFY(finished.wait(120'000));
        QCOMPARE(panel->step(), Step::Challenge);
        // The same order again does not meet the challenge; 1 2 1 2 loses one and does.
        scheduler->resetButton()->click();
        QVERIFY(playSteps(scheduler, QStringLiteral("1 1 2 2")));
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->challengeLabel()->text().contains(QStringLiteral("Not yet")), 60'000);
        scheduler->resetButton()->click();
        QVERIFY(playSteps(scheduler, QStringLiteral("1 2 1 2")));
        QTRY_VERIFY_WITH_TIMEOUT(panel->step() == Step::Done, 60'000);
        QCOMPARE(LessonPanel::progressOf(QStringLiteral("you-are-the-scheduler")),
                 QStringLiteral("done"));
    }

    // "What happens next?" (lesson 7): after the run, the timeline stops at the first empty()
    // that said True, its future covered, the cursor held there and Run held, until the
    // student answers; then everything shows and the answer is revealed with the rest.
    void teacherSlidesInPresentationMode() {
        qputenv("PROCLAB_LESSONS", fixtures().toUtf8());
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        window.findChild<QDockWidget*>(QStringLiteral("lessonDock"))->show();
        auto* panel = window.findChild<LessonPanel*>();
        auto* slides = window.findChild<LessonSlides*>();
        QVERIFY(slides && !slides->isVisible());
        panel->openLesson(2);
        auto* present = window.findChild<QAction*>(QStringLiteral("presentationAction"));
        present->setChecked(true);
        QVERIFY(!slides->isVisible()); // presentation alone is not teacher mode
        panel->setTeacherMode(true);
        QVERIFY(slides->isVisible());
        using Slide = LessonSlides::Slide;
        QCOMPARE(slides->slide(), Slide::Read);
        QTest::keyClick(slides, Qt::Key_PageDown);
        QCOMPARE(slides->slide(), Slide::Predict);
        QVERIFY(slides->text().contains(
            QString::fromStdString(panel->currentLesson()->questions[0].prompt)));
        QTest::keyClick(slides, Qt::Key_Right); // the run starts
        QCOMPARE(slides->slide(), Slide::Run);
        QTRY_VERIFY_WITH_TIMEOUT(panel->step() == Step::Ran, 120'000);
        QTest::keyClick(slides, Qt::Key_PageDown);
        QCOMPARE(slides->slide(), Slide::Reveal);
        QCOMPARE(slides->text().count(QStringLiteral("▒▒▒▒▒▒")), 2); // both answers hidden
        QVERIFY(panel->resultLabel()->text().isEmpty());
        QTest::keyClick(slides, Qt::Key_PageDown);
        QCOMPARE(slides->answersShown(), 1);
        QCOMPARE(slides->text().count(QStringLiteral("▒▒▒▒▒▒")), 1);
        QVERIFY(slides->text().contains(QStringLiteral("This run: 5")));
        keepShot(*slides, QStringLiteral("slides-reveal"));
        QTest::keyClick(slides, Qt::Key_PageUp); // back and forth: revealed stays revealed
        QCOMPARE(slides->slide(), Slide::Run);
        QTest::keyClick(slides, Qt::Key_PageDown);
        QTest::keyClick(slides, Qt::Key_PageDown);
        QCOMPARE(slides->answersShown(), 2);
        QTest::keyClick(slides, Qt::Key_PageDown);
        QCOMPARE(slides->slide(), Slide::Explain);
        QCOMPARE(panel->step(), Step::Challenge); // the dock revealed too
        QVERIFY(slides->text().contains(QStringLiteral("The consumer got 5 of 5")));
        QTest::keyClick(slides, Qt::Key_Down);
        QCOMPARE(slides->slide(), Slide::Challenge);
        QVERIFY(slides->text().contains(
            QString::fromStdString(panel->currentLesson()->challenge->text)));
        QTest::keyClick(slides, Qt::Key_Escape);
        QVERIFY(!present->isChecked());
        QVERIFY(!slides->isVisible());
        panel->setTeacherMode(false);
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
            const QString name = QStringLiteral("%1-%2-%3")
                                     .arg(i + 1, 2, 10, QLatin1Char('0'))
                                     .arg(QString::fromStdString(id), language);
            QVERIFY2(runOpenLesson(panel, window.findChild<SchedulerPanel*>(),
                                   [&] { keepShot(window, QStringLiteral("replay-") + name); }),
                     id.c_str());
            QVERIFY2(!panel->text()->toPlainText().contains(QStringLiteral("{{")), id.c_str());
            keepShot(window, QStringLiteral("reveal-") + name);
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
