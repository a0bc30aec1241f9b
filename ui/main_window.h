// The main window: run toolbar, timeline with replay controls in the centre, docks for the
// queue, counter, pool, code and console, menus with standard shortcuts, presentation mode,
// text zoom, light/dark, and the layout remembered between sessions.
#pragma once

#include <QMainWindow>

class QMenu;

namespace proclab::ui {

class RunModel;
class RunController;
class DemoToolbar;
class TimelineView;
class ReplayBar;
class QueuePanel;
class CounterPanel;
class PoolView;
class CodePanel;
class ConsolePanel;
class RunFiles;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    // With `model` the window shows that model and leaves the layout settings alone (used for
    // exports); without, it owns a model, runs demos and restores/saves its layout.
    explicit MainWindow(RunModel* model = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    RunModel* model() const { return model_; }
    TimelineView* timeline() const { return timeline_; }
    QueuePanel* queuePanel() const { return queue_; }
    CounterPanel* counterPanel() const { return counter_; }
    PoolView* poolView() const { return pool_; }
    CodePanel* codePanel() const { return code_; }
    ConsolePanel* consolePanel() const { return console_; }

    // Opens a saved run (.proclab or Chrome .json); returns an error message, empty on success.
    QString openFile(const QString& path);
    // Shows only the docks that say something about this run (queue for queue demos, ...).
    void showRelevantDocks();

  protected:
    void closeEvent(QCloseEvent* e) override;

  private:
    void buildDocks();
    void buildMenus();
    void buildFileMenu(QMenu* file);
    void buildReplayMenu(QMenu* replay);
    void buildViewMenu(QMenu* view);
    void buildLessonDock();
    void openDialog();
    void openWithMessage(const QString& path);
    void exportDialog(const QString& view);
    void togglePresentation(bool on);
    void updateTitle();
    void runFinished(bool ok, const QString& message);
    void showChoice();

    RunModel* model_;
    bool ownsModel_;
    RunController* controller_ = nullptr;
    DemoToolbar* toolbar_ = nullptr;
    TimelineView* timeline_ = nullptr;
    ReplayBar* replay_ = nullptr;
    QueuePanel* queue_ = nullptr;
    CounterPanel* counter_ = nullptr;
    PoolView* pool_ = nullptr;
    CodePanel* code_ = nullptr;
    ConsolePanel* console_ = nullptr;
    RunFiles* files_ = nullptr;
    double scaleBeforePresentation_ = 1.0;
    QRect geometryBeforePresentation_; // restored by hand where no window manager does it
    bool loadingRun_ = false;
};

} // namespace proclab::ui
