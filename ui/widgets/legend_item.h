// A legend entry whose icon is drawn by a function: lets the legend show lane states, lost
// update crosses and arrows exactly as the plot draws them (QCustomPlot's own legend items
// only mirror plottables).
#pragma once

#include <qcustomplot.h>

#include <functional>

namespace proclab::ui {

class LegendItem : public QCPAbstractLegendItem {
    Q_OBJECT
  public:
    using IconPainter = std::function<void(QPainter&, const QRectF&)>;
    LegendItem(QCPLegend* legend, QString text, IconPainter icon);

  protected:
    void draw(QCPPainter* painter) override;
    QSize minimumOuterSizeHint() const override;

  private:
    QString text_;
    IconPainter icon_;
};

} // namespace proclab::ui
