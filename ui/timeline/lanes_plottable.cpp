#include "ui/timeline/lanes_plottable.h"

#include "ui/model/run_model.h"
#include "ui/style/state_painter.h"
#include "ui/style/theme.h"
#include "ui/timeline/timeline_overlay.h"

#include <QCoreApplication>

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
    pendingLabels_.clear();
    for (const auto& overlay : overlays_)
        if (overlay->present(*model_))
            overlay->draw(canvas);
    // Labels last, around every mark and arrow the overlays drew.
    // Each in its own lane's row: on a neighbour's it would read as the neighbour's.
    const double row = std::abs(mValueAxis->coordToPixel(1) - mValueAxis->coordToPixel(0));
    fitLabelsToRows(pendingLabels_, row);
    const std::vector<QRectF> boxes =
        placeExitLabels(pendingLabels_, stats_.obstacles, QRectF(clipRect()).adjusted(1, 1, -1, -1),
                        barHeight(), row, &stats_.exitLabelOverlaps, &stats_.exitLabelsHidden);
    for (size_t i = 0; i < pendingLabels_.size(); ++i) {
        const ExitLabel& l = pendingLabels_[i];
        if (boxes[i].isEmpty())
            continue; // no room on its row: the mark and the legend's "exit (code)" remain
        drawTag(painter, l.text, l.font, l.color, boxes[i]);
        stats_.exitLabels.push_back(boxes[i]);
        stats_.exitLabelRows.push_back(l.y);
    }
    pendingLabels_.clear();
}

QRect LanesPlottable::clipRect() const {
    QRect r = QCPAbstractPlottable::clipRect();
    if (mKeyAxis)
        r.setRight(r.right() + mKeyAxis->axisRect()->margins().right());
    return r;
}

int LanesPlottable::exitLabelRoom() const {
    QFont bold = theme().smallFont();
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    double widest = 0;
    for (const LaneTimeline& tl : model_->lanes()) {
        if (tl.life.exited)
            widest = std::max(widest, fm.horizontalAdvance(exitLabel(tl.life.exitcode)));
        if (tl.life.stopped || (model_->cutShort() && !tl.life.exited))
            widest = std::max(widest, fm.horizontalAdvance(QCoreApplication::translate(
                                          "proclab::ui::LanesPlottable", "stopped")));
    }
    // The mark's half width and the gaps either side of the box (see drawExitLabel's callers).
    return widest > 0 ? static_cast<int>(widest + barHeight() * 0.45 + 24) : 0;
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
        stats_.obstacles.bars.emplace_back(px(lifeBegin), top, px(lifeEnd) - px(lifeBegin), h);
    }
}

void LanesPlottable::drawExitLabel(QCPPainter*, const QString& label, const QFont& font,
                                   const QColor& color, double right, double left, double y) const {
    pendingLabels_.push_back({label, font, color, right, left, y});
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
