// proclab-gui: opens the GUI, or runs a command-line command (list, run, show, lesson, trace).
// `proclab` (app/front) runs list/run/show without Qt and execs this program for the rest.
#include "cli.h"
#include "cli_checks.h"
#include "ui/gui_entry.h"

#include <QStringList>

int main(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (proclab::cli::isCommand(arguments))
        return proclab::cli::runCommand(arguments);
    if (const int code = proclab::cli::checkGuiLaunch(arguments); code >= 0)
        return code; // an unknown command, or no display: a message, not Qt's abort
    return proclab::ui::runGui(argc, argv);
}
