// Figure 6: saveTrace / loadTrace of a synthetic 1M-event trace, in ms, next to a raw write
// (with fdatasync, as saveTrace does) and a raw read of the same bytes (the saved file's),
// alternated round by round so that load on the machine hits both alike.
#include "bench.h"
#include "support.h"

#include "io/trace_file.h"
#include "trace/trace.h"

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <unistd.h>

namespace proclab::bench {
namespace {

Trace syntheticTrace(size_t n) {
    Trace trace;
    trace.demo = "counter-race";
    trace.variant = "get-lock";
    trace.params = {{"workers", 4}, {"iterations", 250000}};
    trace.pythonSource = "counter.value += 1\n";
    trace.t0 = 1'000'000'000;
    for (int lane = 0; lane < 5; ++lane)
        trace.lane(lane) = LaneInfo{lane,
                                    lane ? "worker-" + std::to_string(lane) : "main",
                                    1000 + lane,
                                    lane ? 0 : -1,
                                    StartMethod::Fork,
                                    lane ? "worker" : "main"};
    std::vector<Event> events(n);
    uint64_t seed = 12345;
    int64_t t = 0;
    for (size_t i = 0; i < n; ++i) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        t += 20 + static_cast<int64_t>((seed >> 33) % 200);
        const int kind = static_cast<int>(EventKind::LockAcquired) + static_cast<int>(i % 4);
        events[i] = Event{t, 1 + static_cast<int>(i % 4), static_cast<EventKind>(kind),   0, 2,
                          0, static_cast<int64_t>(i / 4), static_cast<int64_t>(i / 4) - 1};
    }
    trace.reserve(n);
    trace.append(events);
    return trace;
}

double msSince(uint64_t t0) {
    return static_cast<double>(nowNs() - t0) / 1e6;
}

double rawWriteMs(const std::string& path, const std::string& bytes) {
    const uint64_t t0 = nowNs();
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || write(fd, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size()) ||
        fdatasync(fd) != 0)
        throw std::runtime_error("raw write failed");
    close(fd);
    return msSince(t0);
}

// Into a fresh buffer, as a load gets fresh memory too.
double rawReadMs(const std::string& path, size_t size) {
    const uint64_t t0 = nowNs();
    std::unique_ptr<char[]> buffer(new char[size]);
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || read(fd, buffer.get(), size) != static_cast<ssize_t>(size))
        throw std::runtime_error("raw read failed");
    close(fd);
    const double ms = msSince(t0);
    volatile char sink = buffer[size / 2];
    (void)sink;
    return ms;
}

} // namespace

void benchTrace(const Options& o, Report& report) {
    const size_t n = 1'000'000;
    char dirTemplate[] = "/tmp/proclab-bench-XXXXXX";
    if (!mkdtemp(dirTemplate))
        throw std::runtime_error("mkdtemp failed");
    const std::filesystem::path dir = dirTemplate;
    const std::string file = (dir / "trace.proclab").string();
    const std::string rawFile = (dir / "raw.bin").string();

    const Trace trace = syntheticTrace(n);
    std::vector<double> save, load, encode, decode, rawSave, rawLoad;
    std::string error;
    bool same = true;
    uint64_t fileBytes = 0;
    const int rounds = o.quick ? 2 : o.rounds;
    for (int r = 0; r < rounds; ++r) {
        uint64_t t0 = nowNs();
        error = saveTrace(trace, file);
        save.push_back(msSince(t0));
        fileBytes = std::filesystem::file_size(file);
        Trace loaded;
        t0 = nowNs();
        if (error.empty())
            error = loadTrace(file, loaded);
        load.push_back(msSince(t0));
        same = same && loaded.size() == trace.size() && loaded.at(n / 2) == trace.at(n / 2) &&
               loaded.at(n - 1) == trace.at(n - 1);
        t0 = nowNs();
        const std::string bytes = encodeTrace(trace);
        encode.push_back(msSince(t0));
        t0 = nowNs();
        decodeTrace(bytes, loaded);
        decode.push_back(msSince(t0));
        rawSave.push_back(rawWriteMs(rawFile, bytes));
        rawLoad.push_back(rawReadMs(rawFile, bytes.size()));
    }
    std::filesystem::remove_all(dir);

    const double mb = static_cast<double>(fileBytes) / 1e6;
    const double rawMb = static_cast<double>(n * sizeof(EventRecord)) / 1e6;
    report.rows.push_back({"trace", "saveTrace 1M events", "ms", median(save),
                           "raw write of the same bytes + fdatasync", median(rawSave),
                           Target{true, 3.0}});
    report.rows.push_back({"trace", "loadTrace 1M events (mmap, columns)", "ms", median(load),
                           "raw read of the same bytes", median(rawLoad), Target{true, 5.0}});
    char text[300];
    std::snprintf(text, sizeof text,
                  "file %.1f MB (%.1f bytes/event): save %.0f MB/s of file (%.0f MB/s of "
                  "32-byte events), load %.0f MB/s of file (%.0f MB/s of events); in memory "
                  "encode %.1f ms, decode %.1f ms; raw %.0f / %.0f MB/s",
                  mb, static_cast<double>(fileBytes) / n, mb / median(save) * 1e3,
                  rawMb / median(save) * 1e3, mb / median(load) * 1e3, rawMb / median(load) * 1e3,
                  median(encode), median(decode), mb / median(rawSave) * 1e3,
                  mb / median(rawLoad) * 1e3);
    report.note("trace", text);
    report.note("trace", std::string("round trip ") + (same && error.empty() ? "exact" : "WRONG") +
                             (error.empty() ? "" : ": " + error) + "; files in /tmp (page cache)");
}

} // namespace proclab::bench
