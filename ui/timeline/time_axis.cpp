#include "ui/timeline/time_axis.h"

#include <algorithm>
#include <cmath>

namespace proclab::ui {

namespace {
constexpr TimeUnit kNs{"ns", 1.0};
constexpr TimeUnit kUs{"µs", 1e3};
constexpr TimeUnit kMs{"ms", 1e6};
constexpr TimeUnit kS{"s", 1e9};
} // namespace

TimeUnit TimeAxis::unitFor(double span) {
    // Switch unit once a window holds 10 of the next one, so labels stay under ~4 digits.
    const double s = std::abs(span);
    if (s < 10 * kUs.ns)
        return kNs;
    if (s < 10 * kMs.ns)
        return kUs;
    if (s < 10 * kS.ns)
        return kMs;
    return kS;
}

double TimeAxis::tickStep(double span, int maxTicks) {
    if (span <= 0 || maxTicks < 1)
        return 1;
    const double raw = span / maxTicks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * mag >= raw)
            return std::max(1.0, m * mag); // no step below one nanosecond
    }
    return std::max(1.0, 10 * mag);
}

QString TimeAxis::format(double t, const TimeUnit& unit, double step) {
    const double v = t / unit.ns;
    const double s = step / unit.ns;
    int decimals = 0;
    if (s > 0 && s < 1)
        decimals = std::min(6, static_cast<int>(std::ceil(-std::log10(s) - 1e-9)));
    QString text = QString::number(v, 'f', decimals);
    if (text == QStringLiteral("-0"))
        text = QStringLiteral("0");
    return text;
}

QString TimeAxis::formatDuration(double ns) {
    // The largest unit the duration holds at least once: "2.1 s" rather than "2100 ms".
    const double a = std::abs(ns);
    const TimeUnit u = a >= kS.ns ? kS : a >= kMs.ns ? kMs : a >= kUs.ns ? kUs : kNs;
    const double v = ns / u.ns;
    const int decimals = std::abs(v) >= 100 ? 0 : (std::abs(v) >= 10 ? 1 : (u.ns == 1 ? 0 : 2));
    return QString::number(v, 'f', decimals) + QChar(0x2009) + QString::fromUtf8(u.suffix);
}

} // namespace proclab::ui
