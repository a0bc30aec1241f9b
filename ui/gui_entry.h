// What the proclab binary calls: the GUI, and the headless export behind
// `proclab run ... --export FILE --view VIEW`.
#pragma once

#include "trace/trace.h"

#include <string>

namespace proclab::ui {

// Creates the QApplication and the main window, runs the event loop; returns its exit code.
int runGui(int argc, char** argv);

// Renders `view` ("timeline", "queue", "counter", "pool", "code", "console", "window") of a
// finished Trace to `path` (.png at 2x scale, .svg, .pdf) at width x height logical pixels.
// Returns an error message, empty on success; writes nothing on error.
// QApplication: if none exists yet, this creates one on the "offscreen" platform (kept for the
// rest of the process), so a command-line caller needs no display and no Qt code of its own.
// A caller that already has a QApplication keeps it.
std::string exportTraceView(const proclab::Trace& trace, const std::string& view,
                            const std::string& path, int width, int height);

} // namespace proclab::ui
