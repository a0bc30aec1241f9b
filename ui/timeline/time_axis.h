// The choice of a time unit and of tick steps, and the text of times and durations, kept apart
// from painting so that it can be tested with plain numbers.
#pragma once

#include <QString>

namespace proclab::ui {

// A unit to label a time axis with: its suffix and how many nanoseconds it holds.
struct TimeUnit {
    const char* suffix = "ns";
    double ns = 1.0;
    friend bool operator==(const TimeUnit& a, const TimeUnit& b) { return a.ns == b.ns; }
};

// Labels of a time axis, for every view that shows time: which unit, which tick step, and how a
// time or a duration reads.
struct TimeAxis {
    // The unit that keeps tick labels short for a window of `span` ns.
    static TimeUnit unitFor(double span);
    // A tick step of 1, 2 or 5 times a power of ten (in ns) giving at most maxTicks ticks.
    static double tickStep(double span, int maxTicks);
    // "412.6 µs": t in the unit, with as many decimals as the step needs.
    static QString format(double t, const TimeUnit& unit, double step);
    // A duration in the unit that suits it ("0.8 ms", "350 ns", "2.1 s").
    static QString formatDuration(double ns);
};

} // namespace proclab::ui
