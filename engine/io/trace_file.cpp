#include "trace_file.h"

#include "atomic_file.h"
#include "byte_codec.h"

#include <vector>

namespace proclab {

using codec::ByteReader;
using codec::ByteWriter;

namespace {

// The fewest bytes one event takes in the file: four one-byte columns and four varints of at
// least one byte. Bounds the event count a file of a given size can claim.
constexpr size_t kMinBytesPerEvent = 8;
constexpr size_t kChecksumBytes = 8;

void writeMetadata(ByteWriter& w, const Trace& trace) {
    w.string(trace.demo);
    w.string(trace.variant);
    w.varint(trace.params.size());
    for (const auto& [key, value] : trace.params) {
        w.string(key);
        w.svarint(value);
    }
    w.string(trace.pythonSource);
    w.varint(trace.t0);
    w.varint(trace.dropped);
    w.varint(trace.lanes.size());
    for (const LaneInfo& lane : trace.lanes) {
        w.svarint(lane.lane);
        w.string(lane.name);
        w.svarint(lane.pid);
        w.svarint(lane.parent);
        w.varint(static_cast<uint8_t>(lane.startMethod));
        w.string(lane.role);
    }
    w.varint(trace.texts.size());
    for (const std::string& text : trace.texts)
        w.string(text);
}

void writeEvents(ByteWriter& w, const Trace& trace) {
    const size_t n = trace.size();
    w.varint(n);
    std::vector<Event> events(n);
    for (size_t i = 0; i < n; ++i)
        events[i] = trace.at(i);
    int64_t previous = 0;
    for (const Event& e : events) {
        w.svarint(e.t - previous);
        previous = e.t;
    }
    // Byte columns: process, kind, object, line.
    std::string bytes(n, '\0');
    for (size_t i = 0; i < n; ++i)
        bytes[i] = static_cast<char>(events[i].process);
    w.raw(bytes);
    for (size_t i = 0; i < n; ++i)
        bytes[i] = static_cast<char>(events[i].kind);
    w.raw(bytes);
    for (size_t i = 0; i < n; ++i)
        bytes[i] = static_cast<char>(events[i].object);
    w.raw(bytes);
    for (size_t i = 0; i < n; ++i)
        bytes[i] = static_cast<char>(events[i].line);
    w.raw(bytes);
    for (const Event& e : events)
        w.varint(e.a);
    for (const Event& e : events)
        w.svarint(e.b);
    for (const Event& e : events)
        w.svarint(e.c);
}

// Each reader returns an error message naming what was damaged, empty on success.
std::string readMetadata(ByteReader& r, Trace& trace) {
    uint64_t count = 0;
    if (!r.string(trace.demo) || !r.string(trace.variant))
        return "truncated metadata (demo, variant)";
    if (!r.varint(count) || count > r.remaining() / 2)
        return "bad parameter count";
    for (uint64_t i = 0; i < count; ++i) {
        std::string key;
        int64_t value = 0;
        if (!r.string(key) || !r.svarint(value))
            return "truncated parameters";
        trace.params[key] = value;
    }
    if (!r.string(trace.pythonSource) || !r.varint(trace.t0) || !r.varint(trace.dropped))
        return "truncated metadata (source, t0, dropped)";
    if (!r.varint(count) || count > 256 || count > r.remaining() / 6)
        return "bad lane count";
    trace.lanes.resize(static_cast<size_t>(count));
    for (LaneInfo& lane : trace.lanes) {
        int64_t number = 0, parent = 0;
        uint64_t method = 0;
        if (!r.svarint(number) || !r.string(lane.name) || !r.svarint(lane.pid) ||
            !r.svarint(parent) || !r.varint(method) || !r.string(lane.role))
            return "truncated lanes";
        if (method > static_cast<uint64_t>(StartMethod::Forkserver))
            return "bad start method in lane " + std::to_string(number);
        lane.lane = static_cast<int>(number);
        lane.parent = static_cast<int>(parent);
        lane.startMethod = static_cast<StartMethod>(method);
    }
    if (!r.varint(count) || count > r.remaining())
        return "bad text count";
    trace.texts.resize(static_cast<size_t>(count));
    for (std::string& text : trace.texts) {
        if (!r.string(text))
            return "truncated texts";
    }
    return {};
}

std::string readEvents(ByteReader& r, Trace& trace) {
    uint64_t count = 0;
    if (!r.varint(count) || count > r.remaining() / kMinBytesPerEvent)
        return "bad event count (more events than the file can hold)";
    const auto n = static_cast<size_t>(count);
    std::vector<Event> events(n);
    int64_t t = 0;
    for (Event& e : events) {
        int64_t delta = 0;
        if (!r.svarint(delta))
            return "truncated event times";
        if (delta < 0)
            return "event times out of order";
        t += delta;
        e.t = t;
    }
    std::string_view column;
    if (!r.raw(n, column))
        return "truncated event processes";
    for (size_t i = 0; i < n; ++i)
        events[i].process = static_cast<uint8_t>(column[i]);
    if (!r.raw(n, column))
        return "truncated event kinds";
    for (size_t i = 0; i < n; ++i) {
        const auto kind = static_cast<uint8_t>(column[i]);
        if (kind >= static_cast<uint8_t>(EventKind::Count_))
            return "unknown event kind " + std::to_string(kind) + " in event " + std::to_string(i);
        events[i].kind = static_cast<EventKind>(kind);
    }
    if (!r.raw(n, column))
        return "truncated event objects";
    for (size_t i = 0; i < n; ++i)
        events[i].object = static_cast<uint8_t>(column[i]);
    if (!r.raw(n, column))
        return "truncated event lines";
    for (size_t i = 0; i < n; ++i)
        events[i].line = static_cast<uint8_t>(column[i]);
    for (Event& e : events) {
        uint64_t a = 0;
        if (!r.varint(a) || a > UINT32_MAX)
            return "truncated or bad event argument a";
        e.a = static_cast<uint32_t>(a);
    }
    for (Event& e : events) {
        if (!r.svarint(e.b))
            return "truncated event argument b";
    }
    for (Event& e : events) {
        if (!r.svarint(e.c))
            return "truncated event argument c";
    }
    trace.append(events);
    return {};
}

} // namespace

bool looksLikeNativeTrace(std::string_view head) {
    return head.substr(0, kTraceFileMagic.size()) == kTraceFileMagic;
}

std::string encodeTrace(const Trace& trace) {
    std::string out;
    out.reserve(64 + trace.texts.size() * 32 + trace.pythonSource.size() + trace.size() * 14);
    ByteWriter w(out);
    w.raw(kTraceFileMagic);
    w.fixed32(kTraceFileVersion);
    writeMetadata(w, trace);
    writeEvents(w, trace);
    w.fixed64(codec::fnv1a64(out));
    return out;
}

std::string decodeTrace(std::string_view bytes, Trace& out) {
    out.clear();
    if (!looksLikeNativeTrace(bytes))
        return "not a ProcLab trace file (bad magic)";
    if (bytes.size() < kTraceFileMagic.size() + 4 + kChecksumBytes)
        return "truncated trace file";
    ByteReader r(bytes.substr(0, bytes.size() - kChecksumBytes));
    std::string_view magic;
    uint32_t version = 0;
    r.raw(kTraceFileMagic.size(), magic);
    r.fixed32(version);
    if (version != kTraceFileVersion) {
        return "unsupported trace file version " + std::to_string(version) + " (this build reads " +
               std::to_string(kTraceFileVersion) + ")";
    }
    ByteReader tail(bytes.substr(bytes.size() - kChecksumBytes));
    uint64_t checksum = 0;
    tail.fixed64(checksum);
    if (checksum != codec::fnv1a64(bytes.substr(0, bytes.size() - kChecksumBytes)))
        return "trace file is damaged or truncated (checksum mismatch)";

    Trace trace;
    if (std::string error = readMetadata(r, trace); !error.empty())
        return "bad trace file: " + error;
    if (std::string error = readEvents(r, trace); !error.empty())
        return "bad trace file: " + error;
    if (r.remaining() != 0)
        return "bad trace file: " + std::to_string(r.remaining()) + " unexpected bytes at the end";
    out = std::move(trace);
    return {};
}

std::string saveTrace(const Trace& trace, const std::filesystem::path& path) {
    return writeFileAtomically(path, encodeTrace(trace));
}

std::string loadTrace(const std::filesystem::path& path, Trace& out) {
    out.clear();
    std::string bytes;
    if (std::string error = readWholeFile(path, bytes); !error.empty())
        return error;
    if (std::string error = decodeTrace(bytes, out); !error.empty())
        return path.string() + ": " + error;
    return {};
}

} // namespace proclab
