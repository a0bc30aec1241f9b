// The Scheduler dock ("You are the scheduler"), added to the main window hidden; the Run menu
// and View > Panels show it.
#pragma once

class QMainWindow;
class QDockWidget;

namespace proclab::ui {

class RunModel;

QDockWidget* addSchedulerDock(QMainWindow* window, RunModel* model);

} // namespace proclab::ui
