#include "ui/model/trial_runner.h"

#include "io/stream.h"
#include "trace/analysis.h"

namespace proclab::ui {

TrialRunner::TrialRunner(QObject* parent) : QObject(parent) {}

TrialRunner::~TrialRunner() {
    cancel();
}

void TrialRunner::start(const RunRequestUi& request, int trials) {
    cancel();
    request_ = request;
    total_ = trials;
    remaining_ = trials;
    finals_.clear();
    next();
}

void TrialRunner::cancel() {
    remaining_ = 0;
    if (process_) {
        process_->disconnect(this);
        if (process_->state() != QProcess::NotRunning) {
            process_->kill();
            process_->waitForFinished(2000);
        }
        process_->deleteLater();
        process_ = nullptr;
    }
}

void TrialRunner::next() {
    if (remaining_ <= 0) {
        emit allFinished();
        return;
    }
    if (process_)
        process_->deleteLater();
    process_ = new QProcess(this);
    // Each trial decodes its own stream; only the final value is kept.
    auto decoder = std::make_shared<StreamDecoder>();
    connect(process_, &QProcess::readyReadStandardOutput, this, [this, decoder] {
        const QByteArray b = process_->readAllStandardOutput();
        decoder->feed(std::string_view(b.data(), b.size()));
    });
    connect(process_, &QProcess::finished, this,
            [this, decoder](int code, QProcess::ExitStatus st) {
                const QByteArray b = process_->readAllStandardOutput();
                decoder->feed(std::string_view(b.data(), b.size()));
                if (st != QProcess::NormalExit || code != 0 || !decoder->error().empty()) {
                    remaining_ = 0;
                    emit failed(decoder->error().empty()
                                    ? tr("A trial failed (runner exit code %1).").arg(code)
                                    : QString::fromStdString(decoder->error()));
                    return;
                }
                const CounterLedger ledger = counterLedger(decoder->trace(), 0);
                expected_ = ledger.expected;
                finals_.push_back(ledger.final);
                --remaining_;
                emit trialFinished(total_ - remaining_, total_, ledger.final);
                next();
            });
    connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            remaining_ = 0;
            emit failed(tr("Could not start the runner: %1").arg(process_->errorString()));
        }
    });
    process_->start(enginePath(), engineArguments(request_));
}

} // namespace proclab::ui
