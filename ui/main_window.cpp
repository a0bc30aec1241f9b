#include "ui/main_window.h"

#include "demos/catalog.h"
#include "io/chrome_trace.h"
#include "io/load_any_trace.h"
#include "ui/catalog_texts.h"
#include "ui/demo_toolbar.h"
#include "ui/export/export_dialog.h"
#include "ui/export/exporter.h"
#include "ui/export/view_factory.h"
#include "ui/export/view_registry.h"
#include "ui/gui_entry.h"
#include "ui/help_dialog.h"
#include "ui/language_switch.h"
#include "ui/lessons/lesson_links.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/model/run_controller.h"
#include "ui/model/run_model.h"
#include "ui/panels/code_panel.h"
#include "ui/panels/console_panel.h"
#include "ui/panels/counter_panel.h"
#include "ui/panels/pool_view.h"
#include "ui/panels/queue_panel.h"
#include "ui/python_trace_action.h"
#include "ui/replay/replay_bar.h"
#include "ui/run_files.h"
#include "ui/scheduler/scheduler_dock.h"
#include "ui/scheduler/scheduler_panel.h"
#include "ui/style/theme.h"
#include "ui/timeline/timeline_view.h"
#include "ui/window_fit.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace proclab::ui {

namespace {
QDockWidget* dock(QMainWindow* w, const QString& title, const QString& name, QWidget* content) {
    auto* d = new QDockWidget(title, w);
    d->setObjectName(name); // saveState keys docks by object name
    d->setWidget(content);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                   QDockWidget::DockWidgetClosable);
    return d;
}
} // namespace

MainWindow::MainWindow(RunModel* model, QWidget* parent)
    : QMainWindow(parent), model_(model ? model : new RunModel(this)), ownsModel_(!model) {
    setObjectName(QStringLiteral("mainWindow"));
    resize(1600, 900);
    toolbar_ = new DemoToolbar(this);
    addToolBar(Qt::TopToolBarArea, toolbar_);
    addToolBar(Qt::TopToolBarArea, toolbar_->paramsBar());

    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    timeline_ = new TimelineView(model_, centre);
    replay_ = new ReplayBar(model_, centre);
    layout->addWidget(timeline_, 1);
    layout->addWidget(replay_);
    setCentralWidget(centre);

    buildDocks();
    files_ = new RunFiles(this, model_);
    connect(files_, &RunFiles::openRequested, this, &MainWindow::openWithMessage);
    connect(files_, &RunFiles::saved, this,
            [this](const QString& path) { statusBar()->showMessage(tr("Saved %1").arg(path)); });
    auto* fit = new WindowFit(this);
    if (ownsModel_) {
        controller_ = new RunController(model_, this);
        connect(toolbar_, &DemoToolbar::runRequested, this, [this](const RunRequestUi& r) {
            console_->clearRunnerMessages();
            statusBar()->showMessage(tr("Running %1 (%2)…").arg(r.demo, r.variant));
            toolbar_->setRunning(true);
            controller_->start(r);
        });
        connect(toolbar_, &DemoToolbar::stopRequested, controller_, &RunController::stop);
        connect(toolbar_, &DemoToolbar::choiceChanged, this, &MainWindow::showChoice);
        counter_->setRequestSource([this] { return toolbar_->request(); });
        connect(counter_, &CounterPanel::trialsRunningChanged, this, [this](bool on) {
            // One thing at a time on two cores: no run beside the trials, no trials beside it.
            toolbar_->runAction()->setEnabled(!on && !controller_->isRunning());
        });
        connect(controller_, &RunController::finished, this, &MainWindow::runFinished);
        connect(controller_, &RunController::runnerMessage, console_,
                &ConsolePanel::addRunnerMessage);
        buildLessonDock();
    } else {
        toolbar_->runAction()->setEnabled(false);
        toolbar_->showRun(model_->trace());
    }
    fit->watchDocks(); // all of them exist now, the Lesson dock too
    buildMenus();
    if (ownsModel_)
        attachLessonSlides(this, model_); // teacher mode + F11: the lesson as slides
    connect(model_, &RunModel::traceChanged, this, &MainWindow::updateTitle);
    updateTitle();

    if (ownsModel_) {
        QSettings s;
        restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(s.value(QStringLiteral("window/state")).toByteArray());
        theme().setDark(s.value(QStringLiteral("view/dark"), false).toBool());
        theme().setTextScale(s.value(QStringLiteral("view/textScale"), 1.0).toDouble());
    }
    if (ownsModel_)
        showChoice(); // the toolbar's demo: its code at once, a timeline that says "press Run"
    statusBar()->showMessage(model_->hasTrace() ? QString()
                                                : tr("Choose a demo and press Run (F5)."));
}

MainWindow::~MainWindow() {
    // QWidget's destructor hides the docks after this class is gone; their visibilityChanged
    // must not reach slots that use this window's members (UBSan caught one).
    for (QDockWidget* d : findChildren<QDockWidget*>())
        d->disconnect(this);
}

void MainWindow::buildDocks() {
    // One dock per view of the registry. The first right-hand view (code) sits on top; the
    // demo panels after it share one place below it: a demo needs one of them, rarely two, and
    // stacked panels would each be too small to read on a projector.
    QDockWidget* codeDock = nullptr;
    QDockWidget* panelsDock = nullptr;
    QDockWidget* consoleDock = nullptr;
    for (const ViewInfo& v : viewRegistry()) {
        if (v.area == Qt::NoDockWidgetArea)
            continue;
        QWidget* content = v.make(model_, this);
        auto* d = dock(this, viewTitle(v), v.id + QStringLiteral("Dock"), content);
        addDockWidget(v.area, d);
        if (v.area == Qt::BottomDockWidgetArea) {
            consoleDock = consoleDock ? consoleDock : d;
        } else if (!codeDock) {
            codeDock = d;
        } else if (!panelsDock) {
            panelsDock = d;
            splitDockWidget(codeDock, d, Qt::Vertical);
        } else {
            tabifyDockWidget(panelsDock, d);
        }
    }
    code_ = findChild<CodePanel*>();
    counter_ = findChild<CounterPanel*>();
    queue_ = findChild<QueuePanel*>();
    pool_ = findChild<PoolView*>();
    console_ = findChild<ConsolePanel*>();
    if (panelsDock)
        panelsDock->raise();
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    if (codeDock)
        resizeDocks({codeDock}, {620}, Qt::Horizontal);
    if (consoleDock)
        resizeDocks({consoleDock}, {190}, Qt::Vertical);
    // hidden; Run > You Are the Scheduler. Its runs are followed as the toolbar's are.
    QDockWidget* scheduler = addSchedulerDock(this, model_);
    connect(scheduler->findChild<SchedulerPanel*>(), &SchedulerPanel::levelRunShown, this, [this] {
        loadingRun_ = true; // the toolbar follows the run: not a new choice
        toolbar_->showRun(model_->trace());
        loadingRun_ = false;
        showRelevantDocks();
        statusBar()->clearMessage(); // not "Choose a demo and press Run": a level runs
    });
}

// The Lesson dock runs the lesson's demo through the toolbar (so the toolbar shows what ran)
// and holds the toolbar's Run while the student predicts, when the dock is shown.
void MainWindow::buildLessonDock() {
    auto* lessons = new LessonPanel(model_, this);
    auto* lessonDock = dock(this, tr("Lesson"), QStringLiteral("lessonDock"), lessons);
    addDockWidget(Qt::LeftDockWidgetArea, lessonDock);
    // The lesson's text and questions get the window's whole height, not the console's corner.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    resizeDocks({lessonDock}, {380}, Qt::Horizontal);
    lessonDock->hide(); // opened from View → Panels (F9); the layout remembers it afterwards
    lessonDock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F9));
    connect(lessons, &LessonPanel::runRequested, this, [this](const RunRequestUi& r) {
        toolbar_->selectDemo(r.demo, r.variant);
        emit toolbar_->runRequested(r);
    });
    auto gate = [this, lessons, lessonDock] {
        if (!controller_->isRunning())
            toolbar_->runAction()->setEnabled(lessonDock->isHidden() || !lessons->holdsRun());
    };
    connect(lessons, &LessonPanel::runAllowedChanged, this, gate);
    connect(lessonDock, &QDockWidget::visibilityChanged, this, gate);
    // The lesson's own settings, parameters too (what the student reads is what will run), and
    // the last lesson's run goes: the student predicts before seeing a run of this one.
    connect(lessons, &LessonPanel::lessonOpened, this, [this, lessons] {
        toolbar_->applyRequest(lessons->lessonRequest());
        showChoice();
        statusBar()->clearMessage();
    });
    connect(lessons, &LessonPanel::lessonRunFinished, this,
            [this] { toolbar_->showRun(model_->trace()); });
    connect(controller_, &RunController::finished, lessons, &LessonPanel::runFinished);
    connect(controller_, &RunController::finished, this, gate);
    linkLessonToScheduler(lessons, findChild<QDockWidget*>(QStringLiteral("schedulerDock")));
    attachFutureCurtain(lessons, model_, timeline_, viewsThatTellTheFuture(this));
    if (lessons->currentLesson())
        toolbar_->applyRequest(lessons->lessonRequest());
    gate();
}

void MainWindow::showRelevantDocks() {
    QList<QDockWidget*> panels;
    for (const ViewInfo& v : viewRegistry()) {
        auto* d = findChild<QDockWidget*>(v.id + QStringLiteral("Dock"));
        if (!d)
            continue;
        d->setVisible(viewRelevantToRun(v, *model_));
        if (!v.demos.isEmpty())
            panels << d;
    }
    // The first relevant panel in front; code gets a third of the height, the panel the rest.
    auto* codeDock = findChild<QDockWidget*>(QStringLiteral("codeDock"));
    for (QDockWidget* d : panels) {
        if (d && !d->isHidden()) {
            d->raise();
            resizeDocks({codeDock, d}, {height() / 3, height() * 2 / 3}, Qt::Vertical);
            break;
        }
    }
}

void MainWindow::buildMenus() {
    buildFileMenu(menuBar()->addMenu(tr("&File")));

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(toolbar_->runAction());
    run->addAction(toolbar_->stopAction());
    if (auto* scheduler = findChild<QDockWidget*>(QStringLiteral("schedulerDock")))
        run->addAction(scheduler->toggleViewAction());

    buildReplayMenu(menuBar()->addMenu(tr("Re&play")));
    buildViewMenu(menuBar()->addMenu(tr("&View")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide =
        help->addAction(tr("&User Guide"), this, [this] { showUserGuide(this, menuBar()); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { showShortcuts(this, menuBar()); });
    help->addSeparator();
    help->addAction(tr("&About ProcLab"), this, [this] { showAbout(this); });
}

void MainWindow::buildFileMenu(QMenu* file) {
    QAction* open = file->addAction(tr("&Open Run…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    auto* pytrace = new PythonTraceAction(this);
    file->addAction(tr("&Trace a Python Script…"), pytrace, &PythonTraceAction::chooseAndRun);
    connect(pytrace, &PythonTraceAction::started, this, [this](const QString& script) {
        statusBar()->showMessage(tr("Tracing %1 with python3…").arg(script));
    });
    connect(pytrace, &PythonTraceAction::finished, this,
            [this](bool ok, const QString& path, const QStringList& notes, const QString& error) {
                const QString problem = ok ? openFile(path) : error;
                if (!problem.isEmpty()) {
                    console_->addRunnerMessage(problem);
                    QMessageBox::warning(this, tr("Trace a Python Script"), problem);
                }
                for (const QString& note : notes)
                    console_->addRunnerMessage(note);
                if (ok && problem.isEmpty())
                    statusBar()->showMessage(notes.isEmpty() ? tr("Python script traced.")
                                                             : notes.join(QLatin1Char(' ')));
            });
    files_->attachRecentMenu(file->addMenu(tr("Open &Recent")));
    QAction* save = file->addAction(tr("&Save Run"), files_, &RunFiles::save);
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Save Run &As…"), files_, &RunFiles::saveAs);
    saveAs->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    file->addSeparator();
    QAction* exportTimeline = file->addAction(tr("&Export Timeline…"), this,
                                              [this] { exportDialog(QStringLiteral("timeline")); });
    exportTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QMenu* panels = file->addMenu(tr("Export &Panel"));
    for (const ViewInfo& v : viewRegistry())
        if (v.area != Qt::NoDockWidgetArea)
            panels->addAction(tr("%1…").arg(viewTitle(v)), this,
                              [this, id = v.id] { exportDialog(id); });
    QAction* exportWindow = file->addAction(tr("Export &Window…"), this,
                                            [this] { exportDialog(QStringLiteral("window")); });
    exportWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::buildReplayMenu(QMenu* replay) {
    QAction* play = replay->addAction(tr("&Play / Pause"), replay_, &ReplayBar::togglePlay);
    play->setShortcut(QKeySequence(Qt::Key_Space));
    QAction* next = replay->addAction(tr("&Next Event"), model_, &RunModel::stepToNextEvent);
    next->setShortcut(QKeySequence(Qt::Key_Right));
    QAction* prev =
        replay->addAction(tr("P&revious Event"), model_, &RunModel::stepToPreviousEvent);
    prev->setShortcut(QKeySequence(Qt::Key_Left));
    QAction* home = replay->addAction(tr("Go to &Start"), this, [this] { model_->setCursor(0); });
    home->setShortcut(QKeySequence(Qt::Key_Home));
    QAction* end = replay->addAction(tr("Go to &End"), this,
                                     [this] { model_->setCursor(model_->duration()); });
    end->setShortcut(QKeySequence(Qt::Key_End));
}

void MainWindow::buildViewMenu(QMenu* view) {
    QAction* fit = view->addAction(tr("&Fit Whole Run"), model_, &RunModel::fitView);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    QAction* bigger = view->addAction(tr("&Larger Text"), this,
                                      [] { theme().setTextScale(theme().textScale() * 1.15); });
    bigger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* smaller = view->addAction(tr("&Smaller Text"), this,
                                       [] { theme().setTextScale(theme().textScale() / 1.15); });
    smaller->setShortcut(QKeySequence::ZoomOut);
    QAction* present = view->addAction(tr("&Presentation Mode"));
    // Esc leaves presentation mode (F11 toggles it); outside it Esc does nothing here.
    auto* leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(leave, &QShortcut::activated, present, [present] { present->setChecked(false); });
    present->setObjectName(QStringLiteral("presentationAction"));
    present->setCheckable(true);
    present->setShortcut(QKeySequence(Qt::Key_F11));
    connect(present, &QAction::toggled, this, &MainWindow::togglePresentation);
    QAction* dark = view->addAction(tr("&Dark Theme"));
    dark->setCheckable(true);
    dark->setChecked(theme().dark());
    connect(dark, &QAction::toggled, this, [](bool on) { theme().setDark(on); });
    // The check mark follows the theme however it changed (settings, PROCLAB_THEME, tests).
    connect(&theme(), &Theme::changed, dark, [dark] { dark->setChecked(theme().dark()); });
    addLanguageMenu(view, this);
    view->addSeparator();
    QMenu* docks = view->addMenu(tr("P&anels"));
    for (QDockWidget* d : findChildren<QDockWidget*>())
        docks->addAction(d->toggleViewAction());
}

void MainWindow::togglePresentation(bool on) {
    if (on) {
        scaleBeforePresentation_ = theme().textScale();
        geometryBeforePresentation_ = geometry();
        theme().setTextScale(std::max(1.5, scaleBeforePresentation_));
        showFullScreen(); // the toolbar takes a second row by itself when it needs one
        // Without a window manager (a bare X server, a kiosk) nothing honours the full-screen
        // request: cover the screen ourselves, so presentation mode looks the same everywhere.
        QTimer::singleShot(300, this, [this] {
            if (isFullScreen() && screen() && geometry() != screen()->geometry())
                setGeometry(screen()->geometry());
        });
    } else {
        theme().setTextScale(scaleBeforePresentation_);
        const QRect before = geometryBeforePresentation_;
        showNormal();
        QTimer::singleShot(300, this, [this, before] {
            if (!isFullScreen() && before.isValid() && geometry() != before)
                setGeometry(before); // again: no window manager restored it
        });
    }
}

void MainWindow::updateTitle() {
    // The platform appends the application's display name (" — ProcLab"); the title itself
    // names only the run, so "ProcLab" never shows twice, in any language.
    QGuiApplication::setApplicationDisplayName(tr("ProcLab"));
    const Trace& t = model_->trace();
    const DemoSpec* demo = findDemo(t.demo);
    if (!demo) {
        setWindowTitle(QString::fromStdString(t.demo));
        return;
    }
    QString variant = QString::fromStdString(t.variant);
    for (const VariantSpec& v : demo->variants)
        if (v.name == t.variant)
            variant = variantLabel(*demo, v);
    setWindowTitle(tr("%1 (%2)").arg(demoTitle(*demo), variant));
}

void MainWindow::runFinished(bool ok, const QString& message) {
    toolbar_->setRunning(false);
    showRelevantDocks();
    if (ok) {
        statusBar()->showMessage(message.isEmpty() ? tr("Run finished.") : message);
    } else {
        statusBar()->showMessage(message);
        console_->addRunnerMessage(message);
    }
}

void MainWindow::showChoice() {
    // Choosing a demo or variant forgets the old run and shows the new choice's code at once,
    // with an empty timeline: the class reads and predicts before pressing Run.
    if (!controller_ || controller_->isRunning() || loadingRun_)
        return;
    const RunRequestUi r = toolbar_->request();
    DemoRun resolved;
    if (!resolveRun({r.demo.toStdString(), r.variant.toStdString(), {}}, resolved).empty())
        return;
    model_->showChoice(r.demo, r.variant, QString::fromStdString(resolved.python));
    console_->clearRunnerMessages();
    showRelevantDocks();
}

QString MainWindow::openFile(const QString& path) {
    Trace trace;
    const std::string error = loadAnyTrace(path.toStdString(), trace);
    if (!error.empty())
        return QString::fromStdString(error);
    loadingRun_ = true; // the toolbar follows the run: not a new choice
    toolbar_->showRun(trace);
    loadingRun_ = false;
    console_->clearRunnerMessages();
    model_->setTrace(std::move(trace));
    showRelevantDocks();
    files_->setCurrentPath(path);
    files_->addRecent(path);
    statusBar()->showMessage(tr("Opened %1").arg(path));
    return {};
}

void MainWindow::openDialog() {
    QSettings s;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Run"), s.value(QStringLiteral("open/dir")).toString(),
        tr("ProcLab runs (*.proclab *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    s.setValue(QStringLiteral("open/dir"), QFileInfo(path).absolutePath());
    openWithMessage(path);
}

void MainWindow::openWithMessage(const QString& path) {
    const QString error = openFile(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Open Run"), tr("Could not open %1:\n%2").arg(path, error));
}

void MainWindow::exportDialog(const QString& view) {
    const QSize defaultSize = view == QLatin1String("window") ? size() : QSize(1600, 900);
    ExportDialog dialog(view, defaultSize, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto widget = makeExportView(view, model_);
    const QString error =
        exportWidget(widget.get(), dialog.path(), dialog.size(), dialog.pngScale());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(dialog.path()));
}

void MainWindow::closeEvent(QCloseEvent* e) {
    if (ownsModel_) {
        QSettings s;
        s.setValue(QStringLiteral("window/geometry"), saveGeometry());
        s.setValue(QStringLiteral("window/state"), saveState());
        s.setValue(QStringLiteral("view/dark"), theme().dark());
        s.setValue(QStringLiteral("view/textScale"), theme().textScale());
        if (controller_)
            controller_->stop();
    }
    QMainWindow::closeEvent(e);
}

} // namespace proclab::ui
