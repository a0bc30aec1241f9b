#include "ui/model/engine_process.h"

#include <QCoreApplication>
#include <QDir>

namespace proclab::ui {

QString enginePath() {
    const QString fromEnv = qEnvironmentVariable("PROCLAB_ENGINE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("proclab-engine"));
}

QStringList engineArguments(const RunRequestUi& request) {
    QStringList args{QStringLiteral("run"), request.demo};
    if (!request.variant.isEmpty())
        args << QStringLiteral("--variant") << request.variant;
    for (const auto& [key, value] : request.params)
        args << QStringLiteral("--set")
             << QStringLiteral("%1=%2").arg(QString::fromStdString(key)).arg(value);
    return args;
}

} // namespace proclab::ui
