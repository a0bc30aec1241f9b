#include "trace_file.h"

#include "atomic_file.h"
#include "byte_codec.h"
#include "fast_hash.h"
#include "trace_columns.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
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

// Version 1: varint columns through an intermediate vector (files written before v2).
std::string readEventsV1(ByteReader& r, Trace& trace) {
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
        if (__builtin_add_overflow(t, delta, &t))
            return "event times overflow";
        e.t = t;
    }
    std::string_view column;
    if (!r.raw(n, column))
        return "truncated event processes";
    for (size_t i = 0; i < n; ++i)
        events[i].lane = static_cast<uint8_t>(column[i]);
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
    // Metadata is small; the event columns size themselves exactly (one growth).
    out.reserve(64 + trace.texts.size() * 32 + trace.pythonSource.size());
    ByteWriter w(out);
    w.raw(kTraceFileMagic);
    w.fixed32(kTraceFileVersion);
    writeMetadata(w, trace);
    out.reserve(out.size() + 32 + trace.size() * 30);
    encodeEventColumns(trace, out);
    w.fixed64(codec::fastHash64(out));
    return out;
}

namespace {
// Magic and version, from the first 12 bytes: checked before anything else is read.
std::string checkHeader(std::string_view head, uint32_t& version) {
    if (!looksLikeNativeTrace(head))
        return "not a ProcLab trace file (bad magic)";
    if (head.size() < kTraceFileMagic.size() + 4)
        return "truncated trace file";
    ByteReader r(head.substr(kTraceFileMagic.size(), 4));
    r.fixed32(version);
    if (version != 1 && version != kTraceFileVersion) {
        return "unsupported trace file version " + std::to_string(version) + " (this build reads " +
               "1 to " + std::to_string(kTraceFileVersion) + ")";
    }
    return {};
}
} // namespace

std::string decodeTrace(std::string_view bytes, Trace& out) {
    out.clear();
    uint32_t version = 0;
    if (std::string error = checkHeader(bytes, version); !error.empty())
        return error;
    if (bytes.size() < kTraceFileMagic.size() + 4 + kChecksumBytes)
        return "truncated trace file";
    const std::string_view body = bytes.substr(0, bytes.size() - kChecksumBytes);
    ByteReader tail(bytes.substr(bytes.size() - kChecksumBytes));
    uint64_t checksum = 0;
    tail.fixed64(checksum);
    if (checksum != (version == 1 ? codec::fnv1a64(body) : codec::fastHash64(body)))
        return "trace file is damaged or truncated (checksum mismatch)";

    ByteReader r(body.substr(kTraceFileMagic.size() + 4));
    Trace trace;
    if (std::string error = readMetadata(r, trace); !error.empty())
        return "bad trace file: " + error;
    if (version == 1) {
        if (std::string error = readEventsV1(r, trace); !error.empty())
            return "bad trace file: " + error;
    } else {
        TraceColumns columns;
        if (std::string error = decodeEventColumns(r, columns); !error.empty())
            return "bad trace file: " + error;
        if (!trace.assignColumns(std::move(columns)))
            return "bad trace file: event times out of order";
    }
    if (r.remaining() != 0)
        return "bad trace file: " + std::to_string(r.remaining()) + " unexpected bytes at the end";
    out = std::move(trace);
    return {};
}

std::string saveTrace(const Trace& trace, const std::filesystem::path& path) {
    return writeFileAtomically(path, encodeTrace(trace));
}

namespace {
// A read-only map of a whole file, unmapped and closed on destruction.
class MappedFile {
  public:
    ~MappedFile() {
        if (data_ && data_ != MAP_FAILED)
            munmap(data_, size_);
        if (fd_ >= 0)
            close(fd_);
    }
    std::string open(const std::filesystem::path& path) {
        fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0)
            return "cannot open " + path.string() + ": " + std::strerror(errno);
        struct stat st {};
        if (fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode))
            return "not a regular file: " + path.string();
        size_ = static_cast<size_t>(st.st_size);
        // The header first: a file that is not a trace is refused before it is read whole.
        char head[kTraceFileMagic.size() + 4] = {};
        const ssize_t got = pread(fd_, head, sizeof head, 0);
        uint32_t version = 0;
        if (std::string error =
                checkHeader({head, got > 0 ? static_cast<size_t>(got) : 0}, version);
            !error.empty())
            return path.string() + ": " + error;
        data_ = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd_, 0);
        if (data_ == MAP_FAILED)
            return "cannot map " + path.string() + ": " + std::strerror(errno);
        madvise(data_, size_, MADV_SEQUENTIAL);
        return {};
    }
    std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

  private:
    int fd_ = -1;
    void* data_ = nullptr;
    size_t size_ = 0;
};
} // namespace

std::string loadTrace(const std::filesystem::path& path, Trace& out) {
    out.clear();
    MappedFile file;
    if (std::string error = file.open(path); !error.empty())
        return error;
    if (std::string error = decodeTrace(file.bytes(), out); !error.empty())
        return path.string() + ": " + error;
    return {};
}

} // namespace proclab
