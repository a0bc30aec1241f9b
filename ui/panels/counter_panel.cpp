#include "ui/panels/counter_panel.h"

#include "pytrace/python_import.h"
#include "trace/counter_ledger.h"
#include "trace/wrapping_math.h"
#include "ui/model/run_model.h"
#include "ui/model/trial_runner.h"
#include "ui/style/theme.h"
#include "ui/widgets/cursor_sync.h"
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
constexpr size_t kMaxHistograms = 3;    // side by side in one dock: more would be unreadable
constexpr size_t kMaxPlotPoints = 4000; // a step line drawn from more points looks the same

QLabel* bigNumber(QWidget* parent, const QString& caption, QGridLayout* grid, int column,
                  QLabel** captionOut = nullptr) {
    auto* cap = new QLabel(caption, parent);
    cap->setAlignment(Qt::AlignCenter);
    auto* value = new QLabel(QStringLiteral("–"), parent);
    value->setAlignment(Qt::AlignCenter);
    grid->addWidget(cap, 0, column);
    grid->addWidget(value, 1, column);
    if (captionOut)
        *captionOut = cap;
    return value;
}

// Keys and values of a series, thinned to at most kMaxPlotPoints (a heavy run has millions
// of increments; the last point is always kept so the line ends where the run did).
template <typename PointAt>
void toPlot(size_t n, PointAt pointAt, QVector<double>& keys, QVector<double>& values) {
    const size_t step = std::max<size_t>(1, n / kMaxPlotPoints);
    keys.clear();
    values.clear();
    for (size_t i = 0; i < n; i += step) {
        const SeriesPoint p = pointAt(i);
        keys << static_cast<double>(p.t);
        values << static_cast<double>(p.value);
    }
    if (n > 0 && (n - 1) % step != 0) {
        const SeriesPoint p = pointAt(n - 1);
        keys << static_cast<double>(p.t);
        values << static_cast<double>(p.value);
    }
}

bool isExactVariant(const std::string& variant) {
    return variant == "get-lock" || variant == "atomic";
}
} // namespace

CounterPanel::CounterPanel(RunModel* model, QWidget* parent)
    : QWidget(parent), model_(model), trials_(new TrialRunner(this)) {
    setObjectName(QStringLiteral("counterPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    QVBoxLayout* words = buildWords();
    buildPlot();
    // Numbers and words above the chart, or beside it when the panel is wide and low (a
    // projector's large text under the code panel): the chart keeps a readable height.
    body_ = new QBoxLayout(QBoxLayout::TopToBottom);
    body_->addLayout(words);
    body_->addWidget(plot_, 1);
    layout->addLayout(body_, 2);
    layout->addWidget(buildTrialBar());
    main_ = layout;
    arrange(false);
    histogramRow_ = new QHBoxLayout;
    layout->addLayout(histogramRow_, 1);
    connectTrials();
    connect(model_, &RunModel::traceChanged, this, &CounterPanel::rebuild);
    connect(model_, &RunModel::cursorChanged, this, &CounterPanel::updateNumbers);
    connect(&theme(), &Theme::changed, this, &CounterPanel::applyTheme);
    applyTheme();
}

QVBoxLayout* CounterPanel::buildWords() {
    auto* numbers = new QGridLayout;
    expected_ = bigNumber(this, tr("expected"), numbers, 0, &expectedCaption_);
    final_ = bigNumber(this, tr("final"), numbers, 1, &finalCaption_);
    lost_ = bigNumber(this, tr("lost"), numbers, 2, &lostCaption_);
    lost_->setToolTip(tr("Increments erased by stale writes until the cursor, minus any that a "
                         "later store brought back: expected − value, at the cursor."));
    notDone_ = bigNumber(this, tr("not done"), numbers, 3, &notDoneCaption_);
    notDone_->setToolTip(tr("Increments that never ran because the run was stopped: not lost, "
                            "never done."));
    numbers_ = numbers;
    lostWhy_ = new QLabel(this);
    lostWhy_->setObjectName(QStringLiteral("lostExplanation"));
    lostWhy_->setWordWrap(true);
    lostWhy_->setVisible(false);
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    auto* words = new QVBoxLayout;
    words_ = words;
    words->addLayout(numbers);
    words->addWidget(lostWhy_);
    words->addWidget(note_);
    words->addStretch(1);
    return words;
}

void CounterPanel::buildPlot() {
    plot_ = new PlotWidget(this);
    plot_->setMinimumHeight(160);
    plot_->yAxis->setLabel(tr("counter value"));
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal);
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);
    putLegendBelow(plot_); // inside, it covered the curves and the gap between them
    // Its own time range, fitted to the increments: they happen in a small part of the run
    // (after the processes start), and squeezed onto the whole run the gap would be invisible.
    followTimeWindow(plot_, plot_->xAxis, model_, false);
}

QWidget* CounterPanel::buildTrialBar() {
    trialBar_ = new QWidget(this);
    auto* trialRow = new QHBoxLayout(trialBar_);
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
    return trialBar_;
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

void CounterPanel::arrange(bool beside) {
    // Beside: one number a row (caption, number); above: captions over numbers in one row.
    QLabel* captions[] = {expectedCaption_, finalCaption_, lostCaption_, notDoneCaption_};
    QLabel* values[] = {expected_, final_, lost_, notDone_};
    for (int i = 0; i < 4; ++i) {
        numbers_->removeWidget(captions[i]);
        numbers_->removeWidget(values[i]);
        numbers_->addWidget(captions[i], beside ? i : 0, beside ? 0 : i);
        numbers_->addWidget(values[i], beside ? i : 1, beside ? 1 : i);
        captions[i]->setAlignment(beside ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignCenter);
        values[i]->setAlignment(beside ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
    }
    // Beside, the trial controls join the words: the chart gets the panel's whole height.
    main_->removeWidget(trialBar_);
    words_->removeWidget(trialBar_);
    if (beside)
        words_->insertWidget(words_->count() - 1, trialBar_); // above the stretch
    else
        main_->insertWidget(1, trialBar_); // under the body, above the histograms
    body_->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    body_->setStretch(0, beside ? 2 : 0);
    body_->setStretch(1, beside ? 3 : 1);
    beside_ = beside;
}

void CounterPanel::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    // Decided on the space the dock shows (the scroll area's viewport), which this choice does
    // not change, so the layout cannot flip back and forth.
    const QSize room = parentWidget() ? parentWidget()->size() : e->size();
    const bool beside = room.width() >= 480 && room.width() >= 1.6 * room.height();
    if (beside != beside_)
        arrange(beside);
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
QString CounterPanel::notDoneText() const {
    return notDone_->text();
}
QString CounterPanel::noteText() const {
    return note_->text();
}
QString CounterPanel::lostExplanation() const {
    return lostWhy_->isVisibleTo(this) ? lostWhy_->text() : QString();
}
PlotWidget* CounterPanel::histogram() const {
    return lastHistogram_ < 0 ? nullptr : histograms_[static_cast<size_t>(lastHistogram_)].plot;
}
QString CounterPanel::histogramTitle(int i) const {
    return histograms_.at(static_cast<size_t>(i)).title->text();
}

void CounterPanel::applyTheme() {
    const Theme& th = theme();
    for (QLabel* l : {expected_, final_, lost_, notDone_})
        l->setFont(th.bigNumberFont());
    for (QLabel* l : findChildren<QLabel*>())
        if (l != expected_ && l != final_ && l != lost_ && l != notDone_)
            l->setFont(th.labelFont());
    rebuild();
}

void CounterPanel::updateNumbers() {
    const auto& counter = model_->counter();
    if (!counter)
        return;
    const CounterLedger& c = *counter;
    const int64_t t = model_->cursor();
    const LedgerReader r(model_->trace(), c);
    const bool live = model_->isLive();
    const bool atEnd = !live && (r.storeCount() == 0 || t >= r.storeTime(r.storeCount() - 1));
    // Approximate when the run was cut short or dropped events: say so on the number itself.
    const QString approx =
        model_->cutShort() || model_->dropped() > 0 ? QStringLiteral("≈") : QString();
    // All three at the same moment, so that expected − value = lost on screen at any cursor.
    int64_t expected = c.expected, value = c.final, lost = c.lost;
    if (live) {
        // While the run goes on, the total to expect is not yet reached: show what has been
        // done so far, so that the three numbers agree as they do at any cursor.
        expected = c.increments;
    } else if (!atEnd) {
        expected = static_cast<int64_t>(r.storesThrough(t));
        value = r.valueAt(t, 0);
        lost = r.lostThrough(r.entriesThrough(t));
    }
    expectedCaption_->setText(atEnd ? tr("expected") : tr("expected so far"));
    finalCaption_->setText(atEnd ? tr("final") : tr("at the cursor"));
    lostCaption_->setText(atEnd ? tr("lost") : tr("lost so far"));
    expected_->setText(QString::number(expected));
    final_->setText(QString::number(value));
    lost_->setText(approx + QString::number(lost));
    const QString wrong = QStringLiteral("color: %1").arg(theme().wrong().name());
    lost_->setStyleSheet(lost != 0 ? wrong : QString());
    final_->setStyleSheet(lost != 0 ? wrong : QString());
    const bool showNotDone = c.notDone > 0 && !model_->isLive() && !c.finalReported;
    notDone_->setText(QString::number(c.notDone));
    notDone_->setVisible(showNotDone);
    notDoneCaption_->setVisible(showNotDone);
    explainLost(atEnd, lost);
}

namespace {

// The highest running sum of the lost updates: above the final lost when later stores brought
// erased increments back. One pass over the ledger, done once per finished run.
int64_t peakLostSoFar(const LedgerReader& r) {
    int64_t sum = 0, peak = 0;
    for (size_t k = 0; k < r.entryCount(); ++k)
        peak = std::max(peak, sum = wrappingAdd(sum, r.entryErased(k)));
    return peak;
}

} // namespace

void CounterPanel::explainLost(bool atEnd, int64_t lostSoFar) {
    // A store by a process that read the counter before a stale write erased increments puts
    // the higher value back: those increments come back. So the lost count can rise above its
    // final value and fall again; the screen says so instead of showing two numbers that
    // contradict each other.
    const CounterLedger& c = *model_->counter();
    const int64_t peak = peakLost_;
    QString why;
    if (!atEnd && lostSoFar > c.lost)
        why = tr("Lost so far. Later, %1 of them come back: a process that read the counter "
                 "before they were erased writes back its higher value. Lost at the end: %2.")
                  .arg(lostSoFar - c.lost)
                  .arg(c.lost);
    else if (atEnd && peak > c.lost)
        why = tr("On the way up to %1 were lost; %2 came back when a process that had read the "
                 "counter before they were erased wrote back its higher value.")
                  .arg(peak)
                  .arg(peak - c.lost);
    lostWhy_->setText(why);
    lostWhy_->setVisible(!why.isEmpty() && !model_->isLive());
}

void CounterPanel::rebuild() {
    const auto& counter = model_->counter();
    const bool has = counter.has_value();
    const bool counterDemo = has || model_->trace().demo == "counter-race";
    // Trials repeat a demo of ours; a traced Python script has none to repeat.
    const bool tracedScript = model_->trace().demo == kPythonTraceDemo;
    trialButton_->setEnabled(trials_->isRunning() ||
                             (counterDemo && !tracedScript && !model_->isLive() && requestSource_));
    trialButton_->setToolTip(tracedScript
                                 ? tr("Trials repeat a ProcLab demo. To run your script again, "
                                      "trace it again (File → Trace a Python Script…).")
                                 : QString());
    plot_->clearGraphs();
    if (!has) {
        showNoCounter();
        return;
    }
    const CounterLedger& c = *counter;
    peakLost_ = model_->isLive() ? 0 : peakLostSoFar(LedgerReader(model_->trace(), c));
    updateNumbers();
    note_->setText(runNote(c));
    plotLedger(c);
}

// Before a counter run, or a run without a counter: dashes and the question to predict.
void CounterPanel::showNoCounter() {
    for (QLabel* l : {expected_, final_, lost_})
        l->setText(QStringLiteral("–"));
    notDone_->setVisible(false);
    notDoneCaption_->setVisible(false);
    lostWhy_->setVisible(false);
    note_->setText(model_->trace().demo == "counter-race"
                       ? tr("Predict: %1 processes each add 1 to the counter. What will it "
                            "show at the end?")
                             .arg(model_->trace().params.count("workers")
                                      ? model_->trace().params.at("workers")
                                      : 4)
                       : tr("This run has no shared counter."));
    plot_->legend->setVisible(false);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

// What the numbers mean for this run: exact by design, lost updates, luck, or cut short.
QString CounterPanel::runNote(const CounterLedger& c) const {
    const std::string& variant = model_->trace().variant;
    QString note;
    if (model_->isLive())
        note = tr("Running…");
    else if (isExactVariant(variant))
        note = variant == "atomic"
                   ? tr("Exact: one atomic instruction does the whole read-add-write, so no "
                        "increment can be lost.")
                   : tr("Exact: get_lock() holds one lock around the whole read-add-write, so no "
                        "increment can be lost.");
    else if (c.lost > 0)
        note = tr("%n update(s) lost: a process wrote back a value that was already stale.",
                  nullptr, static_cast<int>(std::min<int64_t>(c.lost, INT_MAX)));
    else
        note = tr("Nothing lost in this run. Without one lock around the whole read-add-write "
                  "that is luck: run several trials to see how often updates get lost.");
    if (!model_->isLive() && c.notDone > 0 && !c.finalReported)
        note +=
            QLatin1Char(' ') + tr("The run was stopped: %n increment(s) never ran. They are "
                                  "not done, not lost; the final value is the last one "
                                  "recorded.",
                                  nullptr, static_cast<int>(std::min<int64_t>(c.notDone, INT_MAX)));
    if (model_->dropped() > 0)
        note += QLatin1Char(' ') + tr("Events were dropped: the numbers are not exact.");
    return note;
}

// The expected and actual counter over time, the gap between them shaded.
void CounterPanel::plotLedger(const CounterLedger& c) {
    const Theme& th = theme();
    // Expected first, actual second: the fill between them is the gap, i.e. the lost updates.
    QVector<double> keys, values;
    auto* expected = plot_->addGraph();
    expected->setName(tr("expected (increments done)"));
    expected->setLineStyle(QCPGraph::lsStepLeft);
    expected->setPen(QPen(th.foreground(), 2, Qt::DashLine));
    const LedgerReader r(model_->trace(), c);
    toPlot(
        r.storeCount(), [&](size_t k) { return r.expectedAt(k); }, keys, values);
    expected->setData(keys, values, true);
    auto* actual = plot_->addGraph();
    actual->setName(tr("actual value in the counter"));
    actual->setLineStyle(QCPGraph::lsStepLeft);
    actual->setPen(QPen(th.laneColor(4), 2.5));
    toPlot(
        r.storeCount(), [&](size_t k) { return r.actualAt(k); }, keys, values);
    actual->setData(keys, values, true);
    QColor gap = th.wrong();
    gap.setAlphaF(0.28f);
    expected->setBrush(gap);
    expected->setChannelFillGraph(actual);
    // A legend entry for the shaded gap itself.
    auto* gapKey = plot_->addGraph();
    gapKey->setName(tr("gap = lost updates"));
    gapKey->setPen(QPen(gap, 10));
    plot_->yAxis->setRange(0, std::max<double>(1, static_cast<double>(c.expected)) * 1.05);
    if (r.storeCount() > 0) {
        const double b = static_cast<double>(r.storeTime(0));
        const double e = static_cast<double>(r.storeTime(r.storeCount() - 1));
        const double pad = std::max(100.0, (e - b) * 0.04);
        plot_->xAxis->setRange(b - pad, e + pad);
    }
    plot_->legend->setVisible(true);
    fitLegendColumns(plot_->legend, plot_->width());
    plot_->replot(QCustomPlot::rpQueuedReplot);
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
        h.plot->yAxis->setLabel(tr("runs"));
        v->addWidget(h.title);
        v->addWidget(h.plot, 1);
        histogramRow_->addWidget(box, 1);
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
