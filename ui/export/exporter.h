// Writing a view to PNG (at 2x by default, for crisp slides), SVG or PDF at a chosen size.
// Plots are painted as vectors during an export (see PlotWidget::setVectorPainting), so SVG
// and PDF stay sharp when projected. Nothing is written unless the whole file could be.
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace proclab::ui {

enum class ExportFormat { Png, Svg, Pdf };

// From the file name's extension (.png, .svg, .pdf; case-insensitive); false if unknown.
bool exportFormatFor(const QString& path, ExportFormat& out);

// Lays `widget` out at `size` (logical pixels) and renders it to `path`. PNG is written at
// size * pngScale device pixels. Returns an error message, empty on success.
QString exportWidget(QWidget* widget, const QString& path, QSize size, double pngScale = 2.0);

// Sizes accepted for an export, in logical pixels.
inline constexpr int kMinExportSide = 100;
inline constexpr int kMaxExportSide = 8000;

} // namespace proclab::ui
