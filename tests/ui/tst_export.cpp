// Export writes a valid PNG / SVG / PDF of the requested size, for every view, and writes
// nothing at all when it cannot.
#include "ui/hand_traces.h"

#include "ui/export/exporter.h"
#include "ui/gui_entry.h"
#include "ui/testing/sample_traces.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace proclab;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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
