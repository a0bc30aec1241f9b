#include "ui/panels/counter_panel.h"

#include "ui/model/run_model.h"
#include "ui/model/trial_runner.h"
#include "ui/style/theme.h"
#include "ui/widgets/cursor_sync.h"
#include "ui/widgets/legend_below.h"
#include "ui/widgets/plot_widget.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <map>

namespace proclab::ui {

namespace {
QLabel* bigNumber(QWidget* parent, const QString& caption, QGridLayout* grid, int column) {
    auto* cap = new QLabel(caption, parent);
    cap->setAlignment(Qt::AlignCenter);
    auto* value = new QLabel(QStringLiteral("–"), parent);
    value->setAlignment(Qt::AlignCenter);
    grid->addWidget(cap, 0, column);
    grid->addWidget(value, 1, column);
    return value;
}

QVector<double> toKeys(const std::vector<SeriesPoint>& s) {
    QVector<double> v;
    v.reserve(static_cast<qsizetype>(s.size()));
    for (const SeriesPoint& p : s)
        v << static_cast<double>(p.t);
    return v;
}
QVector<double> toValues(const std::vector<SeriesPoint>& s) {
    QVector<double> v;
    v.reserve(static_cast<qsizetype>(s.size()));
    for (const SeriesPoint& p : s)
        v << static_cast<double>(p.value);
    return v;
}
} // namespace

CounterPanel::CounterPanel(RunModel* model, QWidget* parent)
    : QWidget(parent), model_(model), trials_(new TrialRunner(this)) {
    setObjectName(QStringLiteral("counterPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* numbers = new QGridLayout;
    expected_ = bigNumber(this, tr("expected"), numbers, 0);
    final_ = bigNumber(this, tr("final"), numbers, 1);
    lost_ = bigNumber(this, tr("lost"), numbers, 2);
    layout->addLayout(numbers);
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    layout->addWidget(note_);

    plot_ = new PlotWidget(this);
    plot_->setMinimumHeight(160);
    plot_->yAxis->setLabel(tr("counter value"));
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal);
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    // Its own time range, fitted to the increments: they happen in a small part of the run
    // (after the processes start), and squeezed onto the whole run the gap would be invisible.
    followTimeWindow(plot_, plot_->xAxis, model_, false);
    layout->addWidget(plot_, 2);

    auto* trialRow = new QHBoxLayout;
    trialCount_ = new QSpinBox(this);
    trialCount_->setRange(2, 500);
    trialCount_->setValue(20);
    trialCount_->setToolTip(tr("How many times to run the same demo, one run after another"));
    trialButton_ = new QPushButton(tr("Run %1 trials").arg(trialCount_->value()), this);
    trialStatus_ = new QLabel(this);
    trialRow->addWidget(trialCount_);
    trialRow->addWidget(trialButton_);
    trialRow->addWidget(trialStatus_, 1);
    layout->addLayout(trialRow);

    histogram_ = new PlotWidget(this);
    histogram_->setMinimumHeight(140);
    histogram_->xAxis->setLabel(tr("final counter value"));
    histogram_->yAxis->setLabel(tr("runs"));
    histogram_->setVisible(false);
    layout->addWidget(histogram_, 1);

    connect(trialCount_, qOverload<int>(&QSpinBox::valueChanged), this,
            [this](int n) { trialButton_->setText(tr("Run %1 trials").arg(n)); });
    connect(trialButton_, &QPushButton::clicked, this, &CounterPanel::runTrials);
    connect(trials_, &TrialRunner::trialFinished, this, [this](int done, int total, qint64) {
        trialStatus_->setText(tr("%1 of %2 done").arg(done).arg(total));
        showTrials(trials_->finals(), trials_->expected());
    });
    connect(trials_, &TrialRunner::allFinished, this, [this] {
        trialButton_->setEnabled(true);
        const auto& f = trials_->finals();
        const auto losing = std::count_if(f.begin(), f.end(),
                                          [this](qint64 v) { return v != trials_->expected(); });
        trialStatus_->setText(tr("%1 of %2 runs lost updates").arg(losing).arg(f.size()));
    });
    connect(trials_, &TrialRunner::failed, this, [this](const QString& m) {
        trialButton_->setEnabled(true);
        trialStatus_->setText(m);
    });
    connect(model_, &RunModel::traceChanged, this, &CounterPanel::rebuild);
    connect(&theme(), &Theme::changed, this, &CounterPanel::applyTheme);
    applyTheme();
}

QString CounterPanel::expectedText() const {
    return expected_->text();
}
QString CounterPanel::finalText() const {
    return final_->text();
}
QString CounterPanel::lostText() const {
    return lost_->text();
}

void CounterPanel::applyTheme() {
    const Theme& th = theme();
    for (QLabel* l : {expected_, final_, lost_})
        l->setFont(th.bigNumberFont());
    for (QLabel* l : findChildren<QLabel*>())
        if (l != expected_ && l != final_ && l != lost_)
            l->setFont(th.labelFont());
    rebuild();
}

void CounterPanel::rebuild() {
    const Theme& th = theme();
    const auto& counter = model_->counter();
    const bool has = counter.has_value();
    trialButton_->setEnabled(has && !model_->isLive() && !trials_->isRunning() &&
                             !model_->trace().demo.empty());
    plot_->clearGraphs();
    if (!has) {
        expected_->setText(QStringLiteral("–"));
        final_->setText(QStringLiteral("–"));
        lost_->setText(QStringLiteral("–"));
        note_->setText(tr("This run has no shared counter."));
        plot_->legend->setVisible(false);
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const CounterLedger& c = *counter;
    expected_->setText(QString::number(c.expected));
    final_->setText(QString::number(c.final));
    lost_->setText(QString::number(c.lost));
    const QString wrong = QStringLiteral("color: %1").arg(th.wrong().name());
    lost_->setStyleSheet(c.lost != 0 ? wrong : QString());
    final_->setStyleSheet(c.lost != 0 ? wrong : QString());
    if (model_->isLive())
        note_->setText(tr("Running…"));
    else if (c.lost > 0)
        note_->setText(tr("%n update(s) lost: a process wrote back a value that was already stale.",
                          nullptr, static_cast<int>(c.lost)));
    else
        note_->setText(tr("Nothing lost in this run. Without one lock around the whole "
                          "read-add-write that is luck: run several trials to see how often "
                          "updates get lost."));

    // Expected first, actual second: the fill between them is the gap, i.e. the lost updates.
    auto* expected = plot_->addGraph();
    expected->setName(tr("expected (increments done)"));
    expected->setLineStyle(QCPGraph::lsStepLeft);
    expected->setPen(QPen(th.foreground(), 2, Qt::DashLine));
    expected->setData(toKeys(c.expectedSeries), toValues(c.expectedSeries), true);
    auto* actual = plot_->addGraph();
    actual->setName(tr("actual value in the counter"));
    actual->setLineStyle(QCPGraph::lsStepLeft);
    actual->setPen(QPen(th.laneColor(4), 2.5));
    actual->setData(toKeys(c.actualSeries), toValues(c.actualSeries), true);
    QColor gap = th.wrong();
    gap.setAlphaF(0.28f);
    expected->setBrush(gap);
    expected->setChannelFillGraph(actual);
    // A legend entry for the shaded gap itself.
    auto* gapKey = plot_->addGraph();
    gapKey->setName(tr("gap = lost updates"));
    gapKey->setPen(QPen(gap, 10));
    plot_->yAxis->setRange(0, std::max<double>(1, static_cast<double>(c.expected)) * 1.05);
    if (!c.expectedSeries.empty()) {
        const double b = static_cast<double>(c.expectedSeries.front().t);
        const double e = static_cast<double>(std::max(
            c.expectedSeries.back().t, c.actualSeries.empty() ? 0 : c.actualSeries.back().t));
        const double pad = std::max(100.0, (e - b) * 0.04);
        plot_->xAxis->setRange(b - pad, e + pad);
    }
    plot_->legend->setVisible(true);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void CounterPanel::runTrials() {
    const Trace& t = model_->trace();
    RunRequestUi request;
    request.demo = QString::fromStdString(t.demo);
    request.variant = QString::fromStdString(t.variant);
    for (const auto& [k, v] : t.params)
        request.params[k] = v;
    trialButton_->setEnabled(false);
    trialStatus_->setText(tr("starting…"));
    trials_->start(request, trialCount_->value());
}

void CounterPanel::showTrials(const QVector<qint64>& finals, qint64 expected) {
    histogram_->setVisible(true);
    histogram_->clearPlottables();
    histogram_->clearItems();
    const Theme& th = theme();
    std::map<qint64, int> counts;
    for (qint64 v : finals)
        ++counts[v];
    // Bars at the exact value when the values are few, else binned to ~30 bins.
    qint64 lo = counts.empty() ? 0 : counts.begin()->first;
    qint64 hi = counts.empty() ? 1 : counts.rbegin()->first;
    lo = std::min(lo, expected);
    hi = std::max(hi, expected);
    const qint64 width = std::max<qint64>(1, (hi - lo + 30) / 30);
    std::map<qint64, int> bins;
    for (const auto& [v, n] : counts)
        bins[lo + (v - lo) / width * width] += n;
    auto* exact = new QCPBars(histogram_->xAxis, histogram_->yAxis);
    exact->setName(tr("runs ending at the expected value"));
    exact->setBrush(th.laneColor(2));
    exact->setPen(QPen(th.laneColor(2).darker(130)));
    exact->setWidth(static_cast<double>(width) * 0.9);
    auto* short_ = new QCPBars(histogram_->xAxis, histogram_->yAxis);
    short_->setName(tr("runs that lost updates"));
    short_->setBrush(th.wrong());
    short_->setPen(QPen(th.wrong().darker(130)));
    short_->setWidth(static_cast<double>(width) * 0.9);
    int maxN = 1;
    for (const auto& [b, n] : bins) {
        const bool atExpected = expected >= b && expected < b + width;
        (atExpected ? exact : short_)->addData(static_cast<double>(b) + (width - 1) / 2.0, n);
        maxN = std::max(maxN, n);
    }
    histogram_->xAxis->setRange(static_cast<double>(lo - width), static_cast<double>(hi + width));
    histogram_->yAxis->setRange(0, maxN * 1.15);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    histogram_->yAxis->setTicker(ticker);
    histogram_->legend->setVisible(true);
    putLegendBelow(histogram_, 1); // never over the bars
    histogram_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace proclab::ui
