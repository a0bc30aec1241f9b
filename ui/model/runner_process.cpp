#include "ui/model/runner_process.h"

#include "ui/model/engine_process.h"
#include "ui/model/run_model.h"

#include <QFileInfo>
#include <QTimer>

namespace proclab::ui {

RunnerProcess::RunnerProcess(RunModel* model, QObject* parent) : QObject(parent), model_(model) {}

RunnerProcess::~RunnerProcess() {
    kill();
}

bool RunnerProcess::start(const QStringList& args) {
    const QString program = enginePath();
    if (!QFileInfo(program).isExecutable()) {
        emit failed(tr("The runner %1 is missing or not executable.").arg(program));
        return false;
    }
    delete process_;
    process_ = new QProcess(this);
    streamError_.clear();
    stderrTail_.clear();
    if (model_)
        model_->beginLive();

    connect(process_, &QProcess::readyReadStandardOutput, this, [this] {
        lastOutput_.restart();
        feed(process_->readAllStandardOutput());
    });
    connect(process_, &QProcess::readyReadStandardError, this, &RunnerProcess::readStderr);
    connect(process_, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QByteArray rest = process_->readAllStandardOutput();
        if (!rest.isEmpty())
            feed(rest);
        emit finished(exitCode, status);
    });
    connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            if (model_)
                model_->endLive();
            emit failed(tr("Could not start the runner: %1").arg(process_->errorString()));
        }
    });
    process_->start(program, args);
    return true;
}

void RunnerProcess::write(const QByteArray& bytes) {
    if (isRunning())
        process_->write(bytes);
}

void RunnerProcess::closeInput() {
    if (isRunning())
        process_->closeWriteChannel();
}

void RunnerProcess::stopGently(int graceMs) {
    if (!isRunning())
        return;
    process_->terminate();
    lastOutput_.restart();
    // Parented to this run's QProcess, so it never touches the next run's.
    auto* watchdog = new QTimer(process_);
    watchdog->setInterval(500);
    connect(watchdog, &QTimer::timeout, process_, [this, graceMs, p = process_] {
        if (p->state() != QProcess::NotRunning && lastOutput_.elapsed() > graceMs)
            p->kill();
    });
    watchdog->start();
}

void RunnerProcess::kill() {
    if (!isRunning())
        return;
    process_->disconnect(this);
    process_->kill();
    process_->waitForFinished(2000);
}

QString RunnerProcess::takeStderrRest() {
    const QString rest = QString::fromUtf8(stderrTail_);
    stderrTail_.clear();
    return rest;
}

void RunnerProcess::feed(const QByteArray& bytes) {
    if (!streamError_.isEmpty() || !model_)
        return;
    if (!model_->feed(std::string_view(bytes.data(), bytes.size())))
        streamError_ = QString::fromStdString(model_->streamError());
}

void RunnerProcess::readStderr() {
    stderrTail_ += process_->readAllStandardError();
    qsizetype nl;
    while ((nl = stderrTail_.indexOf('\n')) >= 0) {
        emit stderrLine(QString::fromUtf8(stderrTail_.left(nl)));
        stderrTail_.remove(0, nl + 1);
    }
}

} // namespace proclab::ui
