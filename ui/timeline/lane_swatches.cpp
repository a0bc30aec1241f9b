#include "ui/timeline/lane_swatches.h"

#include "ui/style/theme.h"

#include <cmath>

namespace proclab::ui {

namespace {
constexpr int kSwatch = 14;  // side of a swatch, in pixels
constexpr int kGapAxis = 6;  // between the swatch and the axis line
constexpr int kGapLabel = 6; // between the label and the swatch
} // namespace

LaneSwatches::LaneSwatches(QCustomPlot* plot, QCPAxis* axis, std::function<int()> lanes)
    : QCPLayerable(plot), axis_(axis), lanes_(std::move(lanes)) {}

int LaneSwatches::labelPadding() {
    return kSwatch + kGapAxis + kGapLabel;
}

void LaneSwatches::applyDefaultAntialiasingHint(QCPPainter* painter) const {
    painter->setAntialiasing(true);
}

QRect LaneSwatches::clipRect() const {
    return mParentPlot->viewport();
}

void LaneSwatches::draw(QCPPainter* painter) {
    const QRect rect = axis_->axisRect()->rect();
    const double right = rect.left() - axis_->offset() - kGapAxis;
    const int n = lanes_();
    for (int lane = 0; lane < n; ++lane) {
        const double y = axis_->coordToPixel(lane);
        if (y < rect.top() || y > rect.bottom())
            continue;
        const QColor c = theme().laneColor(lane);
        painter->setPen(QPen(theme().dark() ? c.lighter(130) : c.darker(140), 1.2));
        painter->setBrush(c);
        painter->drawRoundedRect(QRectF(right - kSwatch, y - kSwatch / 2.0, kSwatch, kSwatch), 3,
                                 3);
    }
}

} // namespace proclab::ui
