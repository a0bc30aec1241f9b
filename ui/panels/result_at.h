// What a demo reported (its Result events) as known at an instant: the panels that show
// reported values follow the replay cursor, so a value appears when the demo produced it.
#pragma once

#include "trace/trace.h"

#include <optional>

namespace proclab::ui {

// The first value reported under `key` (list position `index` where relevant) at or before t.
std::optional<int64_t> resultAt(const Trace& trace, ResultKey key, int64_t t, int64_t index = -1);

} // namespace proclab::ui
