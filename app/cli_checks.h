// Checks the command line makes before anything runs, so that bad input gets one clear
// message and exit code 2, and nothing is started or half-written.
#pragma once

#include <QString>
#include <QStringList>
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

// A line for the terminal: at most `limit` characters (UTF-8 kept whole), with a note of how
// much was left out. --json output is never shortened.
std::string shortenLine(std::string_view line, size_t limit = 300);
// Every line of a text, shortened.
std::string shortenLines(std::string_view text, size_t limit = 300);

} // namespace proclab::cli
