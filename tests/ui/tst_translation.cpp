// The Chinese translation: the embedded catalogue turns known strings (dock titles, menus, lane
// states) into the chosen Chinese, switching back to English works, PROCLAB_LANG picks the
// language, and every message of resources/translations/proclab_zh_CN.ts is finished, keeps
// its placeholders and accelerators; the English catalogue holds plural forms only, all finished.
// The last check also runs lupdate over ui/ into a copy of each .ts (English with -pluralonly, as
// update_translations does), so a new tr() string nobody has translated fails here.
#include "ui/gui_entry.h"
#include "ui/main_window.h"
#include "ui/model/run_model.h"
#include "ui/style/state_painter.h"

#include <QDockWidget>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace proclab;
using namespace proclab::ui;

namespace {
struct TsMessage {
    QString context;
    QString source;
    QString translation; // numerus forms joined by '\n'
    QString type;        // the translation's type attribute ("unfinished", "vanished", ...)
    bool numerus = false;
    QStringList forms; // the numerus forms, one each
};

QList<TsMessage> readTs(const QString& path, QString* error) {
    QList<TsMessage> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage{context,
                          {},
                          {},
                          {},
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                          {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                QStringList forms;
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
                m.translation = forms.join(QLatin1Char('\n'));
                m.forms = forms;
            } else {
                m.translation = xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

// %1..%99 and %n, as a sorted set.
QStringList placeholders(const QString& s) {
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> set;
    for (const auto& m : re.globalMatch(s))
        set.insert(m.captured(0));
    QStringList l(set.begin(), set.end());
    l.sort();
    return l;
}

bool hasAccelerator(QString s) {
    s.remove(QStringLiteral("&nbsp;")).remove(QStringLiteral("&&"));
    return s.contains(QLatin1Char('&'));
}

// Every problem of one .ts file, one line each.
QStringList problems(const QString& path) {
    QString error;
    const QList<TsMessage> messages = readTs(path, &error);
    QStringList out;
    if (!error.isEmpty())
        return {error};
    if (messages.size() < 100)
        out << QStringLiteral("only %1 messages in %2").arg(messages.size()).arg(path);
    for (const TsMessage& m : messages) {
        const QString where = m.context + QStringLiteral(" \"") + m.source + QLatin1Char('"');
        if (!m.type.isEmpty())
            out << QStringLiteral("%1: type=\"%2\"").arg(where, m.type);
        else if (m.translation.trimmed().isEmpty())
            out << QStringLiteral("%1: empty translation").arg(where);
        else if (placeholders(m.source) != placeholders(m.translation))
            out << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, m.translation);
        else if (hasAccelerator(m.source) && !hasAccelerator(m.translation))
            out << QStringLiteral("%1: accelerator lost in \"%2\"").arg(where, m.translation);
    }
    return out;
}

// The English catalogue: English is the source language, so it holds the plural forms only
// ("%n task(s)": "1 task", "2 tasks"), each finished, two forms keeping the placeholders.
QStringList englishProblems(const QString& path) {
    QString error;
    const QList<TsMessage> messages = readTs(path, &error);
    if (!error.isEmpty())
        return {error};
    QStringList out;
    if (messages.isEmpty())
        out << QStringLiteral("no messages in %1").arg(path);
    for (const TsMessage& m : messages) {
        const QString where = m.context + QStringLiteral(" \"") + m.source + QLatin1Char('"');
        const QStringList& forms = m.forms;
        if (!m.numerus)
            out << QStringLiteral("%1: not a plural message (en holds plural forms only)")
                       .arg(where);
        else if (!m.type.isEmpty())
            out << QStringLiteral("%1: type=\"%2\"").arg(where, m.type);
        else if (forms.size() != 2 || forms[0].trimmed().isEmpty() || forms[1].trimmed().isEmpty())
            out << QStringLiteral("%1: wants two English forms").arg(where);
        else if (placeholders(forms[0]) != placeholders(m.source) ||
                 placeholders(forms[1]) != placeholders(m.source))
            out << QStringLiteral("%1: placeholders differ").arg(where);
    }
    return out;
}

QString lupdatePath() {
    for (const auto loc : {QLibraryInfo::BinariesPath, QLibraryInfo::LibraryExecutablesPath}) {
        const QString p = QLibraryInfo::path(loc) + QStringLiteral("/lupdate");
        if (QFile::exists(p))
            return p;
    }
    return {};
}
} // namespace

class TstTranslation : public QObject {
    Q_OBJECT
  private slots:
    void cleanup() { installTranslators(QStringLiteral("en")); }

    void catalogueIsEmbedded() {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/proclab_zh_CN.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/proclab_en.qm")));
    }

    void chineseTranslatesKnownStrings() {
        QVERIFY(installTranslators(QStringLiteral("zh_CN")));
        QCOMPARE(currentLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("Views", "Code"), QStringLiteral("代码"));
        QCOMPARE(stateLabel(LaneState::Running), QStringLiteral("运行中"));
        QCOMPARE(stateLabel(LaneState::BlockedOnQueue), QStringLiteral("阻塞于队列"));
        QCOMPARE(stateLabel(LaneState::WaitingForLock), QStringLiteral("等待锁"));

        RunModel model;
        MainWindow window(&model);
        auto title = [&](const char* dock) {
            auto* d = window.findChild<QDockWidget*>(QLatin1String(dock));
            return d ? d->windowTitle() : QString();
        };
        QCOMPARE(title("codeDock"), QStringLiteral("代码"));
        QCOMPARE(title("counterDock"), QStringLiteral("计数器"));
        QCOMPARE(title("queueDock"), QStringLiteral("队列"));
        QCOMPARE(title("poolDock"), QStringLiteral("进程池"));
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("视图(&V)")), qPrintable(menus.join(u' ')));
        auto* zh = window.findChild<QAction*>(QStringLiteral("language_zh_CN"));
        QVERIFY(zh);
        QVERIFY(zh->isChecked());
    }

    void englishIsTheSourceWithPluralForms() {
        QVERIFY(installTranslators(QStringLiteral("zh_CN")));
        QVERIFY(installTranslators(QStringLiteral("en")));
        QCOMPARE(currentLanguage(), QStringLiteral("en"));
        QCOMPARE(stateLabel(LaneState::Running), QStringLiteral("running"));
        QCOMPARE(QCoreApplication::translate("proclab::ui::PoolView", "%n task(s)", nullptr, 1),
                 QStringLiteral("1 task"));
        QCOMPARE(QCoreApplication::translate("proclab::ui::PoolView", "%n task(s)", nullptr, 5),
                 QStringLiteral("5 tasks"));
        RunModel model;
        MainWindow window(&model);
        auto* d = window.findChild<QDockWidget*>(QStringLiteral("codeDock"));
        QVERIFY(d);
        QCOMPARE(d->windowTitle(), QStringLiteral("Code"));
        auto* en = window.findChild<QAction*>(QStringLiteral("language_en"));
        QVERIFY(en);
        QVERIFY(en->isChecked());
    }

    void environmentChoosesTheLanguage() {
        const QByteArray before = qgetenv("PROCLAB_LANG");
        qputenv("PROCLAB_LANG", "zh_CN");
        QCOMPARE(chosenLanguage(), QStringLiteral("zh_CN"));
        qputenv("PROCLAB_LANG", "zh_CN.UTF-8");
        QCOMPARE(chosenLanguage(), QStringLiteral("zh_CN"));
        qputenv("PROCLAB_LANG", "en");
        QCOMPARE(chosenLanguage(), QStringLiteral("en"));
        if (before.isNull())
            qunsetenv("PROCLAB_LANG");
        else
            qputenv("PROCLAB_LANG", before);
    }

    void everyMessageIsFinished() {
        const QString ts = QFINDTESTDATA("../../resources/translations/proclab_zh_CN.ts");
        QVERIFY2(!ts.isEmpty(), "resources/translations/proclab_zh_CN.ts not found");
        const QStringList bad = problems(ts);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void englishHoldsPluralFormsOnly() {
        const QString ts = QFINDTESTDATA("../../resources/translations/proclab_en.ts");
        QVERIFY2(!ts.isEmpty(), "resources/translations/proclab_en.ts not found");
        const QStringList bad = englishProblems(ts);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    // Strings added to ui/ since the last lupdate: lupdate a copy of each catalogue as
    // update_translations does (English: plural forms only), then the same checks.
    void noNewUntranslatedStrings_data() {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("zh_CN") << QStringLiteral("proclab_zh_CN.ts");
        QTest::newRow("en") << QStringLiteral("proclab_en.ts");
    }
    void noNewUntranslatedStrings() {
        QFETCH(QString, catalogue);
        const QString lupdate = lupdatePath();
        if (lupdate.isEmpty())
            QSKIP("lupdate not installed");
        const QString ts =
            QFINDTESTDATA(QStringLiteral("../../resources/translations/") + catalogue);
        const QString ui = QFINDTESTDATA("../../ui");
        QVERIFY(!ts.isEmpty() && !ui.isEmpty());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(catalogue);
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const bool english = catalogue == QLatin1String("proclab_en.ts");
        QStringList args{QStringLiteral("-silent"),    QStringLiteral("-no-obsolete"),
                         QStringLiteral("-locations"), QStringLiteral("none"),
                         QStringLiteral("-I"),         ui + QStringLiteral("/..")};
        if (english)
            args << QStringLiteral("-pluralonly");
        args << ui << QStringLiteral("-ts") << copy;
        QProcess p;
        p.start(lupdate, args);
        QVERIFY(p.waitForFinished(120'000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QStringList bad = english ? englishProblems(copy) : problems(copy);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("run lupdate (cmake --build <dir> "
                                                          "--target update_translations) and "
                                                          "translate:\n") +
                                           bad.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TstTranslation)
#include "tst_translation.moc"
