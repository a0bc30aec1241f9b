// Export writes a valid PNG / SVG / PDF of the requested size, for every view, and writes
// nothing at all when it cannot.
#include "ui/hand_traces.h"

#include "trace/analysis.h"
#include "ui/export/exporter.h"
#include "ui/export/interesting_instant.h"
#include "ui/export/view_factory.h"
#include "ui/gui_entry.h"
#include "ui/model/run_model.h"
#include "ui/testing/sample_traces.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <bit>

using namespace proclab;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// interestingInstant with the analyses RunModel would make of `t`.
int64_t instantOf(const Trace& t) {
    std::vector<QueueAnalysis> queues;
    for (int q : queuesInTrace(t))
        queues.push_back(analyseQueue(t, q));
    std::optional<CounterLedger> counter;
    std::optional<PoolAnalysis> pool;
    for (size_t i = 0; i < t.size(); ++i) {
        if (t.kind(i) == EventKind::CounterStore)
            counter = counterLedger(t, 0);
        if (t.kind(i) == EventKind::PoolTaskStarted)
            pool = analysePool(t, 0);
    }
    return ui::interestingInstant(t, laneTimelines(t), queues, counter, pool);
}

// main + producer (1) + consumer (2): puts at the given times, gets at the given times, the
// consumer ends at `consumerEnd`, main at `end`.
Trace queueTrace(const std::vector<int64_t>& puts, const std::vector<int64_t>& gets,
                 int64_t consumerEnd, int64_t end) {
    Trace t;
    t.demo = "producer-consumer";
    test::lane(t, 0, "main", 300);
    test::lane(t, 1, "producer", 301);
    test::lane(t, 2, "consumer", 302);
    t.lanes[2].role = "consumer";
    std::vector<Event> e = {test::ev(0, 0, EventKind::ProcessStarted, 0, 300),
                            test::ev(100, 1, EventKind::ProcessStarted, 0, 301),
                            test::ev(200, 2, EventKind::ProcessStarted, 0, 302)};
    for (size_t i = 0; i < puts.size(); ++i)
        e.push_back(test::ev(puts[i], 1, EventKind::QueuePut, 0, static_cast<int64_t>(i), 7));
    for (size_t i = 0; i < gets.size(); ++i)
        e.push_back(test::ev(gets[i], 2, EventKind::QueueGet, 0, static_cast<int64_t>(i), 7));
    e.push_back(test::ev(consumerEnd, 2, EventKind::ProcessEnding, 0, 0));
    e.push_back(test::ev(end, 0, EventKind::ProcessEnding, 0, 0));
    t.append(e);
    return t;
}
} // namespace

class TestExport : public QObject {
    Q_OBJECT
  private slots:
    void writesEveryViewInEveryFormat_data() {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("ext");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        for (const char* view : {"timeline", "queue", "counter", "pool", "window"})
            for (const char* ext : {"png", "svg", "pdf"})
                QTest::newRow(qPrintable(
                    QStringLiteral("%1.%2").arg(QLatin1String(view), QLatin1String(ext))))
                    << QString::fromLatin1(view) << QString::fromLatin1(ext) << 1280 << 720;
        QTest::newRow("small png")
            << QStringLiteral("timeline") << QStringLiteral("png") << 640 << 360;
        QTest::newRow("tall pdf") << QStringLiteral("counter") << QStringLiteral("pdf") << 500
                                  << 900;
    }
    void writesEveryViewInEveryFormat() {
        QFETCH(QString, view);
        QFETCH(QString, ext);
        QFETCH(int, width);
        QFETCH(int, height);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.") + ext);
        const Trace trace = view == QLatin1String("pool")    ? ui::samples::poolSquare()
                            : view == QLatin1String("queue") ? test::queueWithMissedItems()
                                                             : test::twoLostUpdates();
        const std::string error =
            ui::exportTraceView(trace, view.toStdString(), path.toStdString(), width, height);
        QVERIFY2(error.empty(), error.c_str());
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        if (ext == QLatin1String("png")) {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QCOMPARE(image.size(), QSize(width, height) * 2); // 2x for crisp slides
            // Not blank: a view draws more than its background.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY(colours.size() > 10);
        } else if (ext == QLatin1String("svg")) {
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd() && !(xml.isStartElement() && xml.name() == QLatin1String("svg")))
                xml.readNext();
            QVERIFY(xml.isStartElement());
            QCOMPARE(xml.attributes().value(QLatin1String("viewBox")).toString(),
                     QStringLiteral("0 0 %1 %2").arg(width).arg(height));
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(bytes.contains("<text") || bytes.contains("<path")); // vectors, not one bitmap
        } else {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
            // The page is the requested size (logical pixels at the widget's DPI, in points).
            const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
            const auto m = box.match(QString::fromLatin1(bytes));
            QVERIFY(m.hasMatch());
            const double w = m.captured(1).toDouble();
            const double h = m.captured(2).toDouble();
            QVERIFY(std::abs(w / h - double(width) / height) < 0.01);
        }
    }

    // ---- The instant an export shows when its caller chose none ----

    void instantIsJustAfterACrash() {
        const Trace t = ui::samples::processBasics(2, true);
        const Lifetime life = laneTimelines(t)[2].life;
        QVERIFY(life.crashed());
        const int64_t at = instantOf(t);
        QVERIFY(at > life.ended);
        QCOMPARE(at, life.ended + t.duration() / 200);
    }

    void instantIsTheLargestLostUpdate() {
        // worker-1 erases 1 increment at 130, then 2 at 260 (it loaded 1, overwrote 3).
        Trace t;
        t.demo = "counter-race";
        test::lane(t, 0, "main", 100);
        test::lane(t, 1, "worker-1", 101);
        test::lane(t, 2, "worker-2", 102);
        const EventKind load = EventKind::CounterLoad, store = EventKind::CounterStore;
        t.append(std::vector<Event>{test::ev(100, 1, load, 0, 0), test::ev(110, 2, load, 0, 0),
                                    test::ev(120, 2, store, 0, 1, 0),
                                    test::ev(130, 1, store, 0, 1, 1), test::ev(200, 1, load, 0, 1),
                                    test::ev(210, 2, load, 0, 1), test::ev(220, 2, store, 0, 2, 1),
                                    test::ev(240, 2, load, 0, 2), test::ev(250, 2, store, 0, 3, 2),
                                    test::ev(260, 1, store, 0, 2, 3),
                                    test::ev(1000, 0, EventKind::ProcessEnding, 0, 0)});
        QCOMPARE(instantOf(t), int64_t(260));
        // A crash comes first: twoLostUpdates also has worker-2 dying of SIGSEGV at 4100.
        QCOMPARE(instantOf(test::twoLostUpdates()), int64_t(4100 + 6000 / 200));
    }

    void instantIsJustAfterTheLastLostArrayStore_data() {
        QTest::addColumn<bool>("doubles");
        QTest::newRow("Array('i')") << false;
        QTest::newRow("Array('d')") << true;
    }
    void instantIsJustAfterTheLastLostArrayStore() {
        QFETCH(bool, doubles);
        auto v = [doubles](int x) {
            return doubles ? std::bit_cast<int64_t>(static_cast<double>(x)) : int64_t(x);
        };
        Trace t;
        t.demo = "shared-array";
        test::lane(t, 0, "main", 100);
        test::lane(t, 1, "worker-1", 101);
        const EventKind st = EventKind::ArrayStore;
        t.append(std::vector<Event>{
            test::ev(100, 1, st, 0, v(1), v(0)), test::ev(200, 1, st, 1, v(1), v(0)),
            test::ev(300, 1, st, 0, v(2), v(1)), test::ev(400, 1, st, 0, v(3), v(3)), // erased one
            test::ev(500, 1, st, 0, v(4), v(2)), // erased one more
            test::ev(600, 1, st, 1, v(2), v(1)), // clean again
            test::ev(900, 0, EventKind::ProcessEnding, 0, 0)});
        // Just after the erasing store at 500: 500 + 900/200, before the next event at 600.
        QCOMPARE(instantOf(t), int64_t(504));
    }

    void instantIsTheDeepestQueue() {
        // Depth 1 2 1 2 1 0: deepest first at 2000.
        QCOMPARE(instantOf(queueTrace({1000, 2000, 3000}, {2500, 3500, 4000}, 5000, 6000)),
                 int64_t(2000));
    }

    void instantShowsItemsStrandedAfterTheConsumerQuit() {
        // empty(): the consumer quits at 1500 before anything is put; 3 items are stranded.
        QCOMPARE(instantOf(queueTrace({2000, 3000, 4000}, {}, 1500, 6000)), int64_t(4000));
        // The consumer quits at 2600 with one item left and nothing put after: just after it.
        QCOMPARE(instantOf(queueTrace({1000, 2000}, {2500}, 2600, 10000)),
                 int64_t(2600 + 10000 / 200));
    }

    void instantIsMidPool() {
        // Tasks of poolSquare(4, 5, 1) finish at 639.5, 642.5, 645.5, 648.5, 651.5 µs: after
        // the third, three results are in and two are not.
        QCOMPARE(instantOf(ui::samples::poolSquare(4, 5, 1)), int64_t(645'500));
    }

    void instantIsMidSleep() {
        // worker-1 sleeps 141..1141 µs, worker-2 271..1271 µs: both in 271..1141.
        QCOMPARE(instantOf(ui::samples::processBasics(2, false)), int64_t(271'000 + 870'000 / 2));
    }

    void instantIsTheEndWhenNothingStandsOut() {
        Trace t;
        test::lane(t, 0, "main", 100);
        t.append(std::vector<Event>{test::ev(0, 0, EventKind::ProcessStarted, 0, 100),
                                    test::ev(5000, 0, EventKind::ProcessEnding, 0, 0)});
        QCOMPARE(instantOf(t), int64_t(5000));
        QCOMPARE(instantOf(Trace{}), int64_t(0));
    }

    void exportShowsTheInstantWithoutMovingTheCallersCursor() {
        ui::RunModel model;
        model.setTrace(ui::samples::poolSquare(4, 5, 1));
        const int64_t end = model.cursor();
        QCOMPARE(end, model.duration());
        auto view = ui::makeExportView(QStringLiteral("pool"), &model);
        QVERIFY(view);
        auto* shown = view->findChild<ui::RunModel*>();
        QVERIFY(shown);
        QCOMPARE(shown->cursor(), qint64(645'500));
        QCOMPARE(model.cursor(), end); // the views on screen do not jump
        // A cursor the user put somewhere is kept as it is.
        model.setCursor(1000);
        auto kept = ui::makeExportView(QStringLiteral("pool"), &model);
        QVERIFY(!kept->findChild<ui::RunModel*>());
    }

    void writesNothingOnError_data() {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown view") << QStringLiteral("flamegraph") << QStringLiteral("out.png")
                                      << 800 << 600 << QStringLiteral("unknown view");
        QTest::newRow("unknown format") << QStringLiteral("timeline") << QStringLiteral("out.bmp")
                                        << 800 << 600 << QStringLiteral("format");
        QTest::newRow("too small") << QStringLiteral("timeline") << QStringLiteral("out.png") << 10
                                   << 600 << QStringLiteral("out of range");
        QTest::newRow("too large") << QStringLiteral("window") << QStringLiteral("out.pdf") << 800
                                   << 90000 << QStringLiteral("out of range");
        QTest::newRow("missing directory")
            << QStringLiteral("timeline") << QStringLiteral("no/such/dir/out.svg") << 800 << 600
            << QStringLiteral("Cannot write");
    }
    void writesNothingOnError() {
        QFETCH(QString, view);
        QFETCH(QString, file);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        const std::string error = ui::exportTraceView(test::twoLostUpdates(), view.toStdString(),
                                                      path.toStdString(), width, height);
        QVERIFY(!error.empty());
        QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());
    }
};

int main(int argc, char** argv) {
    // exportTraceView makes its own offscreen QApplication when there is none: let it.
    TestExport test;
    const int first = QTest::qExec(&test, argc, argv);
    return first;
}
#include "tst_export.moc"
