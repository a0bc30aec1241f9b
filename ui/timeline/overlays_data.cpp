// Overlays of what the processes shared: pool tasks on their workers, queue items from put to
// get, and the counter's lost updates.
#include "trace/counter_ledger.h"
#include "ui/model/run_model.h"
#include "ui/style/state_painter.h"
#include "ui/style/theme.h"
#include "ui/timeline/timeline_overlay.h"

#include <QCoreApplication>
#include <QPaintEngine>
#include <QPixmap>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>

namespace proclab::ui {

namespace {

QString timelineTr(const char* text) {
    return QCoreApplication::translate("proclab::ui::TimelineView", text);
}

// "5 tasks": a cluster of pool tasks too close together for a label each.
const char* const kTasks = QT_TRANSLATE_N_NOOP("proclab::ui::LanesPlottable", "%n task(s)");
// Queue arrows are drawn for every item only while there are this few; else for the selection.
constexpr size_t kAllQueueArrowsMax = 40;

class PoolTaskOverlay : public TimelineOverlay {
  public:
    bool present(const RunModel& m) const override { return m.pool() && !m.pool()->tasks.empty(); }

    std::vector<OverlayLegendEntry> legend(const RunModel&) const override {
        return {{timelineTr(QT_TRANSLATE_NOOP("proclab::ui::TimelineView",
                                              "pool task x → x² (one tick each)")),
                 [](QPainter& p, const QRectF& r) {
                     p.setPen(QPen(theme().foreground(), 2));
                     for (double x : {r.left() + 5, r.center().x(), r.right() - 5})
                         p.drawLine(QPointF(x, r.top() + 1), QPointF(x, r.bottom() - 1));
                 }}};
    }

    // square(x) takes nanoseconds, a worker's start microseconds: at the whole run's scale
    // every task of a worker falls on one pixel. So: zoomed out, a tick per task above the
    // worker's bar and one tag ("5 tasks") per cluster, so that "one worker did everything"
    // shows; zoomed in far enough for the text, each task is a slice labelled "x → x²".
    void draw(OverlayCanvas& c) const override {
        std::map<int, std::vector<const PoolTask*>> byWorker;
        for (const PoolTask& t : c.model.pool()->tasks)
            if (t.worker >= 0 && t.worker < static_cast<int>(c.model.lanes().size()))
                byWorker[t.worker].push_back(&t);
        for (auto& [worker, tasks] : byWorker) {
            std::sort(tasks.begin(), tasks.end(),
                      [](const PoolTask* a, const PoolTask* b) { return a->start < b->start; });
            drawWorker(c, worker, tasks);
        }
    }

  private:
    static QString label(const PoolTask& t) {
        return QStringLiteral("%1 → %2").arg(t.input).arg(t.end >= 0 ? QString::number(t.result)
                                                                     : QStringLiteral("…"));
    }
    static int64_t endOf(const PoolTask* t) { return t->end >= 0 ? t->end : t->start; }

    static void drawWorker(OverlayCanvas& c, int worker,
                           const std::vector<const PoolTask*>& tasks) {
        const Theme& th = theme();
        const QFont font = th.smallFont();
        const QFontMetricsF fm(font);
        const double h = c.lanes.barHeight();
        const double y = c.y(worker);
        const QColor ink = th.laneTextColor(worker);
        auto xOf = [&](int64_t t) { return c.x(static_cast<double>(t)); };
        bool wide = true;
        for (const PoolTask* t : tasks)
            wide &= xOf(endOf(t)) - xOf(t->start) >= fm.horizontalAdvance(label(*t)) + 8;
        if (wide) {
            for (const PoolTask* t : tasks) {
                if (endOf(t) < c.t0 || t->start > c.t1)
                    continue;
                const QRectF r(xOf(t->start), y - h / 2, xOf(endOf(t)) - xOf(t->start), h);
                c.lanes.drawTag(c.p, label(*t), font, th.foreground(), r.adjusted(1, 2, -1, -2));
                ++c.stats.poolTaskSlices;
            }
            return;
        }
        // Clusters: tasks closer together than a tag is wide share one tag. The tag stays in
        // its worker's row: above the ticks when the row has room for it, else on the bar
        // itself (above, it sat on the lane before, reading as that lane's).
        const double row = std::abs(c.y(worker + 1) - y);
        const double tagH = fm.height() + 2;
        const double tagTop =
            y - h / 2 - 7 - tagH >= y - row / 2 ? y - h / 2 - 7 - tagH : y - tagH / 2;
        const double right = c.lanes.keyAxis()->axisRect()->right();
        size_t i = 0;
        while (i < tasks.size()) {
            size_t j = i + 1;
            const double x0 = xOf(tasks[i]->start);
            while (j < tasks.size() &&
                   xOf(tasks[j]->start) - x0 < fm.horizontalAdvance(label(*tasks[i])) + 16)
                ++j;
            const double x1 = xOf(tasks[j - 1]->start);
            if (x1 >= xOf(static_cast<int64_t>(c.t0)) - 2 &&
                x0 <= xOf(static_cast<int64_t>(c.t1)) + 2) {
                c.p->setPen(QPen(ink, 2));
                for (size_t k = i; k < j; ++k) {
                    const double x = xOf(tasks[k]->start);
                    c.p->drawLine(QPointF(x, y - h / 2 - 7), QPointF(x, y - h / 2 - 1));
                    ++c.stats.poolTaskTicks;
                }
                const QString text =
                    j - i == 1 ? label(*tasks[i])
                               : QCoreApplication::translate("proclab::ui::LanesPlottable", kTasks,
                                                             nullptr, static_cast<int>(j - i));
                const double w = fm.horizontalAdvance(text) + 8;
                // Left of the ticks when the tag would run off the plot's right edge.
                double left = x1 + 4;
                if (left + w > right - 2)
                    left = x0 - 4 - w;
                const QRectF tag(left, tagTop, w, tagH);
                c.lanes.drawTag(c.p, text, font, ink, tag);
                c.stats.obstacles.marks.push_back(tag);
            }
            i = j;
        }
    }
};

class QueueOverlay : public TimelineOverlay {
  public:
    bool present(const RunModel& m) const override { return !m.queues().empty(); }

    std::vector<OverlayLegendEntry> legend(const RunModel& m) const override {
        bool arrows = false, missed = false;
        for (const QueueAnalysis& q : m.queues()) {
            arrows |= q.got > 0;
            missed |= q.missed > 0;
        }
        std::vector<OverlayLegendEntry> out;
        if (arrows)
            out.push_back({timelineTr(QT_TRANSLATE_NOOP("proclab::ui::TimelineView",
                                                        "queue item: put → get")),
                           [](QPainter& p, const QRectF& r) {
                               paintArrow(p, QPointF(r.left(), r.center().y()),
                                          QPointF(r.right(), r.center().y()), theme().foreground(),
                                          1.6);
                           }});
        // While the run goes on, an item not got yet may still be got: it is no loss yet.
        const bool live = m.isLive();
        if (missed)
            out.push_back({live ? timelineTr(QT_TRANSLATE_NOOP("proclab::ui::TimelineView",
                                                               "item not got yet"))
                                : timelineTr(QT_TRANSLATE_NOOP("proclab::ui::TimelineView",
                                                               "item never got")),
                           [live](QPainter& p, const QRectF& r) {
                               p.setRenderHint(QPainter::Antialiasing);
                               p.setPen(QPen(live ? theme().muted() : theme().wrong(), 2));
                               p.setBrush(Qt::NoBrush);
                               p.drawEllipse(r.center(), 5, 5);
                           }});
        return out;
    }

    void draw(OverlayCanvas& c) const override {
        const auto [selQueue, selItem] = c.model.selectedQueueItem();
        const double h = c.lanes.barHeight();
        for (size_t q = 0; q < c.model.queues().size(); ++q) {
            const auto& items = c.model.queues()[q].items;
            const bool all = items.size() <= kAllQueueArrowsMax;
            for (size_t k = 0; k < items.size(); ++k) {
                const bool selected =
                    static_cast<int>(q) == selQueue && static_cast<int>(k) == selItem;
                if (!all && !selected)
                    continue;
                const QueueItem& it = items[k];
                const double y0 = c.y(it.producer);
                const double x0 = c.x(static_cast<double>(it.putTime));
                if (!it.got()) {
                    // Put but never got: a red dot where it entered the queue (grey while the
                    // run goes on: it may still be got).
                    if (it.putTime >= c.t0 && it.putTime <= c.t1) {
                        c.p->setPen(QPen(c.model.isLive() ? theme().muted() : theme().wrong(), 2));
                        c.p->setBrush(theme().background());
                        c.p->drawEllipse(QPointF(x0, y0 - h / 2 - 6), 5, 5);
                        c.stats.obstacles.marks.emplace_back(x0 - 6, y0 - h / 2 - 12, 12, 12);
                    }
                    continue;
                }
                if (it.getTime < c.t0 || it.putTime > c.t1)
                    continue;
                const double y1 = c.y(it.consumer);
                const double x1 = c.x(static_cast<double>(it.getTime));
                QColor col = theme().laneTextColor(it.producer);
                if (!selected && selQueue >= 0)
                    col.setAlphaF(0.35f);
                const double width = selected ? 3 : 1.6;
                if (it.producer == it.consumer) {
                    // Same process put and got it (the sequential version): an arrow over the bar.
                    const double y = y0 - h / 2 - 5;
                    paintClippedArrow(*c.p, QPointF(x0, y), QPointF(x1, y), c.lanes.clip(), col,
                                      width);
                    c.stats.obstacles.lines.emplace_back(QPointF(x0, y), QPointF(x1, y));
                } else {
                    const double dir = y1 >= y0 ? 1 : -1;
                    const QPointF from(x0, y0 + dir * h / 2), to(x1, y1 - dir * h / 2);
                    paintClippedArrow(*c.p, from, to, c.lanes.clip(), col, width);
                    c.stats.obstacles.lines.emplace_back(from, to);
                }
                ++c.stats.queueArrows;
            }
        }
    }
};

class LostUpdateOverlay : public TimelineOverlay {
  public:
    bool present(const RunModel& m) const override {
        return m.counter() && !m.counter()->entries.empty();
    }

    std::vector<OverlayLegendEntry> legend(const RunModel&) const override {
        return {{timelineTr(
                     QT_TRANSLATE_NOOP("proclab::ui::TimelineView", "lost update (hover for why)")),
                 [](QPainter& p, const QRectF& r) {
                     paintCross(p, r.center(), r.height() * 0.35, theme().wrong(), 3);
                 }}};
    }

    // Per lane, the marks are found by binary search: one ✕ per column of the mark's width
    // (more in one column could not be told apart), the next one looked up past that column,
    // so a frame costs the columns that hold a mark, not the marks in view (a 10-million-event
    // race has millions). Every column that holds a lost update gets its ✕.
    void draw(OverlayCanvas& c) const override {
        const LedgerReader r(c.model.trace(), *c.model.counter());
        const double radius = std::clamp(c.lanes.barHeight() * 0.3, 4.0, 9.0);
        const double step = radius * 1.2;
        const size_t drawnBefore = c.stats.lostAt.size();
        const int laneCount = static_cast<int>(c.model.counter()->marksByLane.size());
        std::vector<QPointF> crosses;
        for (int lane = 0; lane < laneCount; ++lane) {
            const auto& marks = r.marks(lane);
            size_t k = r.firstMarkFrom(lane, c.t0);
            const size_t end = r.firstMarkFrom(lane, std::floor(c.t1) + 1);
            c.stats.lostMarks += static_cast<int>(end - std::min(k, end));
            const double y = c.y(lane);
            long lastColumn = LONG_MIN;
            while (k < end) {
                const int64_t t = r.entryTime(marks[k]);
                const double x = c.x(static_cast<double>(t));
                const long col = static_cast<long>(std::floor(x / step));
                if (col != lastColumn) {
                    lastColumn = col;
                    crosses.emplace_back(x, y);
                    c.stats.obstacles.marks.emplace_back(x - radius - 1, y - radius - 1,
                                                         2 * radius + 2, 2 * radius + 2);
                    if (c.stats.lostAt.size() < 100000)
                        c.stats.lostAt.emplace_back(lane, t);
                }
                // Folded: the next mark worth a look is the first past this column.
                const double next = c.lanes.keyAxis()->pixelToCoord((col + 1) * step);
                k = firstFrom(r, marks, k + 1, end, next);
            }
        }
        paintCrosses(*c.p, crosses, radius, theme().wrong(), 3);
        std::sort(c.stats.lostAt.begin() + static_cast<ptrdiff_t>(drawnBefore),
                  c.stats.lostAt.end(), [](const auto& a, const auto& b) {
                      return std::pair(a.second, a.first) < std::pair(b.second, b.first);
                  });
    }

  private:
    // The first of marks[from, end) at or after t, galloping from `from`: the next column's
    // mark is usually a few marks on, and probes close together stay in the cache, where a
    // binary search over the lane's million marks misses it at every step.
    static size_t firstFrom(const LedgerReader& r, const std::vector<uint32_t>& marks, size_t from,
                            size_t end, double t) {
        size_t lo = from, hi = from, stride = 1;
        while (hi < end && static_cast<double>(r.entryTime(marks[hi])) < t) {
            lo = hi + 1;
            hi = from + stride;
            stride *= 2;
        }
        hi = std::min(hi, end);
        const auto it = std::lower_bound(
            marks.begin() + static_cast<ptrdiff_t>(lo), marks.begin() + static_cast<ptrdiff_t>(hi),
            t, [&r](uint32_t k, double x) { return static_cast<double>(r.entryTime(k)) < x; });
        return static_cast<size_t>(it - marks.begin());
    }

    // A picture of a 10-million-event race has a ✕ in nearly every column of every lane:
    // thousands of antialiased strokes were most of its frame. On a raster device one ✕ is
    // drawn once into a pixmap and stamped (a blit each); a vector export (SVG, PDF) gets the
    // strokes, in one call.
    static void paintCrosses(QCPPainter& p, const std::vector<QPointF>& centres, double r,
                             const QColor& color, double width) {
        if (centres.empty())
            return;
        const QPaintEngine* engine = p.paintEngine();
        const bool raster = engine && engine->type() == QPaintEngine::Raster &&
                            !p.modes().testFlag(QCPPainter::pmVectorized);
        if (!raster) {
            std::vector<QLineF> lines;
            lines.reserve(2 * centres.size());
            for (const QPointF& c : centres) {
                lines.emplace_back(c + QPointF(-r, -r), c + QPointF(r, r));
                lines.emplace_back(c + QPointF(-r, r), c + QPointF(r, -r));
            }
            p.save();
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
            p.drawLines(lines.data(), static_cast<int>(lines.size()));
            p.restore();
            return;
        }
        const double half = std::ceil(r + width);
        const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
        QPixmap stamp(QSize(static_cast<int>(2 * half), static_cast<int>(2 * half)) * dpr);
        stamp.setDevicePixelRatio(dpr);
        stamp.fill(Qt::transparent);
        {
            QPainter sp(&stamp);
            paintCross(sp, QPointF(half, half), r, color, width);
        }
        for (const QPointF& c : centres)
            p.drawPixmap(QPointF(std::round(c.x()) - half, std::round(c.y()) - half), stamp);
    }
};

} // namespace

std::unique_ptr<TimelineOverlay> makePoolTaskOverlay() {
    return std::make_unique<PoolTaskOverlay>();
}
std::unique_ptr<TimelineOverlay> makeQueueOverlay() {
    return std::make_unique<QueueOverlay>();
}
std::unique_ptr<TimelineOverlay> makeLostUpdateOverlay() {
    return std::make_unique<LostUpdateOverlay>();
}

} // namespace proclab::ui
