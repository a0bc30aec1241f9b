// The runner's drain (engine/runner/drain.cpp) on real rings: the stream it writes holds every
// record once, in time order with ties by lane, each lane's records in the order they were
// recorded, and a printed line's text frame just ahead of its event, whether the lanes interleave
// record by record, tie, take turns in runs of any length, or print.
#include "runner/drain.h"

#include <QTemporaryFile>
#include <QtTest>

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <vector>

using namespace proclab;

namespace {

constexpr int kLanes = 8;
constexpr uint32_t kCapacity = 1u << 16;

// One record as the stream gave it back, with the text of its frame if it printed.
struct Out {
    EventRecord r;
    std::string text;
};

// The Events and Text frames of a written stream, in order.
std::vector<Out> readStream(const QByteArray& bytes) {
    std::vector<Out> out;
    std::map<int32_t, std::string> texts;
    size_t pos = 0;
    while (pos + 8 <= static_cast<size_t>(bytes.size())) {
        uint32_t type = 0, length = 0;
        std::memcpy(&type, bytes.constData() + pos, 4);
        std::memcpy(&length, bytes.constData() + pos + 4, 4);
        const char* payload = bytes.constData() + pos + 8;
        if (type == static_cast<uint32_t>(FrameType::Text)) {
            int32_t id = 0;
            std::memcpy(&id, payload, 4);
            texts[id] = std::string(payload + 4, length - 4);
        } else if (type == static_cast<uint32_t>(FrameType::Events)) {
            for (uint32_t at = 0; at + sizeof(EventRecord) <= length; at += sizeof(EventRecord)) {
                Out o;
                std::memcpy(&o.r, payload + at, sizeof(EventRecord));
                if (o.r.eventKind() == EventKind::ConsoleOutput)
                    o.text = texts.count(static_cast<int32_t>(o.r.b))
                                 ? texts[static_cast<int32_t>(o.r.b)]
                                 : "(no text frame before it)";
                out.push_back(o);
            }
        }
        pos += 8 + length;
    }
    return out;
}

EventRecord record(uint64_t t, int lane, int64_t seq) {
    EventRecord r;
    r.t_ns = t;
    r.lane = static_cast<uint8_t>(lane);
    r.kind = static_cast<uint8_t>(EventKind::CounterLoad);
    r.b = seq;
    return r;
}

} // namespace

class TestDrain : public QObject {
    Q_OBJECT
  private slots:
    void mergesInTimeOrder_data() {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("interleaved record by record") << "interleaved";
        QTest::newRow("every lane at the same times") << "ties";
        QTest::newRow("turns of 1 to 60 records") << "runs";
        QTest::newRow("interleaved, with printed lines") << "text";
        QTest::newRow("one lane") << "one";
    }

    void mergesInTimeOrder() {
        QFETCH(QString, pattern);
        Arena::Options options;
        options.ringCapacity = kCapacity;
        options.objectBytes = 16u << 20;
        options.lossless = false; // nobody drains while the test fills the rings
        Arena arena;
        const std::error_code ec = Arena::create(options, arena);
        QVERIFY2(!ec, ec.message().c_str());
        const int lanes = pattern == "one" ? 1 : kLanes;
        for (int k = 0; k < lanes; ++k)
            QCOMPARE(arena.addLane("worker-" + std::to_string(k + 1), "worker", -1, 0), k);

        // Each lane's records in the order recorded; times never go back within a lane.
        std::vector<std::vector<EventRecord>> recorded(static_cast<size_t>(lanes));
        const int perLane = 6000; // 48,000 in all: several of the drain's slices
        if (pattern == "runs") {
            uint32_t seed = 12345;
            uint64_t t = 1000;
            std::vector<int> left(static_cast<size_t>(lanes), perLane);
            int remaining = perLane * lanes;
            while (remaining > 0) {
                seed = seed * 1664525u + 1013904223u;
                const int k = static_cast<int>((seed >> 8) % static_cast<uint32_t>(lanes));
                const int run = std::min(left[size_t(k)], static_cast<int>(1 + (seed >> 20) % 60));
                for (int i = 0; i < run; ++i)
                    recorded[size_t(k)].push_back(
                        record(t++, k, static_cast<int64_t>(recorded[size_t(k)].size())));
                left[size_t(k)] -= run;
                remaining -= run;
            }
        } else {
            for (int i = 0; i < perLane; ++i)
                for (int k = 0; k < lanes; ++k) {
                    const uint64_t t =
                        pattern == "ties" ? 1000 + uint64_t(i) / 3 : 1000 + uint64_t(i) * lanes + k;
                    EventRecord r = record(t, k, i);
                    if (pattern == "text" && (i + k) % 97 == 0) {
                        const std::string line =
                            "line " + std::to_string(k) + "/" + std::to_string(i);
                        r.kind = static_cast<uint8_t>(EventKind::ConsoleOutput);
                        r.b = static_cast<int64_t>(arena.storeText(line));
                        r.c = static_cast<int64_t>(line.size());
                    }
                    recorded[size_t(k)].push_back(r);
                }
        }
        for (int k = 0; k < lanes; ++k)
            for (const EventRecord& r : recorded[size_t(k)])
                arena.ring(k).push(r);

        QTemporaryFile file;
        QVERIFY(file.open());
        {
            StreamWriter writer;
            Drainer drainer(arena, writer, file.handle());
            while (drainer.pump() > 0) {
            }
            QVERIFY(drainer.finish());
            QCOMPARE(drainer.dropped(), uint64_t(0));
        }
        file.seek(0);
        const std::vector<Out> out = readStream(file.readAll());

        // What must come out: every record, by time, ties by lane, each lane in its order.
        std::vector<EventRecord> expected;
        for (const auto& lane : recorded)
            expected.insert(expected.end(), lane.begin(), lane.end());
        std::stable_sort(expected.begin(), expected.end(),
                         [](const EventRecord& x, const EventRecord& y) {
                             return x.t_ns != y.t_ns ? x.t_ns < y.t_ns : x.lane < y.lane;
                         });
        QCOMPARE(out.size(), expected.size());
        int printed = 0;
        for (size_t i = 0; i < out.size(); ++i) {
            const EventRecord& got = out[i].r;
            const EventRecord& want = expected[i];
            if (got.t_ns != want.t_ns || got.lane != want.lane || got.kind != want.kind)
                QFAIL(qPrintable(QStringLiteral("record %1: got t=%2 lane %3, want t=%4 lane %5")
                                     .arg(i)
                                     .arg(got.t_ns)
                                     .arg(got.lane)
                                     .arg(want.t_ns)
                                     .arg(want.lane)));
            if (want.eventKind() == EventKind::ConsoleOutput) {
                QCOMPARE(out[i].text, std::string(arena.textAt(static_cast<uint64_t>(want.b),
                                                               static_cast<uint64_t>(want.c))));
                ++printed;
            } else {
                QCOMPARE(got.b, want.b); // the lane's own order
            }
        }
        QCOMPARE(printed > 0, pattern == "text");
    }
};

QTEST_GUILESS_MAIN(TestDrain)
#include "tst_drain.moc"
