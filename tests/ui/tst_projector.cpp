// The window on a projector (issue 9, items 9–14): at 1024×700 every toolbar control is on
// screen and whole, the replay slider is long enough to scrub, the code panel shows ten lines;
// presentation mode enlarges menus and dock titles and Esc leaves it; sixteen distinct lane
// colours, readable as text in both themes; the dark theme's disabled look and icons; Chinese
// catalog texts, a language switch without restart, a title that names ProcLab once, unique
// mnemonics; recent files, Save's extension, the shortcut list and the version.
#include "demos/catalog.h"
#include "ui/catalog_texts.h"
#include "ui/demo_toolbar.h"
#include "ui/gui_entry.h"
#include "ui/help_dialog.h"
#include "ui/language_switch.h"
#include "ui/main_window.h"
#include "ui/model/run_model.h"
#include "ui/replay/replay_bar.h"
#include "ui/run_files.h"
#include "ui/style/theme.h"
#include "ui/style/theme_icons.h"
#include "ui/testing/gui_test_setup.h"
#include "ui/testing/sample_traces.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <array>
#include <cmath>

using namespace proclab;
using namespace proclab::ui;

namespace {
// CIE L*a*b* of an sRGB colour (D65), for colour distances as the eye sees them.
std::array<double, 3> lab(const QColor& c) {
    auto lin = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double r = lin(c.redF()), g = lin(c.greenF()), b = lin(c.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE(const QColor& a, const QColor& b) {
    const auto p = lab(a), q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// The mnemonic letter of a menu text ("&File" → F, "打开(&O)" → O), or 0.
QChar mnemonic(const QString& text) {
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

// "menu: letter used by A and B" for every menu (and the menu bar) with a shared mnemonic.
QStringList clashingMnemonics(const QList<QAction*>& actions, const QString& where) {
    QStringList out;
    QHash<QChar, QString> seen;
    for (QAction* a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QChar m = mnemonic(a->text());
        if (!m.isNull()) {
            if (seen.contains(m))
                out << QStringLiteral("%1: %2 in '%3' and '%4'")
                           .arg(where, QString(m), seen[m], a->text());
            seen[m] = a->text();
        }
        if (a->menu())
            out << clashingMnemonics(a->menu()->actions(), a->text());
    }
    return out;
}

// What the window manager shows: Qt appends the display name unless the title ends with it.
QString shownTitle(const QWidget& w) {
    const QString title = w.windowTitle();
    const QString name = QGuiApplication::applicationDisplayName();
    if (title.isEmpty())
        return name;
    return title.endsWith(name) ? title : title + QStringLiteral(" — ") + name;
}

bool visibleInside(QWidget* w, QWidget* window) {
    if (!w || !w->isVisible() || w->width() <= 0)
        return false;
    const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
    return window->rect().contains(r);
}

QToolButton* extensionButton(QToolBar* bar) {
    return bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
}

bool hasHan(const QString& s) {
    for (QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

void settle() {
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}
} // namespace

class TestProjector : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        testing::startGuiTest();
        QSettings(QStringLiteral("ProcLab"), QStringLiteral("ProcLab")).clear();
        installTranslators(QStringLiteral("en"));
    }

    void toolbarIsWholeAt1024_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("1024x700") << 1024 << 700;
        QTest::newRow("1600x1000") << 1600 << 1000;
        QTest::newRow("1920x1080") << 1920 << 1080;
    }
    void toolbarIsWholeAt1024() {
        QFETCH(int, width);
        QFETCH(int, height);
        MainWindow window;
        window.resize(width, height);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(width, height));
        auto* toolbar = window.findChild<DemoToolbar*>();
        auto* demo = window.findChild<QComboBox*>(QStringLiteral("demoBox"));
        auto* variant = window.findChild<QComboBox*>(QStringLiteral("variantBox"));
        QVERIFY(toolbar && demo && variant);
        for (const DemoSpec& d : demoCatalog()) {
            for (const VariantSpec& v : d.variants) {
                QVERIFY(toolbar->selectDemo(QString::fromStdString(d.id),
                                            QString::fromStdString(v.name)));
                settle();
                const QString what = QStringLiteral("%1/%2").arg(QString::fromStdString(d.id),
                                                                 QString::fromStdString(v.name));
                QVERIFY2(!demo->currentText().isEmpty(), qPrintable(what));
                QVERIFY2(visibleInside(demo, &window), qPrintable(what));
                QVERIFY2(visibleInside(variant, &window), qPrintable(what));
                // Whole names: the boxes are at least as wide as they ask to be.
                QVERIFY2(demo->width() >= demo->sizeHint().width(), qPrintable(what));
                QVERIFY2(variant->width() >= variant->sizeHint().width(), qPrintable(what));
                for (QAction* a : {toolbar->runAction(), toolbar->stopAction()})
                    QVERIFY2(visibleInside(toolbar->widgetForAction(a), &window), qPrintable(what));
                for (QToolBar* bar : {static_cast<QToolBar*>(toolbar), toolbar->paramsBar()}) {
                    QToolButton* ext = extensionButton(bar);
                    QVERIFY2(!ext || !ext->isVisible(), qPrintable(what + " has a » menu"));
                }
                for (QSpinBox* spin : toolbar->paramsBar()->findChildren<QSpinBox*>())
                    QVERIFY2(visibleInside(spin, &window),
                             qPrintable(what + " " + spin->objectName()));
            }
        }
    }

    void replayAndCodeAreUsableAt1024_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void replayAndCodeAreUsableAt1024() {
        QFETCH(QString, language);
        installTranslators(language);
        RunModel model;
        for (const Trace& t : {samples::producerConsumer(5, 2, true),
                               samples::counterRace(4, 50, 2), samples::poolSquare()}) {
            model.setTrace(t);
            MainWindow window(&model);
            window.resize(1024, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showRelevantDocks();
            settle();
            // The window fits the screen: no panel's minimum pushes it taller or wider.
            QCOMPARE(window.size(), QSize(1024, 700));
            auto* slider = window.findChild<QSlider*>(QStringLiteral("replaySlider"));
            QVERIFY(slider);
            QVERIFY2(slider->width() >= 300, qPrintable(QString::number(slider->width())));
            QVERIFY(visibleInside(slider, &window));
            auto* code = window.findChild<QDockWidget*>(QStringLiteral("codeDock"));
            auto* editor = code->findChild<QPlainTextEdit*>();
            QVERIFY(editor && editor->isVisible());
            const int lines = editor->viewport()->height() / editor->fontMetrics().lineSpacing();
            QVERIFY2(lines >= 10, qPrintable(QStringLiteral("%1 lines").arg(lines)));
            // The timeline keeps most of the width.
            QVERIFY2(code->width() <= window.width() / 2,
                     qPrintable(QStringLiteral("%1: code panel %2 px wide of %3")
                                    .arg(QString::fromStdString(t.demo))
                                    .arg(code->width())
                                    .arg(window.width())));
        }
        installTranslators(QStringLiteral("en"));
    }

    void codePanelWidensForItsLongestLine() {
        RunModel model;
        model.setTrace(samples::counterRace(4, 50, 2));
        MainWindow window(&model);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settle();
        auto* editor = window.findChild<QDockWidget*>(QStringLiteral("codeDock"))
                           ->findChild<QPlainTextEdit*>();
        QVERIFY(editor);
        QVERIFY2(!editor->horizontalScrollBar()->isVisible(),
                 "the longest line of the snippet is cut at 1920 px");
    }

    void presentationEnlargesMenusAndDocksAndEscLeaves() {
        RunModel model;
        model.setTrace(samples::producerConsumer(5, 2, true));
        MainWindow window(&model);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* present = window.findChild<QAction*>(QStringLiteral("presentationAction"));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("codeDock"));
        QMenu* fileMenu = window.menuBar()->actions().first()->menu();
        const double scale = theme().textScale();
        const double menuBar = window.menuBar()->font().pointSizeF();
        const double menu = fileMenu->font().pointSizeF();
        const double dockTitle = dock->font().pointSizeF();
        present->trigger();
        settle();
        QVERIFY(theme().textScale() >= 1.5);
        QVERIFY(window.menuBar()->font().pointSizeF() >= 1.4 * menuBar);
        QVERIFY(fileMenu->font().pointSizeF() >= 1.4 * menu);
        QVERIFY(dock->font().pointSizeF() >= 1.4 * dockTitle);
        // Qt paints a dock's title with the dock's font only when it differs from the class font.
        QVERIFY(dock->font() != QApplication::font("QDockWidget"));
        QTest::keyClick(&window, Qt::Key_Escape);
        settle();
        QVERIFY(!present->isChecked());
        QCOMPARE(theme().textScale(), scale);
        QCOMPARE(window.menuBar()->font().pointSizeF(), menuBar);
    }

    void f11TogglesAtEverySize_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }
    void f11TogglesAtEverySize() {
        QFETCH(QSize, size);
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settle();
        auto* present = window.findChild<QAction*>(QStringLiteral("presentationAction"));
        QTest::keyClick(&window, Qt::Key_F11);
        settle();
        QVERIFY(present->isChecked());
        QTest::keyClick(&window, Qt::Key_Escape);
        settle();
        QVERIFY(!present->isChecked());
    }

    void sixteenDistinctLaneColours() {
        const Theme& t = theme();
        for (int i = 0; i < Theme::kDistinctLaneColors; ++i) {
            QVERIFY2(deltaE(t.laneColor(i), t.wrong()) > 30, qPrintable(QString::number(i)));
            for (int j = i + 1; j < Theme::kDistinctLaneColors; ++j)
                QVERIFY2(deltaE(t.laneColor(i), t.laneColor(j)) > 20,
                         qPrintable(QStringLiteral("lanes %1 and %2").arg(i).arg(j)));
        }
        // Yellow (lane 3) is darker than Okabe–Ito's F0E442, which vanishes on a projector.
        QVERIFY(Theme::contrastRatio(t.laneColor(3), Qt::white) >= 1.7);
        for (bool dark : {false, true}) {
            theme().setDark(dark);
            for (int i = 0; i < Theme::kDistinctLaneColors; ++i)
                QVERIFY2(Theme::contrastRatio(t.laneTextColor(i), t.background()) >= 4.5,
                         qPrintable(QStringLiteral("lane %1 dark %2").arg(i).arg(dark)));
        }
        theme().setDark(false);
    }

    void darkThemeShowsIconsAndDisabledControls() {
        theme().setDark(true);
        const QPalette p = QApplication::palette();
        for (auto role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
            QVERIFY(Theme::contrastRatio(p.color(QPalette::Active, role),
                                         p.color(QPalette::Disabled, role)) > 2.0);
        for (ThemeIcon kind :
             {ThemeIcon::Play, ThemeIcon::ToStart, ThemeIcon::Run, ThemeIcon::Stop}) {
            const QIcon icon = themeIcon(kind);
            const QImage on = icon.pixmap(32, QIcon::Normal).toImage();
            const QImage off = icon.pixmap(32, QIcon::Disabled).toImage();
            const QColor c = on.pixelColor(16, 16); // every shape covers the centre
            QVERIFY(c.alpha() > 200);
            QVERIFY2(Theme::contrastRatio(c, p.color(QPalette::Window)) >= 3.0,
                     qPrintable(c.name()));
            QVERIFY(on != off);
        }
        theme().setDark(false);
    }

    void catalogTextsAreCompleteAndChinese() {
        for (const DemoSpec& d : demoCatalog()) {
            QString missing;
            QVERIFY2(catalogTextsComplete(d, &missing), qPrintable(missing));
        }
        installTranslators(QStringLiteral("zh_CN"));
        for (const DemoSpec& d : demoCatalog()) {
            QVERIFY2(hasHan(demoTitle(d)), qPrintable(demoTitle(d)));
            QVERIFY2(hasHan(demoSummary(d)), qPrintable(demoSummary(d)));
            for (const VariantSpec& v : d.variants)
                QVERIFY2(hasHan(variantHelp(d, v)), qPrintable(variantHelp(d, v)));
            for (const ParamSpec& p : d.params) {
                QVERIFY2(hasHan(paramHelp(d, p)), qPrintable(paramHelp(d, p)));
                QVERIFY2(hasHan(paramLabel(d, p)), qPrintable(paramLabel(d, p)));
            }
        }
        installTranslators(QStringLiteral("en"));
        const DemoSpec* pc = findDemo("producer-consumer");
        QCOMPARE(demoTitle(*pc), QString::fromStdString(pc->title));
    }

    void languageSwitchesWithoutRestart() {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        auto* bar = window.findChild<DemoToolbar*>();
        QVERIFY(bar->selectDemo(QStringLiteral("producer-consumer"), QStringLiteral("deadlock")));
        window.model()->setTrace(samples::producerConsumer(5, 2, true));
        MainWindow* zh = requestLanguage(&window, QStringLiteral("zh_CN"));
        QVERIFY(zh && zh != &window);
        QVERIFY(!window.isVisible());
        QCOMPARE(currentLanguage(), QStringLiteral("zh_CN"));
        auto* zhBar = zh->findChild<DemoToolbar*>();
        QCOMPARE(zhBar->request().variant, QStringLiteral("deadlock"));
        QVERIFY(hasHan(zh->findChild<QComboBox*>(QStringLiteral("demoBox"))->currentText()));
        QVERIFY(hasHan(zh->findChild<QDockWidget*>(QStringLiteral("codeDock"))->windowTitle()));
        QVERIFY(hasHan(zh->menuBar()->actions().first()->text()));
        QCOMPARE(zh->model()->trace().demo, std::string("producer-consumer"));
        QVERIFY(clashingMnemonics(zh->menuBar()->actions(), QStringLiteral("menu bar")).isEmpty());
        QCOMPARE(shownTitle(*zh).count(QStringLiteral("ProcLab")), 1);
        MainWindow* en = requestLanguage(zh, QStringLiteral("en"));
        QCOMPARE(currentLanguage(), QStringLiteral("en"));
        QVERIFY(!hasHan(en->menuBar()->actions().first()->text()));
        QCOMPARE(QSettings(QStringLiteral("ProcLab"), QStringLiteral("ProcLab"))
                     .value(QStringLiteral("view/language"))
                     .toString(),
                 QStringLiteral("en"));
        delete en; // zh was closed with WA_DeleteOnClose
        QTest::qWait(10);
    }

    void titleNamesProcLabOnceAndMnemonicsAreUnique() {
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            installTranslators(lang);
            RunModel model;
            MainWindow window(&model);
            QCOMPARE(shownTitle(window).count(QStringLiteral("ProcLab")), 1);
            model.setTrace(samples::producerConsumer(5, 2, true));
            QCOMPARE(shownTitle(window).count(QStringLiteral("ProcLab")), 1);
            QVERIFY2(window.windowTitle().contains(demoTitle(*findDemo("producer-consumer"))),
                     qPrintable(window.windowTitle()));
            const QStringList clashes =
                clashingMnemonics(window.menuBar()->actions(), QStringLiteral("menu bar"));
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        }
        installTranslators(QStringLiteral("en"));
    }

    void saveAddsTheExtensionAndRemembersRecentFiles() {
        const QString proclab = RunFiles::proclabFilter();
        const QString chrome = RunFiles::chromeFilter();
        QCOMPARE(RunFiles::withRunExtension(QStringLiteral("/tmp/run"), proclab),
                 QStringLiteral("/tmp/run.proclab"));
        QCOMPARE(RunFiles::withRunExtension(QStringLiteral("/tmp/run"), chrome),
                 QStringLiteral("/tmp/run.json"));
        QCOMPARE(RunFiles::withRunExtension(QStringLiteral("/tmp/run.json"), proclab),
                 QStringLiteral("/tmp/run.json"));
        QCOMPARE(RunFiles::withRunExtension(QStringLiteral("/tmp/a.b.PROCLAB"), chrome),
                 QStringLiteral("/tmp/a.b.PROCLAB"));

        QSettings().remove(QStringLiteral("recent/files"));
        QTemporaryDir dir;
        RunModel model;
        MainWindow window(&model);
        auto* files = window.findChild<RunFiles*>();
        QVERIFY(files);
        QVERIFY(!files->saveTo(dir.filePath(QStringLiteral("x.proclab"))).isEmpty()); // no run
        model.setTrace(samples::counterRace(2, 20, 1));
        QStringList saved;
        for (int i = 0; i < RunFiles::kMaxRecent + 2; ++i) {
            saved.prepend(dir.filePath(QStringLiteral("run%1.proclab").arg(i)));
            QCOMPARE(files->saveTo(saved.first()), QString());
            QVERIFY(QFileInfo(saved.first()).size() > 0);
        }
        QCOMPARE(files->recent(), saved.mid(0, RunFiles::kMaxRecent));
        QCOMPARE(files->currentPath(), saved.first());
        // Open puts the file first again and makes it the file Ctrl+S writes to.
        QCOMPARE(window.openFile(saved.at(3)), QString());
        QCOMPARE(files->recent().first(), saved.at(3));
        QCOMPARE(files->currentPath(), saved.at(3));
        model.setTrace(samples::counterRace(2, 20, 2)); // a new run is no file yet
        QVERIFY(files->currentPath().isEmpty());
    }

    void helpListsShortcutsAndAboutHasTheVersion() {
        RunModel model;
        MainWindow window(&model);
        const auto shortcuts = menuShortcuts(window.menuBar());
        QStringList keys;
        for (const auto& [name, key] : shortcuts)
            keys << key;
        for (const QKeySequence& k :
             {QKeySequence(Qt::Key_F11), QKeySequence(QKeySequence::Save), QKeySequence(Qt::Key_F5),
              QKeySequence(Qt::Key_F1), QKeySequence(QKeySequence::Open)})
            QVERIFY2(keys.join(QLatin1Char(',')).contains(k.toString(QKeySequence::NativeText)),
                     qPrintable(k.toString()));
        QVERIFY(userGuideHtml(window.menuBar()).contains(QStringLiteral("F11")));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(proclabVersion())
                    .hasMatch());
    }
};

QTEST_MAIN(TestProjector)
#include "tst_projector.moc"
