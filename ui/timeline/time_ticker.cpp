#include "ui/timeline/time_ticker.h"

namespace proclab::ui {

double TimeTicker::getTickStep(const QCPRange& range) {
    unit_ = TimeAxis::unitFor(range.size());
    step_ = TimeAxis::tickStep(range.size(), std::max(2, tickCount()));
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
    axis->setTicker(ticker);
    auto relabel = [axis, ticker](const QCPRange& r) {
        axis->setLabel(TimeTicker::axisLabel(TimeAxis::unitFor(r.size())));
    };
    relabel(axis->range());
    QObject::connect(axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), axis, relabel);
}

} // namespace proclab::ui
