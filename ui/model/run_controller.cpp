#include "ui/model/run_controller.h"

#include "ui/model/run_model.h"
#include "ui/model/runner_process.h"

namespace proclab::ui {

RunController::RunController(RunModel* model, QObject* parent)
    : QObject(parent), model_(model), runner_(new RunnerProcess(model, this)) {
    connect(runner_, &RunnerProcess::stderrLine, this, &RunController::runnerMessage);
    connect(runner_, &RunnerProcess::finished, this, &RunController::onFinished);
    connect(runner_, &RunnerProcess::failed, this,
            [this](const QString& message) { emit finished(false, message); });
}

RunController::~RunController() {
    runner_->kill();
}

bool RunController::isRunning() const {
    return runner_->isRunning();
}

void RunController::start(const RunRequestUi& request) {
    if (isRunning())
        return;
    stopping_ = false;
    if (runner_->start(engineArguments(request)))
        emit started();
}

void RunController::stop() {
    if (!isRunning())
        return;
    stopping_ = true;
    runner_->stopGently(kStopGraceMs);
}

void RunController::onFinished(int exitCode, QProcess::ExitStatus status) {
    if (const QString rest = runner_->takeStderrRest(); !rest.isEmpty())
        emit runnerMessage(rest);
    const QString streamError = runner_->streamError();
    const StreamEnd end = model_->streamEnd();
    // Stopped, timed out, or ended without its End frame: what is shown is not the whole run.
    model_->setCutShort(stopping_ || !end.seen || endedEarly(end.status));
    model_->endLive();

    if (stopping_) {
        emit finished(false, tr("Stopped."));
    } else if (!streamError.isEmpty()) {
        emit finished(false, tr("The runner's output could not be read: %1").arg(streamError));
    } else if (status == QProcess::CrashExit) {
        emit finished(false, tr("The runner crashed."));
    } else if (!end.seen) {
        emit finished(false,
                      tr("The runner ended (code %1) without finishing the run.").arg(exitCode));
    } else if (end.status != RunStatus::Ok || exitCode != 0) {
        emit finished(false, end.message.empty()
                                 ? tr("The run failed (status %1).").arg(exitCodeOf(end.status))
                                 : QString::fromStdString(end.message));
    } else {
        emit finished(true, QString::fromStdString(end.message));
    }
}

} // namespace proclab::ui
