#include "ui/scheduler/step_runner.h"

#include "ui/model/engine_process.h"
#include "ui/model/run_model.h"
#include "ui/model/runner_process.h"

namespace proclab::ui {

StepRunner::StepRunner(RunModel* model, QObject* parent)
    : QObject(parent), model_(model), runner_(new RunnerProcess(model, this)) {
    connect(runner_, &RunnerProcess::stderrLine, this, &StepRunner::refused);
    connect(runner_, &RunnerProcess::finished, this, &StepRunner::onFinished);
    connect(runner_, &RunnerProcess::failed, this,
            [this](const QString& message) { emit finished(false, message); });
}

bool StepRunner::isRunning() const {
    return runner_->isRunning();
}

StepRunner::~StepRunner() {
    kill();
}

void StepRunner::kill() {
    if (!isRunning())
        return;
    runner_->kill();
    if (model_)
        model_->endLive();
}

void StepRunner::start(const SchedulerLevel& level, const QList<int>& replay) {
    kill();
    RunRequestUi request;
    request.demo = QString::fromStdString(level.demo);
    request.variant = QString::fromStdString(level.variant);
    for (const auto& [key, value] : level.params)
        request.params[key] = QString::fromStdString(value).toLongLong();
    QStringList args = engineArguments(request);
    args << QStringLiteral("--stepped");
    if (!replay.isEmpty()) {
        QStringList steps;
        for (int lane : replay)
            steps << QString::number(lane);
        args << QStringLiteral("--steps") << steps.join(' ');
    }

    freeRunning_ = false;
    if (runner_->start(args))
        emit started();
}

void StepRunner::step(int lane) {
    if (isRunning() && !freeRunning_)
        runner_->write(QByteArray::number(lane) + '\n');
}

void StepRunner::letOsSchedule() {
    if (!isRunning() || freeRunning_)
        return;
    freeRunning_ = true;
    runner_->closeInput();
}

void StepRunner::stop() {
    kill();
}

void StepRunner::onFinished(int exitCode, QProcess::ExitStatus status) {
    const QString streamError = runner_->streamError();
    const StreamEnd end = model_->streamEnd();
    model_->endLive();
    freeRunning_ = true;
    if (!streamError.isEmpty())
        emit finished(false, tr("The runner's output could not be read: %1").arg(streamError));
    else if (status == QProcess::CrashExit || !end.seen)
        emit finished(false,
                      tr("The runner ended (code %1) without finishing the run.").arg(exitCode));
    else
        emit finished(end.status == RunStatus::Ok && exitCode == 0,
                      QString::fromStdString(end.message));
}

} // namespace proclab::ui
