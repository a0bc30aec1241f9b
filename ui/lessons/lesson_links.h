// How the Lesson dock reaches the rest of the window beyond the toolbar: a scheduler lesson
// opens the Scheduler dock on its level and is told when the student's stepped run ends; a
// replay question hides the future of the run.
#pragma once

#include <QList>

class QCustomPlot;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace proclab::ui {

class LessonPanel;
class RunModel;
class FutureCurtain;

void linkLessonToScheduler(LessonPanel* lessons, QDockWidget* schedulerDock);

// Teacher mode in presentation mode (F11) shows the lesson as full-screen slides; call after
// the window's menus exist (it follows View > Presentation Mode).
void attachLessonSlides(QMainWindow* window, RunModel* model);

// "What happens next?": the lesson's replay questions cover the timeline's future, and panels
// that would tell (the console's later lines, the queue's totals), until the student answers.
// The views of `window` whose content depends on the run's future, to be covered whole while a
// replay question is asked: every demo panel (totals, results, later lines), never the code.
QList<QWidget*> viewsThatTellTheFuture(QWidget* window);

FutureCurtain* attachFutureCurtain(LessonPanel* lessons, RunModel* model, QCustomPlot* timeline,
                                   QList<QWidget*> whole);

} // namespace proclab::ui
