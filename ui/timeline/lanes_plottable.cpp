#include "ui/timeline/lanes_plottable.h"

#include "ui/model/run_model.h"
#include "ui/style/state_painter.h"
#include "ui/style/theme.h"

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
// Queue arrows are drawn for every item only while there are this few; else for the selection.
constexpr size_t kAllQueueArrowsMax = 40;
} // namespace

LanesPlottable::LanesPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis, const RunModel* model)
    : QCPAbstractPlottable(keyAxis, valueAxis), model_(model) {
    setAntialiased(false);
}

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
    drawJoins(painter, t0, t1);
    for (int lane = 0; lane < n; ++lane)
        drawLifeMarks(painter, lane, t0, t1);
    drawPoolTasks(painter, t0, t1);
    drawQueueArrows(painter, t0, t1);
    drawLostUpdates(painter, t0, t1);
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

void LanesPlottable::drawLifeMarks(QCPPainter* p, int lane, double t0, double t1) {
    const Lifetime& life = model_->lanes()[static_cast<size_t>(lane)].life;
    const double y = mValueAxis->coordToPixel(lane);
    const double h = barHeight();
    const Theme& th = theme();
    if (life.started >= 0 && life.started >= t0 && life.started <= t1) {
        // A small flag at the start: the moment the child runs its own code.
        const double x = mKeyAxis->coordToPixel(static_cast<double>(life.started));
        p->setPen(QPen(th.foreground(), 2));
        p->drawLine(QPointF(x, y - h / 2 - 5), QPointF(x, y + h / 2));
        QPolygonF flag;
        flag << QPointF(x, y - h / 2 - 5) << QPointF(x + 7, y - h / 2 - 2)
             << QPointF(x, y - h / 2 + 1);
        p->setBrush(th.foreground());
        p->drawPolygon(flag);
    }
    const int64_t endT = life.ended >= 0 ? life.ended : life.reaped;
    if (!life.exited || endT < 0 || endT < t0 || endT > t1)
        return;
    const double x = mKeyAxis->coordToPixel(static_cast<double>(endT));
    QFont f = th.smallFont();
    f.setBold(life.crashed());
    p->setFont(f);
    if (life.crashed()) {
        paintCross(*p, QPointF(x, y), h * 0.45 + 3, th.wrong(), 4);
        p->setPen(th.wrong());
        ++stats_.crashMarks;
    } else {
        p->setPen(QPen(th.foreground(), 3));
        p->drawLine(QPointF(x, y - h / 2 - 3), QPointF(x, y + h / 2 + 3));
        p->setPen(th.foreground());
        ++stats_.exitMarks;
    }
    drawExitLabel(p, exitLabel(life.exitcode), f, life.crashed() ? th.wrong() : th.foreground(),
                  x + h * 0.45 + 6, x - h * 0.45 - 6, y);
}

void LanesPlottable::drawExitLabel(QCPPainter* p, const QString& label, const QFont& font,
                                   const QColor& color, double right, double left, double y) {
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
                             const QColor& color, const QRectF& box) {
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

void LanesPlottable::drawJoins(QCPPainter* p, double t0, double t1) {
    const QColor c = theme().muted();
    for (const JoinArrow& j : model_->joins()) {
        if (j.end < t0 || j.begin > t1)
            continue;
        // From the parent where it starts waiting to the child where its exit lets join return.
        const QPointF a(mKeyAxis->coordToPixel(static_cast<double>(j.begin)),
                        mValueAxis->coordToPixel(j.parent));
        const QPointF b(mKeyAxis->coordToPixel(static_cast<double>(j.end)),
                        mValueAxis->coordToPixel(j.child));
        const double dir = b.y() > a.y() ? 1 : -1;
        const double inset = barHeight() / 2;
        paintClippedArrow(*p, a + QPointF(0, dir * inset), b - QPointF(0, dir * inset), clip(),
                          j.timedOut ? theme().wrong() : c, 1.8, Qt::DashLine);
        ++stats_.joinArrows;
    }
}

void LanesPlottable::drawLostUpdates(QCPPainter* p, double t0, double t1) {
    const auto& counter = model_->counter();
    if (!counter)
        return;
    const auto& entries = counter->entries;
    auto it = std::lower_bound(entries.begin(), entries.end(), t0,
                               [](const LostUpdate& u, double t) { return u.storeTime < t; });
    const double r = std::clamp(barHeight() * 0.3, 4.0, 9.0);
    std::vector<long> lastColumn(model_->lanes().size() + 1, LONG_MIN);
    for (; it != entries.end() && static_cast<double>(it->storeTime) <= t1; ++it) {
        if (it->erased() <= 0)
            continue; // a store that restored increments is not a loss
        const double x = mKeyAxis->coordToPixel(static_cast<double>(it->storeTime));
        const long col = static_cast<long>(x / (r * 1.2));
        const size_t laneSlot =
            std::min<size_t>(static_cast<size_t>(it->lane), lastColumn.size() - 1);
        ++stats_.lostMarks;
        if (stats_.lostAt.size() < 100000)
            stats_.lostAt.emplace_back(it->lane, it->storeTime);
        if (col == lastColumn[laneSlot])
            continue; // folded: another ✕ already covers this spot
        lastColumn[laneSlot] = col;
        const double y = mValueAxis->coordToPixel(it->lane);
        paintCross(*p, QPointF(x, y), r, theme().wrong(), 3);
    }
}

void LanesPlottable::drawQueueArrows(QCPPainter* p, double t0, double t1) {
    const auto [selQueue, selItem] = model_->selectedQueueItem();
    for (size_t q = 0; q < model_->queues().size(); ++q) {
        const auto& items = model_->queues()[q].items;
        const bool all = items.size() <= kAllQueueArrowsMax;
        for (size_t k = 0; k < items.size(); ++k) {
            const bool selected = static_cast<int>(q) == selQueue && static_cast<int>(k) == selItem;
            if (!all && !selected)
                continue;
            const QueueItem& it = items[k];
            const double y0 = mValueAxis->coordToPixel(it.producer);
            const double x0 = mKeyAxis->coordToPixel(static_cast<double>(it.putTime));
            if (!it.got()) {
                // Put but never got: a red dot where it entered the queue.
                if (it.putTime >= t0 && it.putTime <= t1) {
                    p->setPen(QPen(theme().wrong(), 2));
                    p->setBrush(theme().background());
                    p->drawEllipse(QPointF(x0, y0 - barHeight() / 2 - 6), 5, 5);
                }
                continue;
            }
            if (it.getTime < t0 || it.putTime > t1)
                continue;
            const double y1 = mValueAxis->coordToPixel(it.consumer);
            const double x1 = mKeyAxis->coordToPixel(static_cast<double>(it.getTime));
            QColor c = theme().laneTextColor(it.producer);
            if (!selected && selQueue >= 0)
                c.setAlphaF(0.35f);
            if (it.producer == it.consumer) {
                // Same process put and got it (the sequential version): an arrow over the bar.
                const double y = y0 - barHeight() / 2 - 5;
                paintClippedArrow(*p, QPointF(x0, y), QPointF(x1, y), clip(), c,
                                  selected ? 3 : 1.6);
                ++stats_.queueArrows;
                continue;
            }
            const double dir = y1 >= y0 ? 1 : -1;
            paintClippedArrow(*p, QPointF(x0, y0 + dir * barHeight() / 2),
                              QPointF(x1, y1 - dir * barHeight() / 2), clip(), c,
                              selected ? 3 : 1.6);
            ++stats_.queueArrows;
        }
    }
}

void LanesPlottable::drawPoolTasks(QCPPainter* p, double t0, double t1) {
    // square(x) takes nanoseconds, a worker's start microseconds: at the whole run's scale every
    // task of a worker falls on one pixel. So: zoomed out, a tick per task above the worker's bar
    // and one tag ("5 tasks") per cluster, so that "one worker did everything" shows; zoomed in
    // far enough for the text, each task is a slice of the bar labelled "x → x²".
    const auto& pool = model_->pool();
    if (!pool || pool->tasks.empty())
        return;
    std::map<int, std::vector<const PoolTask*>> byWorker;
    for (const PoolTask& t : pool->tasks)
        if (t.worker >= 0 && t.worker < static_cast<int>(model_->lanes().size()))
            byWorker[t.worker].push_back(&t);
    const Theme& th = theme();
    const QFont font = th.smallFont();
    const QFontMetricsF fm(font);
    const double h = barHeight();
    auto label = [](const PoolTask& t) {
        return QStringLiteral("%1 → %2").arg(t.input).arg(t.end >= 0 ? QString::number(t.result)
                                                                     : QStringLiteral("…"));
    };
    for (auto& [worker, tasks] : byWorker) {
        std::sort(tasks.begin(), tasks.end(),
                  [](const PoolTask* a, const PoolTask* b) { return a->start < b->start; });
        const double y = mValueAxis->coordToPixel(worker);
        const QColor ink = th.laneTextColor(worker);
        auto xOf = [&](int64_t t) { return mKeyAxis->coordToPixel(static_cast<double>(t)); };
        auto endOf = [](const PoolTask* t) { return t->end >= 0 ? t->end : t->start; };

        bool wide = true;
        for (const PoolTask* t : tasks)
            wide &= xOf(endOf(t)) - xOf(t->start) >= fm.horizontalAdvance(label(*t)) + 8;
        if (wide) {
            for (const PoolTask* t : tasks) {
                if (endOf(t) < t0 || t->start > t1)
                    continue;
                const QRectF r(xOf(t->start), y - h / 2, xOf(endOf(t)) - xOf(t->start), h);
                drawTag(p, label(*t), font, th.foreground(), r.adjusted(1, 2, -1, -2));
                ++stats_.poolTaskSlices;
            }
            continue;
        }
        // Clusters: tasks closer together than a tag is wide share one tag.
        const double tagTop = y - h / 2 - fm.height() - 6;
        size_t i = 0;
        while (i < tasks.size()) {
            size_t j = i + 1;
            const double x0 = xOf(tasks[i]->start);
            while (j < tasks.size() &&
                   xOf(tasks[j]->start) - x0 < fm.horizontalAdvance(label(*tasks[i])) + 16)
                ++j;
            const double x1 = xOf(tasks[j - 1]->start);
            if (x1 >= xOf(static_cast<int64_t>(t0)) - 2 &&
                x0 <= xOf(static_cast<int64_t>(t1)) + 2) {
                p->setPen(QPen(ink, 2));
                for (size_t k = i; k < j; ++k) {
                    const double x = xOf(tasks[k]->start);
                    p->drawLine(QPointF(x, y - h / 2 - 7), QPointF(x, y - h / 2 - 1));
                    ++stats_.poolTaskTicks;
                }
                const QString text = j - i == 1
                                         ? label(*tasks[i])
                                         : tr("%n task(s)", nullptr, static_cast<int>(j - i));
                const double w = fm.horizontalAdvance(text) + 8;
                // Left of the ticks when the tag would run off the plot's right edge.
                double left = x1 + 4;
                if (left + w > mKeyAxis->axisRect()->right() - 2)
                    left = x0 - 4 - w;
                drawTag(p, text, font, ink, QRectF(left, tagTop, w, fm.height() + 2));
            }
            i = j;
        }
    }
}

} // namespace proclab::ui
