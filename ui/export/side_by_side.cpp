#include "ui/export/side_by_side.h"

#include "ui/export/exporter.h"
#include "ui/export/view_factory.h"
#include "ui/model/run_model.h"
#include "ui/style/theme.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

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

std::string exportSideBySide(const Trace& top, const Trace& bottom, const std::string& path,
                             int width, int height) {
    RunModel models[2]; // before the page: its views outlive neither model
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    const Trace* traces[2] = {&top, &bottom};
    for (int i = 0; i < 2; ++i) {
        models[i].setTrace(*traces[i]);
        auto* title = new QLabel(titleOf(*traces[i]), &page);
        QFont f = theme().labelFont();
        f.setBold(true);
        title->setFont(f);
        layout->addWidget(title);
        QWidget* view = makeExportView(QStringLiteral("timeline"), &models[i]).release();
        view->setParent(&page); // the page owns it now
        layout->addWidget(view, 1);
    }
    return exportWidget(&page, QString::fromStdString(path), QSize(width, height)).toStdString();
}

} // namespace proclab::ui
