#include "ui/gui_entry.h"

#include "ui/export/exporter.h"
#include "ui/export/view_factory.h"
#include "ui/main_window.h"
#include "ui/model/run_model.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QStyleFactory>

#include <memory>

namespace proclab::ui {

namespace {
void setUpApplication() {
    QApplication::setApplicationName(QStringLiteral("ProcLab"));
    QApplication::setOrganizationName(QStringLiteral("ProcLab"));
    QApplication::setApplicationDisplayName(QStringLiteral("ProcLab"));
    // Fusion honours the light/dark palette everywhere and looks the same on every desktop.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont f = QApplication::font();
    if (f.pointSizeF() < 11)
        f.setPointSizeF(11);
    QApplication::setFont(f);
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
}
} // namespace

int runGui(int argc, char** argv) {
    QApplication app(argc, argv);
    setUpApplication();
    MainWindow window;
    window.show();
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
