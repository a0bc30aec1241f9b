#include "ui/panels/queue_panel.h"

#include "ui/model/run_model.h"
#include "ui/panels/queue_boxes.h"
#include "ui/style/theme.h"
#include "ui/widgets/cursor_sync.h"
#include "ui/widgets/fitting_ticker.h"
#include "ui/widgets/legend_below.h"
#include "ui/widgets/plot_widget.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace proclab::ui {

namespace {
class WholeItemsTicker : public FittingTicker {
  public:
    using FittingTicker::FittingTicker;

  protected:
    double getTickStep(const QCPRange& range) override {
        return std::max(1.0, std::ceil(FittingTicker::getTickStep(range)));
    }
};
} // namespace

QueuePanel::QueuePanel(RunModel* model, QWidget* parent) : RoomAwarePanel(parent), model_(model) {
    setObjectName(QStringLiteral("queuePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* top = new QHBoxLayout;
    summary_ = new QLabel(this);
    summary_->setTextFormat(Qt::RichText);
    queueChoice_ = new QComboBox(this);
    queueChoice_->setVisible(false);
    top->addWidget(summary_, 1);
    top->addWidget(queueChoice_);
    layout->addLayout(top);

    plot_ = new PlotWidget(this);
    plot_->setMinimumHeight(kChartData);
    // Short: the panel's title already says "Queue", and a low chart cut the long label.
    plot_->yAxis->setLabel(tr("items"));
    // Whole items only (a queue never holds 2.5 of them), and no more ticks than the height
    // holds: in presentation mode the depths 0..5 were written over each other.
    plot_->yAxis->setTicker(QSharedPointer<WholeItemsTicker>::create(plot_->yAxis));
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal);
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);
    putLegendBelow(plot_); // inside, it covered the depth curve and the never-got crosses
    followTimeWindow(plot_, plot_->xAxis, model_);
    layout->addWidget(plot_, 1);

    boxes_ = new QueueBoxes(model_, this);
    layout->addWidget(boxes_);
    layout->addStretch(0); // takes the room only while the chart is left out (fitToRoom)

    connect(queueChoice_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        slot_ = std::max(0, i);
        boxes_->setQueueSlot(slot_);
        rebuild();
    });
    connect(model_, &RunModel::traceChanged, this, &QueuePanel::rebuild);
    connect(&theme(), &Theme::changed, this, &QueuePanel::applyTheme);
    applyTheme();
    rebuild();
}

void QueuePanel::fitToRoom() {
    // At 1024×700 the dock under the code's ten lines is ~200 px high: the chart squeezed to a
    // 15 px strip and the boxes (the items stranded in the queue, what empty() teaches) were
    // scrolled out of view. There the boxes and the counts stay, and the chart comes back when
    // the dock is taller. Decided on the viewport, which this choice does not change.
    const int room = this->room().height();
    const QMargins m = layout()->contentsMargins();
    const int spacing = std::max(0, layout()->spacing());
    // The least is 80 px of data above the axes, their labels and the legend, which grow with
    // the text: in presentation mode a chart of 180 px had 20 px of data.
    const int chartLeast = kChartData + 5 * QFontMetrics(theme().labelFont()).height();
    plot_->setMinimumHeight(chartLeast);
    const int needed = m.top() + m.bottom() + summary_->sizeHint().height() + chartLeast +
                       boxes_->minimumSizeHint().height() + 2 * spacing;
    plot_->setVisible(room >= needed);
    // Without the chart the counts and the boxes stay together at the top.
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->setStretch(box->count() - 1, plot_->isHidden() ? 1 : 0);
}

bool QueuePanel::chartShown() const {
    return !plot_->isHidden();
}

QString QueuePanel::summaryText() const {
    return summary_->text();
}

void QueuePanel::applyTheme() {
    summary_->setFont(theme().labelFont());
    fitToRoom();
    rebuild();
}

void QueuePanel::rebuild() {
    const auto& queues = model_->queues();
    if (static_cast<int>(queues.size()) != queueChoice_->count()) {
        QSignalBlocker block(queueChoice_);
        queueChoice_->clear();
        for (const QueueAnalysis& q : queues)
            queueChoice_->addItem(tr("queue %1").arg(q.queue));
        queueChoice_->setVisible(queues.size() > 1);
        slot_ = std::min(slot_, std::max(0, static_cast<int>(queues.size()) - 1));
        queueChoice_->setCurrentIndex(slot_);
    }
    plot_->clearGraphs();
    plot_->clearPlottables();
    const Theme& th = theme();
    if (queues.empty()) {
        summary_->setText(tr("This run uses no queue."));
        plot_->legend->setVisible(false);
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const QueueAnalysis& q = queues[static_cast<size_t>(slot_)];
    QString text = tr("put <b>%1</b> &nbsp; got <b>%2</b>").arg(q.put).arg(q.got);
    // While the run goes on, items not got yet are no loss yet: said in grey, not red.
    const bool live = model_->isLive();
    if (q.missed > 0)
        text +=
            QStringLiteral(" &nbsp; <b style='color:%1'>%2</b>")
                .arg(live ? th.muted().name() : th.wrong().name(),
                     live ? tr("not got yet %1").arg(q.missed) : tr("never got %1").arg(q.missed));
    if (!q.fifo)
        text += tr(" &nbsp; (not in FIFO order)");
    summary_->setText(text);

    auto* depth = plot_->addGraph();
    depth->setName(tr("queue depth"));
    depth->setLineStyle(QCPGraph::lsStepLeft);
    const QColor c = th.laneColor(4);
    depth->setPen(QPen(c, 2.5));
    QColor fill = c;
    fill.setAlphaF(0.18f);
    depth->setBrush(fill);
    QVector<double> keys, values;
    keys.reserve(static_cast<qsizetype>(q.depth.size()) + 2);
    values.reserve(keys.capacity());
    keys << 0;
    values << 0;
    int maxDepth = 1;
    for (const DepthPoint& d : q.depth) {
        keys << static_cast<double>(d.t);
        values << d.depth;
        maxDepth = std::max(maxDepth, d.depth);
    }
    keys << static_cast<double>(model_->duration());
    values << values.back();
    depth->setData(keys, values, true);

    if (q.missed > 0) {
        auto* missed = plot_->addGraph();
        missed->setName(live ? tr("put, not got yet") : tr("put, never got"));
        missed->setLineStyle(QCPGraph::lsNone);
        const QColor mark = live ? th.muted() : th.wrong();
        missed->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, mark, 14));
        missed->setPen(QPen(mark, 3));
        for (const QueueItem& it : q.items)
            if (!it.got())
                missed->addData(static_cast<double>(it.putTime), 0);
    }
    plot_->yAxis->setRange(-0.3, maxDepth + 0.8);
    plot_->legend->setVisible(true);
    fitLegendColumns(plot_->legend, plot_->width());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace proclab::ui
