// Two runs one above the other: a student's traced Python script next to ProcLab's own demo of
// it, so a class sees that both tell the same story. Each timeline is on its own time scale
// (its axis says which): TimelineView keeps a view inside its own run, so one shared scale
// needs it to accept a wider range first.
#pragma once

#include "trace/trace.h"

#include <string>

namespace proclab::ui {

// Exports the two timelines (each from its own t = 0) as .png/.svg/.pdf.
// Needs a QApplication. Returns an error message, empty on success.
std::string exportSideBySide(const Trace& top, const Trace& bottom, const std::string& path,
                             int width, int height);

} // namespace proclab::ui
