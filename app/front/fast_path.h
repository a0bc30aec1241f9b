// The commands the Qt-free front end runs itself: `list`, `run` and `show` without an export,
// when every argument is one it takes as it is. Anything else (the window, an export, lesson,
// trace, --help, and any argument it would have to refuse) goes to proclab-gui, whose command
// line says what is wrong in its own words: both read the same arguments the same way.
#pragma once

#include <optional>

namespace proclab::front {

// The exit code when the command ran here; empty: hand the arguments to proclab-gui.
std::optional<int> runFastPath(int argc, char** argv);

} // namespace proclab::front
