#include "ui/scheduler/step_runner.h"

#include "ui/model/engine_process.h"
#include "ui/model/run_model.h"

#include <QFileInfo>

namespace proclab::ui {

StepRunner::StepRunner(RunModel* model, QObject* parent) : QObject(parent), model_(model) {}

StepRunner::~StepRunner() {
    kill();
}

void StepRunner::kill() {
    if (!isRunning())
        return;
    process_->disconnect(this);
    process_->kill();
    process_->waitForFinished(2000);
    if (model_)
        model_->endLive();
}

void StepRunner::start(const SchedulerLevel& level, const QList<int>& replay) {
    kill();
    const QString program = enginePath();
    if (!QFileInfo(program).isExecutable()) {
        emit finished(false, tr("The runner %1 is missing or not executable.").arg(program));
        return;
    }
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

    delete process_;
    process_ = new QProcess(this);
    stderrTail_.clear();
    streamError_.clear();
    freeRunning_ = false;
    model_->beginLive();
    connect(process_, &QProcess::readyReadStandardOutput, this, [this] {
        const QByteArray bytes = process_->readAllStandardOutput();
        if (streamError_.isEmpty() && !model_->feed(std::string_view(bytes.data(), bytes.size())))
            streamError_ = QString::fromStdString(model_->streamError());
    });
    connect(process_, &QProcess::readyReadStandardError, this, [this] {
        stderrTail_ += process_->readAllStandardError();
        qsizetype nl;
        while ((nl = stderrTail_.indexOf('\n')) >= 0) {
            emit refused(QString::fromUtf8(stderrTail_.left(nl)));
            stderrTail_.remove(0, nl + 1);
        }
    });
    connect(process_, &QProcess::finished, this, &StepRunner::onFinished);
    connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            model_->endLive();
            emit finished(false, tr("Could not start the runner: %1").arg(process_->errorString()));
        }
    });
    process_->start(program, args);
    emit started();
}

void StepRunner::step(int lane) {
    if (isRunning() && !freeRunning_)
        process_->write(QByteArray::number(lane) + '\n');
}

void StepRunner::letOsSchedule() {
    if (!isRunning() || freeRunning_)
        return;
    freeRunning_ = true;
    process_->closeWriteChannel();
}

void StepRunner::stop() {
    kill();
}

void StepRunner::onFinished(int exitCode, QProcess::ExitStatus status) {
    const QByteArray rest = process_->readAllStandardOutput();
    if (!rest.isEmpty() && streamError_.isEmpty() &&
        !model_->feed(std::string_view(rest.data(), rest.size())))
        streamError_ = QString::fromStdString(model_->streamError());
    const StreamEnd end = model_->streamEnd();
    model_->endLive();
    freeRunning_ = true;
    if (!streamError_.isEmpty())
        emit finished(false, tr("The runner's output could not be read: %1").arg(streamError_));
    else if (status == QProcess::CrashExit || !end.seen)
        emit finished(false,
                      tr("The runner ended (code %1) without finishing the run.").arg(exitCode));
    else
        emit finished(end.status == RunStatus::Ok && exitCode == 0,
                      QString::fromStdString(end.message));
}

} // namespace proclab::ui
