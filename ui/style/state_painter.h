// How a lane state, a lost update, a crash and an arrow look. One set of drawing functions for
// the timeline, its legend and the pool view, so that the legend shows exactly what the plot
// draws. Hatching is drawn as lines, not with Qt pattern brushes, because pattern brushes are
// device-pixel sized and do not survive SVG/PDF export.
#pragma once

#include "trace/analysis.h"

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace proclab::ui {

// Fills `r` the way `state` is drawn for a lane of colour `lane`.
void paintState(QPainter& p, const QRectF& r, LaneState state, const QColor& lane);
// A legend-friendly name for a state ("waiting in join").
QString stateLabel(LaneState state);
// The states a legend lists, in reading order.
const std::vector<LaneState>& legendStates();

// A red ✕ of half-size `r` centred on `c`: something went wrong here.
void paintCross(QPainter& p, QPointF c, double r, const QColor& color, double width = 2.5);
// An arrow from `a` to `b` with a filled head.
void paintArrow(QPainter& p, QPointF a, QPointF b, const QColor& color, double width = 1.5,
                Qt::PenStyle style = Qt::SolidLine);

// Clips the segment a→b to `r` (Liang–Barsky). False when nothing of it is inside. Lines must be
// clipped before stroking: a dashed line millions of pixels long (deep zoom) costs milliseconds.
bool clipSegment(QPointF& a, QPointF& b, const QRectF& r);
// An arrow clipped to `r`; the head is drawn only when the arrow's tip is inside.
void paintClippedArrow(QPainter& p, QPointF a, QPointF b, const QRectF& r, const QColor& color,
                       double width = 1.5, Qt::PenStyle style = Qt::SolidLine);

// "SIGSEGV (−11)" for negative exit codes, "exit 3" otherwise.
QString exitLabel(int exitcode);

} // namespace proclab::ui
