// Where a lane's exit label goes ("exit 0", "SIGSEGV (−11)", "stopped"): beside its end mark,
// but never on a lost-update ✕, a never-got circle, another label or an arrow. Overlays draw
// their marks first and record where; the labels are placed last, around what is there.
#pragma once

#include <QColor>
#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QString>

#include <vector>

namespace proclab::ui {

struct ExitLabel {
    QString text;
    QFont font;
    QColor color;
    double right = 0; // the label may start here (right of the end mark)...
    double left = 0;  // ...or end here (left of it)
    double y = 0;     // the lane's centre
};

// What labels must keep clear of: small marks (their bounding boxes) and arrows (segments);
// and, if they can, the lanes' bars (a label on a bar hides what the process was doing).
struct LabelObstacles {
    std::vector<QRectF> marks;
    std::vector<QLineF> lines;
    std::vector<QRectF> bars;
};

// True when the segment crosses or touches `r`.
bool segmentHitsRect(const QLineF& line, const QRectF& r);

// One box per label, in order: the first spot inside `area` and inside the label's own lane row
// (`rowHeight` high, centred on its lane) free of marks, arrows and labels placed before, of
// right of the end mark, above or below the bar (when the row has room), then left of the mark;
// a spot off every bar is preferred. When none is free of other labels, the label is hidden (an
// empty box, counted in `*hidden`): a label on a neighbour's row reads as the neighbour's. When
// the free spots all cover a mark or an arrow, the one with the fewest (counted in `*overlaps`).
std::vector<QRectF> placeExitLabels(const std::vector<ExitLabel>& labels,
                                    const LabelObstacles& obstacles, const QRectF& area,
                                    double barHeight, double rowHeight, int* overlaps, int* hidden);

// Shrinks the fonts of labels taller than a lane row, so that each fits in its own row.
void fitLabelsToRows(std::vector<ExitLabel>& labels, double rowHeight);

} // namespace proclab::ui
