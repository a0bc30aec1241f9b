#include "ui/export/view_factory.h"

#include "ui/export/interesting_instant.h"
#include "ui/export/view_registry.h"
#include "ui/main_window.h"
#include "ui/model/run_model.h"
#include "ui/style/theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace proclab::ui {

namespace {
// A panel exported on its own gets a title, so a slide says what it shows.
std::unique_ptr<QWidget> titled(const QString& title, QWidget* content) {
    auto frame = std::make_unique<QWidget>();
    frame->setAutoFillBackground(true);
    QPalette pal = frame->palette();
    pal.setColor(QPalette::Window, theme().background());
    frame->setPalette(pal);
    auto* layout = new QVBoxLayout(frame.get());
    layout->setContentsMargins(8, 8, 8, 8);
    auto* label = new QLabel(title, frame.get());
    label->setFont(theme().titleFont());
    layout->addWidget(label);
    content->setParent(frame.get());
    layout->addWidget(content, 1);
    return frame;
}

// A finished run whose cursor is still at its very end, where it opens, had no instant chosen
// for it: the export shows the telling one instead (see interestingInstant). The caller's model
// is never touched, so the views on screen do not jump: the export gets a copy, owned by the
// exported widget. nullptr when the model is to be used as it is.
std::unique_ptr<RunModel> modelAtTellingInstant(const RunModel* model) {
    if (!model || model->isLive() || !model->hasTrace() || model->selectedEvent() >= 0 ||
        model->cursor() != model->duration())
        return nullptr;
    const int64_t t = interestingInstant(model->trace(), model->lanes(), model->queues(),
                                         model->counter(), model->pool());
    if (t == model->cursor())
        return nullptr;
    auto copy = std::make_unique<RunModel>();
    copy->setTrace(model->trace());
    copy->setViewRange(model->viewBegin(), model->viewEnd());
    copy->setCursor(t);
    return copy;
}

std::unique_ptr<QWidget> makeView(const QString& view, RunModel* model) {
    if (view == QLatin1String("window")) {
        auto w = std::make_unique<MainWindow>(model);
        w->showRelevantDocks();
        return w;
    }
    const ViewInfo* info = findView(view);
    if (!info || !info->make)
        return nullptr;
    if (info->area == Qt::NoDockWidgetArea) // the timeline: it carries its own legend
        return std::unique_ptr<QWidget>(info->make(model, nullptr));
    return titled(viewTitle(*info), info->make(model, nullptr));
}
} // namespace

QStringList exportableViews() {
    return viewIds();
}

std::unique_ptr<QWidget> makeExportView(const QString& view, RunModel* model) {
    const ViewInfo* info = findView(view);
    std::unique_ptr<RunModel> copy = info && info->outcome ? nullptr : modelAtTellingInstant(model);
    auto widget = makeView(view, copy ? copy.get() : model);
    // Made a child last, so it is deleted after every view that reads it.
    if (widget && copy)
        copy.release()->setParent(widget.get());
    return widget;
}

} // namespace proclab::ui
