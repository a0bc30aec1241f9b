// The command line of `proclab`: list, run, show. Every command returns the process exit
// code: 0 done, 1 the demo failed, 2 bad arguments or input, 3 timed out.
#pragma once

#include <QStringList>

namespace proclab::cli {

// True when the arguments ask for a command rather than the GUI.
bool isCommand(const QStringList& arguments);
int runCommand(const QStringList& arguments);

} // namespace proclab::cli
