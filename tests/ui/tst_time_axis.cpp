// Unit choice, tick steps and time labels, without painting.
#include "ui/timeline/time_axis.h"

#include <QTest>

using proclab::ui::TimeAxis;
using proclab::ui::TimeUnit;

class TestTimeAxis : public QObject {
    Q_OBJECT
  private slots:
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
};

QTEST_GUILESS_MAIN(TestTimeAxis)
#include "tst_time_axis.moc"
