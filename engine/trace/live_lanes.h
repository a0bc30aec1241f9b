// Lanes (lifetimes and state intervals) built event by event for a live run: the incremental
// twin of laneTimelines(). It takes the same decisions as laneTimelines() does on the events
// consumed so far; when a later event would have changed one (a lane's creation recorded after
// its first event, an exit reaped before the lane's own end was recorded, an event for a lane
// the trace did not name yet), it says so and is rebuilt from the start.
#pragma once

#include "analysis.h"

namespace proclab {

class LiveLanes {
  public:
    // Consumes events [consumed, end). False: an event contradicted an earlier decision; the
    // caller rebuilds with rebuild().
    bool consume(const Trace& trace, size_t end);
    // From scratch over events [0, end), knowing all of their facts first (as laneTimelines).
    void rebuild(const Trace& trace, size_t end);
    size_t consumed() const { return consumed_; }
    // Lanes with their open states drawn up to max(duration, now); valid until the next call.
    const std::vector<LaneTimeline>& present(const Trace& trace, int64_t now);
    const std::vector<LaneTimeline>& lanes() const { return out_; }
    // The presented lanes, trimmed; the builder is spent.
    std::vector<LaneTimeline> take();

  private:
    struct Facts {
        Lifetime life;
        int64_t firstOwnEvent = -1;
        int64_t firstEvent = -1;
        int64_t endingTime = -1;
        int64_t ended() const { return endingTime >= 0 ? endingTime : life.reaped; }
    };
    struct Lane {
        Facts facts;
        bool building = false; // has a state builder (the lane has had an event)
        bool beganAtCreation = false;
        int64_t begin = -1;
        int64_t openSince = 0;
        std::vector<std::pair<LaneState, int>> stack; // open waiting states (state, object)
        bool presentedExtra = false;                  // present() appended an interval
        int64_t presentedOldEnd = -1;                 // or extended the last one from here
    };

    bool learn(const Trace& trace, size_t i, Lane& lane);
    void process(const Trace& trace, size_t i, size_t laneIndex);
    void startBuilding(Lane& lane);
    void changed(size_t laneIndex, int64_t t, std::pair<LaneState, int> before);
    void emit(size_t laneIndex, int64_t t, std::pair<LaneState, int> s);
    void unpresent();
    std::pair<LaneState, int> top(const Lane& lane) const;

    std::vector<Lane> lanes_;
    std::vector<LaneTimeline> out_;
    size_t consumed_ = 0;
    int ignoredLane_ = -1; // the highest lane number whose events were skipped (not named yet)
    bool presented_ = false;
};

} // namespace proclab
