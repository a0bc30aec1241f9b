// Timeline overlays as plug-ins: each kind of mark drawn over the lanes (process exits and
// crashes, join arrows, pool tasks, queue arrows, lost updates, ...) says whether a run has any,
// draws itself, and gives its legend entries. LanesPlottable draws the lanes and then every
// overlay that is present; the legend is built from the overlays present. A new kind of mark
// is one new class and one line in makeTimelineOverlays().
#pragma once

#include "ui/timeline/lanes_plottable.h"
#include "ui/widgets/legend_item.h"

#include <QString>

#include <memory>
#include <vector>

namespace proclab::ui {

class RunModel;

// What an overlay draws with: the painter, the run, the plottable's axes and helpers, the
// visible time window, and the statistics tests and the benchmark read.
struct OverlayCanvas {
    QCPPainter* p;
    const RunModel& model;
    const LanesPlottable& lanes;
    double t0;
    double t1;
    LanesPlottable::Stats& stats;
    double x(double t) const { return lanes.keyAxis()->coordToPixel(t); }
    double y(int lane) const { return lanes.valueAxis()->coordToPixel(lane); }
};

struct OverlayLegendEntry {
    QString text;
    LegendItem::IconPainter icon;
};

class TimelineOverlay {
  public:
    virtual ~TimelineOverlay() = default;
    // Whether this run has anything of this kind (then it is drawn and in the legend).
    virtual bool present(const RunModel& model) const = 0;
    virtual void draw(OverlayCanvas& canvas) const = 0;
    // The legend entries for what this run has (an overlay may show several kinds of mark).
    virtual std::vector<OverlayLegendEntry> legend(const RunModel& model) const = 0;
};

// Every overlay, in drawing order (later ones on top).
std::vector<std::unique_ptr<TimelineOverlay>> makeTimelineOverlays();

// The overlays, one file per family.
std::unique_ptr<TimelineOverlay> makeLifeMarksOverlay();
std::unique_ptr<TimelineOverlay> makeJoinOverlay();
std::unique_ptr<TimelineOverlay> makePoolTaskOverlay();
std::unique_ptr<TimelineOverlay> makeQueueOverlay();
std::unique_ptr<TimelineOverlay> makeLostUpdateOverlay();

} // namespace proclab::ui
