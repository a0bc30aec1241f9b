#include "ui/widgets/fitting_ticker.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace proclab::ui {

int FittingTicker::ticksThatFit(double width, double labelWidth, int most) {
    const int fit = static_cast<int>(width / std::max(1.0, 2 * labelWidth));
    return std::clamp(fit, 2, std::max(2, most));
}

double FittingTicker::getTickStep(const QCPRange& range) {
    QCPAxisRect* rect = axis_ ? axis_->axisRect() : nullptr;
    if (rect && rect->width() > 0 && rect->height() > 0) {
        const QFontMetricsF fm(axis_->tickLabelFont());
        if (axis_->orientation() == Qt::Vertical) {
            // Labels stacked: each a line high, a line of gap between two.
            setTickCount(ticksThatFit(rect->height(), fm.height(), 5));
        } else {
            // The widest label is the range's end with the most digits (and a sign, if any).
            const double biggest = std::max(std::abs(range.lower), std::abs(range.upper));
            const QString sample = QString::number(std::round(biggest)) +
                                   (range.lower < 0 ? QStringLiteral("−") : QString());
            setTickCount(ticksThatFit(rect->width(), fm.horizontalAdvance(sample), 5));
        }
    }
    return QCPAxisTicker::getTickStep(range);
}

void installFittingTicker(QCPAxis* axis) {
    axis->setTicker(QSharedPointer<FittingTicker>::create(axis));
}

} // namespace proclab::ui
