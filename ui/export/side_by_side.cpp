#include "ui/export/side_by_side.h"

#include "ui/export/exporter.h"
#include "ui/export/view_factory.h"
#include "ui/style/theme.h"
#include "ui/timeline/timeline_view.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace proclab::ui {

namespace {
QString titleOf(const Trace& t) {
    if (t.demo == "python")
        return QCoreApplication::translate("SideBySide", "Your Python script: %1 (python3)")
            .arg(QString::fromStdString(t.variant));
    return QCoreApplication::translate("SideBySide", "ProcLab demo: %1 (%2)")
        .arg(QString::fromStdString(t.demo), QString::fromStdString(t.variant));
}
} // namespace

std::unique_ptr<SideBySidePage> buildSideBySide(const Trace& top, const Trace& bottom) {
    auto out = std::make_unique<SideBySidePage>();
    auto* layout = new QVBoxLayout(&out->page);
    const Trace* traces[2] = {&top, &bottom};
    // One x range for both: the wider of the two runs' own fit ranges (time 0 = each run's start).
    double begin = 0, end = 1;
    for (int i = 0; i < 2; ++i) {
        RunModel& model = out->models[i];
        model.setTrace(*traces[i]);
        double b = 0, e = 1;
        model.fitRange(b, e);
        begin = i == 0 ? b : std::min(begin, b);
        end = i == 0 ? e : std::max(end, e);
        auto* title = new QLabel(titleOf(*traces[i]), &out->page);
        QFont f = theme().labelFont();
        f.setBold(true);
        title->setFont(f);
        layout->addWidget(title);
        QWidget* view = makeExportView(QStringLiteral("timeline"), &model).release();
        view->setParent(&out->page); // the page owns it now
        out->timelines[i] = qobject_cast<TimelineView*>(view);
        layout->addWidget(view, 1);
    }
    for (TimelineView* view : out->timelines)
        if (view)
            view->showCommonRange(begin, end);
    return out;
}

std::string exportSideBySide(const Trace& top, const Trace& bottom, const std::string& path,
                             int width, int height) {
    std::unique_ptr<SideBySidePage> built = buildSideBySide(top, bottom);
    return exportWidget(&built->page, QString::fromStdString(path), QSize(width, height))
        .toStdString();
}

} // namespace proclab::ui
