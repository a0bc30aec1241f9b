#include "ui/panels/pool_view.h"

#include "ui/model/run_model.h"
#include "ui/style/theme.h"
#include "ui/timeline/time_axis.h"

#include <QPainter>

#include <algorithm>
#include <map>

namespace proclab::ui {

namespace {
QString taskLabel(const PoolTask& t) {
    return QStringLiteral("%1 → %2").arg(t.input).arg(t.end >= 0 ? QString::number(t.result)
                                                                 : QStringLiteral("…"));
}

// Tasks of each worker in the order it started them. Every worker of the pool has a row, the
// idle ones too (empty): "one worker did everything" only shows next to the ones that did not.
std::map<int, std::vector<const PoolTask*>> tasksByWorker(const Trace& trace,
                                                          const PoolAnalysis& pool) {
    std::map<int, std::vector<const PoolTask*>> rows;
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
    connect(model_, &RunModel::traceChanged, this, qOverload<>(&QWidget::update));
    connect(model_, &RunModel::cursorChanged, this, qOverload<>(&QWidget::update));
    connect(&theme(), &Theme::changed, this, qOverload<>(&QWidget::update));
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

void PoolView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Theme& th = theme();
    p.fillRect(rect(), th.background());
    const QFont label = th.labelFont();
    const QFont small = th.smallFont();
    const QFontMetrics fm(label);
    const QFontMetrics fms(small);
    const int margin = 10;
    if (!model_->pool()) {
        p.setFont(label);
        p.setPen(th.muted());
        p.drawText(rect().adjusted(margin, margin, -margin, -margin),
                   Qt::AlignCenter | Qt::TextWordWrap, tr("This run uses no pool."));
        return;
    }
    const PoolAnalysis& pool = *model_->pool();
    const auto rowsByWorker = tasksByWorker(model_->trace(), pool);
    const int64_t cursor = model_->cursor();

    // Header.
    p.setFont(label);
    p.setPen(th.foreground());
    const QString header =
        tr("%n task(s)", nullptr, static_cast<int>(pool.tasks.size())) + QStringLiteral(" · ") +
        tr("%n chunk(s)", nullptr, static_cast<int>(pool.chunks.size())) + QStringLiteral(" · ") +
        tr("%n worker(s)", nullptr, static_cast<int>(rowsByWorker.size()));
    int y = margin + fm.ascent();
    p.drawText(margin, y, header);
    y += fm.descent() + 4;
    if (const QString why = explanation(); !why.isEmpty()) {
        const QRect box(margin, y, width() - 2 * margin, height());
        const QRect used = fm.boundingRect(box, Qt::TextWordWrap, why);
        p.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, why);
        y += used.height();
    }
    y += 4;

    // Legend and result list reserve the bottom.
    const int resultH = fm.height() * 2 + 8;
    const int legendH = fms.height() + 10;
    const int rowsBottom = height() - margin - resultH - legendH;
    const int n = std::max<int>(1, static_cast<int>(rowsByWorker.size()));
    const int rowH = std::clamp((rowsBottom - y) / n, 22, 64);
    int nameW = 0;
    for (const auto& [w, tasks] : rowsByWorker)
        nameW = std::max(nameW, fm.horizontalAdvance(model_->laneName(w)));
    nameW += 12;
    size_t maxTasks = 1;
    for (const auto& [w, tasks] : rowsByWorker)
        maxTasks = std::max(maxTasks, tasks.size());
    const double slotW = std::min(150.0, static_cast<double>(width() - 2 * margin - nameW) /
                                             static_cast<double>(maxTasks));

    for (const auto& [worker, tasks] : rowsByWorker) {
        const QColor c = th.laneColor(worker);
        p.setFont(label);
        p.setPen(th.laneTextColor(worker));
        p.drawText(QRect(margin, y, nameW - 8, rowH), Qt::AlignVCenter | Qt::AlignRight,
                   model_->laneName(worker));
        double x = margin + nameW;
        if (tasks.empty()) {
            // An idle worker: an empty dashed row, so the eye sees who did nothing.
            const QRectF r(x + 1, y + 3, width() - margin - x - 2, rowH - 6);
            p.setPen(QPen(th.muted(), 1.2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
            p.setPen(th.muted());
            p.drawText(r.adjusted(8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, tr("idle"));
            y += rowH;
            continue;
        }
        int prevChunk = -1;
        for (const PoolTask* t : tasks) {
            const QRectF r(x + 1, y + 3, std::max(1.0, slotW - 2), rowH - 6);
            const bool done = t->end >= 0 && t->end <= cursor;
            const bool started = t->start <= cursor;
            // Alternate shades per chunk so that a chunk reads as one block.
            QColor fill = c;
            if (t->chunk % 2)
                fill = fill.lighter(118);
            if (!done)
                fill.setAlphaF(started ? 0.45f : 0.0f);
            p.setPen(QPen(c.darker(130), 1.2));
            p.setBrush(fill);
            p.drawRect(r);
            if (prevChunk != -1 && t->chunk != prevChunk) {
                p.setPen(QPen(th.foreground(), 4));
                p.drawLine(QPointF(x, y), QPointF(x, y + rowH));
            }
            prevChunk = t->chunk;
            const QString text = taskLabel(*t);
            if (fm.horizontalAdvance(text) + 6 <= r.width()) {
                p.setFont(label);
                p.setPen(done ? (c.lightnessF() < 0.45 ? QColor(Qt::white) : QColor(Qt::black))
                              : th.foreground());
                p.drawText(r, Qt::AlignCenter, text);
            }
            x += slotW;
        }
        y += rowH;
    }

    // The result list, in input order: what map() returns.
    y = std::max(y + 6, rowsBottom + 6);
    p.setFont(label);
    p.setPen(th.foreground());
    // Each variant says what it gives back and in which order.
    const std::string& variant = model_->trace().variant;
    const bool unordered = variant == "imap_unordered";
    const QString prefix = unordered ? tr("imap_unordered() yields (finish order): ")
                           : variant == "apply_async" ? tr("r.get() results (input order): ")
                                                      : tr("map() returns (input order): ");
    p.drawText(margin, y + fm.ascent(), prefix);
    QFont mono = th.monoFont();
    mono.setBold(true);
    p.setFont(mono);
    QStringList parts;
    std::vector<const PoolTask*> order;
    for (const PoolTask& t : pool.tasks)
        order.push_back(&t);
    if (unordered) {
        // Finished ones by finishing time; the rest are still to come.
        std::stable_sort(order.begin(), order.end(),
                         [cursor](const PoolTask* a, const PoolTask* b) {
                             const bool da = a->end >= 0 && a->end <= cursor,
                                        db = b->end >= 0 && b->end <= cursor;
                             if (da != db)
                                 return da;
                             return da && a->end < b->end;
                         });
    }
    for (const PoolTask* t : order)
        parts << (t->end >= 0 && t->end <= cursor ? QString::number(t->result)
                                                  : QStringLiteral("?"));
    const QString list = QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
    p.drawText(QRect(margin + fm.horizontalAdvance(prefix), y, width() - 2 * margin, resultH),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               QFontMetrics(mono).elidedText(list, Qt::ElideMiddle,
                                             width() - 2 * margin - fm.horizontalAdvance(prefix)));

    // Legend.
    const int ly = height() - margin - legendH + 4;
    int lx = margin;
    p.setFont(small);
    auto key = [&](const QString& text, auto&& icon) {
        icon(QRectF(lx, ly, 26, fms.height() - 2));
        lx += 32;
        p.setPen(th.foreground());
        p.drawText(lx, ly + fms.ascent(), text);
        lx += fms.horizontalAdvance(text) + 18;
    };
    key(tr("task: x → square(x)"), [&](const QRectF& r) {
        p.setPen(QPen(th.legendLaneColor().darker(130), 1.2));
        p.setBrush(th.legendLaneColor().lighter(150));
        p.drawRect(r);
    });
    key(tr("chunk boundary"), [&](const QRectF& r) {
        p.setPen(QPen(th.foreground(), 4));
        p.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
    });
    key(tr("not finished at the cursor"), [&](const QRectF& r) {
        p.setPen(QPen(th.legendLaneColor(), 1.2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
    });
}

} // namespace proclab::ui
