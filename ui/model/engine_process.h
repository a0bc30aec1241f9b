// Starting the runner: where proclab-engine is and how a run request becomes its arguments.
// The GUI never forks itself (it has threads); the runner does.
#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace proclab::ui {

// $PROCLAB_ENGINE when set (tests), else proclab-engine beside the running executable.
QString enginePath();

struct RunRequestUi {
    QString demo;
    QString variant;
    std::map<std::string, qint64> params;
};

// `run DEMO --variant V --set k=v ...`
QStringList engineArguments(const RunRequestUi& request);

} // namespace proclab::ui
