// The live event stream from proclab-engine (the runner) to whoever started it: the runner
// writes frames on its stdout while the demo runs; StreamDecoder turns bytes, fed in any
// chunking, back into a Trace. The same decoder serves the command line, the GUI and tests.
#pragma once

#include "run_status.h"
#include "trace/trace.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace proclab {

// Frame: u32 type, u32 payload length, payload. Native byte order (same machine).
enum class FrameType : uint32_t {
    Hello = 1,   // text: "demo\nvariant\nt0\nkey=value\n..." then "\n\n" then the Python snippet
    Lane = 2,    // i32 lane, i32 parent, i64 pid, u8 start method, then "name\nrole"
    Text = 3,    // i32 text id, then the text
    Events = 4,  // n * EventRecord (absolute times)
    Dropped = 5, // u64 records dropped so far (total)
    End = 6,     // i32 RunStatus (run_status.h), then a message
};

inline constexpr uint32_t kMaxFramePayload = 64u << 20;

// Writer side, used by the runner. Appends frames to a byte buffer the caller flushes.
class StreamWriter {
  public:
    void hello(const Trace& meta);
    void lane(const LaneInfo& lane);
    void text(int id, std::string_view text);
    void events(std::span<const EventRecord> records);
    void dropped(uint64_t total);
    void end(RunStatus status, std::string_view message);

    std::string& buffer() { return buffer_; }

  private:
    void frame(FrameType type, std::string_view payload);
    std::string buffer_;
};

struct StreamEnd {
    bool seen = false;
    RunStatus status = RunStatus::Ok;
    std::string message;
};

class StreamDecoder {
  public:
    // Feeds bytes; returns false (and sets error()) on a malformed stream.
    bool feed(std::string_view bytes);
    Trace& trace() { return trace_; }
    const Trace& trace() const { return trace_; }
    Trace takeTrace() { return std::move(trace_); }
    const StreamEnd& end() const { return end_; }
    const std::string& error() const { return error_; }
    // True when bytes were fed that do not yet form a whole frame.
    bool hasPartialFrame() const { return !pending_.empty(); }
    // How many bytes of an unfinished frame are held: lost if the stream ends here. Every
    // frame before them is already in trace().
    size_t partialBytes() const { return pending_.size(); }

    // Called after each frame that added events or texts; views use it to redraw.
    std::function<void(size_t firstNewEvent)> onEvents;
    std::function<void(int textId)> onText;

  private:
    bool handleFrame(FrameType type, std::string_view payload);
    Trace trace_;
    std::string pending_;
    StreamEnd end_;
    std::string error_;
};

} // namespace proclab
