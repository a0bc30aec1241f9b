// The run toolbar: demo, variant, Run and Stop on one toolbar, the demo's parameters (defaults
// and ranges from the engine's demo catalog, nothing hard-coded here) on a second. When the
// window is too narrow for both on one row the parameters move to a row of their own, so that
// no control ever hides behind the toolbar's "»" menu (a 1024×700 projector included).
#pragma once

#include "ui/model/engine_process.h"

#include <QToolBar>

class QComboBox;
class QSpinBox;
class QAction;
class QLabel;
class QMainWindow;

namespace proclab {
class Trace;
}

namespace proclab::ui {

class DemoToolbar : public QToolBar {
    Q_OBJECT
  public:
    explicit DemoToolbar(QWidget* parent = nullptr);

    RunRequestUi request() const;
    // Puts back the demo, variant and parameters of `request` (unknown ones are left alone).
    void applyRequest(const RunRequestUi& request);
    // The parameters: a toolbar of their own, on the same row or on the next (see above).
    QToolBar* paramsBar() const { return paramsBar_; }
    QAction* runAction() const { return run_; }
    QAction* stopAction() const { return stop_; }
    void setRunning(bool running);
    // Shows the demo, variant and parameters a loaded run used; for a traced Python script
    // (no demo of ours), says so instead of leaving the last demo as if it had made the run.
    void showRun(const proclab::Trace& trace);
    // "Traced script: NAME (python3)" while such a run is on screen; empty otherwise.
    QString tracedScriptText() const;
    bool selectDemo(const QString& id, const QString& variant = {});
    // Two rows when the window is narrower than both toolbars side by side, else one.
    void fitRows();

  signals:
    void runRequested(const proclab::ui::RunRequestUi& request);
    void stopRequested();
    // The user chose another demo or variant (not emitted while showing a loaded run's).
    void choiceChanged();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void rebuildForDemo();
    void applyTheme();
    QMainWindow* window() const;

    QComboBox* demo_;
    QComboBox* variant_;
    QToolBar* paramsBar_;
    QWidget* paramsBox_;
    std::vector<std::pair<std::string, QSpinBox*>> params_;
    QAction* run_;
    QAction* stop_;
    QLabel* tracedScript_;        // says a traced Python script is on screen, not a demo
    QAction* tracedScriptAction_; // shows and hides it on the toolbar
};

} // namespace proclab::ui
