// How the Lesson dock reaches the rest of the window beyond the toolbar: a scheduler lesson
// opens the Scheduler dock on its level and is told when the student's stepped run ends; a
// replay question hides the future of the run.
#pragma once

class QCustomPlot;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace proclab::ui {

class LessonPanel;
class RunModel;
class FutureCurtain;

void linkLessonToScheduler(LessonPanel* lessons, QDockWidget* schedulerDock);

// "What happens next?": the lesson's replay questions cover the timeline's future and the
// console (whose later lines would tell) until the student answers.
// Teacher mode in presentation mode (F11) shows the lesson as full-screen slides; call after
// the window's menus exist (it follows View > Presentation Mode).
void attachLessonSlides(QMainWindow* window, RunModel* model);

FutureCurtain* attachFutureCurtain(LessonPanel* lessons, RunModel* model, QCustomPlot* timeline,
                                   QWidget* console);

} // namespace proclab::ui
