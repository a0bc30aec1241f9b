// A checker of the Chrome Trace Event format, for tests: what a viewer would choke on or
// silently misdraw. Not a full validator of every phase's options.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace proclab {

// Problems found, each naming the event (its index in traceEvents); empty when none.
// Checks: the document is an array of events or an object with a "traceEvents" array; every
// event is an object with a known "ph", a string "name", "pid" and "tid", and a numeric "ts"
// (metadata "M" events excepted); "X" has a numeric "dur" >= 0; "C" has numeric args; flow
// starts "s" and finishes "f" carry an "id" and pair up one to one (per category and id).
std::vector<std::string> checkTraceEvents(const nlohmann::json& doc);
// The same on text; invalid JSON is one problem.
std::vector<std::string> checkTraceEventsText(std::string_view json);

} // namespace proclab
