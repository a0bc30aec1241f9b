// Time-to-pixel maths and the choice of a time unit, kept apart from painting so that it can
// be tested with plain numbers (and reused by every view that shares the time axis).
#pragma once

#include <QString>

#include <cstdint>

namespace proclab::ui {

// A unit to label a time axis with: its suffix and how many nanoseconds it holds.
struct TimeUnit {
    const char* suffix = "ns";
    double ns = 1.0;
    friend bool operator==(const TimeUnit& a, const TimeUnit& b) { return a.ns == b.ns; }
};

// A visible window [begin, end] of the run (in ns) mapped onto `pixels` pixels from `left`.
struct TimeAxis {
    double begin = 0;
    double end = 1;
    double left = 0;   // pixel of `begin`
    double pixels = 1; // width of the window in pixels

    double span() const { return end - begin; }
    double nsPerPixel() const { return span() / pixels; }
    double toPixel(double t) const { return left + (t - begin) * pixels / span(); }
    double toTime(double px) const { return begin + (px - left) * span() / pixels; }

    // Zoom by `factor` (> 1 zooms in) keeping the time under pixel `anchor` where it is.
    // The window never gets narrower than minSpan nor wider than [0, limit] (when limit > 0).
    TimeAxis zoomed(double anchor, double factor, double minSpan = 10, double limit = 0) const;
    // Move by `dx` pixels (positive drags the content right, i.e. shows earlier times).
    TimeAxis panned(double dx, double limit = 0) const;

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
