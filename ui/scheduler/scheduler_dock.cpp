#include "ui/scheduler/scheduler_dock.h"

#include "ui/scheduler/scheduler_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

namespace proclab::ui {

QDockWidget* addSchedulerDock(QMainWindow* window, RunModel* model) {
    auto* dock = new QDockWidget(SchedulerPanel::tr("You Are the Scheduler"), window);
    dock->setObjectName(QStringLiteral("schedulerDock")); // saveState keys docks by name
    auto* scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setWidget(new SchedulerPanel(model, scroll));
    // Narrower, the rows (button, process, next step) scroll sideways and the goal and win
    // texts are cut: the other docks give way instead, even at 1024x700.
    scroll->setMinimumWidth(400);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F8));
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->hide();
    return dock;
}

} // namespace proclab::ui
