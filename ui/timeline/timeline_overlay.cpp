#include "ui/timeline/timeline_overlay.h"

namespace proclab::ui {

std::vector<std::unique_ptr<TimelineOverlay>> makeTimelineOverlays() {
    std::vector<std::unique_ptr<TimelineOverlay>> out;
    // Joins under the exit marks they point at; lost updates on top of everything.
    out.push_back(makeJoinOverlay());
    out.push_back(makeLifeMarksOverlay());
    out.push_back(makePoolTaskOverlay());
    out.push_back(makeQueueOverlay());
    out.push_back(makeLostUpdateOverlay());
    return out;
}

} // namespace proclab::ui
