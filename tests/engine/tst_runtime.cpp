// The runtime on real processes, through tests/fixtures/runtime_probe: exit codes as Python
// reports them, join with a timeout, pids, Queue FIFO with several producers, exact locked
// counters, Pool result order.
#include "test_support.h"

#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {

struct ProbeOutput {
    int exitCode = -1;
    QStringList lines;
    QStringList values(const QString& key) const {
        QStringList out;
        for (const QString& l : lines)
            if (l.startsWith(key + ' '))
                out << l.mid(key.size() + 1);
        return out;
    }
    QString value(const QString& key) const { return values(key).value(0); }
};

ProbeOutput probe(const QStringList& args, int timeoutMs = 60000) {
    QProcess p;
    p.start(qEnvironmentVariable("PROCLAB_FIXTURES") + "/runtime_probe", args);
    ProbeOutput out;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return out;
    }
    out.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    out.lines = QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    return out;
}

} // namespace

class TestRuntime : public QObject {
    Q_OBJECT
  private slots:
    void exitcodesAsPythonReportsThem() {
        const ProbeOutput out = probe({"exitcodes"});
        QCOMPARE(out.exitCode, 0);
        QMap<QString, int> codes;
        for (const QString& v : out.values("exitcode")) {
            const QStringList parts = v.split(' ');
            codes[parts[0]] = parts[1].toInt();
        }
        QCOMPARE(codes.value("zero", 999), 0);
        QCOMPARE(codes.value("three", 999), 3);
        QCOMPARE(codes.value("segv", 999), -11);
        QCOMPARE(codes.value("killed", 999), -9);
        QCOMPARE(codes.value("terminated", 999), -15);
        QCOMPARE(out.value("alive_before_kill"), QString("1"));
        QCOMPARE(out.value("join_timeout_returns"), QString("0"));
        QCOMPARE(out.value("alive_after_join"), QString("0"));
        QVERIFY(proclab::test::childrenOfThisProcess().empty());
    }

    void childrenHaveTheirOwnPids() {
        const ProbeOutput out = probe({"pids"});
        QCOMPARE(out.exitCode, 0);
        const QString self = out.value("self");
        const QStringList reportedList = out.values("reported");
        const QStringList startedList = out.values("started");
        const QSet<QString> reported(reportedList.begin(), reportedList.end());
        const QSet<QString> started(startedList.begin(), startedList.end());
        QCOMPARE(reported.size(), 3);
        QVERIFY(!reported.contains(self));
        // What each child says its pid is = what start() returned to the parent.
        QCOMPARE(reported, started);
    }

    void queueKeepsEachProducersOrderAndLosesNothing_data() {
        QTest::addColumn<int>("producers");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("maxsize");
        QTest::newRow("one producer, unbounded") << 1 << 2000 << 0;
        QTest::newRow("three producers, unbounded") << 3 << 2000 << 0;
        QTest::newRow("three producers, maxsize 4 (they block)") << 3 << 500 << 4;
        // One item at most: a one-cell ring cannot tell full from empty (see cellsFor).
        QTest::newRow("three producers, maxsize 1") << 3 << 500 << 1;
    }
    void queueKeepsEachProducersOrderAndLosesNothing() {
        QFETCH(int, producers);
        QFETCH(int, items);
        QFETCH(int, maxsize);
        const ProbeOutput out = probe({"queue", QString::number(producers), QString::number(items),
                                       QString::number(maxsize)});
        QCOMPARE(out.exitCode, 0);
        QVERIFY(out.values("timeout").isEmpty() && !out.lines.contains("timeout"));
        const QStringList got = out.values("got");
        QCOMPARE(got.size(), producers * items);
        QMap<int, int> nextSeq;
        QSet<qint64> ids;
        qint64 lastId = -1;
        for (const QString& g : got) {
            const QStringList parts = g.split(' ');
            const qint64 id = parts[0].toLongLong();
            const qint64 value = parts[1].toLongLong();
            QVERIFY2(!ids.contains(id), "an item was got twice");
            ids.insert(id);
            QVERIFY2(id > lastId, "ids come out in the order they went in");
            lastId = id;
            const int producer = static_cast<int>(value / 1000000);
            const int seq = static_cast<int>(value % 1000000);
            QCOMPARE(seq, nextSeq.value(producer, 0));
            nextSeq[producer] = seq + 1;
        }
        QCOMPARE(out.value("left"), QString("0"));
    }

    // Several processes asleep on one queue, then a burst: each must be woken (the queue
    // wakes one at a time and each woken sleeper passes the wake on).
    void queueWakesEverySleeperOfABurst() {
        const ProbeOutput out = probe({"queue-wakes", "6"});
        QCOMPARE(out.exitCode, 0);
        QStringList got = out.values("got");
        got.sort();
        QCOMPARE(got, QStringList({"100", "101", "102", "103", "104", "105"}));
        QCOMPARE(out.values("put"), QStringList(6, "1"));
        QCOMPARE(out.values("drained"), QStringList(7, "1"));
    }

    void lockedCountersAreExact_data() {
        QTest::addColumn<QString>("mode");
        QTest::newRow("get-lock") << "get-lock";
        QTest::newRow("atomic") << "atomic";
    }
    void lockedCountersAreExact() {
        QFETCH(QString, mode);
        for (int trial = 0; trial < 3; ++trial) {
            const ProbeOutput out = probe({"counter", mode, "4", "20000"});
            QCOMPARE(out.exitCode, 0);
            QCOMPARE(out.value("final"), out.value("expected"));
            QCOMPARE(out.value("expected"), QString("80000"));
        }
    }

    void doubleValuesAndIntArraysAreExactWhenLocked_data() {
        QTest::addColumn<QString>("mode");
        QTest::newRow("get-lock") << "get-lock";
        QTest::newRow("atomic") << "atomic";
    }
    void doubleValuesAndIntArraysAreExactWhenLocked() {
        QFETCH(QString, mode);
        const ProbeOutput out = probe({"value-array", mode, "3", "5000"});
        QCOMPARE(out.exitCode, 0);
        QCOMPARE(out.value("value_final"), out.value("value_expected"));
        QCOMPARE(out.value("value_expected"), QString("7500.0"));
        QCOMPARE(out.values("cell_final"), QStringList(3, out.value("cell_expected")));
    }

    void poolReturnsResultsInInputOrder_data() {
        QTest::addColumn<int>("workers");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("chunksize");
        QTest::addColumn<int>("defaultChunksize");
        QTest::newRow("tutorial: 4 workers, 5 items") << 4 << 5 << 0 << 1;
        QTest::newRow("2 workers, 1000 items, default chunks") << 2 << 1000 << 0 << 125;
        QTest::newRow("3 workers, 1001 items, chunksize 7") << 3 << 1001 << 7 << 84;
    }
    void poolReturnsResultsInInputOrder() {
        QFETCH(int, workers);
        QFETCH(int, n);
        QFETCH(int, chunksize);
        QFETCH(int, defaultChunksize);
        const ProbeOutput out = probe(
            {"pool", QString::number(workers), QString::number(n), QString::number(chunksize)});
        QCOMPARE(out.exitCode, 0);
        QCOMPARE(out.value("map_in_order"), QString("1"));
        QCOMPARE(out.value("imap_unordered_complete"), QString("1"));
        QCOMPARE(out.value("apply_async"), QString("144"));
        QCOMPARE(out.value("default_chunksize").toInt(), defaultChunksize);
        QCOMPARE(out.values("worker_exit"), QStringList(workers, "0"));
    }

    void cleanupTestCase() {
        QVERIFY(proclab::test::proclabShmLeftovers().empty());
        QVERIFY(proclab::test::childrenOfThisProcess().empty());
    }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
