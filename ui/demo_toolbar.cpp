#include "ui/demo_toolbar.h"

#include "demos/catalog.h"
#include "pytrace/python_import.h"
#include "trace/trace.h"
#include "ui/catalog_texts.h"
#include "ui/style/theme.h"
#include "ui/style/theme_icons.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QSpinBox>
#include <QTimer>

namespace proclab::ui {

namespace {
const DemoSpec* demoAt(int index) {
    const auto& catalog = demoCatalog();
    return index >= 0 && index < static_cast<int>(catalog.size())
               ? &catalog[static_cast<size_t>(index)]
               : nullptr;
}

QString paramTip(const DemoSpec& d, const ParamSpec& p) {
    return DemoToolbar::tr("%1\nRange %2 to %3, default %4. Command line: --set %5=…")
        .arg(paramHelp(d, p))
        .arg(p.min)
        .arg(p.max)
        .arg(p.defaultValue)
        .arg(QString::fromStdString(p.name));
}
} // namespace

DemoToolbar::DemoToolbar(QWidget* parent) : QToolBar(tr("Run"), parent) {
    setObjectName(QStringLiteral("runToolbar"));
    addWidget(new QLabel(tr(" Demo: "), this));
    demo_ = new QComboBox(this);
    demo_->setObjectName(QStringLiteral("demoBox"));
    // The box grows to its longest entry: names are never cut ("sequen", "deadlo").
    demo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const DemoSpec& d : demoCatalog()) {
        demo_->addItem(demoTitle(d), QString::fromStdString(d.id));
        demo_->setItemData(demo_->count() - 1,
                           QStringLiteral("%1 (%2)\n%3")
                               .arg(demoTitle(d), QString::fromStdString(d.id), demoSummary(d)),
                           Qt::ToolTipRole);
    }
    addWidget(demo_);
    addWidget(new QLabel(tr("  Variant: "), this));
    variant_ = new QComboBox(this);
    variant_->setObjectName(QStringLiteral("variantBox"));
    variant_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addWidget(variant_);
    addSeparator();
    run_ = addAction(tr("&Run"));
    run_->setObjectName(QStringLiteral("runAction"));
    run_->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    run_->setToolTip(tr("Run the demo with real processes (F5)"));
    stop_ = addAction(tr("&Stop"));
    stop_->setObjectName(QStringLiteral("stopAction"));
    stop_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    stop_->setToolTip(tr("Stop the run (Shift+F5)"));
    stop_->setEnabled(false);
    tracedScript_ = new QLabel(this);
    tracedScript_->setObjectName(QStringLiteral("tracedScriptLabel"));
    tracedScript_->setToolTip(tr("The run on screen is your own Python script, traced with "
                                 "File → Trace a Python Script…. Run starts the demo chosen "
                                 "here instead."));
    tracedScriptAction_ = addWidget(tracedScript_);
    tracedScriptAction_->setVisible(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    paramsBar_ = new QToolBar(tr("Parameters"), parent);
    paramsBar_->setObjectName(QStringLiteral("paramsToolbar"));
    paramsBox_ = new QWidget(paramsBar_);
    auto* row = new QHBoxLayout(paramsBox_);
    row->setContentsMargins(8, 0, 8, 0);
    paramsBar_->addWidget(paramsBox_);

    connect(demo_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &DemoToolbar::rebuildForDemo);
    connect(run_, &QAction::triggered, this, [this] { emit runRequested(request()); });
    connect(stop_, &QAction::triggered, this, &DemoToolbar::stopRequested);
    connect(variant_, qOverload<int>(&QComboBox::activated), this, &DemoToolbar::choiceChanged);
    // A new choice replaces the run on screen: the traced script is no longer shown.
    connect(this, &DemoToolbar::choiceChanged, this,
            [this] { tracedScriptAction_->setVisible(false); });
    connect(&theme(), &Theme::changed, this, &DemoToolbar::applyTheme);
    if (parent)
        parent->installEventFilter(this);
    applyTheme();
    rebuildForDemo();
}

QMainWindow* DemoToolbar::window() const {
    return qobject_cast<QMainWindow*>(parentWidget());
}

void DemoToolbar::applyTheme() {
    run_->setIcon(themeIcon(ThemeIcon::Run));
    stop_->setIcon(themeIcon(ThemeIcon::Stop));
    const int icon = static_cast<int>(22 * theme().textScale());
    setIconSize(QSize(icon, icon));
    // Layouts follow the new fonts through posted events; measure after them.
    QTimer::singleShot(0, this, &DemoToolbar::fitRows);
}

bool DemoToolbar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        fitRows();
    return QToolBar::eventFilter(watched, event);
}

void DemoToolbar::fitRows() {
    QMainWindow* w = window();
    if (!w || w->toolBarArea(paramsBar_) != w->toolBarArea(this))
        return;
    const int margins = 24; // handles and the layout's spacing
    const bool twoRows = sizeHint().width() + paramsBar_->sizeHint().width() + margins > w->width();
    if (twoRows != w->toolBarBreak(paramsBar_)) {
        if (twoRows)
            w->insertToolBarBreak(paramsBar_);
        else
            w->removeToolBarBreak(paramsBar_);
    }
}

void DemoToolbar::rebuildForDemo() {
    const DemoSpec* d = demoAt(demo_->currentIndex());
    variant_->clear();
    qDeleteAll(paramsBox_->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    params_.clear();
    if (!d)
        return;
    demo_->setToolTip(demo_->currentData(Qt::ToolTipRole).toString());
    for (const VariantSpec& v : d->variants) {
        variant_->addItem(variantLabel(*d, v), QString::fromStdString(v.name));
        variant_->setItemData(
            variant_->count() - 1,
            QStringLiteral("%1 (%2)\n%3")
                .arg(variantLabel(*d, v), QString::fromStdString(v.name), variantHelp(*d, v)),
            Qt::ToolTipRole);
    }
    auto* row = static_cast<QHBoxLayout*>(paramsBox_->layout());
    for (const ParamSpec& p : d->params) {
        auto* label = new QLabel(paramLabel(*d, p), paramsBox_);
        auto* spin = new QSpinBox(paramsBox_);
        spin->setObjectName(QStringLiteral("param_") + QString::fromStdString(p.name));
        // QSpinBox is int; the catalog's ranges for class demos fit easily.
        spin->setRange(static_cast<int>(std::max<int64_t>(p.min, INT32_MIN)),
                       static_cast<int>(std::min<int64_t>(p.max, INT32_MAX)));
        spin->setValue(static_cast<int>(p.defaultValue));
        spin->setToolTip(paramTip(*d, p));
        label->setToolTip(spin->toolTip());
        label->setBuddy(spin);
        row->addWidget(label);
        row->addWidget(spin);
        params_.emplace_back(p.name, spin);
    }
    if (d->params.empty())
        row->addWidget(new QLabel(tr("(no parameters)"), paramsBox_));
    QTimer::singleShot(0, this, &DemoToolbar::fitRows);
    emit choiceChanged();
}

RunRequestUi DemoToolbar::request() const {
    RunRequestUi r;
    r.demo = demo_->currentData().toString();
    r.variant = variant_->currentData().toString();
    for (const auto& [name, spin] : params_)
        r.params[name] = spin->value();
    return r;
}

void DemoToolbar::applyRequest(const RunRequestUi& r) {
    if (!selectDemo(r.demo, r.variant))
        return;
    for (const auto& [name, spin] : params_) {
        auto it = r.params.find(name);
        if (it != r.params.end())
            spin->setValue(static_cast<int>(it->second));
    }
}

void DemoToolbar::setRunning(bool running) {
    run_->setEnabled(!running);
    stop_->setEnabled(running);
    demo_->setEnabled(!running);
    variant_->setEnabled(!running);
    paramsBox_->setEnabled(!running);
}

bool DemoToolbar::selectDemo(const QString& id, const QString& variant) {
    const int i = demo_->findData(id);
    if (i < 0)
        return false;
    demo_->setCurrentIndex(i);
    if (!variant.isEmpty()) {
        const int v = variant_->findData(variant);
        if (v >= 0)
            variant_->setCurrentIndex(v);
    }
    return true;
}

QString DemoToolbar::tracedScriptText() const {
    return tracedScriptAction_->isVisible() ? tracedScript_->text() : QString();
}

void DemoToolbar::showRun(const Trace& trace) {
    const bool traced = trace.demo == kPythonTraceDemo;
    if (traced)
        tracedScript_->setText(
            tr("  Traced script: %1 (python3)  ").arg(QString::fromStdString(trace.variant)));
    tracedScriptAction_->setVisible(traced);
    QTimer::singleShot(0, this, &DemoToolbar::fitRows);
    if (traced)
        return;
    if (!selectDemo(QString::fromStdString(trace.demo), QString::fromStdString(trace.variant)))
        return;
    for (const auto& [name, spin] : params_) {
        auto it = trace.params.find(name);
        if (it != trace.params.end())
            spin->setValue(static_cast<int>(it->second));
    }
}

} // namespace proclab::ui
