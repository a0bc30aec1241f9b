// Paints every lane of the timeline in one pass: state bars, then every overlay the run has
// (exits and crashes, join arrows, pool tasks, queue arrows, lost updates: see
// timeline_overlay.h). One plottable rather than thousands of
// QCPItems so that only the visible window is touched (binary search on sorted intervals) and
// whatever is thinner than a pixel is folded into one column: 1M events stay smooth.
#pragma once

#include "ui/timeline/exit_labels.h"

#include <qcustomplot.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace proclab::ui {

class RunModel;
class TimelineOverlay;

class LanesPlottable : public QCPAbstractPlottable {
    Q_OBJECT
  public:
    LanesPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis, const RunModel* model);
    ~LanesPlottable() override;
    const std::vector<std::unique_ptr<TimelineOverlay>>& overlays() const { return overlays_; }

    // What the last paint drew: for tests and the render benchmark.
    struct Stats {
        int lanes = 0;
        int stateRects = 0;    // intervals drawn at full width
        int foldedColumns = 0; // pixel columns standing for several sub-pixel intervals
        int exitMarks = 0;
        int crashMarks = 0;
        int stopMarks = 0; // lanes ended by Stop or the runner's time-out
        int joinArrows = 0;
        int lostMarks = 0;
        int queueArrows = 0;
        int poolTaskTicks = 0;  // tasks drawn as a tick above their worker's bar (zoomed out)
        int poolTaskSlices = 0; // tasks drawn as a labelled slice "x → x²" (zoomed in)
        std::vector<std::pair<int, int64_t>> lostAt; // (lane, store time) of each drawn ✕
        // Where the marks and arrows went: exit labels keep clear of them (exit_labels.h).
        LabelObstacles obstacles;
        std::vector<QRectF> exitLabels;     // the boxes the exit labels were drawn in
        std::vector<double> exitLabelRows;  // the centre of each drawn label's lane
        int exitLabelOverlaps = 0;          // labels that found no free spot
        int exitLabelsHidden = 0;           // labels with no room on their lane's row
        std::vector<QPointF> joinArrowTips; // in drawing order of model.joins()
    };
    const Stats& stats() const { return stats_; }

    // Pixel height of a lane's bar, from the value axis scale.
    double barHeight() const;
    // The area worth stroking into (lines are clipped to it before they are drawn).
    QRectF clip() const;
    // Text on a small box of the background, readable over arrows (for overlays).
    void drawTag(QCPPainter* p, const QString& text, const QFont& font, const QColor& color,
                 const QRectF& box) const;
    // An exit label beside a lane's end mark, drawn after every overlay at the first spot free
    // of marks, arrows and other labels (right of the mark, left, above or below the bar).
    void drawExitLabel(QCPPainter* p, const QString& label, const QFont& font, const QColor& color,
                       double right, double left, double y) const;
    // Pixels right of the time axis's end that exit labels need (the run ends at the axis's
    // end, so an exit there has its label in this margin, never over the lane's last marks).
    int exitLabelRoom() const;

    double selectTest(const QPointF&, bool, QVariant* = nullptr) const override { return -1; }
    QCPRange getKeyRange(bool& foundRange, QCP::SignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain = QCP::sdBoth,
                           const QCPRange& = QCPRange()) const override;

  protected:
    void draw(QCPPainter* painter) override;
    // The axis rect plus the right margin, where the labels of exits at the axis's end go.
    QRect clipRect() const override;
    void drawLegendIcon(QCPPainter*, const QRectF&) const override {}

  private:
    void drawLane(QCPPainter* p, int lane, double t0, double t1);
    const RunModel* model_;
    Stats stats_;
    mutable std::vector<ExitLabel> pendingLabels_; // queued by drawExitLabel, drawn last
    std::vector<std::unique_ptr<TimelineOverlay>> overlays_;
};

} // namespace proclab::ui
