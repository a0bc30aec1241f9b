#include "ui/language_switch.h"

#include "ui/demo_toolbar.h"
#include "ui/gui_entry.h"
#include "ui/main_window.h"
#include "ui/model/run_model.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace proclab::ui {

namespace {
QAction* presentationAction(MainWindow* w) {
    return w->findChild<QAction*>(QStringLiteral("presentationAction"));
}

MainWindow* rebuild(MainWindow* old, const QString& language) {
    installTranslators(language);
    // Presentation mode is left and entered again so that the new window remembers the text
    // size from before it, not the enlarged one.
    QAction* oldPresent = presentationAction(old);
    const bool presenting = oldPresent && oldPresent->isChecked();
    if (presenting)
        oldPresent->setChecked(false);

    auto* fresh = new MainWindow;
    fresh->setAttribute(Qt::WA_DeleteOnClose);
    // The toolbar first: choosing a demo there may show that demo's empty "press Run" view,
    // which the run on screen then replaces.
    auto* oldBar = old->findChild<DemoToolbar*>();
    auto* freshBar = fresh->findChild<DemoToolbar*>();
    if (oldBar && freshBar)
        freshBar->applyRequest(oldBar->request());
    if (old->model()->hasTrace()) {
        fresh->model()->setTrace(old->model()->trace());
        fresh->model()->setCursor(old->model()->cursor());
    }
    fresh->restoreGeometry(old->saveGeometry());
    fresh->restoreState(old->saveState());
    fresh->show();
    if (presenting)
        presentationAction(fresh)->setChecked(true);
    // A window the caller owns (tests) is only hidden; the application's own is deleted.
    old->close();
    return fresh;
}
} // namespace

MainWindow* requestLanguage(MainWindow* window, const QString& language) {
    // The same setting chosenLanguage() reads at the next start, also from the command line.
    QSettings(QStringLiteral("ProcLab"), QStringLiteral("ProcLab"))
        .setValue(QStringLiteral("view/language"), language);
    if (language == currentLanguage())
        return window;
    if (window->model()->isLive()) {
        window->statusBar()->showMessage(
            MainWindow::tr("The language changes when this run has finished."));
        QObject::connect(
            window->model(), &RunModel::liveChanged, window,
            [window, language](bool live) {
                if (!live && language != currentLanguage())
                    rebuild(window, language);
            },
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
        return window;
    }
    return rebuild(window, language);
}

void addLanguageMenu(QMenu* menu, MainWindow* window) {
    QMenu* language = menu->addMenu(MainWindow::tr("Lan&guage"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(language);
    // Each language is named in itself, so that anyone can find their own.
    for (const auto& [code, name] : {std::pair{"en", "English"}, std::pair{"zh_CN", "简体中文"}}) {
        QAction* a = language->addAction(QString::fromUtf8(name));
        a->setObjectName(QStringLiteral("language_") + QLatin1String(code));
        a->setCheckable(true);
        a->setChecked(currentLanguage() == QLatin1String(code));
        languages->addAction(a);
        QObject::connect(
            a, &QAction::triggered, window,
            [window, lang = QString::fromLatin1(code)] { requestLanguage(window, lang); });
    }
}

} // namespace proclab::ui
