#include "ui/timeline/time_ticker.h"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace proclab::ui {

int TimeTicker::ticksThatFit(const QCPRange& range, const TimeUnit& unit) const {
    if (!axis_ || !axis_->axisRect() || axis_->axisRect()->width() <= 0)
        return tickCount();
    // A label such as "1500" or "12.5", or as long as the range's largest value, and a gap as
    // wide again between two labels.
    const double biggest = std::max(std::abs(range.lower), std::abs(range.upper)) / unit.ns;
    QString sample = QString::number(std::llround(biggest));
    if (sample.size() < 4)
        sample = QStringLiteral("0000");
    const int labelW = QFontMetrics(axis_->tickLabelFont()).horizontalAdvance(sample);
    return std::clamp(axis_->axisRect()->width() / std::max(1, 2 * labelW), 2, tickCount());
}

TimeUnit TimeTicker::unitFor(const QCPRange& range) {
    // The zoom's unit, one up when its values need five digits: "8000 10000 12000 µs" on a
    // chart of 6..12 ms ran together in a narrow dock; "8 10 12 ms" do not.
    const TimeUnit unit = TimeAxis::unitFor(range.size());
    const double biggest = std::max(std::abs(range.lower), std::abs(range.upper));
    return biggest / unit.ns >= 10000 ? TimeAxis::unitFor(range.size() * 1000) : unit;
}

double TimeTicker::getTickStep(const QCPRange& range) {
    unit_ = unitFor(range);
    int ticks = std::max(2, ticksThatFit(range, unit_));
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
        axis->setLabel(TimeTicker::axisLabel(TimeTicker::unitFor(r)));
    };
    relabel(axis->range());
    QObject::connect(axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), axis, relabel);
}

} // namespace proclab::ui
