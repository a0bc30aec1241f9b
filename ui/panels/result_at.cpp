#include "ui/panels/result_at.h"

namespace proclab::ui {

std::optional<int64_t> resultAt(const Trace& trace, ResultKey key, int64_t t, int64_t index) {
    const size_t end = trace.indexAfter(t);
    for (size_t i = 0; i < end; ++i) {
        if (trace.kind(i) != EventKind::Result)
            continue;
        const Event e = trace.at(i);
        if (e.a == static_cast<uint32_t>(key) && (index < 0 || e.c == index))
            return e.b;
    }
    return std::nullopt;
}

} // namespace proclab::ui
