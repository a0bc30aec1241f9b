#include "ui/panels/queue_boxes.h"

#include "ui/model/run_model.h"
#include "ui/style/state_painter.h"
#include "ui/style/theme.h"

#include <QPainter>

namespace proclab::ui {

QueueBoxes::QueueBoxes(RunModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    setObjectName(QStringLiteral("queueBoxes"));
    connect(model_, &RunModel::cursorChanged, this, qOverload<>(&QWidget::update));
    connect(model_, &RunModel::traceChanged, this, qOverload<>(&QWidget::update));
    connect(&theme(), &Theme::changed, this, qOverload<>(&QWidget::update));
}

void QueueBoxes::setQueueSlot(int slot) {
    slot_ = slot;
    update();
}

std::vector<QueueBoxes::Box> QueueBoxes::boxes() const {
    std::vector<Box> out;
    if (slot_ < 0 || slot_ >= static_cast<int>(model_->queues().size()))
        return out;
    const QueueAnalysis& q = model_->queues()[static_cast<size_t>(slot_)];
    // During a live run an item not got yet may still be got: only a finished run says never.
    const bool finished = !model_->isLive();
    for (size_t i : itemsInQueueAt(q, model_->cursor())) {
        const QueueItem& it = q.items[i];
        out.push_back({it.id, it.value, finished && !it.got()});
    }
    return out;
}

namespace {
constexpr int kMargin = 8;

// A box holds the value in a large bold font over a small caption ("never got", "#3").
int boxHeight(const QFont& big, const QFont& small) {
    return std::max(44, QFontMetrics(big).height() + QFontMetrics(small).height() + 8);
}

QFont boxValueFont() {
    QFont big = theme().labelFont();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    return big;
}
} // namespace

QSize QueueBoxes::minimumSizeHint() const {
    const QFont small = theme().smallFont();
    const int top = kMargin + QFontMetrics(small).height() + 4;
    return {200, top + boxHeight(boxValueFont(), small) + kMargin / 2};
}

void QueueBoxes::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Theme& th = theme();
    p.fillRect(rect(), th.background());
    const std::vector<Box> items = boxes();

    QFont small = th.smallFont();
    const QFont big = boxValueFont();
    const QFontMetrics fmSmall(small);
    const int margin = kMargin;
    const int boxH = boxHeight(big, small);
    const int boxW = std::max({56, QFontMetrics(big).horizontalAdvance(QStringLiteral("00000")),
                               fmSmall.horizontalAdvance(tr("never got")) + 10});
    const int top = margin + fmSmall.height() + 4;

    p.setFont(small);
    p.setPen(th.foreground());
    const QString head = items.empty() ? tr("queue at the cursor: empty")
                                       : tr("queue at the cursor: %n item(s), front first", nullptr,
                                            static_cast<int>(items.size()));
    p.drawText(QPoint(margin, margin + fmSmall.ascent()), head);

    // Room for "get() ←" on the left and "← put()" on the right.
    const QString getLabel = tr("get() ◀");
    const QString putLabel = tr("◀ put()");
    const int leftW = fmSmall.horizontalAdvance(getLabel) + 8;
    const int rightW = fmSmall.horizontalAdvance(putLabel) + 8;
    const int avail = width() - 2 * margin - leftW - rightW;
    const int gap = 6;
    const int fit = std::max(1, (avail + gap) / (boxW + gap));
    const bool overflow = static_cast<int>(items.size()) > fit;
    const int shown = overflow ? std::max(0, fit - 1) : static_cast<int>(items.size());

    p.setPen(th.muted());
    p.drawText(QRect(margin, top, leftW, boxH), Qt::AlignVCenter | Qt::AlignLeft, getLabel);
    int x = margin + leftW;
    for (int i = 0; i < shown; ++i) {
        const Box& b = items[static_cast<size_t>(i)];
        const QRect r(x, top, boxW, boxH);
        const QColor edge = b.neverGot ? th.wrong() : th.foreground();
        p.setPen(QPen(edge, b.neverGot ? 3 : 1.5));
        QColor fill = b.neverGot ? th.wrong() : th.laneColor(1);
        fill.setAlphaF(b.neverGot ? 0.12f : 0.22f);
        p.setBrush(fill);
        p.drawRoundedRect(r, 5, 5);
        p.setFont(big);
        p.setPen(b.neverGot ? th.wrong() : th.foreground());
        p.drawText(r.adjusted(0, 2, 0, -fmSmall.height()), Qt::AlignCenter,
                   QString::number(b.value));
        p.setFont(small);
        p.setPen(b.neverGot ? th.wrong() : th.muted());
        p.drawText(r.adjusted(0, 0, 0, -3), Qt::AlignHCenter | Qt::AlignBottom,
                   b.neverGot ? tr("never got") : tr("#%1").arg(b.id));
        x += boxW + gap;
    }
    if (overflow) {
        p.setFont(small);
        p.setPen(th.foreground());
        p.drawText(QRect(x, top, boxW, boxH), Qt::AlignCenter,
                   tr("+%1\nmore").arg(items.size() - static_cast<size_t>(shown)));
        x += boxW + gap;
    }
    if (items.empty()) {
        p.setPen(QPen(th.muted(), 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRect(x, top, boxW, boxH), 5, 5);
        x += boxW + gap;
    }
    p.setFont(small);
    p.setPen(th.muted());
    p.drawText(QRect(x, top, rightW, boxH), Qt::AlignVCenter | Qt::AlignLeft, putLabel);
}

} // namespace proclab::ui
