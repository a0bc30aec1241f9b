#include "ui/lessons/lesson_links.h"

#include "ui/lessons/future_curtain.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_slides.h"
#include "ui/panels/array_panel.h"
#include "ui/panels/console_panel.h"
#include "ui/panels/counter_panel.h"
#include "ui/panels/gil_panel.h"
#include "ui/panels/memory_panel.h"
#include "ui/panels/pool_view.h"
#include "ui/panels/queue_panel.h"
#include "ui/scheduler/scheduler_panel.h"
#include "ui/timeline/timeline_view.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace proclab::ui {

void linkLessonToScheduler(LessonPanel* lessons, QDockWidget* schedulerDock) {
    auto* scheduler = schedulerDock ? schedulerDock->findChild<SchedulerPanel*>() : nullptr;
    if (!scheduler)
        return;
    QObject::connect(lessons, &LessonPanel::schedulerRequested, scheduler,
                     [lessons, schedulerDock, scheduler](const QString& levelId) {
                         schedulerDock->show();
                         schedulerDock->raise();
                         scheduler->selectLevelId(levelId);
                         // The Step buttons need the room now; the lesson waits for the run.
                         auto* window = qobject_cast<QMainWindow*>(schedulerDock->parentWidget());
                         auto* lessonDock = qobject_cast<QDockWidget*>(lessons->parentWidget());
                         if (window && lessonDock)
                             window->resizeDocks({schedulerDock, lessonDock},
                                                 {window->height() * 3 / 5, window->height() / 3},
                                                 Qt::Vertical);
                     });
    QObject::connect(scheduler, &SchedulerPanel::levelRunEnded, lessons,
                     &LessonPanel::scheduledRunFinished);
    // At the reveal the explanation and the results need the room back; the Step buttons (at
    // the scheduler's top) stay in sight for the challenge's next stepped run.
    QObject::connect(lessons, &LessonPanel::stepChanged, schedulerDock, [lessons, schedulerDock] {
        const auto* l = lessons->currentLesson();
        if (!l || l->scheduler.empty() || lessons->step() != LessonPanel::Step::Challenge ||
            schedulerDock->isHidden())
            return;
        auto* window = qobject_cast<QMainWindow*>(schedulerDock->parentWidget());
        auto* lessonDock = qobject_cast<QDockWidget*>(lessons->parentWidget());
        if (window && lessonDock)
            window->resizeDocks({schedulerDock, lessonDock},
                                {window->height() * 2 / 5, window->height() * 3 / 5}, Qt::Vertical);
    });
}

void attachLessonSlides(QMainWindow* window, RunModel* model) {
    auto* panel = window->findChild<LessonPanel*>();
    auto* present = window->findChild<QAction*>(QStringLiteral("presentationAction"));
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("lessonDock"));
    if (!panel || !present || !dock)
        return;
    auto* slides = new LessonSlides(panel, model, window);
    auto* curtain = new FutureCurtain(model, slides->timeline(), {}, slides);
    QObject::connect(panel, &LessonPanel::futureHidden, curtain, &FutureCurtain::cover);
    QObject::connect(panel, &LessonPanel::futureRevealed, curtain, &FutureCurtain::lift);
    auto follow = [slides, panel, present, dock] {
        const bool on = present->isChecked() && panel->teacherMode() && !dock->isHidden();
        if (on && !slides->isVisible()) {
            slides->restart();
            slides->showFullScreen();
            slides->activateWindow();
            slides->setFocus();
        } else if (!on && slides->isVisible()) {
            slides->hide();
        }
    };
    QObject::connect(present, &QAction::toggled, slides, follow);
    QObject::connect(panel, &LessonPanel::teacherModeChanged, slides, follow);
    QObject::connect(panel, &LessonPanel::lessonOpened, slides, [slides] {
        if (slides->isVisible())
            slides->restart();
    });
    QObject::connect(slides, &LessonSlides::leaveRequested, present,
                     [present] { present->setChecked(false); });
}

QList<QWidget*> viewsThatTellTheFuture(QWidget* window) {
    // The counter's "lost" and its sentence, the queue's totals, the pool's results, the
    // array's sums, the console's later lines: each would answer "what happens next?".
    QList<QWidget*> views = {window->findChild<ConsolePanel*>(), window->findChild<QueuePanel*>(),
                             window->findChild<CounterPanel*>(), window->findChild<PoolView*>(),
                             window->findChild<ArrayPanel*>(),   window->findChild<MemoryPanel*>(),
                             window->findChild<GilPanel*>()};
    views.removeAll(nullptr);
    return views;
}

FutureCurtain* attachFutureCurtain(LessonPanel* lessons, RunModel* model, QCustomPlot* timeline,
                                   QList<QWidget*> whole) {
    auto* curtain = new FutureCurtain(model, timeline, std::move(whole), lessons);
    QObject::connect(lessons, &LessonPanel::futureHidden, curtain, &FutureCurtain::cover);
    QObject::connect(lessons, &LessonPanel::futureRevealed, curtain, &FutureCurtain::lift);
    return curtain;
}

} // namespace proclab::ui
