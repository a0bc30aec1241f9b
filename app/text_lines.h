// Lines for a terminal, shortened (Qt-free: the front end and proclab-gui share it).
#pragma once

#include <string>
#include <string_view>

namespace proclab::cli {

// A line for the terminal: at most `limit` characters (UTF-8 kept whole), with a note of how
// much was left out. --json output is never shortened.
std::string shortenLine(std::string_view line, size_t limit = 300);
// Every line of a text, shortened.
std::string shortenLines(std::string_view text, size_t limit = 300);

} // namespace proclab::cli
