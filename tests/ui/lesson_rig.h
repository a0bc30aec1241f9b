// What the Lesson dock's tests share: the fixture lessons (tests/fixtures/lessons), a
// LessonPanel wired to a real RunController as the main window wires it (Rig), the student's
// clicks (playSteps, runOpenLesson) and what a student can read now (readableTexts: shown and
// not under the future's curtain).
#pragma once

#include "ui/lessons/lesson_panel.h"
#include "ui/model/run_controller.h"
#include "ui/model/run_model.h"
#include "ui/scheduler/scheduler_panel.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>

#include <algorithm>
#include <functional>
#include <map>
#include <string>

namespace proclab::test::lesson {

using namespace proclab::ui;
using Step = LessonPanel::Step;

// Saves what the window looks like when $PROCLAB_UI_SHOTS names a directory (for eyes only).
inline void keepShot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("PROCLAB_UI_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let the layouts settle (posted layout requests) before the grab
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

inline QString fixtures() {
    return qEnvironmentVariable("PROCLAB_LESSON_FIXTURES");
}

// The shipped lessons (lessons/ of the source tree; the fixtures are tests/fixtures/lessons).
inline QString shippedLessons() {
    return fixtures() + QStringLiteral("/../../../lessons");
}

// The student at the scheduler: clicks the Step buttons in this order, each once the previous
// step has settled (the steps are the test's, never the lesson's).
inline bool playSteps(SchedulerPanel* panel, const QString& steps) {
    for (const QString& s : steps.split(' ', Qt::SkipEmptyParts)) {
        QPushButton* b = panel->stepButton(s.toInt());
        if (!QTest::qWaitFor([&] { return b && panel->settled() && b->isEnabled(); }, 60'000))
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
    }
    return true;
}

// Runs the open lesson to its reveal: its demo, or for a scheduler lesson the student's steps.
inline bool runOpenLesson(LessonPanel* panel, SchedulerPanel* scheduler,
                          const std::function<void()>& onReplay = {},
                          const QString& steps = QStringLiteral("1 1 2 2")) {
    panel->runButton()->click();
    if (!panel->currentLesson()->scheduler.empty() && !playSteps(scheduler, steps))
        return false;
    // A "what happens next?" question is skipped (onReplay may look at it first).
    while (QTest::qWaitFor(
        [&] {
            return panel->step() == Step::Replay || panel->step() == Step::Challenge ||
                   panel->step() == Step::Done;
        },
        120'000)) {
        if (panel->step() != Step::Replay)
            return true;
        if (onReplay)
            onReplay();
        panel->skipButton()->click();
    }
    return false;
}

// True when a FutureCurtain cover lies over `w` (a cover is a child of the view it hides).
inline bool underCurtain(const QWidget* w) {
    for (const QWidget* a = w; a; a = a->parentWidget()) {
        const QRect r(w->mapTo(a, QPoint(0, 0)), w->size());
        for (const QWidget* c : a->findChildren<QWidget*>(QStringLiteral("futureCurtainCover"),
                                                          Qt::FindDirectChildrenOnly))
            if (c != w && c->isVisible() && c->geometry().contains(r))
                return true;
    }
    return false;
}

// The texts of `window`'s widgets a student can read now: shown and not under a curtain.
// (What QCustomPlot paints is not a widget's text: the timeline's cover is tested apart.)
inline QStringList readableTexts(QWidget& window) {
    QStringList texts;
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible() || underCurtain(w))
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            texts << l->text();
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            texts << e->text();
        else if (auto* t = qobject_cast<QTextEdit*>(w))
            texts << t->toPlainText();
        else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
            texts << p->toPlainText();
    }
    return texts;
}

// `w` lies wholly inside `window` and no scroll area holds it: seen without scrolling.
inline bool inSightWithoutScrolling(QWidget* w, QWidget& window) {
    for (QWidget* a = w->parentWidget(); a && a != &window; a = a->parentWidget())
        if (qobject_cast<QScrollArea*>(a))
            return false;
    const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
    return w->isVisible() && window.rect().contains(r);
}

inline bool showsNumber(const QStringList& texts, double value) {
    const QRegularExpression number(
        QStringLiteral("(^|[^0-9.,])%1([^0-9.,]|$)").arg(static_cast<qint64>(value)));
    return std::any_of(texts.begin(), texts.end(),
                       [&](const QString& t) { return number.match(t).hasMatch(); });
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

} // namespace proclab::test::lesson
