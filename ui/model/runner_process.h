// One run of proclab-engine through QProcess, shared by the live run (RunController) and the
// scheduler's stepped run (StepRunner): the runner's stdout feeds the window's RunModel as it
// arrives, its stderr comes out line by line, and a runner that is missing or fails to start
// ends the run with one message. The GUI never forks itself (it has threads); the runner does.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>

namespace proclab::ui {

class RunModel;

class RunnerProcess : public QObject {
    Q_OBJECT
  public:
    explicit RunnerProcess(RunModel* model, QObject* parent = nullptr);
    ~RunnerProcess() override;

    bool isRunning() const { return process_ && process_->state() != QProcess::NotRunning; }

    // Starts `proclab-engine ARGS`, the model going live first. False (and failed()) when the
    // runner is missing or not executable: then nothing started and the model was not touched.
    bool start(const QStringList& args);
    // To the runner's stdin (the scheduler's steps); closing it lets the run go on by itself.
    void write(const QByteArray& bytes);
    void closeInput();
    // SIGTERM, so the runner stops its children and reports what it has; SIGKILL only once it
    // has written nothing for `graceMs` (a heavy run's runner may still be sending what its
    // processes recorded, their end markers among it).
    void stopGently(int graceMs);
    // SIGKILL and wait: no finished() follows. The model is left live (the caller ends it).
    void kill();

    // The first error of the model's stream decoder during this run, if any.
    QString streamError() const { return streamError_; }
    // What the runner wrote on stderr after its last newline.
    QString takeStderrRest();

  signals:
    // A whole line the runner wrote on stderr.
    void stderrLine(const QString& line);
    // The runner exited; all it wrote on stdout has been fed to the model.
    void finished(int exitCode, QProcess::ExitStatus status);
    // The runner is missing or could not be started; the model is no longer live.
    void failed(const QString& message);

  private:
    void feed(const QByteArray& bytes);
    void readStderr();

    QPointer<RunModel> model_; // the window's: it may go first when the window closes
    QProcess* process_ = nullptr;
    QString streamError_;
    QByteArray stderrTail_;
    QElapsedTimer lastOutput_; // since the runner last wrote on stdout; see stopGently()
};

} // namespace proclab::ui
