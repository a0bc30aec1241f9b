#include "ui/model/engine_process.h"

#include "util/install_paths.h"

namespace proclab::ui {

QString enginePath() {
    return QString::fromStdString(findEngine());
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
