// Which waiting state an event opens or closes, shared by laneTimelines() and LiveLanes.
#pragma once

#include "analysis.h"
#include "event.h"

namespace proclab {

// A waiting state an event opens or closes, if it is one of the paired kinds (the vocabulary
// table in event.h says which).
struct StateChange {
    bool opens = false;
    bool closes = false;
    LaneState state = LaneState::Running;
};

inline StateChange stateEdge(EventKind kind) {
    const EventKindInfo& info = eventKindInfo(kind);
    return {info.edge == StateEdge::Opens, info.edge == StateEdge::Closes, info.state};
}

// Events that other lanes (parent, reaper) record about a lane: they say nothing about
// whether the lane itself has begun running its code.
inline bool isRecordedByOthers(EventKind kind) {
    return kind == EventKind::ProcessCreated || kind == EventKind::ProcessExited;
}

} // namespace proclab
