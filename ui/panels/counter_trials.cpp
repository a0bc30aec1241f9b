// CounterPanel's trials: "Run 20 trials" of the toolbar's settings, stoppable, and one histogram
// of final values per variant and settings, so that two variants can be compared side by side.
// (The numbers, the sentence and the ledger chart are in counter_panel.cpp.)
#include "ui/panels/counter_panel.h"

#include "ui/model/run_model.h"
#include "ui/model/trial_runner.h"
#include "ui/style/theme.h"
#include "ui/widgets/fitting_ticker.h"
#include "ui/widgets/legend_below.h"
#include "ui/widgets/plot_widget.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <map>

namespace proclab::ui {

namespace {
constexpr size_t kMaxHistograms = 3; // side by side in one dock: more would be unreadable
} // namespace

void CounterPanel::buildTrialBar() {
    trialBar_ = new QWidget(this);
    auto* trialRow = new QBoxLayout(QBoxLayout::LeftToRight, trialBar_);
    trialRow_ = trialRow;
    trialRow->setContentsMargins(0, 0, 0, 0);
    trialCount_ = new QSpinBox(this);
    trialCount_->setRange(2, 500);
    trialCount_->setValue(20);
    trialCount_->setToolTip(tr("How many times to run the toolbar's demo, variant and settings, "
                               "one run after another"));
    trialButton_ = new QPushButton(tr("Run %1 trials").arg(trialCount_->value()), this);
    trialButton_->setObjectName(QStringLiteral("trialButton"));
    trialStatus_ = new QLabel(this);
    trialStatus_->setWordWrap(true);
    trialRow->addWidget(trialCount_);
    trialRow->addWidget(trialButton_);
    trialRow->addWidget(trialStatus_, 1);
}

void CounterPanel::connectTrials() {
    connect(trialCount_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int n) {
        if (!trials_->isRunning())
            trialButton_->setText(tr("Run %1 trials").arg(n));
    });
    connect(trialButton_, &QPushButton::clicked, this, [this] {
        if (trials_->isRunning()) {
            trials_->cancel();
            trialsEnded(tr("Stopped after %n trial(s).", nullptr,
                           static_cast<int>(trials_->finals().size())));
        } else {
            runTrials();
        }
    });
    connect(trials_, &TrialRunner::trialFinished, this, [this](int done, int total, qint64) {
        trialStatus_->setText(tr("%1 of %2 done").arg(done).arg(total));
        showTrials(trials_->finals(), trials_->expected(), trialLabel_);
    });
    connect(trials_, &TrialRunner::allFinished, this, [this] {
        const auto& f = trials_->finals();
        const auto losing = std::count_if(f.begin(), f.end(),
                                          [this](qint64 v) { return v != trials_->expected(); });
        trialsEnded(tr("%1 of %2 runs lost updates").arg(losing).arg(f.size()));
    });
    connect(trials_, &TrialRunner::failed, this, [this](const QString& m) { trialsEnded(m); });
}

void CounterPanel::setRequestSource(std::function<RunRequestUi()> source) {
    requestSource_ = std::move(source);
    rebuild(); // the trial button needs one
}

void CounterPanel::runTrials() {
    if (!requestSource_)
        return;
    // The toolbar's settings, not the run on screen: trials answer "how often does what I
    // have set up now lose updates?".
    const RunRequestUi request = requestSource_();
    QStringList settings;
    for (const auto& [k, v] : request.params)
        settings << QStringLiteral("%1=%2").arg(QString::fromStdString(k)).arg(v);
    trialLabel_ = QStringLiteral("%1 · %2").arg(request.variant, settings.join(QLatin1Char(' ')));
    trialButton_->setText(tr("Stop trials"));
    trialStatus_->setText(tr("starting…"));
    emit trialsRunningChanged(true);
    trials_->start(request, trialCount_->value());
}

void CounterPanel::trialsEnded(const QString& status) {
    trialButton_->setText(tr("Run %1 trials").arg(trialCount_->value()));
    trialStatus_->setText(status);
    emit trialsRunningChanged(false);
    rebuild();
}

void CounterPanel::showTrials(const QVector<qint64>& finals, qint64 expected,
                              const QString& label) {
    auto it = std::find_if(histograms_.begin(), histograms_.end(),
                           [&](const Histogram& h) { return h.label == label; });
    if (it == histograms_.end()) {
        if (histograms_.size() >= kMaxHistograms) {
            // The oldest makes room: the newest and the ones before it stay to compare.
            Histogram& old = histograms_.front();
            old.plot->parentWidget()->deleteLater();
            histograms_.erase(histograms_.begin());
        }
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        Histogram h{label, new PlotWidget(box), new QLabel(box)};
        h.title->setWordWrap(true);
        h.title->setAlignment(Qt::AlignCenter);
        h.title->setFont(theme().labelFont());
        h.plot->setMinimumHeight(140);
        h.plot->xAxis->setLabel(tr("final counter value"));
        installFittingTicker(h.plot->xAxis); // three side by side: five-digit values
        h.plot->yAxis->setLabel(tr("runs"));
        v->addWidget(h.title);
        v->addWidget(h.plot, 1);
        histogramRow_->addWidget(box, 1);
        main_->setStretchFactor(histogramRow_, 1);
        histograms_.push_back(h);
        it = std::prev(histograms_.end());
    }
    lastHistogram_ = static_cast<int>(it - histograms_.begin());
    it->title->setText(
        label.isEmpty()
            ? tr("%n run(s)", nullptr, static_cast<int>(finals.size()))
            : tr("%1 · %n run(s)", nullptr, static_cast<int>(finals.size())).arg(label));
    drawHistogram(it->plot, finals, expected);
}

void CounterPanel::drawHistogram(PlotWidget* histogram, const QVector<qint64>& finals,
                                 qint64 expected) {
    histogram->clearPlottables();
    histogram->clearItems();
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
    auto* exact = new QCPBars(histogram->xAxis, histogram->yAxis);
    exact->setName(tr("runs ending at the expected value"));
    exact->setBrush(th.laneColor(2));
    exact->setPen(QPen(th.laneColor(2).darker(130)));
    exact->setWidth(static_cast<double>(width) * 0.9);
    auto* short_ = new QCPBars(histogram->xAxis, histogram->yAxis);
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
    histogram->xAxis->setRange(static_cast<double>(lo - width), static_cast<double>(hi + width));
    histogram->yAxis->setRange(0, maxN * 1.1); // the legend is below the axes, not over bars
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    histogram->yAxis->setTicker(ticker);
    histogram->legend->setVisible(true);
    putLegendBelow(histogram); // never over the bars
    fitLegendColumns(histogram->legend, histogram->width());
    histogram->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace proclab::ui
