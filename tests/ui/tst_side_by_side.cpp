// The side by side export: a traced Python script above a ProcLab demo, both timelines on one
// time scale (each from its own start, both as wide as the longer run), while a timeline on its
// own still keeps inside its own run.
#include "ui/hand_traces.h"

#include "ui/export/side_by_side.h"
#include "ui/model/run_model.h"
#include "ui/testing/sample_traces.h"
#include "ui/timeline/timeline_view.h"

#include <QApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace proclab;

namespace {
// A copy of `t` whose events all happen `factor` times later: the same story, told slower.
Trace stretched(const Trace& t, int64_t factor) {
    Trace out = t;
    TraceColumns c;
    for (int64_t time : t.times())
        c.t.push_back(time * factor);
    c.lane.assign(t.laneColumn().begin(), t.laneColumn().end());
    c.kind.assign(t.kindColumn().begin(), t.kindColumn().end());
    c.object.assign(t.objectColumn().begin(), t.objectColumn().end());
    c.line.assign(t.lineColumn().begin(), t.lineColumn().end());
    c.a.assign(t.aColumn().begin(), t.aColumn().end());
    c.b.assign(t.bColumn().begin(), t.bColumn().end());
    c.c.assign(t.cColumn().begin(), t.cColumn().end());
    if (!out.assignColumns(std::move(c)))
        qFatal("stretched: columns refused");
    return out;
}
} // namespace

class TstSideBySide : public QObject {
    Q_OBJECT
  private slots:
    void bothTimelinesShareTheLongerRunsRange() {
        const Trace shortRun = test::twoLostUpdates();
        const Trace longRun = stretched(shortRun, 7);
        ui::RunModel alone;
        alone.setTrace(longRun);
        double begin = 0, end = 0;
        alone.fitRange(begin, end);

        for (bool longOnTop : {true, false}) {
            auto page = longOnTop ? ui::buildSideBySide(longRun, shortRun)
                                  : ui::buildSideBySide(shortRun, longRun);
            page->page.resize(1024, 700);
            QVERIFY(page->timelines[0] && page->timelines[1]);
            for (ui::TimelineView* view : page->timelines) {
                QCOMPARE(view->xAxis->range().lower, begin);
                QCOMPARE(view->xAxis->range().upper, end);
            }
        }
    }

    void exportWritesTheTwoRunsOnOneScale() {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("beside.png"));
        const Trace shortRun = test::twoLostUpdates();
        const std::string error =
            ui::exportSideBySide(shortRun, stretched(shortRun, 3), png.toStdString(), 1024, 700);
        QVERIFY2(error.empty(), error.c_str());
        const QImage image(png);
        QVERIFY(!image.isNull());
        // The export may be drawn at a higher pixel ratio: the shape is what must hold.
        QCOMPARE(image.width() * 700, image.height() * 1024);
    }

    void aTimelineAloneStillKeepsInsideItsRun() {
        ui::RunModel model;
        model.setTrace(test::twoLostUpdates());
        ui::TimelineView view(&model);
        double begin = 0, end = 0;
        model.fitRange(begin, end);
        view.xAxis->setRange(begin, end * 5);
        QCOMPARE(view.xAxis->range().lower, begin);
        QCOMPARE(view.xAxis->range().upper, end);
        // Told of a wider range, it goes that far, and no further.
        view.showCommonRange(begin, end * 5);
        QCOMPARE(view.xAxis->range().upper, end * 5);
        view.xAxis->setRange(begin, end * 9);
        QCOMPARE(view.xAxis->range().upper, end * 5);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    TstSideBySide t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_side_by_side.moc"
