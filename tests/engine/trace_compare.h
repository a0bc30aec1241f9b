// Compares two Traces field by field and event by event (for round-trip tests of the trace
// files). QCOMPARE inside: call it from a test function and return if it failed.
#pragma once

#include "trace/trace.h"

#include <QtTest>

inline void compareTraces(const proclab::Trace& got, const proclab::Trace& want) {
    QCOMPARE(got.demo, want.demo);
    QCOMPARE(got.variant, want.variant);
    QVERIFY(got.params == want.params);
    QCOMPARE(got.pythonSource, want.pythonSource);
    QCOMPARE(got.t0, want.t0);
    QCOMPARE(got.dropped, want.dropped);
    QVERIFY(got.lanes == want.lanes);
    QVERIFY(got.texts == want.texts);
    QCOMPARE(got.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        if (!(got.at(i) == want.at(i)))
            QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(i)));
    }
}
