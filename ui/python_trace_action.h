// File → Trace a Python Script…: asks for a .py file and runs `proclab trace SCRIPT --trace
// TMP.proclab --json` as a separate process (QProcess, signals only: the GUI never forks and
// never blocks), then opens the trace in the window like any saved run.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QProcess;
class QTemporaryDir;
class QWidget;

namespace proclab::ui {

class PythonTraceAction : public QObject {
    Q_OBJECT
  public:
    explicit PythonTraceAction(QWidget* window);
    ~PythonTraceAction() override;

    // Asks for a script, then starts it; does nothing if a trace is already running.
    void chooseAndRun();
    void run(const QString& script);
    bool isRunning() const { return process_ != nullptr; }

  signals:
    void started(const QString& script);
    // ok: tracePath holds the trace (valid until the next run); notes: what went wrong in the
    // script, in plain words; error: why there is no trace at all.
    void finished(bool ok, const QString& tracePath, const QStringList& notes,
                  const QString& error);

  private:
    void processFinished();

    QWidget* window_;
    QProcess* process_ = nullptr;
    QTemporaryDir* dir_ = nullptr;
    QString tracePath_;
};

} // namespace proclab::ui
