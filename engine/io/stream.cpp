#include "stream.h"

#include <charconv>
#include <cstring>

namespace proclab {
namespace {

template <class T>
void putRaw(std::string& out, const T& v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <class T>
bool getRaw(std::string_view& in, T& v) {
    if (in.size() < sizeof v)
        return false;
    std::memcpy(&v, in.data(), sizeof v);
    in.remove_prefix(sizeof v);
    return true;
}

int64_t toInt(std::string_view s) {
    int64_t v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

} // namespace

void StreamWriter::frame(FrameType type, std::string_view payload) {
    putRaw(buffer_, static_cast<uint32_t>(type));
    putRaw(buffer_, static_cast<uint32_t>(payload.size()));
    buffer_.append(payload);
}

void StreamWriter::hello(const Trace& meta) {
    std::string p = meta.demo + "\n" + meta.variant + "\n" + std::to_string(meta.t0) + "\n";
    for (const auto& [k, v] : meta.params)
        p += k + "=" + std::to_string(v) + "\n";
    p += "\n";
    p += meta.pythonSource;
    frame(FrameType::Hello, p);
}

void StreamWriter::lane(const LaneInfo& lane) {
    std::string p;
    putRaw(p, static_cast<int32_t>(lane.lane));
    putRaw(p, static_cast<int32_t>(lane.parent));
    putRaw(p, static_cast<int64_t>(lane.pid));
    putRaw(p, static_cast<uint8_t>(lane.startMethod));
    p += lane.name + "\n" + lane.role;
    frame(FrameType::Lane, p);
}

void StreamWriter::text(int id, std::string_view text) {
    std::string p;
    putRaw(p, static_cast<int32_t>(id));
    p.append(text);
    frame(FrameType::Text, p);
}

void StreamWriter::events(std::span<const EventRecord> records) {
    // Split so that no frame exceeds the decoder's limit.
    constexpr size_t perFrame = kMaxFramePayload / sizeof(EventRecord);
    for (size_t i = 0; i < records.size(); i += perFrame) {
        const size_t n = std::min(perFrame, records.size() - i);
        frame(FrameType::Events,
              {reinterpret_cast<const char*>(records.data() + i), n * sizeof(EventRecord)});
    }
}

void StreamWriter::dropped(uint64_t total) {
    std::string p;
    putRaw(p, total);
    frame(FrameType::Dropped, p);
}

void StreamWriter::end(RunStatus status, std::string_view message) {
    std::string p;
    putRaw(p, static_cast<int32_t>(status));
    p.append(message);
    frame(FrameType::End, p);
}

bool StreamDecoder::feed(std::string_view bytes) {
    if (!error_.empty())
        return false;
    pending_.append(bytes);
    size_t pos = 0;
    while (pending_.size() - pos >= 8) {
        uint32_t type = 0, length = 0;
        std::memcpy(&type, pending_.data() + pos, 4);
        std::memcpy(&length, pending_.data() + pos + 4, 4);
        if (type < 1 || type > 6 || length > kMaxFramePayload) {
            error_ = "malformed event stream (frame type " + std::to_string(type) + ", length " +
                     std::to_string(length) + ")";
            return false;
        }
        if (pending_.size() - pos - 8 < length)
            break;
        if (!handleFrame(static_cast<FrameType>(type),
                         std::string_view(pending_).substr(pos + 8, length))) {
            if (error_.empty())
                error_ = "malformed event stream frame";
            return false;
        }
        pos += 8 + length;
    }
    pending_.erase(0, pos);
    return true;
}

namespace {

// Hello: "demo\nvariant\nt0\nkey=value\n...\n\n" then the Python snippet.
bool decodeHello(std::string_view payload, Trace& trace) {
    const size_t split = payload.find("\n\n");
    if (split == std::string_view::npos)
        return false;
    std::string_view head = payload.substr(0, split + 1);
    trace.pythonSource = std::string(payload.substr(split + 2));
    int field = 0;
    while (!head.empty()) {
        const size_t nl = head.find('\n');
        const std::string_view line = head.substr(0, nl);
        head.remove_prefix(nl + 1);
        if (field == 0)
            trace.demo = line;
        else if (field == 1)
            trace.variant = line;
        else if (field == 2)
            trace.t0 = static_cast<uint64_t>(toInt(line));
        else if (const size_t eq = line.find('='); eq != std::string_view::npos)
            trace.params[std::string(line.substr(0, eq))] = toInt(line.substr(eq + 1));
        ++field;
    }
    return field >= 3;
}

bool decodeLane(std::string_view payload, Trace& trace) {
    int32_t lane = 0, parent = 0;
    int64_t pid = 0;
    uint8_t method = 0;
    if (!getRaw(payload, lane) || !getRaw(payload, parent) || !getRaw(payload, pid) ||
        !getRaw(payload, method) || lane < 0 || lane >= kMaxLanes)
        return false;
    LaneInfo& info = trace.lane(lane);
    info.parent = parent;
    if (pid)
        info.pid = pid;
    info.startMethod = static_cast<StartMethod>(method);
    const size_t nl = payload.find('\n');
    info.name = std::string(payload.substr(0, nl));
    info.role = nl == std::string_view::npos ? std::string() : std::string(payload.substr(nl + 1));
    return true;
}

bool decodeText(std::string_view payload, Trace& trace, const std::function<void(int)>& onText) {
    int32_t id = 0;
    // The runner numbers texts 0, 1, 2...: a text is never ahead of the next free id. (A
    // larger id from a broken stream made room for up to 2^26 strings, 2 GB: found by
    // fuzz_event_stream's memory peak.)
    if (!getRaw(payload, id) || id < 0 || static_cast<size_t>(id) > trace.texts.size())
        return false;
    if (static_cast<size_t>(id) >= trace.texts.size())
        trace.texts.resize(static_cast<size_t>(id) + 1);
    trace.texts[static_cast<size_t>(id)] = std::string(payload);
    if (onText)
        onText(id);
    return true;
}

bool decodeEvents(std::string_view payload, Trace& trace,
                  const std::function<void(size_t)>& onEvents) {
    if (payload.size() % sizeof(EventRecord) != 0)
        return false;
    if (payload.empty())
        return true; // nothing to add (and memcpy must not see a null pointer)
    std::vector<EventRecord> records(payload.size() / sizeof(EventRecord));
    std::memcpy(records.data(), payload.data(), payload.size());
    const size_t before = trace.size();
    for (const EventRecord& r : records) {
        if (r.kind >= static_cast<uint8_t>(EventKind::Count_))
            return false;
        // The creator knows the pid first; a lane announced earlier learns it here.
        if (r.kind == static_cast<uint8_t>(EventKind::ProcessCreated) && r.lane < kMaxLanes)
            trace.lane(r.lane).pid = r.b;
    }
    int64_t minTime = INT64_MAX;
    for (const EventRecord& r : records)
        minTime = std::min<int64_t>(minTime, static_cast<int64_t>(r.t_ns - trace.t0));
    trace.appendRecords(records);
    if (onEvents && !records.empty())
        onEvents(std::min(before, trace.firstIndex(minTime)));
    return true;
}

bool decodeEnd(std::string_view payload, StreamEnd& end) {
    int32_t status = 0;
    if (!getRaw(payload, status))
        return false;
    end.seen = true;
    end.status = static_cast<RunStatus>(status);
    end.message = std::string(payload);
    return true;
}

} // namespace

bool StreamDecoder::handleFrame(FrameType type, std::string_view payload) {
    switch (type) {
    case FrameType::Hello:
        return decodeHello(payload, trace_);
    case FrameType::Lane:
        return decodeLane(payload, trace_);
    case FrameType::Text:
        return decodeText(payload, trace_, onText);
    case FrameType::Events:
        return decodeEvents(payload, trace_, onEvents);
    case FrameType::Dropped:
        return getRaw(payload, trace_.dropped);
    case FrameType::End:
        return decodeEnd(payload, end_);
    }
    return false;
}

} // namespace proclab
