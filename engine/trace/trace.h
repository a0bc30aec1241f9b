// A run's events in memory, sorted by time and stored column by column (~32 bytes an event),
// with the run's metadata: which demo, which processes, what they printed.
#pragma once

#include "event.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace proclab {

// The demo id of a trace recorded from a student's own Python script (`proclab trace`).
inline constexpr std::string_view kPythonTraceDemo = "python";

// One lane of the run: a process (or a thread of the GIL demo).
struct LaneInfo {
    int lane = 0;
    std::string name;
    int64_t pid = 0;
    int parent = -1; // parent lane, -1 for the demo's main process
    StartMethod startMethod = StartMethod::Fork;
    std::string role; // "main", "worker", "producer", ... (what the code panel keys on)
    friend bool operator==(const LaneInfo&, const LaneInfo&) = default;
};

// One event with its time relative to the run's start (t0). Plain value, for views and tests.
struct Event {
    int64_t t = 0; // ns since the run started
    int lane = 0;
    EventKind kind = EventKind::SourceLine;
    int object = 0;
    int line = 0;
    uint32_t a = 0;
    int64_t b = 0;
    int64_t c = 0;
    friend bool operator==(const Event&, const Event&) = default;
};

// A trace's events as whole columns, for bulk loading (the trace file decodes into these).
struct TraceColumns {
    std::vector<int64_t> t;
    std::vector<uint8_t> lane, kind, object, line;
    std::vector<uint32_t> a;
    std::vector<int64_t> b, c;
};

class Trace {
  public:
    // Metadata of the run.
    std::string demo;
    std::string variant;
    std::map<std::string, int64_t> params;
    std::string pythonSource;       // the snippet the run mirrors; lines are 1-based in events
    uint64_t t0 = 0;                // CLOCK_MONOTONIC ns at the run's start
    uint64_t dropped = 0;           // records lost to full rings (never silent)
    std::vector<LaneInfo> lanes;    // indexed by lane number
    std::vector<std::string> texts; // printed lines and phase names, indexed by text id

    size_t size() const { return t_.size(); }
    bool empty() const { return t_.empty(); }
    Event at(size_t i) const;
    int64_t time(size_t i) const { return t_[i]; }
    EventKind kind(size_t i) const { return static_cast<EventKind>(kind_[i]); }
    int laneOf(size_t i) const { return lane_[i]; }
    int64_t duration() const { return t_.empty() ? 0 : t_.back(); }

    // Appends events whose times are relative to t0. They may arrive slightly out of order
    // (each process has its own ring); the trace stays sorted by time, ties in arrival order.
    void append(std::span<const Event> events);
    // Appends raw records (absolute times), converting them with t0.
    void appendRecords(std::span<const EventRecord> records);
    void append(const Event& e) { append(std::span<const Event>(&e, 1)); }

    // Index of the first event with time >= t (size() if none).
    size_t firstIndex(int64_t t) const;
    // Index of the first event with time > t (size() if none): the end of the events up to t.
    size_t indexAfter(int64_t t) const;

    // Convenience for text events.
    const std::string& text(int64_t id) const;
    int addText(std::string s);

    // Lane by number, creating default entries as needed.
    LaneInfo& lane(int n);
    int laneCount() const { return static_cast<int>(lanes.size()); }

    void reserve(size_t n);
    void clear();

    // The columns, read-only (the trace file encodes from them without a copy).
    std::span<const int64_t> times() const { return t_; }
    std::span<const uint8_t> laneColumn() const { return lane_; }
    std::span<const uint8_t> kindColumn() const { return kind_; }
    std::span<const uint8_t> objectColumn() const { return object_; }
    std::span<const uint8_t> lineColumn() const { return line_; }
    std::span<const uint32_t> aColumn() const { return a_; }
    std::span<const int64_t> bColumn() const { return b_; }
    std::span<const int64_t> cColumn() const { return c_; }
    // Replaces the events with whole columns (moved in). False, and nothing changed, unless
    // every column has the same length and the times never decrease.
    bool assignColumns(TraceColumns&& columns);

  private:
    void pushBack(const Event& e);
    void sortTailFrom(size_t from);

    std::vector<int64_t> t_;
    std::vector<uint8_t> lane_;
    std::vector<uint8_t> kind_;
    std::vector<uint8_t> object_;
    std::vector<uint8_t> line_;
    std::vector<uint32_t> a_;
    std::vector<int64_t> b_;
    std::vector<int64_t> c_;
};

// The lane's name, "lane-N" when the trace has none for it (what reports and lesson facts show).
std::string laneName(const Trace& trace, int lane);

} // namespace proclab
