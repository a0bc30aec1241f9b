// Figure 6: saveTrace / loadTrace of a synthetic 1M-event trace, in ms and MB/s, next to a
// raw write (with fdatasync, as saveTrace does) and read of the same events as 32-byte records.
#include "bench.h"
#include "support.h"

#include "io/trace_file.h"
#include "trace/trace.h"

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
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

double rawWriteMs(const std::string& path, const std::vector<EventRecord>& records) {
    const uint64_t t0 = nowNs();
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    const size_t bytes = records.size() * sizeof(EventRecord);
    if (fd < 0 || write(fd, records.data(), bytes) != static_cast<ssize_t>(bytes) ||
        fdatasync(fd) != 0)
        throw std::runtime_error("raw write failed");
    close(fd);
    return msSince(t0);
}

double rawReadMs(const std::string& path, std::vector<EventRecord>& records) {
    const uint64_t t0 = nowNs();
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    const size_t bytes = records.size() * sizeof(EventRecord);
    if (fd < 0 || read(fd, records.data(), bytes) != static_cast<ssize_t>(bytes))
        throw std::runtime_error("raw read failed");
    close(fd);
    return msSince(t0);
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
    std::vector<EventRecord> records(n);
    for (size_t i = 0; i < n; ++i) {
        const Event e = trace.at(i);
        records[i] = EventRecord{static_cast<uint64_t>(e.t),
                                 static_cast<uint8_t>(e.process),
                                 static_cast<uint8_t>(e.kind),
                                 static_cast<uint8_t>(e.object),
                                 static_cast<uint8_t>(e.line),
                                 e.a,
                                 e.b,
                                 e.c};
    }

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
        rawSave.push_back(rawWriteMs(rawFile, records));
        rawLoad.push_back(rawReadMs(rawFile, records));
    }
    std::filesystem::remove_all(dir);

    const double mb = static_cast<double>(fileBytes) / 1e6;
    const double rawMb = static_cast<double>(n * sizeof(EventRecord)) / 1e6;
    report.rows.push_back({"trace", "saveTrace 1M events", "ms", median(save),
                           "raw write 32 MB records + fdatasync", median(rawSave), std::nullopt});
    report.rows.push_back({"trace", "loadTrace 1M events", "ms", median(load),
                           "raw read 32 MB records", median(rawLoad), std::nullopt});
    char text[300];
    std::snprintf(text, sizeof text,
                  "file %.1f MB (%.1f bytes/event): save %.0f MB/s of file (%.0f MB/s of "
                  "32-byte events), load %.0f MB/s of file (%.0f MB/s of events); in memory "
                  "encode %.1f ms, decode %.1f ms; raw %.0f / %.0f MB/s",
                  mb, static_cast<double>(fileBytes) / n, mb / median(save) * 1e3,
                  rawMb / median(save) * 1e3, mb / median(load) * 1e3, rawMb / median(load) * 1e3,
                  median(encode), median(decode), rawMb / median(rawSave) * 1e3,
                  rawMb / median(rawLoad) * 1e3);
    report.note("trace", text);
    report.note("trace", std::string("round trip ") + (same && error.empty() ? "exact" : "WRONG") +
                             (error.empty() ? "" : ": " + error) + "; files in /tmp (page cache)");
}

} // namespace proclab::bench
