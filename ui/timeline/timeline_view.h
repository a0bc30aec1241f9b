// The central view: one lane per process on a time axis, with state fills, markers, arrows and
// lost updates (drawn by LanesPlottable), the shared time cursor, a legend, wheel zoom, drag
// pan, hover tooltips and click-to-select.
#pragma once

#include "ui/widgets/plot_widget.h"

namespace proclab::ui {

class RunModel;
class LanesPlottable;

class TimelineView : public PlotWidget {
    Q_OBJECT
  public:
    explicit TimelineView(RunModel* model, QWidget* parent = nullptr);

    LanesPlottable* lanes() const { return lanes_; }
    // The event nearest to a widget position within a few pixels, or -1.
    int64_t eventNear(const QPoint& pos) const;
    // Lane labels as shown on the axis, top to bottom.
    QStringList laneLabels() const;
    // Whether the legend is folded to its one-line toggle (too tall for the view).
    bool legendFolded() const { return legendFolded_; }
    // What the empty plot says ("press Run", "Starting…"); empty while lanes are shown.
    QString placeholderText() const;
    QCPTextElement* legendToggle() const { return legendToggle_; }

    void applyTheme() override;

    // Shows [begin, end] and lets the view go that far even where its own run has ended (it
    // widens the run's own range, never narrows it): a side by side export puts two runs on
    // one time scale. Views never told this keep inside their own run.
    void showCommonRange(double begin, double end);

  protected:
    void mouseMoveEvent(QMouseEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    bool event(QEvent* e) override;

  private:
    void rebuild();
    void rebuildLegend();
    // Columns for the legend's width; folded to one "Legend ▸" line when its rows would take
    // more than kMaxLegendShare of the height (a side panel open on a projector), so the lanes
    // keep most of it. A click on that line shows the legend all the same.
    void updateLegendWrap(QSize size);
    void toggleLegend();
    void updateCursor();
    void onRangeChanged(const QCPRange& r);
    QString tooltipAt(const QPoint& pos) const;

    RunModel* model_;
    LanesPlottable* lanes_ = nullptr;
    QCPItemStraightLine* cursorLine_ = nullptr;
    QCPItemText* placeholder_ = nullptr;
    QCPTextElement* banner_ = nullptr; // "stopped before the end", "events dropped"
    void updateBanner();
    QString lostUpdateTip(int lane, double t, double dt) const;
    QCPLayoutGrid* legendRow_ = nullptr;
    QCPTextElement* legendToggle_ = nullptr; // "Legend ▸": empty (no height) when not needed
    bool legendOpened_ = false;              // the user asked for the whole legend
    bool legendFolded_ = false;
    QPoint pressPos_;
    bool syncing_ = false;
    bool hasCommonRange_ = false; // set by showCommonRange
    double commonBegin_ = 0;
    double commonEnd_ = 0;
    // Which legend is built (states and overlay entries), rebuilt on change; "?" = none yet.
    QString legendKey_ = QStringLiteral("?");
};

} // namespace proclab::ui
