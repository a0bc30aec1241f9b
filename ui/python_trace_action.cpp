#include "ui/python_trace_action.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

namespace proclab::ui {

namespace {
// The script gets this long before it is stopped: a student's endless loop must not leave the
// window waiting forever.
constexpr int kTimeoutSeconds = 60;
} // namespace

PythonTraceAction::PythonTraceAction(QWidget* window) : QObject(window), window_(window) {}

PythonTraceAction::~PythonTraceAction() {
    if (process_) {
        // SIGTERM: `proclab trace` then kills its script's whole process group and exits.
        process_->terminate();
        if (!process_->waitForFinished(3000))
            process_->kill();
    }
    delete dir_;
}

void PythonTraceAction::chooseAndRun() {
    if (isRunning())
        return;
    QSettings s;
    const QString path = QFileDialog::getOpenFileName(
        window_, tr("Trace a Python Script"), s.value(QStringLiteral("pytrace/dir")).toString(),
        tr("Python scripts (*.py);;All files (*)"));
    if (path.isEmpty())
        return;
    s.setValue(QStringLiteral("pytrace/dir"), QFileInfo(path).absolutePath());
    run(path);
}

void PythonTraceAction::run(const QString& script) {
    if (isRunning())
        return;
    delete dir_;
    dir_ = new QTemporaryDir;
    tracePath_ = dir_->filePath(QStringLiteral("trace.proclab"));
    process_ = new QProcess(this);
    // The script runs in its own folder, as `python3 script.py` typed there would.
    process_->setWorkingDirectory(QFileInfo(script).absolutePath());
    connect(process_, &QProcess::finished, this, &PythonTraceAction::processFinished);
    connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            processFinished();
    });
    const QString program = qEnvironmentVariableIsSet("PROCLAB_APP")
                                ? qEnvironmentVariable("PROCLAB_APP")
                                : QCoreApplication::applicationFilePath();
    process_->start(program, {QStringLiteral("trace"), script, QStringLiteral("--json"),
                              QStringLiteral("--timeout"), QString::number(kTimeoutSeconds),
                              QStringLiteral("--trace"), tracePath_});
    emit started(script);
}

void PythonTraceAction::processFinished() {
    QProcess* p = process_;
    if (!p)
        return;
    process_ = nullptr;
    p->deleteLater();
    const QJsonObject report = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
    QStringList notes;
    for (const QJsonValue& n :
         report.value(QStringLiteral("script")).toObject().value(QStringLiteral("notes")).toArray())
        notes << n.toString();
    const bool ok = QFileInfo::exists(tracePath_);
    QString error;
    if (!ok) {
        error = QString::fromUtf8(p->readAllStandardError()).trimmed();
        if (error.isEmpty())
            error = tr("The tracer could not be started: %1").arg(p->errorString());
    }
    emit finished(ok, tracePath_, notes, error);
}

} // namespace proclab::ui
