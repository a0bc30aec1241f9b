// Starting the runner: where proclab-engine is and how a run request becomes its arguments.
// The GUI never forks itself (it has threads); the runner does.
#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace proclab::ui {

// The runner to start: see findEngine() (engine/util/install_paths.h).
QString enginePath();

struct RunRequestUi {
    QString demo;
    QString variant;
    std::map<std::string, qint64> params;
};

// `run DEMO --variant V --set k=v ...`
QStringList engineArguments(const RunRequestUi& request);

} // namespace proclab::ui
