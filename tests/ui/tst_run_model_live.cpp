// The run model during a live run: it never hands out a previous run's results (they index
// another trace), and a run streamed in, refreshed as it comes and finished, ends with exactly
// what opening the same run finished gives.
#include "io/stream.h"
#include "trace/counter_ledger.h"
#include "ui/model/run_model.h"
#include "ui/testing/sample_traces.h"
#include "ui/testing/trace_records.h"
#include "ui/timeline/timeline_view.h"

#include <QtTest>

using namespace proclab;
using namespace proclab::ui;

namespace {

std::string streamOf(const Trace& source) {
    StreamWriter w;
    w.hello(source);
    for (const LaneInfo& l : source.lanes)
        w.lane(l);
    for (int i = 0; i < static_cast<int>(source.texts.size()); ++i)
        w.text(i, source.texts[static_cast<size_t>(i)]);
    const std::vector<EventRecord> records = testing::toRecords(source);
    const std::span<const EventRecord> all(records);
    for (size_t i = 0; i < all.size(); i += 500) // frames of 500 events, as a drain's slices
        w.events(all.subspan(i, std::min<size_t>(500, all.size() - i)));
    w.end(RunStatus::Ok, "ok");
    return w.buffer();
}

} // namespace

class TestRunModelLive : public QObject {
    Q_OBJECT
  private slots:
    void aNewLiveRunForgetsThePreviousResults() {
        RunModel model;
        model.setTrace(samples::counterRace(4, 300, 3));
        QVERIFY(model.counter().has_value());
        TimelineView view(&model);
        view.resize(800, 400);
        model.beginLive(); // redraws at once, with an empty trace
        QVERIFY(!model.counter().has_value());
        QVERIFY(model.lanes().empty());
        QVERIFY(model.console().empty());
        view.replot(QCustomPlot::rpImmediateRefresh);
    }

    void aStreamedRunEndsAsTheSameRunOpened() {
        Trace source = samples::counterRace(4, 3000, 9);
        source.t0 = 1'000'000;
        const std::string bytes = streamOf(source);
        RunModel live;
        TimelineView view(&live);
        view.resize(800, 400);
        live.beginLive();
        // Fed in chunks with the model's refreshes in between: the analysis grows as it comes.
        for (size_t off = 0; off < bytes.size(); off += 4096) {
            QVERIFY(live.feed(std::string_view(bytes).substr(off, 4096)));
            QTest::qWait(1);
            view.replot(QCustomPlot::rpImmediateRefresh);
        }
        QTest::qWait(80);
        live.endLive();
        RunModel opened;
        opened.setTrace(live.trace());
        QVERIFY(live.lanes() == opened.lanes());
        QVERIFY(live.joins() == opened.joins());
        QVERIFY(live.console() == opened.console());
        QVERIFY(live.counter().has_value());
        QVERIFY(*live.counter() == *opened.counter());
        QVERIFY(*live.counter() == counterLedger(live.trace()));
        const CounterLedger& c = *live.counter();
        QCOMPARE(c.lost, c.expected - c.final);
        QVERIFY(c.lost > 0);
    }
};

QTEST_MAIN(TestRunModelLive)
#include "tst_run_model_live.moc"
