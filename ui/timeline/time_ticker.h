// QCustomPlot ticker for a time axis in nanoseconds: 1-2-5 steps and labels in the unit that
// fits the zoom, so the axis reads "0 100 200 µs" rather than "0 100000 200000".
#pragma once

#include "ui/timeline/time_axis.h"

#include <qcustomplot.h>

namespace proclab::ui {

class TimeTicker : public QCPAxisTicker {
  public:
    // The unit of the last range ticked (the axis label names it).
    TimeUnit unit() const { return unit_; }
    static QString axisLabel(const TimeUnit& unit);
    // The unit the labels of `range` are written in (its size's, one up for five digits).
    static TimeUnit unitFor(const QCPRange& range);
    // The axis ticked: the number of ticks follows its width in pixels, so that labels never
    // run into each other on a narrow timeline (a docked Lesson or Scheduler panel beside it).
    void setAxis(QCPAxis* axis) { axis_ = axis; }

  protected:
    double getTickStep(const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;

  private:
    int ticksThatFit(const QCPRange& range, const TimeUnit& unit) const;

    TimeUnit unit_;
    double step_ = 1;
    QCPAxis* axis_ = nullptr;
};

// Installs a TimeTicker on `axis` and keeps the axis label ("time (µs)") in step with the zoom.
void installTimeTicker(QCPAxis* axis);

} // namespace proclab::ui
