// proclab: opens the GUI, or runs a command-line command (list, run, show).
#include "cli.h"
#include "ui/gui_entry.h"

#include <QStringList>

int main(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (proclab::cli::isCommand(arguments))
        return proclab::cli::runCommand(arguments);
    return proclab::ui::runGui(argc, argv);
}
