// The native trace file: exact round trips, atomic writes, and clear errors (never a crash or
// a huge allocation) for damaged, truncated or forged files.
#include "io/byte_codec.h"
#include "io/fast_hash.h"
#include "io/trace_file.h"
#include "test_support.h"

#include "trace_compare.h"
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <random>

using namespace proclab;
namespace fs = std::filesystem;

namespace {

Trace sampleTrace() {
    Trace trace;
    trace.demo = "counter-race";
    trace.variant = "raw";
    trace.params = {{"workers", 4}, {"iterations", 1000}, {"negative", -7}};
    trace.pythonSource = "from multiprocessing import Value\ncounter.value += 1  # 计数\n";
    trace.t0 = 123456789012345ull;
    trace.dropped = 3;
    trace.lane(0) = LaneInfo{0, "main", 4242, -1, StartMethod::Fork, "main"};
    trace.lane(1) = LaneInfo{1, "worker-1", 4243, 0, StartMethod::Spawn, "worker"};
    trace.lane(2) = LaneInfo{2, "线程-2", 4242, 0, StartMethod::Thread, ""};
    trace.addText("Worker A is starting");
    trace.addText("");
    trace.addText("Counter value: 3817 — 完成");
    std::vector<Event> events;
    for (int k = 0; k < static_cast<int>(EventKind::Count_); ++k) {
        events.push_back(Event{k * 1000, k % 3, static_cast<EventKind>(k), k % 5, k % 9,
                               static_cast<uint32_t>(k * 7), -k, k * 1000000007ll});
    }
    // Ties keep their order; extreme argument values survive.
    events.push_back(
        Event{40000, 1, EventKind::CounterStore, 255, 255, UINT32_MAX, INT64_MIN, INT64_MAX});
    events.push_back(Event{40000, 0, EventKind::CounterLoad, 0, 1, 0, INT64_MAX, INT64_MIN});
    events.push_back(Event{40000, 2, EventKind::Result, 0, 0, 3, -1, 0});
    trace.append(events);
    return trace;
}

std::string fileBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const fs::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A file with a valid header and checksum whose body is `body`: what a forger would need to
// get past the checksum.
// The forged bodies below are in version 1's layout (varint columns, FNV-1a checksum), which
// still loads; version 2's columns are forged by forgedV2File.
std::string forgedFile(const std::string& body, uint32_t version = 1) {
    std::string out;
    codec::ByteWriter w(out);
    w.raw(kTraceFileMagic);
    w.fixed32(version);
    w.raw(body);
    w.fixed64(version == 1 ? codec::fnv1a64(out) : codec::fastHash64(out));
    return out;
}

// A version-2 body of two events whose times are `first` and `first + delta`.
std::string twoEventsV2(int64_t first, uint64_t delta) {
    std::string body;
    codec::ByteWriter w(body);
    w.varint(2);
    w.svarint(first);
    w.byte(8); // time deltas, 8-byte slots
    w.fixed64(0);
    w.fixed64(delta);
    w.varint(0); // no exceptions
    for (int column = 0; column < 4; ++column)
        w.raw(std::string(2, '\0')); // process, kind (process-created), object, line
    for (int column = 0; column < 3; ++column) {
        w.byte(1);
        w.raw(std::string(2, '\0'));
        w.varint(0);
    }
    return body;
}

// Metadata of an empty trace, as the file holds it.
std::string emptyMetadata() {
    std::string out;
    codec::ByteWriter w(out);
    w.string("demo");
    w.string("variant");
    w.varint(0); // params
    w.string("");
    w.varint(0); // t0
    w.varint(0); // dropped
    w.varint(0); // lanes
    w.varint(0); // texts
    return out;
}

std::vector<std::string> dirEntries(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

class TestTraceFile : public QObject {
    Q_OBJECT

  private slots:
    void roundTripIsExact() {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "run.proclab";
        const Trace trace = sampleTrace();
        QCOMPARE(QString::fromStdString(saveTrace(trace, path)), QString());
        Trace loaded;
        loaded.demo = "stale"; // replaced, not merged
        QCOMPARE(QString::fromStdString(loadTrace(path, loaded)), QString());
        compareTraces(loaded, trace);
        QVERIFY(looksLikeNativeTrace(fileBytes(path)));
        // Nothing but the file itself: the temporary file was renamed, not left behind.
        QCOMPARE(dirEntries(path.parent_path()), std::vector<std::string>{"run.proclab"});
    }

    void emptyTraceRoundTrips() {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "empty.proclab";
        QCOMPARE(QString::fromStdString(saveTrace(Trace(), path)), QString());
        Trace loaded = sampleTrace();
        QCOMPARE(QString::fromStdString(loadTrace(path, loaded)), QString());
        compareTraces(loaded, Trace());
    }

    void savingReplacesAnExistingFile() {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "run.proclab";
        writeBytes(path, "old contents");
        QCOMPARE(QString::fromStdString(saveTrace(sampleTrace(), path)), QString());
        Trace loaded;
        QCOMPARE(QString::fromStdString(loadTrace(path, loaded)), QString());
        QCOMPARE(loaded.size(), sampleTrace().size());
    }

    void savingIntoAMissingDirectoryFailsCleanly() {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "no-such-dir" / "run.proclab";
        const std::string error = saveTrace(sampleTrace(), path);
        QVERIFY(!error.empty());
        QVERIFY2(error.find("no-such-dir") != std::string::npos, error.c_str());
        QVERIFY(dirEntries(dir.path().toStdString()).empty());
    }

    void missingFileIsAnError() {
        Trace loaded;
        const std::string error = loadTrace("/nonexistent/run.proclab", loaded);
        QVERIFY(error.find("/nonexistent/run.proclab") != std::string::npos);
    }

    void everyTruncationIsAnError() {
        const std::string bytes = encodeTrace(sampleTrace());
        for (size_t n = 0; n < bytes.size(); ++n) {
            Trace out;
            const std::string error = decodeTrace(std::string_view(bytes).substr(0, n), out);
            if (error.empty())
                QFAIL(qPrintable(QStringLiteral("a file cut to %1 bytes loaded").arg(n)));
            QVERIFY(out.empty());
        }
    }

    void damageIsDetected() {
        const std::string bytes = encodeTrace(sampleTrace());
        std::mt19937 rng(11);
        for (int i = 0; i < 200; ++i) {
            std::string damaged = bytes;
            damaged[rng() % damaged.size()] ^= static_cast<char>(1 + rng() % 255);
            Trace out;
            QVERIFY(!decodeTrace(damaged, out).empty());
        }
        Trace out;
        QVERIFY(!decodeTrace(bytes + "x", out).empty());
        QVERIFY(decodeTrace("{\"traceEvents\": []}", out).find("magic") != std::string::npos);
    }

    void garbageFileIsAnError() {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "garbage.proclab";
        std::mt19937 rng(3);
        std::string garbage(4096, '\0');
        for (char& ch : garbage)
            ch = static_cast<char>(rng());
        writeBytes(path, garbage);
        Trace out;
        QVERIFY(!loadTrace(path, out).empty());
        // Garbage behind a real magic too.
        writeBytes(path, std::string(kTraceFileMagic) + garbage);
        QVERIFY(!loadTrace(path, out).empty());
    }

    void forgedCountsAreRejectedWithoutAllocating() {
        Trace out;
        // A claim of 2^40 events in a file of a few bytes.
        std::string body = emptyMetadata();
        codec::ByteWriter(body).varint(uint64_t(1) << 40);
        std::string error = decodeTrace(forgedFile(body), out);
        QVERIFY2(error.find("event count") != std::string::npos, error.c_str());

        // A string claiming to be 2^50 bytes long.
        std::string longString;
        codec::ByteWriter(longString).varint(uint64_t(1) << 50);
        error = decodeTrace(forgedFile(longString), out);
        QVERIFY2(!error.empty(), "a forged string length loaded");

        // Too many lanes.
        body = emptyMetadata();
        body.resize(body.size() - 2); // drop the lane and text counts
        codec::ByteWriter(body).varint(100000);
        error = decodeTrace(forgedFile(body), out);
        QVERIFY2(error.find("lane count") != std::string::npos, error.c_str());
    }

    void unknownKindAndVersionAreRejected() {
        std::string body = emptyMetadata();
        codec::ByteWriter w(body);
        w.varint(1);  // one event
        w.svarint(5); // t
        w.byte(0);    // process
        w.byte(200);  // kind: none such
        w.byte(0);    // object
        w.byte(0);    // line
        w.varint(0);  // a
        w.svarint(0); // b
        w.svarint(0); // c
        Trace out;
        std::string error = decodeTrace(forgedFile(body), out);
        QVERIFY2(error.find("unknown event kind") != std::string::npos, error.c_str());

        // The same body with a known kind loads: the forgery above failed for its kind only.
        body[body.size() - 6] = static_cast<char>(EventKind::SourceLine);
        error = decodeTrace(forgedFile(body), out);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out.time(0), 5);

        error = decodeTrace(forgedFile(body, 99), out);
        QVERIFY2(error.find("version 99") != std::string::npos, error.c_str());
    }

    void realRunRoundTrips() {
        const test::EngineRun run = test::runDemo("counter-race", "raw", {{"iterations", "20000"}});
        QVERIFY2(run.error.empty() && run.exitCode == 0, run.stderrText.c_str());
        QVERIFY(run.trace.size() > 80000);
        QVERIFY(!run.trace.lanes.empty());
        QVERIFY(!run.trace.pythonSource.empty());
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "race.proclab";
        QCOMPARE(QString::fromStdString(saveTrace(run.trace, path)), QString());
        Trace loaded;
        QCOMPARE(QString::fromStdString(loadTrace(path, loaded)), QString());
        compareTraces(loaded, run.trace);
    }

    void timeOverflowIsAnErrorNotAWrap() {
        Trace out;
        // Version 2: a delta that carries the time past INT64_MAX.
        std::string error =
            decodeTrace(forgedFile(emptyMetadata() + twoEventsV2(INT64_MAX - 10, 11), 2), out);
        QVERIFY2(error.find("overflow") != std::string::npos, error.c_str());
        // The same file with a delta that fits loads: only the overflow was refused.
        error = decodeTrace(forgedFile(emptyMetadata() + twoEventsV2(INT64_MAX - 10, 10), 2), out);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(out.time(1), INT64_MAX);
        // Version 1: two deltas that add up past INT64_MAX.
        std::string body = emptyMetadata();
        codec::ByteWriter w(body);
        w.varint(2);
        w.svarint(INT64_MAX - 5);
        w.svarint(6);
        w.raw(std::string(8, '\0'));
        for (int i = 0; i < 6; ++i)
            w.varint(0);
        error = decodeTrace(forgedFile(body), out);
        QVERIFY2(error.find("overflow") != std::string::npos, error.c_str());
    }

    void notATraceIsRefusedFromItsHeader() {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "big.json";
        writeBytes(path, "{\"traceEvents\": []}" + std::string(1 << 20, ' '));
        Trace out;
        const std::string error = loadTrace(path, out);
        QVERIFY2(error.find("bad magic") != std::string::npos, error.c_str());
        writeBytes(path, std::string(kTraceFileMagic) + std::string("\x09\0\0\0", 4) +
                             std::string(1 << 20, 'x'));
        QVERIFY(loadTrace(path, out).find("unsupported trace file version 9") != std::string::npos);
    }

    void millionEventsSaveAndLoadExactly() {
        Trace trace = sampleTrace();
        std::mt19937_64 rng(1);
        std::vector<Event> events(1000000);
        int64_t t = trace.duration();
        for (Event& e : events) {
            t += static_cast<int64_t>(rng() % 200);
            const auto kind = rng() % 2 ? EventKind::CounterLoad : EventKind::CounterStore;
            e = Event{t,
                      static_cast<int>(rng() % 4),
                      kind,
                      0,
                      static_cast<int>(rng() % 20),
                      0,
                      static_cast<int64_t>(rng() % 4000),
                      static_cast<int64_t>(rng() % 4000)};
        }
        trace.append(events);
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "big.proclab";
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(QString::fromStdString(saveTrace(trace, path)), QString());
        const qint64 saveMs = timer.restart();
        Trace loaded;
        QCOMPARE(QString::fromStdString(loadTrace(path, loaded)), QString());
        const qint64 loadMs = timer.restart();
        const auto bytes = fs::file_size(path);
        qInfo("1M events: save %lld ms, load %lld ms, %.1f bytes per event", saveMs, loadMs,
              double(bytes) / double(trace.size()));
        compareTraces(loaded, trace);
        QVERIFY(bytes < trace.size() * 20); // compact: well below the 32 bytes in memory
    }
};

QTEST_GUILESS_MAIN(TestTraceFile)
#include "tst_trace_file.moc"
