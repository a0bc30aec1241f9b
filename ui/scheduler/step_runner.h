// The scheduler's run: proclab-engine in stepped mode (RunnerProcess; the GUI never forks).
// Steps are lane numbers written to the runner's stdin, one line each; the event stream feeds
// the window's RunModel as any live run does, so the timeline grows step by step.
#pragma once

#include "trace/scheduler_levels.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcess>

namespace proclab::ui {

class RunModel;
class RunnerProcess;

class StepRunner : public QObject {
    Q_OBJECT
  public:
    explicit StepRunner(RunModel* model, QObject* parent = nullptr);
    ~StepRunner() override;

    bool isRunning() const;
    // Told to let the OS schedule: no more steps go to this run.
    bool freeRunning() const { return freeRunning_; }

    // Starts the level on fresh processes; `replay` steps are taken first (Undo).
    void start(const SchedulerLevel& level, const QList<int>& replay = {});
    void step(int lane);
    // Closes the runner's stdin: once the steps given are taken, everyone runs free.
    void letOsSchedule();
    void stop();

  signals:
    void started();
    // The runner refused a step (a process that cannot move); the run goes on.
    void refused(const QString& message);
    void finished(bool ok, const QString& message);

  private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void kill();

    QPointer<RunModel> model_; // the window's: it may go first when the window closes
    RunnerProcess* runner_;
    bool freeRunning_ = false;
};

} // namespace proclab::ui
