#include "ui/export/exporter.h"

#include "ui/style/theme.h"
#include "ui/widgets/plot_widget.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace proclab::ui {

namespace {
// Restores vector painting and the widget's size whatever way the export ends.
class ExportScope {
  public:
    explicit ExportScope(QWidget* w) : w_(w), size_(w->size()) {
        PlotWidget::setVectorPainting(true);
    }
    ~ExportScope() {
        PlotWidget::setVectorPainting(false);
        if (w_->size() != size_)
            w_->resize(size_);
    }
    ExportScope(const ExportScope&) = delete;
    ExportScope& operator=(const ExportScope&) = delete;

  private:
    QWidget* w_;
    QSize size_;
};

void layOut(QWidget* w, QSize size) {
    if (!w->isVisible()) {
        // Headless or a view made just for the export: lay it out without showing a window.
        w->setAttribute(Qt::WA_DontShowOnScreen, true);
        w->show();
    }
    w->resize(size);
    // Layouts and QCustomPlot's queued replots run from posted events.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    if (w->layout())
        w->layout()->activate();
    for (PlotWidget* plot : w->findChildren<PlotWidget*>())
        plot->replot(QCustomPlot::rpImmediateRefresh);
    if (auto* plot = qobject_cast<PlotWidget*>(w))
        plot->replot(QCustomPlot::rpImmediateRefresh);
}

void paintWidget(QWidget* w, QPainter& p, QSize size) {
    p.fillRect(QRect(QPoint(), size), theme().background());
    w->render(&p, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
}

// The three formats: each paints the laid-out widget into `file`; false if that failed.
bool writePng(QWidget* widget, QSaveFile& file, QSize size, int dpi, double pngScale) {
    QImage image(size * pngScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pngScale);
    // Same logical DPI as the widget, so point-sized fonts keep their size relative to it.
    const int dpm = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        paintWidget(widget, p, size);
    }
    QImageWriter writer(&file, "png");
    return writer.write(image);
}

bool writeSvg(QWidget* widget, QSaveFile& file, QSize size, int dpi) {
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(), size));
    svg.setResolution(dpi);
    svg.setTitle(QStringLiteral("ProcLab"));
    QPainter p;
    if (!p.begin(&svg))
        return false;
    paintWidget(widget, p, size);
    return p.end();
}

bool writePdf(QWidget* widget, QSaveFile& file, QSize size, int dpi) {
    QPdfWriter pdf(&file);
    pdf.setCreator(QStringLiteral("ProcLab"));
    // One device unit per logical pixel: the page is size * 72 / dpi points.
    pdf.setResolution(dpi);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setPageSize(
        QPageSize(QSizeF(size) * 72.0 / dpi, QPageSize::Point, QString(), QPageSize::ExactMatch));
    QPainter p;
    if (!p.begin(&pdf))
        return false;
    paintWidget(widget, p, size);
    return p.end();
}
} // namespace

bool exportFormatFor(const QString& path, ExportFormat& out) {
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("png"))
        out = ExportFormat::Png;
    else if (ext == QLatin1String("svg"))
        out = ExportFormat::Svg;
    else if (ext == QLatin1String("pdf"))
        out = ExportFormat::Pdf;
    else
        return false;
    return true;
}

QString exportWidget(QWidget* widget, const QString& path, QSize size, double pngScale) {
    ExportFormat format;
    if (!exportFormatFor(path, format))
        return QCoreApplication::translate("proclab::ui::Export",
                                           "Unknown export format for %1: use .png, .svg or .pdf.")
            .arg(path);
    if (size.width() < kMinExportSide || size.height() < kMinExportSide ||
        size.width() > kMaxExportSide || size.height() > kMaxExportSide)
        return QCoreApplication::translate(
                   "proclab::ui::Export",
                   "Export size %1×%2 is out of range (%3 to %4 pixels a side).")
            .arg(size.width())
            .arg(size.height())
            .arg(kMinExportSide)
            .arg(kMaxExportSide);
    if (pngScale < 0.5 || pngScale > 4)
        pngScale = 2.0;

    ExportScope scope(widget);
    layOut(widget, size);
    const int dpi = widget->logicalDpiX();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("proclab::ui::Export", "Cannot write %1: %2")
            .arg(path, file.errorString());

    const bool ok = format == ExportFormat::Png   ? writePng(widget, file, size, dpi, pngScale)
                    : format == ExportFormat::Svg ? writeSvg(widget, file, size, dpi)
                                                  : writePdf(widget, file, size, dpi);
    if (!ok) {
        file.cancelWriting();
        return QCoreApplication::translate("proclab::ui::Export", "Could not render %1.").arg(path);
    }
    if (!file.commit())
        return QCoreApplication::translate("proclab::ui::Export", "Cannot write %1: %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace proclab::ui
