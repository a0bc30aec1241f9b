// A QCustomPlot ticker for a value axis whose labels must never run together: as many ticks as
// the axis's width holds for its widest label ("1500" beside "1000" in a narrow dock read as
// "5001000150" with the default five ticks). The time axis has its own (time_ticker.h).
#pragma once

#include <qcustomplot.h>

namespace proclab::ui {

class FittingTicker : public QCPAxisTicker {
  public:
    explicit FittingTicker(QCPAxis* axis) : axis_(axis) {}
    // The ticks that fit `width` pixels when each label is `labelWidth` wide, a gap as wide
    // again between two, never more than `most` and never fewer than two.
    static int ticksThatFit(double width, double labelWidth, int most);

  protected:
    double getTickStep(const QCPRange& range) override;

  private:
    QCPAxis* axis_;
};

// Installs a FittingTicker on `axis` (at most five ticks, as QCustomPlot's default); on a
// vertical axis the labels' height is what must fit.
void installFittingTicker(QCPAxis* axis);

} // namespace proclab::ui
