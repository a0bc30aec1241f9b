#include "ui/demo_toolbar.h"

#include "demos/catalog.h"
#include "trace/trace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>

namespace proclab::ui {

namespace {
const DemoSpec* demoAt(int index) {
    const auto& catalog = demoCatalog();
    return index >= 0 && index < static_cast<int>(catalog.size())
               ? &catalog[static_cast<size_t>(index)]
               : nullptr;
}
} // namespace

DemoToolbar::DemoToolbar(QWidget* parent) : QToolBar(tr("Run"), parent) {
    setObjectName(QStringLiteral("runToolbar"));
    addWidget(new QLabel(tr(" Demo: "), this));
    demo_ = new QComboBox(this);
    for (const DemoSpec& d : demoCatalog()) {
        demo_->addItem(QString::fromStdString(d.id), QString::fromStdString(d.id));
        demo_->setItemData(demo_->count() - 1, QString::fromStdString(d.title + "\n" + d.summary),
                           Qt::ToolTipRole);
    }
    addWidget(demo_);
    addWidget(new QLabel(tr("  Variant: "), this));
    variant_ = new QComboBox(this);
    addWidget(variant_);
    paramsBar_ = new QToolBar(tr("Parameters"), parent);
    paramsBar_->setObjectName(QStringLiteral("paramsToolbar"));
    paramsBox_ = new QWidget(paramsBar_);
    auto* row = new QHBoxLayout(paramsBox_);
    row->setContentsMargins(8, 0, 8, 0);
    paramsBar_->addWidget(paramsBox_);
    paramsBar_->addSeparator();
    run_ = paramsBar_->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Run"));
    run_->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    run_->setToolTip(tr("Run the demo with real processes (F5)"));
    stop_ = paramsBar_->addAction(style()->standardIcon(QStyle::SP_MediaStop), tr("&Stop"));
    stop_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    stop_->setToolTip(tr("Stop the run (Shift+F5)"));
    stop_->setEnabled(false);
    paramsBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    connect(demo_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &DemoToolbar::rebuildForDemo);
    connect(run_, &QAction::triggered, this, [this] { emit runRequested(request()); });
    connect(stop_, &QAction::triggered, this, &DemoToolbar::stopRequested);
    connect(variant_, qOverload<int>(&QComboBox::activated), this, &DemoToolbar::choiceChanged);
    rebuildForDemo();
}

void DemoToolbar::rebuildForDemo() {
    const DemoSpec* d = demoAt(demo_->currentIndex());
    variant_->clear();
    qDeleteAll(paramsBox_->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    params_.clear();
    if (!d)
        return;
    for (const VariantSpec& v : d->variants) {
        variant_->addItem(QString::fromStdString(v.name), QString::fromStdString(v.name));
        variant_->setItemData(variant_->count() - 1, QString::fromStdString(v.help),
                              Qt::ToolTipRole);
    }
    auto* row = static_cast<QHBoxLayout*>(paramsBox_->layout());
    for (const ParamSpec& p : d->params) {
        auto* label = new QLabel(QString::fromStdString(p.name), paramsBox_);
        auto* spin = new QSpinBox(paramsBox_);
        // QSpinBox is int; the catalog's ranges for class demos fit easily.
        spin->setRange(static_cast<int>(std::max<int64_t>(p.min, INT32_MIN)),
                       static_cast<int>(std::min<int64_t>(p.max, INT32_MAX)));
        spin->setValue(static_cast<int>(p.defaultValue));
        spin->setToolTip(QString::fromStdString(p.help));
        label->setToolTip(spin->toolTip());
        row->addWidget(label);
        row->addWidget(spin);
        params_.emplace_back(p.name, spin);
    }
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

void DemoToolbar::showRun(const Trace& trace) {
    if (!selectDemo(QString::fromStdString(trace.demo), QString::fromStdString(trace.variant)))
        return;
    for (const auto& [name, spin] : params_) {
        auto it = trace.params.find(name);
        if (it != trace.params.end())
            spin->setValue(static_cast<int>(it->second));
    }
}

} // namespace proclab::ui
