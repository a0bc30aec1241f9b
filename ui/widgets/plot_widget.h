// QCustomPlot with the app's look (theme fonts and colours, legend on) and a vector paint
// path for exports: QCustomPlot normally paints a cached pixmap, which would put a blurry
// bitmap into SVG/PDF and 2x PNG exports.
#pragma once

#include <qcustomplot.h>

namespace proclab::ui {

class PlotWidget : public QCustomPlot {
    Q_OBJECT
  public:
    explicit PlotWidget(QWidget* parent = nullptr);

    // While set, every PlotWidget paints its items directly (vectors) instead of its buffer.
    static void setVectorPainting(bool on);
    static bool vectorPainting();

    // Re-reads fonts and colours from the theme; subclasses extend it for their own items.
    virtual void applyTheme();

  protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace proclab::ui
