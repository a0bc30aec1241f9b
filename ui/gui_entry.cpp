#include "ui/gui_entry.h"

#include "ui/export/exporter.h"
#include "ui/export/view_factory.h"
#include "ui/help_dialog.h"
#include "ui/lessons/lesson_walk.h"
#include "ui/main_window.h"
#include "ui/model/run_model.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStyleFactory>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace proclab::ui {

namespace {
// Qt ends with abort() (exit 134, a core dump) when no platform plugin starts: DISPLAY names a
// server that is gone (a closed Xvfb, an ssh session without X). An unset DISPLAY is caught
// before (app/cli_checks.cpp); while the application starts, a fatal message gets the same
// kind of line and exit 2. Installed only around QApplication's construction: later fatal
// messages keep Qt's behaviour.
QtMessageHandler g_handlerBeforeStart = nullptr;

void startupMessageHandler(QtMsgType type, const QMessageLogContext& context,
                           const QString& message) {
    if (type != QtFatalMsg) {
        if (g_handlerBeforeStart)
            g_handlerBeforeStart(type, context, message);
        return;
    }
    const QString display = qEnvironmentVariable("DISPLAY");
    std::fprintf(stderr,
                 "proclab: the window cannot open: no display could be reached (DISPLAY=%s); on "
                 "a terminal use proclab list, run or show (see proclab --help)\n"
                 "proclab: Qt said: %s\n",
                 qPrintable(display), qPrintable(message.section('\n', 0, 0)));
    std::fflush(stderr);
    std::_Exit(2);
}

QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;
QString g_language = QStringLiteral("en");
bool g_translatorsInstalled = false;

// "zh_CN" for any Chinese spelling (zh, zh_CN, zh_CN.UTF-8, zh-Hans), "en" for English, empty
// for anything else.
QString normalizedLanguage(const QString& name) {
    const QString l = name.trimmed().toLower();
    if (l.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    if (l.startsWith(QLatin1String("en")) || l == QLatin1String("c"))
        return QStringLiteral("en");
    return {};
}

// Han characters are drawn from a Simplified Chinese font when the first family lacks them:
// without this, fontconfig's fallback may pick the Japanese cut of Noto CJK, whose glyphs
// differ for many characters.
void addCjkFallback(QFont& f) {
    const QStringList installed = QFontDatabase::families();
    for (const char* name : {"Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                             "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"}) {
        const QString family = QString::fromLatin1(name);
        if (!installed.contains(family))
            continue;
        QStringList families = f.families();
        if (families.isEmpty())
            families << f.family();
        if (!families.contains(family))
            families << family;
        f.setFamilies(families);
        return;
    }
}

void setUpApplication() {
    QApplication::setApplicationName(QStringLiteral("ProcLab"));
    QApplication::setOrganizationName(QStringLiteral("ProcLab"));
    QApplication::setApplicationDisplayName(QStringLiteral("ProcLab"));
    QApplication::setApplicationVersion(proclabVersion());
    // Fusion honours the light/dark palette everywhere and looks the same on every desktop.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont f = QApplication::font();
    if (f.pointSizeF() < 11)
        f.setPointSizeF(11);
    addCjkFallback(f);
    QApplication::setFont(f);
}

// PROCLAB_THEME=dark|light and PROCLAB_TEXT_SCALE=1.5 override the saved look, so that
// scripts (scripts/screenshots.sh, slides in the dark theme) need no settings of their own.
void applyLookFromEnvironment() {
    const QString look = qEnvironmentVariable("PROCLAB_THEME").toLower();
    if (look == QLatin1String("dark") || look == QLatin1String("light"))
        theme().setDark(look == QLatin1String("dark"));
    bool ok = false;
    const double scale = qEnvironmentVariable("PROCLAB_TEXT_SCALE").toDouble(&ok);
    if (ok && scale > 0)
        theme().setTextScale(scale);
}

void ensureApplication() {
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "proclab";
    static char* argv[] = {name, nullptr};
    // Deliberately leaked: QApplication must outlive every widget made for exports and must
    // not be destroyed during static destruction.
    new QApplication(argc, argv);
    setUpApplication();
    installTranslators(chosenLanguage());
}
} // namespace

QString chosenLanguage() {
    const QString env = qEnvironmentVariable("PROCLAB_LANG");
    if (!env.isEmpty()) {
        const QString lang = normalizedLanguage(env);
        if (!lang.isEmpty())
            return lang;
        qWarning("PROCLAB_LANG=%s is not a language ProcLab has (use zh_CN or en); ignored",
                 qPrintable(env));
    }
    // Named explicitly, so that the command line (whose QApplication has no names) reads the
    // same setting as the GUI.
    const QSettings settings(QStringLiteral("ProcLab"), QStringLiteral("ProcLab"));
    const QString setting =
        normalizedLanguage(settings.value(QStringLiteral("view/language")).toString());
    if (!setting.isEmpty())
        return setting;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

bool installTranslators(const QString& language) {
    for (QPointer<QTranslator>* t : {&g_appTranslator, &g_qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
    const QString lang = normalizedLanguage(language).isEmpty() ? QStringLiteral("en")
                                                                : normalizedLanguage(language);
    g_language = lang;
    g_translatorsInstalled = true;
    // English is the source language; its catalogue holds only the plural forms ("1 task").
    auto* app = new QTranslator(QCoreApplication::instance());
    const bool loaded = app->load(QStringLiteral(":/i18n/proclab_%1.qm").arg(lang));
    if (loaded) {
        QCoreApplication::installTranslator(app);
        g_appTranslator = app;
    } else {
        delete app;
        if (lang != QLatin1String("en")) {
            qWarning("ProcLab: no translation for %s; the interface stays in English",
                     qPrintable(lang));
            g_language = QStringLiteral("en");
        }
    }
    if (lang != QLatin1String("en")) {
        // Qt's own strings (standard buttons, file dialogs), when qt6-translations-l10n is
        // installed; without it those few stay in English.
        auto* qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_") + lang,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            g_qtTranslator = qt;
        } else {
            delete qt;
        }
    }
    return loaded || lang == QLatin1String("en");
}

QString currentLanguage() {
    return g_language;
}

int runGui(int argc, char** argv) {
    g_handlerBeforeStart = qInstallMessageHandler(startupMessageHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(g_handlerBeforeStart);
    setUpApplication();
    installTranslators(chosenLanguage());
    // On the heap: switching the language replaces the window (language_switch.h).
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    applyLookFromEnvironment();
    window->show();
    startLessonWalkIfAsked(window); // scripts/lesson_walk.sh only
    // `proclab FILE` opens a saved run, as a file manager's "Open with" does.
    const QStringList args = QApplication::arguments();
    if (args.size() == 2 && !args.at(1).startsWith(QLatin1Char('-'))) {
        const QString error = window->openFile(args.at(1));
        if (!error.isEmpty())
            QMessageBox::warning(window, MainWindow::tr("Open Run"),
                                 MainWindow::tr("Could not open %1:\n%2").arg(args.at(1), error));
    }
    return app.exec();
}

std::string exportTraceView(const Trace& trace, const std::string& view, const std::string& path,
                            int width, int height) {
    const QString viewName = QString::fromStdString(view);
    if (!exportableViews().contains(viewName))
        return "unknown view '" + view + "' (use " +
               exportableViews().join(QStringLiteral(", ")).toStdString() + ")";
    ExportFormat format;
    if (!exportFormatFor(QString::fromStdString(path), format))
        return "unknown export format for '" + path + "' (use .png, .svg or .pdf)";
    ensureApplication();
    // A caller's own QApplication (the command line's) gets the language too, unless the
    // caller has chosen one already.
    if (!g_translatorsInstalled)
        installTranslators(chosenLanguage());
    applyLookFromEnvironment();
    RunModel model;
    model.setTrace(trace);
    auto widget = makeExportView(viewName, &model);
    if (!widget)
        return "unknown view '" + view + "'";
    const QString error =
        exportWidget(widget.get(), QString::fromStdString(path), QSize(width, height));
    return error.toStdString();
}

} // namespace proclab::ui
