#include "ui/panels/pool_view.h"

#include "ui/model/run_model.h"
#include "ui/style/theme.h"
#include "ui/timeline/time_axis.h"

#include <QPainter>
#include <QResizeEvent>

#include <algorithm>
#include <map>

namespace proclab::ui {

namespace {
constexpr int kMargin = 10;
constexpr int kLeastRowH = 18; // a worker's name in the label font still fits

QString taskLabel(const PoolTask& t) {
    return QStringLiteral("%1 → %2").arg(t.input).arg(t.end >= 0 ? QString::number(t.result)
                                                                 : QStringLiteral("…"));
}

// Tasks of each worker in the order it started them. Every worker of the pool has a row, the
// idle ones too (empty): "one worker did everything" only shows next to the ones that did not.
PoolView::WorkerRows tasksByWorker(const Trace& trace, const PoolAnalysis& pool) {
    PoolView::WorkerRows rows;
    for (const LaneInfo& lane : trace.lanes)
        if (lane.role == "worker")
            rows[lane.lane];
    for (const PoolTask& t : pool.tasks)
        rows[t.worker].push_back(&t);
    for (auto& [w, v] : rows)
        std::stable_sort(v.begin(), v.end(),
                         [](const PoolTask* a, const PoolTask* b) { return a->start < b->start; });
    return rows;
}

// The tasks in the order their results are listed: input order, or for imap_unordered the
// finished ones by finishing time, then the rest (still to come).
std::vector<const PoolTask*> resultOrder(const PoolAnalysis& pool, bool unordered, int64_t cursor) {
    std::vector<const PoolTask*> order;
    for (const PoolTask& t : pool.tasks)
        order.push_back(&t);
    if (unordered) {
        std::stable_sort(order.begin(), order.end(),
                         [cursor](const PoolTask* a, const PoolTask* b) {
                             const bool da = a->end >= 0 && a->end <= cursor,
                                        db = b->end >= 0 && b->end <= cursor;
                             if (da != db)
                                 return da;
                             return da && a->end < b->end;
                         });
    }
    return order;
}

int64_t median(std::vector<int64_t> v) {
    if (v.empty())
        return -1;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
}
} // namespace

QString PoolView::explanation() const {
    if (!model_->pool())
        return {};
    const PoolAnalysis& pool = *model_->pool();
    const auto rowsByWorker = tasksByWorker(model_->trace(), pool);
    std::vector<int64_t> taskNs, startNs;
    for (const PoolTask& t : pool.tasks)
        if (t.end >= t.start)
            taskNs.push_back(t.end - t.start);
    int busy = 0, busyLane = -1;
    for (const auto& [worker, tasks] : rowsByWorker) {
        if (!tasks.empty()) {
            ++busy;
            busyLane = worker;
        }
        if (worker >= 0 && worker < static_cast<int>(model_->lanes().size())) {
            const Lifetime& life = model_->lanes()[static_cast<size_t>(worker)].life;
            if (life.created >= 0 && life.started >= life.created)
                startNs.push_back(life.started - life.created);
        }
    }
    const int64_t task = median(taskNs), start = median(startNs);
    QString why;
    if (task >= 0 && start >= 0)
        why = tr("A task took about %1; starting a worker took about %2.")
                  .arg(TimeAxis::formatDuration(static_cast<double>(task)),
                       TimeAxis::formatDuration(static_cast<double>(start)));
    if (busy == 1 && rowsByWorker.size() > 1 && pool.tasks.size() > 1)
        return tr("%1 ran all %n task(s) before the other workers were ready.", nullptr,
                  static_cast<int>(pool.tasks.size()))
                   .arg(model_->laneName(busyLane)) +
               (why.isEmpty() ? QString() : QStringLiteral(" ") + why);
    return why;
}

PoolView::PoolView(RunModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    setObjectName(QStringLiteral("poolView"));
    connect(model_, &RunModel::traceChanged, this, &PoolView::takeTrace);
    connect(model_, &RunModel::cursorChanged, this, qOverload<>(&QWidget::update));
    connect(&theme(), &Theme::changed, this, qOverload<>(&QWidget::update));
    takeTrace(); // a model that already holds a run (an export's copy)
}

void PoolView::takeTrace() {
    // What depends on the run only, once per run (not per paint: lesson 5 has 10,000 tasks).
    workers_ = model_->pool() ? tasksByWorker(model_->trace(), *model_->pool()).size() : 0;
    why_ = explanation();
    setToolTip(why_); // also when a low dock leaves it out of the panel
    updateGeometry(); // one row per worker: the least height follows the run
    update();
}

std::vector<std::pair<int, QStringList>> PoolView::rows() const {
    std::vector<std::pair<int, QStringList>> out;
    if (!model_->pool())
        return out;
    for (const auto& [worker, tasks] : tasksByWorker(model_->trace(), *model_->pool())) {
        QStringList labels;
        for (const PoolTask* t : tasks)
            labels << taskLabel(*t);
        out.emplace_back(worker, labels);
    }
    return out;
}

QString PoolView::resultText() const {
    if (!model_->pool())
        return {};
    QStringList parts;
    for (int64_t r : model_->pool()->results)
        parts << QString::number(r);
    return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
}

int PoolView::resultHeight() const {
    // One line: the list is elided to the width (paintResultList).
    return QFontMetrics(theme().labelFont()).height() + 6;
}

// Everything at its least: the header line (and the why under it), a short row per worker, the
// result list and the legend wrapped to the width.
int PoolView::neededHeight(bool withExplanation) const {
    const QFontMetrics fm(theme().labelFont());
    int h = kMargin + fm.height() + 8;
    if (withExplanation && !why_.isEmpty())
        h += fm.boundingRect(QRect(0, 0, std::max(1, width() - 2 * kMargin), 10000),
                             Qt::TextWordWrap, why_)
                 .height();
    h += static_cast<int>(std::max<size_t>(1, workers_)) * kLeastRowH + 6;
    return h + resultHeight() + paintLegend(nullptr, 0) + 6 + kMargin / 2;
}

QSize PoolView::minimumSizeHint() const {
    return {260, std::max(120, neededHeight(false))};
}

void PoolView::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    if (e->oldSize().width() != width())
        updateGeometry(); // the legend wraps to the width: the least height follows it
}

void PoolView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Theme& th = theme();
    p.fillRect(rect(), th.background());
    if (!model_->pool()) {
        p.setFont(th.labelFont());
        p.setPen(th.muted());
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                   Qt::AlignCenter | Qt::TextWordWrap, tr("This run uses no pool."));
        return;
    }
    const PoolAnalysis& pool = *model_->pool();
    const WorkerRows rowsByWorker = tasksByWorker(model_->trace(), pool);
    const int top = paintHeader(p, pool, rowsByWorker.size());
    // Legend and result list reserve the bottom.
    const int resultH = resultHeight();
    const int legendH = paintLegend(nullptr, 0) + 6; // measured: it wraps to the width
    const int rowsBottom = height() - kMargin / 2 - resultH - legendH;
    const int rowsEnd = paintWorkerRows(p, rowsByWorker, top, rowsBottom);
    // Each block starts below the one before it, so that on a short panel they never overlap
    // (what does not fit is cut at the bottom, never drawn over the results).
    const int resultTop = std::max(rowsEnd + 6, rowsBottom + 6);
    paintResultList(p, pool, resultTop, resultH);
    paintLegend(&p, std::max(resultTop + resultH, height() - kMargin / 2 - legendH + 6));
}

int PoolView::paintHeader(QPainter& p, const PoolAnalysis& pool, size_t workers) {
    const Theme& th = theme();
    const QFontMetrics fm(th.labelFont());
    p.setFont(th.labelFont());
    p.setPen(th.foreground());
    const QString header =
        tr("%n task(s)", nullptr, static_cast<int>(pool.tasks.size())) + QStringLiteral(" · ") +
        tr("%n chunk(s)", nullptr, static_cast<int>(pool.chunks.size())) + QStringLiteral(" · ") +
        tr("%n worker(s)", nullptr, static_cast<int>(workers));
    int y = kMargin + fm.ascent();
    p.drawText(kMargin, y, header);
    y += fm.descent() + 4;
    // At 1024×700 the dock is ~200 px: the three lines of why would leave the rows, the result
    // list and the legend no room. Then the header's tooltip holds it.
    if (!why_.isEmpty() && height() >= neededHeight(true)) {
        const QRect box(kMargin, y, width() - 2 * kMargin, height());
        const QRect used = fm.boundingRect(box, Qt::TextWordWrap, why_);
        p.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, why_);
        y += used.height();
    }
    return y + 4;
}

int PoolView::paintWorkerRows(QPainter& p, const WorkerRows& rowsByWorker, int y, int rowsBottom) {
    const Theme& th = theme();
    const QFontMetrics fm(th.labelFont());
    RowGeometry g;
    const int n = std::max<int>(1, static_cast<int>(rowsByWorker.size()));
    g.rowH = std::clamp((rowsBottom - y) / n, kLeastRowH, 64);
    for (const auto& [w, tasks] : rowsByWorker)
        g.nameW = std::max(g.nameW, fm.horizontalAdvance(model_->laneName(w)));
    g.nameW += 12;
    size_t maxTasks = 1;
    for (const auto& [w, tasks] : rowsByWorker)
        maxTasks = std::max(maxTasks, tasks.size());
    g.slotW = std::min(150.0, static_cast<double>(width() - 2 * kMargin - g.nameW) /
                                  static_cast<double>(maxTasks));

    for (const auto& [worker, tasks] : rowsByWorker) {
        p.setFont(th.labelFont());
        p.setPen(th.laneTextColor(worker));
        p.drawText(QRect(kMargin, y, g.nameW - 8, g.rowH), Qt::AlignVCenter | Qt::AlignRight,
                   model_->laneName(worker));
        if (tasks.empty())
            paintIdleRow(p, y, g);
        else
            paintTaskRow(p, worker, tasks, y, g);
        y += g.rowH;
    }
    return y;
}

// An idle worker: an empty dashed row, so the eye sees who did nothing.
void PoolView::paintIdleRow(QPainter& p, int y, const RowGeometry& g) {
    const Theme& th = theme();
    const double x = kMargin + g.nameW;
    const QRectF r(x + 1, y + 3, width() - kMargin - x - 2, g.rowH - 6);
    p.setPen(QPen(th.muted(), 1.2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
    p.setPen(th.muted());
    p.drawText(r.adjusted(8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, tr("idle"));
}

// One slice per task in the order the worker ran them, filled once done at the cursor, with a
// thick bar where one chunk ends and the next begins.
void PoolView::paintTaskRow(QPainter& p, int worker, const std::vector<const PoolTask*>& tasks,
                            int y, const RowGeometry& g) {
    const Theme& th = theme();
    const QFontMetrics fm(th.labelFont());
    const int64_t cursor = model_->cursor();
    const QColor c = th.laneColor(worker);
    double x = kMargin + g.nameW;
    int prevChunk = -1;
    double chunkStart = x;
    // Ten thousand tasks are a pixel or less each: their outlines and the chunk bars between
    // them would paint the row black. Outlines only where a task is wide enough to show one, a
    // chunk's bar only after a chunk wide enough to be seen, never wider than a quarter of it.
    const bool outlined = g.slotW >= 4;
    if (!outlined) { // one outline around the worker's tasks: those not started yet show too
        p.setPen(QPen(c.darker(130), 1.2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(x, y + 3, g.slotW * static_cast<double>(tasks.size()), g.rowH - 6));
    }
    for (const PoolTask* t : tasks) {
        const QRectF r(x + 1, y + 3, std::max(1.0, g.slotW - 2), g.rowH - 6);
        const bool done = t->end >= 0 && t->end <= cursor;
        const bool started = t->start <= cursor;
        // Alternate shades per chunk so that a chunk reads as one block.
        QColor fill = c;
        if (t->chunk % 2)
            fill = fill.lighter(118);
        if (!done)
            fill.setAlphaF(started ? 0.45f : 0.0f);
        if (outlined)
            p.setPen(QPen(c.darker(130), 1.2));
        else
            p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRect(outlined ? r : QRectF(x, r.top(), g.slotW, r.height()));
        if (prevChunk != -1 && t->chunk != prevChunk) {
            const double chunkW = x - chunkStart;
            if (chunkW >= 8) {
                p.setPen(QPen(th.foreground(), std::min(4.0, chunkW / 4)));
                p.drawLine(QPointF(x, y), QPointF(x, y + g.rowH));
            }
            chunkStart = x;
        }
        prevChunk = t->chunk;
        const QString text = taskLabel(*t);
        if (fm.horizontalAdvance(text) + 6 <= r.width()) {
            p.setFont(th.labelFont());
            p.setPen(done ? (c.lightnessF() < 0.45 ? QColor(Qt::white) : QColor(Qt::black))
                          : th.foreground());
            p.drawText(r, Qt::AlignCenter, text);
        }
        x += g.slotW;
    }
}

// The result list: what map() returns, in input order (imap_unordered: in finishing order).
void PoolView::paintResultList(QPainter& p, const PoolAnalysis& pool, int y, int resultH) {
    const Theme& th = theme();
    const QFontMetrics fm(th.labelFont());
    const int64_t cursor = model_->cursor();
    p.setFont(th.labelFont());
    p.setPen(th.foreground());
    // Each variant says what it gives back and in which order.
    const std::string& variant = model_->trace().variant;
    const bool unordered = variant == "imap_unordered";
    const QString prefix = unordered ? tr("imap_unordered() yields (finish order): ")
                           : variant == "apply_async" ? tr("r.get() results (input order): ")
                                                      : tr("map() returns (input order): ");
    p.drawText(kMargin, y + fm.ascent(), prefix);
    QFont mono = th.monoFont();
    mono.setBold(true);
    p.setFont(mono);
    QStringList parts;
    for (const PoolTask* t : resultOrder(pool, unordered, cursor))
        parts << (t->end >= 0 && t->end <= cursor ? QString::number(t->result)
                                                  : QStringLiteral("?"));
    const QString list = QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
    p.drawText(QRect(kMargin + fm.horizontalAdvance(prefix), y, width() - 2 * kMargin, resultH),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               QFontMetrics(mono).elidedText(list, Qt::ElideMiddle,
                                             width() - 2 * kMargin - fm.horizontalAdvance(prefix)));
}

int PoolView::paintLegend(QPainter* painter, int top) const {
    const bool draw = painter != nullptr;
    const Theme& th = theme();
    const QFontMetrics fms(th.smallFont());
    const int lineH = fms.height() + 4;
    int lx = kMargin, ly = top;
    if (draw)
        painter->setFont(th.smallFont());
    // Keys flow left to right and wrap at the panel's width (long Chinese or large text).
    auto key = [&](const QString& text, auto&& icon) {
        const int w = 32 + fms.horizontalAdvance(text);
        if (lx > kMargin && lx + w > width() - kMargin) {
            lx = kMargin;
            ly += lineH;
        }
        if (draw) {
            icon(QRectF(lx, ly, 26, fms.height() - 2));
            painter->setPen(th.foreground());
            painter->drawText(lx + 32, ly + fms.ascent(), text);
        }
        lx += w + 18;
    };
    key(tr("task: x → square(x)"), [&](const QRectF& r) {
        painter->setPen(QPen(th.legendLaneColor().darker(130), 1.2));
        painter->setBrush(th.legendLaneColor().lighter(150));
        painter->drawRect(r);
    });
    key(tr("chunk boundary"), [&](const QRectF& r) {
        painter->setPen(QPen(th.foreground(), 4));
        painter->drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
    });
    key(tr("not finished at the cursor"), [&](const QRectF& r) {
        painter->setPen(QPen(th.legendLaneColor(), 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r);
    });
    return ly + lineH - top;
}

} // namespace proclab::ui
