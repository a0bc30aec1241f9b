// The run toolbar: demo, variant and the demo's parameters (defaults and ranges from the
// engine's demo catalog, nothing hard-coded here), Run and Stop.
#pragma once

#include "ui/model/engine_process.h"

#include <QToolBar>

class QComboBox;
class QSpinBox;
class QAction;

namespace proclab {
class Trace;
}

namespace proclab::ui {

class DemoToolbar : public QToolBar {
    Q_OBJECT
  public:
    explicit DemoToolbar(QWidget* parent = nullptr);

    RunRequestUi request() const;
    // Parameters, Run and Stop: a toolbar of their own so that presentation mode (large text)
    // can put it on a second row instead of squeezing everything into one.
    QToolBar* paramsBar() const { return paramsBar_; }
    QAction* runAction() const { return run_; }
    QAction* stopAction() const { return stop_; }
    void setRunning(bool running);
    // Shows the demo, variant and parameters a loaded run used.
    void showRun(const proclab::Trace& trace);
    bool selectDemo(const QString& id, const QString& variant = {});

  signals:
    void runRequested(const proclab::ui::RunRequestUi& request);
    void stopRequested();
    // The user chose another demo or variant (not emitted while showing a loaded run's).
    void choiceChanged();

  private:
    void rebuildForDemo();

    QComboBox* demo_;
    QComboBox* variant_;
    QToolBar* paramsBar_;
    QWidget* paramsBox_;
    std::vector<std::pair<std::string, QSpinBox*>> params_;
    QAction* run_;
    QAction* stop_;
};

} // namespace proclab::ui
