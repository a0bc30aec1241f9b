#include "ui/model/run_controller.h"

#include "ui/model/run_model.h"

#include <QFileInfo>
#include <QTimer>

namespace proclab::ui {

RunController::RunController(RunModel* model, QObject* parent) : QObject(parent), model_(model) {}

RunController::~RunController() {
    if (isRunning()) {
        process_->disconnect(this);
        process_->kill();
        process_->waitForFinished(2000);
    }
}

void RunController::start(const RunRequestUi& request) {
    if (isRunning())
        return;
    const QString program = enginePath();
    if (!QFileInfo(program).isExecutable()) {
        emit finished(false, tr("The runner %1 is missing or not executable.").arg(program));
        return;
    }
    delete process_;
    process_ = new QProcess(this);
    streamError_.clear();
    stderrTail_.clear();
    stopping_ = false;
    model_->beginLive();

    connect(process_, &QProcess::readyReadStandardOutput, this, [this] {
        lastOutput_.restart();
        const QByteArray bytes = process_->readAllStandardOutput();
        if (streamError_.isEmpty() && !model_->feed(std::string_view(bytes.data(), bytes.size())))
            streamError_ = QString::fromStdString(model_->streamError());
    });
    connect(process_, &QProcess::readyReadStandardError, this, [this] {
        stderrTail_ += process_->readAllStandardError();
        qsizetype nl;
        while ((nl = stderrTail_.indexOf('\n')) >= 0) {
            emit runnerMessage(QString::fromUtf8(stderrTail_.left(nl)));
            stderrTail_.remove(0, nl + 1);
        }
    });
    connect(process_, &QProcess::finished, this, &RunController::onFinished);
    connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            model_->endLive();
            emit finished(false, tr("Could not start the runner: %1").arg(process_->errorString()));
        }
    });
    process_->start(program, engineArguments(request));
    emit started();
}

void RunController::stop() {
    if (!isRunning())
        return;
    stopping_ = true;
    // SIGTERM first: the runner then stops its children and reports what it has. A heavy
    // run's runner may still be sending what its processes recorded (their end markers
    // among it): it is killed only once it has been silent for a while.
    process_->terminate();
    lastOutput_.restart();
    auto* watchdog = new QTimer(process_);
    watchdog->setInterval(500);
    connect(watchdog, &QTimer::timeout, process_, [this, p = process_] {
        if (p->state() != QProcess::NotRunning && lastOutput_.elapsed() > kStopGraceMs)
            p->kill();
    });
    watchdog->start();
}

void RunController::onFinished(int exitCode, QProcess::ExitStatus status) {
    const QByteArray rest = process_->readAllStandardOutput();
    if (!rest.isEmpty() && streamError_.isEmpty() &&
        !model_->feed(std::string_view(rest.data(), rest.size())))
        streamError_ = QString::fromStdString(model_->streamError());
    if (!stderrTail_.isEmpty())
        emit runnerMessage(QString::fromUtf8(stderrTail_));
    stderrTail_.clear();
    const StreamEnd end = model_->streamEnd();
    // Stopped, timed out, or ended without its End frame: what is shown is not the whole run.
    model_->setCutShort(stopping_ || !end.seen || endedEarly(end.status));
    model_->endLive();

    if (stopping_) {
        emit finished(false, tr("Stopped."));
    } else if (!streamError_.isEmpty()) {
        emit finished(false, tr("The runner's output could not be read: %1").arg(streamError_));
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
