#include "ui/timeline/lanes_plottable.h"

#include "ui/model/run_model.h"
#include "ui/style/state_painter.h"
#include "ui/style/theme.h"
#include "ui/timeline/timeline_overlay.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace proclab::ui {

namespace {
constexpr int kStateCount = static_cast<int>(LaneState::Exited) + 1;
// Past this many sub-pixel intervals in one column, jump to the next column by binary search:
// the first ones already tell which state dominates, and 1M events must not be walked.
constexpr int kFoldSamples = 24;
} // namespace

LanesPlottable::LanesPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis, const RunModel* model)
    : QCPAbstractPlottable(keyAxis, valueAxis), model_(model), overlays_(makeTimelineOverlays()) {
    setAntialiased(false);
}

LanesPlottable::~LanesPlottable() = default;

QCPRange LanesPlottable::getKeyRange(bool& foundRange, QCP::SignDomain) const {
    foundRange = model_->hasTrace();
    return QCPRange(0, std::max<double>(1, static_cast<double>(model_->duration())));
}

QCPRange LanesPlottable::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const {
    foundRange = !model_->lanes().empty();
    return QCPRange(-0.5, static_cast<double>(model_->lanes().size()) - 0.5);
}

QRectF LanesPlottable::clip() const {
    // A little beyond the axis rect so strokes at the edge are not cut mid-width.
    return QRectF(mKeyAxis->axisRect()->rect()).adjusted(-4, -4, 4, 4);
}

double LanesPlottable::barHeight() const {
    const double perLane = std::abs(mValueAxis->coordToPixel(1) - mValueAxis->coordToPixel(0));
    return std::clamp(perLane * 0.56, 4.0, 40.0);
}

void LanesPlottable::draw(QCPPainter* painter) {
    stats_ = Stats{};
    if (!mKeyAxis || !mValueAxis)
        return;
    const double t0 = mKeyAxis->range().lower;
    const double t1 = mKeyAxis->range().upper;
    const int n = static_cast<int>(model_->lanes().size());
    stats_.lanes = n;
    for (int lane = 0; lane < n; ++lane)
        drawLane(painter, lane, t0, t1);
    OverlayCanvas canvas{painter, *model_, *this, t0, t1, stats_};
    for (const auto& overlay : overlays_)
        if (overlay->present(*model_))
            overlay->draw(canvas);
}

void LanesPlottable::drawLane(QCPPainter* p, int lane, double t0, double t1) {
    const LaneTimeline& tl = model_->lanes()[static_cast<size_t>(lane)];
    const QColor color = theme().laneColor(lane);
    const double y = mValueAxis->coordToPixel(lane);
    const double h = barHeight();
    const double top = y - h / 2;
    const auto& states = tl.states;
    if (states.empty())
        return;
    const double xmin = mKeyAxis->coordToPixel(t0);
    const double xmax = mKeyAxis->coordToPixel(t1);
    auto px = [&](double t) { return std::clamp(mKeyAxis->coordToPixel(t), xmin - 2, xmax + 2); };

    // Intervals are sorted and do not overlap, so `end` is sorted too.
    auto it = std::lower_bound(states.begin(), states.end(), t0,
                               [](const StateInterval& s, double t) { return s.end < t; });
    std::array<double, kStateCount> weight{};
    long column = LONG_MIN;
    int inColumn = 0;
    auto flush = [&] {
        if (column == LONG_MIN)
            return;
        const auto best = std::max_element(weight.begin(), weight.end()) - weight.begin();
        paintState(*p, QRectF(static_cast<double>(column), top, 1, h), static_cast<LaneState>(best),
                   color);
        ++stats_.foldedColumns;
        weight.fill(0);
        column = LONG_MIN;
        inColumn = 0;
    };
    while (it != states.end() && static_cast<double>(it->begin) <= t1) {
        const double x0 = px(static_cast<double>(it->begin));
        const double x1 = px(static_cast<double>(it->end));
        if (x1 - x0 >= 1.0) {
            flush();
            if (it->state != LaneState::Exited) {
                paintState(*p, QRectF(x0, top, x1 - x0, h), it->state, color);
                ++stats_.stateRects;
            }
            ++it;
            continue;
        }
        const long c = static_cast<long>(std::floor(x0));
        if (c != column) {
            flush();
            column = c;
        }
        weight[static_cast<size_t>(it->state)] += std::max(x1 - x0, 1e-6);
        if (++inColumn >= kFoldSamples) {
            // Skip the rest of this pixel column (always moving past `it`, so this ends).
            const double columnEnd = mKeyAxis->pixelToCoord(static_cast<double>(column + 1));
            it = std::lower_bound(std::next(it), states.end(), columnEnd,
                                  [](const StateInterval& s, double t) { return s.end < t; });
            flush();
            continue;
        }
        ++it;
    }
    flush();

    // The lane's outline in its own hue, over its whole life, so a lane reads as one process.
    const double lifeBegin = static_cast<double>(states.front().begin);
    const double lifeEnd = static_cast<double>(states.back().end);
    if (lifeEnd >= t0 && lifeBegin <= t1) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(color.darker(125), 1.5));
        p->drawRect(QRectF(px(lifeBegin), top, px(lifeEnd) - px(lifeBegin), h));
    }
}

void LanesPlottable::drawExitLabel(QCPPainter* p, const QString& label, const QFont& font,
                                   const QColor& color, double right, double left, double y) const {
    // Beside the bar's end, centred on the lane, on a small box of the background: join arrows
    // and queue arrows converge on exits, and text crossed by a dashed line is unreadable. Right
    // of the mark when there is room, else left of it (over the bar), never cut off.
    const QFontMetricsF fm(font);
    const double w = fm.horizontalAdvance(label);
    const double padX = 4, padY = 1;
    double lx = right + padX;
    if (lx + w + padX > mKeyAxis->axisRect()->right() - 2)
        lx = left - padX - w;
    const QRectF box(lx - padX, y - fm.height() / 2 - padY, w + 2 * padX, fm.height() + 2 * padY);
    drawTag(p, label, font, color, box);
}

void LanesPlottable::drawTag(QCPPainter* p, const QString& text, const QFont& font,
                             const QColor& color, const QRectF& box) const {
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    QColor fill = theme().background();
    fill.setAlphaF(0.9f);
    QColor border = color;
    border.setAlphaF(0.6f);
    p->setPen(QPen(border, 1));
    p->setBrush(fill);
    p->drawRoundedRect(box, 3, 3);
    p->setFont(font);
    p->setPen(color);
    p->drawText(box, Qt::AlignCenter, text);
    p->restore();
}

} // namespace proclab::ui
