// A lane's name in what the engine writes for people and tools (the run report, Chrome trace
// JSON, lesson facts): the name the run gave it, else "lane-N" for a lane the trace does not
// name (a damaged or hand-made trace). The GUI has its own, translated, fallback.
#pragma once

#include "trace.h"

#include <string>

namespace proclab {

std::string laneName(const Trace& trace, int lane);

} // namespace proclab
