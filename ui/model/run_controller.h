// Runs one demo live: starts proclab-engine (RunnerProcess) and feeds its stdout to the model as
// it arrives (the model coalesces redraws). Reports the runner's end and errors.
#pragma once

#include "ui/model/engine_process.h"

#include <QObject>
#include <QProcess>

namespace proclab::ui {

class RunModel;
class RunnerProcess;

class RunController : public QObject {
    Q_OBJECT
  public:
    explicit RunController(RunModel* model, QObject* parent = nullptr);
    ~RunController() override;

    bool isRunning() const;

  public slots:
    void start(const proclab::ui::RunRequestUi& request);
    void stop();

  signals:
    void started();
    // ok: the runner exited 0 and the stream ended cleanly. message: why not, or the summary.
    void finished(bool ok, const QString& message);
    // A line the runner wrote on stderr (its diagnostics), for the console.
    void runnerMessage(const QString& line);

  private:
    void onFinished(int exitCode, QProcess::ExitStatus status);

    RunModel* model_;
    RunnerProcess* runner_;
    bool stopping_ = false;
    // Stop kills the runner only once it has written nothing for this long.
    static constexpr int kStopGraceMs = 3000;
};

} // namespace proclab::ui
