#include "ui/timeline/exit_labels.h"

#include "ui/style/state_painter.h"

#include <QFontMetricsF>

#include <algorithm>
#include <climits>
#include <vector>

namespace proclab::ui {

namespace {
constexpr double kPadX = 4;
constexpr double kPadY = 1;
constexpr double kGap = 2; // between a label and the bar it sits above or below

int collisions(const QRectF& box, const std::vector<QRectF>& marks, const LabelObstacles& obstacles,
               const std::vector<QRectF>& placed) {
    int n = 0;
    for (const QRectF& m : marks)
        n += box.intersects(m) ? 1 : 0;
    for (const QLineF& l : obstacles.lines)
        n += segmentHitsRect(l, box) ? 1 : 0;
    // A label under another label cannot be read at all, while a mark under a label still
    // shows its neighbours: on a lane crowded with marks, labels give way to each other first.
    for (const QRectF& p : placed)
        n += box.intersects(p) ? 100 : 0;
    return n;
}
} // namespace

bool segmentHitsRect(const QLineF& line, const QRectF& r) {
    QPointF a = line.p1(), b = line.p2();
    return clipSegment(a, b, r);
}

std::vector<QRectF> placeExitLabels(const std::vector<ExitLabel>& labels,
                                    const LabelObstacles& obstacles, const QRectF& area,
                                    double barHeight, double rowHeight, int* overlaps,
                                    int* hidden) {
    std::vector<QRectF> placed;
    placed.reserve(labels.size());
    std::vector<QRectF> near;
    for (const ExitLabel& l : labels) {
        const QFontMetricsF fm(l.font);
        const double w = fm.horizontalAdvance(l.text) + 2 * kPadX;
        const double h = fm.height() + 2 * kPadY;
        const double xr = l.right;
        const double xl = l.left - w;
        const double mid = l.y - h / 2;
        const double above = l.y - barHeight / 2 - kGap - h;
        const double below = l.y + barHeight / 2 + kGap;
        // The label's own lane row (half a pixel of slack for rounding).
        const QRectF row(area.left(), l.y - rowHeight / 2 - 0.5, area.width(), rowHeight + 1);
        // In order of preference: on the lane's own row first, where it reads as this lane's:
        // right of the mark, then further right (past arrows converging on the exit) up to the
        // margin right of the time axis; then above or below the bar, which keeps the marks on
        // the bar visible; then left of the mark.
        std::vector<QRectF> candidates;
        const double xs[] = {xr, xr + w / 2, xr + w, xr + 2 * w, area.right() - w};
        for (double y : {mid, above, below})
            for (double x : xs)
                if (x >= xr)
                    candidates.emplace_back(x, y, w, h);
        for (double y : {above, below, mid})
            candidates.emplace_back(xl, y, w, h);
        // The marks near this label's spots: a race with a lost update in every column has
        // thousands, and each spot would test them all.
        const QRectF fallback(std::max(area.left(), std::min(xr, area.right() - w)), mid, w, h);
        QRectF reach = fallback;
        for (const QRectF& c : candidates)
            reach |= c;
        near.clear();
        for (const QRectF& m : obstacles.marks)
            if (reach.intersects(m))
                near.push_back(m);
        QRectF best;
        int bestHits = INT_MAX, bestCost = INT_MAX;
        for (const QRectF& c : candidates) {
            if (!area.contains(c) || !row.contains(c))
                continue;
            const int hits = collisions(c, near, obstacles, placed);
            int onBars = 0;
            for (const QRectF& b : obstacles.bars)
                onBars += c.intersects(b) ? 1 : 0;
            const int cost = hits * 1000 + onBars; // a mark or arrow hidden is worse
            if (cost < bestCost) {
                best = c;
                bestHits = hits;
                bestCost = cost;
            }
            if (cost == 0)
                break;
        }
        if (bestHits == INT_MAX) { // nowhere inside: beside the end, as far in as it goes
            best = fallback;
            bestHits = collisions(best, near, obstacles, placed);
        }
        // On another label neither could be read; taller than the row it would sit on the
        // neighbours' rows too.
        if (bestHits >= 100 || h > rowHeight + 1) {
            if (hidden)
                ++*hidden;
            placed.emplace_back();
            continue;
        }
        if (bestHits > 0 && overlaps)
            ++*overlaps;
        placed.push_back(best);
    }
    return placed;
}

void fitLabelsToRows(std::vector<ExitLabel>& labels, double rowHeight) {
    for (ExitLabel& l : labels) {
        const double h = QFontMetricsF(l.font).height() + 2 * kPadY;
        if (h <= rowHeight || l.font.pointSizeF() <= 0)
            continue;
        // Never below 9 pt: smaller cannot be read from the back of a classroom. A label still
        // taller than its row is hidden (placeExitLabels); the exit mark and the legend remain.
        l.font.setPointSizeF(
            std::max(9.0, l.font.pointSizeF() * (rowHeight - 2 * kPadY) / (h - 2 * kPadY)));
    }
}

} // namespace proclab::ui
