// Checks the command line makes before anything runs, so that bad input gets one clear
// message and exit code 2, and nothing is started or half-written.
#pragma once

#include <QString>
#include <QStringList>

#include "text_lines.h"
#include <string>
#include <string_view>

namespace proclab::cli {

// Empty when a file can be created at `file` (its folder exists and takes a new file: tried
// for real, with a temporary file removed at once), else why not. Empty for an empty name.
QString checkWritable(const QString& file);

// Parses --timeout's text: empty and `seconds` set, else the message.
QString parseTimeout(const QString& text, double& seconds);

// Before the GUI starts: an unknown command, or no display to show a window on, is refused
// here (Qt would abort with exit code 134). Returns the exit code, or -1 to go on.
int checkGuiLaunch(const QStringList& arguments);

} // namespace proclab::cli
