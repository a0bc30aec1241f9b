// Words for an event, for tooltips and the status line: "worker-1 put item 3 (value 9);
// queue depth now 2" rather than raw kind names and numbers.
#pragma once

#include "trace/trace.h"

#include <QString>

namespace proclab::ui {

class RunModel;

QString describeEvent(const RunModel& model, const Event& e);
// The text of line `line` (1-based) of the run's Python snippet, trimmed; empty if none.
QString pythonLine(const Trace& trace, int line);

} // namespace proclab::ui
