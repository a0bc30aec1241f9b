// A square of each lane's colour beside its label on the timeline's y-axis. Labels stay in the
// foreground colour, readable on light and dark themes alike (Okabe–Ito yellow as text on white
// is not); the swatch carries the hue that the lane's bar, console lines and code marks share.
#pragma once

#include <qcustomplot.h>

#include <functional>

namespace proclab::ui {

class LaneSwatches : public QCPLayerable {
    Q_OBJECT
  public:
    // Draws in the gap between `axis`'s tick labels and the axis line, for `lanes()` lanes.
    LaneSwatches(QCustomPlot* plot, QCPAxis* axis, std::function<int()> lanes);

    // The tick label padding the axis needs to leave room for a swatch.
    static int labelPadding();

  protected:
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
    void draw(QCPPainter* painter) override;
    // The swatches sit outside the axis rect, in the axis's margin.
    QRect clipRect() const override;

  private:
    QCPAxis* axis_;
    std::function<int()> lanes_;
};

} // namespace proclab::ui
