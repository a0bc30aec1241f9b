#include "ui/timeline/time_ticker.h"

#include <QFontMetrics>

#include <algorithm>

namespace proclab::ui {

int TimeTicker::ticksThatFit() const {
    if (!axis_ || !axis_->axisRect() || axis_->axisRect()->width() <= 0)
        return tickCount();
    // A label such as "1500" or "12.5" and a gap as wide again between two labels.
    const int labelW =
        QFontMetrics(axis_->tickLabelFont()).horizontalAdvance(QStringLiteral("0000"));
    return std::clamp(axis_->axisRect()->width() / std::max(1, 2 * labelW), 2, tickCount());
}

double TimeTicker::getTickStep(const QCPRange& range) {
    unit_ = TimeAxis::unitFor(range.size());
    int ticks = std::max(2, ticksThatFit());
    step_ = TimeAxis::tickStep(range.size(), ticks);
    // Never a lone "0" on a narrow axis (46 ms in two ticks rounds to a 50 ms step): one step
    // finer until two labels give the scale (short labels such as "20" still fit).
    while (range.size() / step_ < 2 && ticks < 4)
        step_ = TimeAxis::tickStep(range.size(), ++ticks);
    return step_;
}

QString TimeTicker::getTickLabel(double tick, const QLocale&, QChar, int) {
    return TimeAxis::format(tick, unit_, step_);
}

QString TimeTicker::axisLabel(const TimeUnit& unit) {
    return QCoreApplication::translate("proclab::ui::TimeTicker", "time (%1)")
        .arg(QString::fromUtf8(unit.suffix));
}

void installTimeTicker(QCPAxis* axis) {
    auto ticker = QSharedPointer<TimeTicker>::create();
    ticker->setTickCount(6);
    ticker->setAxis(axis);
    axis->setTicker(ticker);
    auto relabel = [axis, ticker](const QCPRange& r) {
        axis->setLabel(TimeTicker::axisLabel(TimeAxis::unitFor(r.size())));
    };
    relabel(axis->range());
    QObject::connect(axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), axis, relabel);
}

} // namespace proclab::ui
