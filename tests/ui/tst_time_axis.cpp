// Time-to-pixel maths and unit choice, without painting.
#include "ui/timeline/time_axis.h"

#include <QTest>

using proclab::ui::TimeAxis;
using proclab::ui::TimeUnit;

class TestTimeAxis : public QObject {
    Q_OBJECT
  private slots:
    void toPixel_data() {
        QTest::addColumn<double>("begin");
        QTest::addColumn<double>("end");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("pixels");
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("px");
        QTest::newRow("origin") << 0.0 << 1000.0 << 0.0 << 100.0 << 0.0 << 0.0;
        QTest::newRow("end") << 0.0 << 1000.0 << 0.0 << 100.0 << 1000.0 << 100.0;
        QTest::newRow("middle, offset") << 0.0 << 1000.0 << 50.0 << 100.0 << 500.0 << 100.0;
        QTest::newRow("window in the run") << 1e6 << 2e6 << 0.0 << 1000.0 << 1.5e6 << 500.0;
        QTest::newRow("before the window") << 1e6 << 2e6 << 0.0 << 1000.0 << 0.0 << -1000.0;
        QTest::newRow("ns zoom") << 100.0 << 120.0 << 10.0 << 200.0 << 101.0 << 20.0;
        QTest::newRow("an hour in s") << 0.0 << 3.6e12 << 0.0 << 3600.0 << 1e9 << 1.0;
    }
    void toPixel() {
        QFETCH(double, begin);
        QFETCH(double, end);
        QFETCH(double, left);
        QFETCH(double, pixels);
        QFETCH(double, t);
        QFETCH(double, px);
        const TimeAxis a{begin, end, left, pixels};
        QCOMPARE(a.toPixel(t), px);
        QCOMPARE(a.toTime(px), t); // the inverse, exactly for these round numbers
    }

    void unitFor_data() {
        QTest::addColumn<double>("span");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("1 ns") << 1.0 << QStringLiteral("ns");
        QTest::newRow("9.9 µs") << 9'900.0 << QStringLiteral("ns");
        QTest::newRow("10 µs") << 10'000.0 << QStringLiteral("µs");
        QTest::newRow("2 ms") << 2e6 << QStringLiteral("µs");
        QTest::newRow("10 ms") << 1e7 << QStringLiteral("ms");
        QTest::newRow("9 s") << 9e9 << QStringLiteral("ms");
        QTest::newRow("10 s") << 1e10 << QStringLiteral("s");
        QTest::newRow("a day") << 8.64e13 << QStringLiteral("s");
    }
    void unitFor() {
        QFETCH(double, span);
        QFETCH(QString, suffix);
        QCOMPARE(QString::fromUtf8(TimeAxis::unitFor(span).suffix), suffix);
    }

    void tickStep_data() {
        QTest::addColumn<double>("span");
        QTest::addColumn<int>("maxTicks");
        QTest::addColumn<double>("step");
        QTest::newRow("1000/10") << 1000.0 << 10 << 100.0;
        QTest::newRow("1000/3 -> 500") << 1000.0 << 3 << 500.0;
        QTest::newRow("1000/6 -> 200") << 1000.0 << 6 << 200.0;
        QTest::newRow("7 ms / 5 -> 2 ms") << 7e6 << 5 << 2e6;
        QTest::newRow("never below 1 ns") << 3.0 << 10 << 1.0;
        QTest::newRow("empty span") << 0.0 << 5 << 1.0;
    }
    void tickStep() {
        QFETCH(double, span);
        QFETCH(int, maxTicks);
        QFETCH(double, step);
        QCOMPARE(TimeAxis::tickStep(span, maxTicks), step);
        if (span > 0)
            QVERIFY(span / TimeAxis::tickStep(span, maxTicks) <= maxTicks + 1e-9);
    }

    void format_data() {
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("unitNs");
        QTest::addColumn<double>("step");
        QTest::addColumn<QString>("text");
        QTest::newRow("µs whole") << 412'000.0 << 1e3 << 100'000.0 << QStringLiteral("412");
        QTest::newRow("µs tenth") << 412'600.0 << 1e3 << 100.0 << QStringLiteral("412.6");
        QTest::newRow("ms hundredths") << 1'250'000.0 << 1e6 << 10'000.0 << QStringLiteral("1.25");
        QTest::newRow("ns") << 17.0 << 1.0 << 1.0 << QStringLiteral("17");
        QTest::newRow("zero") << 0.0 << 1e6 << 500'000.0 << QStringLiteral("0.0");
    }
    void format() {
        QFETCH(double, t);
        QFETCH(double, unitNs);
        QFETCH(double, step);
        QFETCH(QString, text);
        QCOMPARE(TimeAxis::format(t, TimeUnit{"x", unitNs}, step), text);
    }

    void formatDuration_data() {
        QTest::addColumn<double>("ns");
        QTest::addColumn<QString>("text");
        QTest::newRow("ns") << 350.0 << QStringLiteral("350\u2009ns");
        QTest::newRow("µs") << 800'000.0 << QStringLiteral("800\u2009µs");
        QTest::newRow("ms") << 1'350'000.0 << QStringLiteral("1.35\u2009ms");
        QTest::newRow("s") << 2.1e9 << QStringLiteral("2.10\u2009s");
    }
    void formatDuration() {
        QFETCH(double, ns);
        QFETCH(QString, text);
        QCOMPARE(TimeAxis::formatDuration(ns), text);
    }

    void zoomKeepsTheTimeUnderThePointer_data() {
        QTest::addColumn<double>("anchor");
        QTest::addColumn<double>("factor");
        QTest::newRow("in at the middle") << 500.0 << 2.0;
        QTest::newRow("in at the left") << 0.0 << 10.0;
        QTest::newRow("out at 3/4") << 750.0 << 0.5;
    }
    void zoomKeepsTheTimeUnderThePointer() {
        QFETCH(double, anchor);
        QFETCH(double, factor);
        const TimeAxis a{1e6, 2e6, 0, 1000};
        const TimeAxis z = a.zoomed(anchor, factor);
        QCOMPARE(z.toTime(anchor), a.toTime(anchor));
        QCOMPARE(z.span(), a.span() / factor);
    }

    void zoomAndPanStayInTheRun() {
        const TimeAxis a{0, 1000, 0, 100};
        const TimeAxis out = a.zoomed(50, 0.1, 10, 1000);
        QCOMPARE(out.begin, 0.0);
        QCOMPARE(out.end, 1000.0);
        const TimeAxis deep = a.zoomed(50, 1e9, 10, 1000);
        QCOMPARE(deep.span(), 10.0); // never narrower than the minimum span
        const TimeAxis z{100, 200, 0, 100};
        const TimeAxis left = z.panned(1e6, 1000); // dragged far right: shows the start
        QCOMPARE(left.begin, 0.0);
        QCOMPARE(left.span(), 100.0);
        const TimeAxis right = z.panned(-1e6, 1000);
        QCOMPARE(right.end, 1000.0);
        QCOMPARE(z.panned(10, 1000).begin, 90.0); // 10 px at 1 ns/px
    }
};

QTEST_GUILESS_MAIN(TestTimeAxis)
#include "tst_time_axis.moc"
