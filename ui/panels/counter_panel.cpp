#include "ui/panels/counter_panel.h"

#include "pytrace/python_import.h"
#include "trace/counter_ledger.h"
#include "trace/wrapping_math.h"
#include "ui/model/run_model.h"
#include "ui/model/trial_runner.h"
#include "ui/style/theme.h"
#include "ui/widgets/cursor_sync.h"
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
#include <cmath>
#include <map>

namespace proclab::ui {

namespace {
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
    : RoomAwarePanel(parent), model_(model), trials_(new TrialRunner(this)) {
    setObjectName(QStringLiteral("counterPanel"));
    main_ = new QVBoxLayout(this);
    main_->setContentsMargins(6, 6, 6, 6);
    buildNumbers();
    buildChart();
    // Numbers and words above the chart, or beside it when the panel is wide and low (a
    // projector's 1024×700, or large text under the code panel): the chart keeps its height.
    body_ = new QBoxLayout(QBoxLayout::TopToBottom);
    body_->addLayout(words_);
    chartColumn_ = new QVBoxLayout;
    chartColumn_->addWidget(plot_, 1);
    body_->addLayout(chartColumn_, 1);
    main_->addLayout(body_, 2);
    buildTrialBar();
    main_->addWidget(trialBar_);
    arrange(false, false);
    histogramRow_ = new QHBoxLayout;
    // No share while no trial has run: an empty third of the panel had left the chart 100 px
    // at 1600×1000. showTrials gives the row its share when the first histogram comes.
    main_->addLayout(histogramRow_, 0);
    connectTrials();
    connect(model_, &RunModel::traceChanged, this, &CounterPanel::rebuild);
    connect(model_, &RunModel::cursorChanged, this, &CounterPanel::updateNumbers);
    connect(&theme(), &Theme::changed, this, &CounterPanel::applyTheme);
    applyTheme();
}

// The big numbers with their captions, the explanation of a lost count that fell, the note.
void CounterPanel::buildNumbers() {
    numbers_ = new QGridLayout;
    expected_ = bigNumber(this, tr("expected"), numbers_, 0, &expectedCaption_);
    final_ = bigNumber(this, tr("final"), numbers_, 1, &finalCaption_);
    lost_ = bigNumber(this, tr("lost"), numbers_, 2, &lostCaption_);
    lost_->setToolTip(tr("Increments erased by stale writes until the cursor, minus any that a "
                         "later store brought back: expected − value, at the cursor."));
    notDone_ = bigNumber(this, tr("not done"), numbers_, 3, &notDoneCaption_);
    notDone_->setToolTip(tr("Increments that never ran because the run was stopped: not lost, "
                            "never done."));
    // A narrow dock must not push the panel wider than it is (the numbers would be cut at its
    // edge): the numbers' font is fitted to the room instead (fitNumbers).
    for (QLabel* v : {expected_, final_, lost_, notDone_})
        v->setMinimumWidth(1);
    lostWhy_ = new QLabel(this);
    lostWhy_->setObjectName(QStringLiteral("lostExplanation"));
    lostWhy_->setWordWrap(true);
    lostWhy_->setVisible(false);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("counterNote"));
    note_->setWordWrap(true);
    words_ = new QVBoxLayout;
    words_->addLayout(numbers_);
    words_->addWidget(lostWhy_);
    words_->addWidget(note_);
    words_->addStretch(1);
}

void CounterPanel::buildChart() {
    plot_ = new PlotWidget(this);
    plot_->setMinimumHeight(160);
    plot_->yAxis->setLabel(tr("counter value"));
    installFittingTicker(plot_->yAxis); // a low chart: fewer values, never on each other
    // A chart lower than its rotated axis title (1024×700) showed "counter val": the title is
    // left out there (the numbers above name the values); its width does not change the height.
    connect(plot_, &QCustomPlot::afterLayout, this, [this] {
        const QString title = tr("counter value");
        const bool fits = QFontMetrics(plot_->yAxis->labelFont()).horizontalAdvance(title) + 8 <=
                          plot_->axisRect()->height();
        if (plot_->yAxis->label().isEmpty() == fits) {
            plot_->yAxis->setLabel(fits ? title : QString());
            plot_->replot(QCustomPlot::rpQueuedReplot);
        }
    });
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal);
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);
    putLegendBelow(plot_); // inside, it covered the curves and the gap between them
    // Its own time range, fitted to the increments: they happen in a small part of the run
    // (after the processes start), and squeezed onto the whole run the gap would be invisible.
    followTimeWindow(plot_, plot_->xAxis, model_, false);
}

void CounterPanel::arrange(bool beside, bool stacked) {
    // Stacked: one number a row (caption, number); else captions over numbers in one row, the
    // captions wrapping when the columns are narrow.
    QLabel* captions[] = {expectedCaption_, finalCaption_, lostCaption_, notDoneCaption_};
    QLabel* values[] = {expected_, final_, lost_, notDone_};
    for (int i = 0; i < 4; ++i) {
        numbers_->removeWidget(captions[i]);
        numbers_->removeWidget(values[i]);
        if (stacked && !beside) { // a narrow dock: each caption over its number
            numbers_->addWidget(captions[i], 2 * i, 0);
            numbers_->addWidget(values[i], 2 * i + 1, 0);
        } else {
            numbers_->addWidget(captions[i], stacked ? i : 0, stacked ? 0 : i);
            numbers_->addWidget(values[i], stacked ? i : 1, stacked ? 1 : i);
        }
        captions[i]->setAlignment(stacked ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignCenter);
        // Beside the numbers too: "expected so far" on two lines leaves its number the room
        // (fitNumbers decides which it needs).
        captions[i]->setWordWrap(true);
        values[i]->setAlignment(stacked ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
        if (stacked && !beside) {
            captions[i]->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
            values[i]->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        }
    }
    // Beside, the trial controls join the words: the chart gets the panel's whole height.
    // In a low dock (1024×700: ~190 px) the numbers, the note and the button were taller than
    // the dock; the button goes under the chart there, where the chart's minimum leaves room.
    main_->removeWidget(trialBar_);
    words_->removeWidget(trialBar_);
    chartColumn_->removeWidget(trialBar_);
    // Low, every pixel goes to the chart column (chart and button): 2 px above and below.
    main_->setContentsMargins(6, lowDock_ ? 2 : 6, 6, lowDock_ ? 2 : 6);
    if (beside && lowDock_)
        chartColumn_->addWidget(trialBar_);
    else if (beside)
        words_->insertWidget(words_->count() - 1, trialBar_); // above the stretch
    else
        main_->insertWidget(1, trialBar_); // under the body, above the histograms
    body_->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    beside_ = beside;
    stacked_ = stacked;
    setBodyStretch();
}

void CounterPanel::setBodyStretch() {
    // Beside: the chart takes the larger share (its legend needs two columns to stay short).
    body_->setStretch(0, beside_ ? 2 : 0);
    body_->setStretch(1, beside_ ? 3 : 1);
}

void CounterPanel::fitToRoom() {
    // Decided on the space the dock shows (the scroll area's viewport), which this choice does
    // not change, so the layout cannot flip back and forth. Side by side as soon as the panel
    // is wider than high: stacked in a low panel (1024×700), the numbers and words left the
    // chart a strip 50 px high. Numbers one a row when three columns could not hold a caption.
    const QSize room = this->room();
    const bool beside = room.width() >= 400 && room.width() >= 1.25 * room.height();
    const QFontMetrics fm(theme().labelFont());
    const bool stacked =
        beside || room.width() < 3 * (fm.horizontalAdvance(tr("lost so far")) + 16);
    // Three numbers one under the other, four lines of note and the trial button need about
    // thirteen lines of text.
    const bool low = room.height() < 13 * fm.height();
    if (beside != beside_ || stacked != stacked_ || low != lowDock_) {
        lowDock_ = low;
        arrange(beside, stacked);
    } else
        setBodyStretch();
    // A narrow dock: the trial button under the count, not cut at the edge.
    trialRow_->setDirection(room.width() < 280 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // Low and beside the chart, the note in the small type: mid-run in English it ran six lines
    // and its end ("…can still bring some back.") fell below the dock at 1024×700.
    const QFont noteFont = lowDock_ && beside_ ? theme().smallFont() : theme().labelFont();
    if (note_->font() != noteFont) {
        note_->setFont(noteFont);
        lostWhy_->setFont(noteFont);
    }
    fitExplanation(room);
    nameCurves();
    fitNumbers();
}

// At 1024×700 the counter dock is about 220 px high. The account of updates lost and brought
// back (five lines in the numbers' column) pushed the panel past it: a scroll bar, and the
// chart's time axis cut off. When the words would not fit, that account moves to the note's
// tooltip; the note itself ("N updates lost: …") and the numbers stay.
void CounterPanel::fitExplanation(const QSize& room) {
    const int s0 = body_->stretch(0), s1 = body_->stretch(1);
    const int margins = 12, spacing = std::max(0, main_->spacing());
    const int wordsWidth = beside_ ? (room.width() - margins - spacing) * s0 / std::max(1, s0 + s1)
                                   : room.width() - margins;
    auto heightOf = [wordsWidth](const QLabel* l) {
        return l->text().isEmpty() ? 0 : l->heightForWidth(std::max(1, wordsWidth));
    };
    int needed = margins + numbers_->sizeHint().height() + heightOf(note_) + heightOf(lostWhy_) +
                 3 * spacing;
    if (beside_ && !lowDock_)
        needed += trialBar_->sizeHint().height();
    else
        needed += plot_->minimumHeight() + trialBar_->sizeHint().height();
    explanationFits_ = needed <= room.height();
    lostWhy_->setVisible(!lostWhy_->text().isEmpty() && !model_->isLive() && explanationFits_);
}

// The big numbers as large as the room allows, never cut: the theme's size when it fits,
// smaller in a narrow or low dock (down to a size still readable from the back of the room).
void CounterPanel::fitNumbers() {
    QLabel* captions[] = {expectedCaption_, finalCaption_, lostCaption_, notDoneCaption_};
    QLabel* values[] = {expected_, final_, lost_, notDone_};
    const QFont big = theme().bigNumberFont();
    const QFontMetricsF bigFm(big), captionFm(expectedCaption_->font());
    int shown = 0;
    double widest = 1, widestCaption = 0, widestWord = 0;
    for (int i = 0; i < 4; ++i) {
        if (values[i]->isHidden())
            continue;
        ++shown;
        widest = std::max(widest, bigFm.horizontalAdvance(values[i]->text()));
        widestCaption = std::max(widestCaption, captionFm.horizontalAdvance(captions[i]->text()));
        for (const QString& word : captions[i]->text().split(QLatin1Char(' ')))
            widestWord = std::max(widestWord, captionFm.horizontalAdvance(word));
    }
    // The grid's own spacing: with a fixed 8 the numbers were cut at 1024×700 ("119" of 1192).
    const double spacing = std::max(8, numbers_->horizontalSpacing());
    const double inner = width() - 12; // the layout's margins
    double room = 0;
    if (stacked_) {
        const int s0 = body_->stretch(0), s1 = body_->stretch(1);
        double words = beside_ ? (inner - spacing) * s0 / std::max(1, s0 + s1) : inner;
        // The chart's least width can leave the words less than their share ("206" of 2060 at
        // 1024×700 in English): once laid out, the column's real width counts.
        if (beside_ && words_->geometry().width() > 0)
            words = std::min(words, static_cast<double>(words_->geometry().width()));
        room = beside_ ? words - widestCaption - spacing : words; // narrow: caption above
        // Beside, a caption that leaves its number less than 0.6 of its size wraps instead:
        // then the caption's column is as wide as its longest word.
        if (beside_ && room < 0.6 * widest + 4) {
            room = words - widestWord - spacing;
            for (int i = 0; i < 4; ++i)
                captions[i]->setMaximumWidth(static_cast<int>(std::ceil(widestWord)) + 2);
        } else if (beside_) {
            for (int i = 0; i < 4; ++i)
                captions[i]->setMaximumWidth(QWIDGETSIZE_MAX);
        }
    } else {
        room = (inner - spacing * (shown - 1)) / std::max(1, shown);
    }
    double scale = std::clamp((room - 4) / widest, 0.45, 1.0);
    const QSize view = parentWidget() ? parentWidget()->size() : size();
    if (view.height() < 420)
        scale = std::min(scale, 0.75); // a low dock: room for the chart under or beside them
    if (beside_ && stacked_) {
        // Beside the chart the numbers, one under the other, share the column's height with the
        // note (and the trial button when it is there): at 1024×700 that is ~200 px, and in
        // Chinese the note's three lines left the numbers too little at a fixed size.
        const int s0 = body_->stretch(0), s1 = body_->stretch(1);
        const int wordsW =
            std::max(1, static_cast<int>((inner - spacing) * s0 / std::max(1, s0 + s1)));
        const int gap = std::max(0, words_->spacing());
        int others = 12 + note_->heightForWidth(wordsW) + 3 * gap;
        if (!lostWhy_->isHidden())
            others += lostWhy_->heightForWidth(wordsW) + gap;
        if (!lowDock_)
            others += trialBar_->sizeHint().height() + gap;
        const double perRow = static_cast<double>(view.height() - others) / std::max(1, shown);
        // Never below 0.6: smaller, the numbers stop being the panel's headline; a long note
        // (a raw run that lost nothing, in Chinese) scrolls instead.
        scale = std::min(scale, std::max(0.6, perRow / bigFm.height()));
    }
    QFont f = big;
    f.setPointSizeF(big.pointSizeF() * scale);
    for (QLabel* v : values)
        if (v->font() != f)
            v->setFont(f);
    // Equal columns above (an empty one would take its share too); beside, the numbers' column
    // takes what the captions leave.
    for (int i = 0; i < 4; ++i)
        numbers_->setColumnStretch(i,
                                   stacked_ ? (i == 1 ? 1 : 0) : (values[i]->isHidden() ? 0 : 1));
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
    return model_->isLive() ? QString() : lostWhy_->text();
}
bool CounterPanel::lostExplanationShown() const {
    return lostWhy_->isVisibleTo(this);
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
    if (lowDock_ && beside_) { // the note's small type in a low dock (fitToRoom)
        note_->setFont(th.smallFont());
        lostWhy_->setFont(th.smallFont());
    }
    rebuild();
    fitNumbers();
}

// The numbers at the replay cursor; during a live run, what has been done so far.
CounterPanel::AtCursor CounterPanel::atCursor(const CounterLedger& c) const {
    const int64_t t = model_->cursor();
    const LedgerReader r(model_->trace(), c);
    AtCursor at{c.expected, c.final, c.lost, true};
    if (model_->isLive()) {
        // While the run goes on, the total to expect is not yet reached: show what has been
        // done so far, so that the three numbers agree as they do at any cursor.
        at.expected = c.increments;
        at.atEnd = false;
    } else if (r.storeCount() > 0 && t < r.storeTime(r.storeCount() - 1)) {
        at.expected = static_cast<int64_t>(r.storesThrough(t));
        at.value = r.valueAt(t, 0);
        at.lost = r.lostThrough(r.entriesThrough(t));
        at.atEnd = false;
    }
    return at;
}

void CounterPanel::updateNumbers() {
    const auto& counter = model_->counter();
    if (!counter)
        return;
    const CounterLedger& c = *counter;
    // All three at the same moment, so that expected − value = lost on screen at any cursor.
    const AtCursor at = atCursor(c);
    // Approximate when the run was cut short or dropped events: say so on the number itself.
    const QString approx =
        model_->cutShort() || model_->dropped() > 0 ? QStringLiteral("≈") : QString();
    expectedCaption_->setText(at.atEnd ? tr("expected") : tr("expected so far"));
    finalCaption_->setText(at.atEnd ? tr("final") : tr("at the cursor"));
    lostCaption_->setText(at.atEnd ? tr("lost") : tr("lost so far"));
    expected_->setText(QString::number(at.expected));
    final_->setText(QString::number(at.value));
    lost_->setText(approx + QString::number(at.lost));
    const QString wrong = QStringLiteral("color: %1").arg(theme().wrong().name());
    lost_->setStyleSheet(at.lost != 0 ? wrong : QString());
    final_->setStyleSheet(at.lost != 0 ? wrong : QString());
    const bool showNotDone = c.notDone > 0 && !model_->isLive() && !c.finalReported && at.atEnd;
    notDone_->setText(QString::number(c.notDone));
    notDone_->setVisible(showNotDone);
    notDoneCaption_->setVisible(showNotDone);
    // The sentence follows the cursor too: before the end it never tells how the run ends
    // (a lesson's "what happens next?" hides the future, and this must not give it away).
    note_->setText(runNote(c, at));
    explainLost(at.atEnd);
    fitNumbers();
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

void CounterPanel::explainLost(bool atEnd) {
    // A store by a process that read the counter before a stale write erased increments puts
    // the higher value back: those increments come back. So the lost count can rise above its
    // final value and fall again; at the end the screen says so instead of showing two numbers
    // that contradict each other. Before the end the note says only that it can happen: how
    // many come back is the run's future.
    const CounterLedger& c = *model_->counter();
    const int64_t peak = peakLost_;
    QString why;
    if (atEnd && peak > c.lost)
        why = tr("On the way up to %1 were lost; %2 came back when a process that had read the "
                 "counter before they were erased wrote back its higher value.")
                  .arg(peak)
                  .arg(peak - c.lost);
    lostWhy_->setText(why);
    lostWhy_->setVisible(!why.isEmpty() && !model_->isLive() && explanationFits_);
    note_->setToolTip(why); // the whole account, also when a low dock has no room for it
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
    plotLedger(c);
}

// Before a counter run, or a run without a counter: dashes and the question to predict.
void CounterPanel::showNoCounter() {
    for (QLabel* l : {expected_, final_, lost_})
        l->setText(QStringLiteral("–"));
    notDone_->setVisible(false);
    notDoneCaption_->setVisible(false);
    lostWhy_->setVisible(false);
    // A live run before its first increment is not a run without a counter.
    note_->setText(model_->isLive() ? tr("Running…")
                   : model_->trace().demo == "counter-race"
                       ? tr("Predict: %1 processes each add 1 to the counter. What will it "
                            "show at the end?")
                             .arg(model_->trace().params.count("workers")
                                      ? model_->trace().params.at("workers")
                                      : 4)
                       : tr("This run has no shared counter."));
    plot_->legend->setVisible(false);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

// What the numbers mean for this run: exact by design, lost updates, luck, or cut short. At a
// cursor before the end, only what has happened until then.
QString CounterPanel::runNote(const CounterLedger& c, const AtCursor& at) const {
    const std::string& variant = model_->trace().variant;
    const auto count = [](int64_t n) { return static_cast<int>(std::min<int64_t>(n, INT_MAX)); };
    QString note;
    if (model_->isLive())
        note = tr("Running…");
    else if (isExactVariant(variant))
        note = variant == "atomic"
                   ? tr("Exact: one atomic instruction does the whole read-add-write, so no "
                        "increment can be lost.")
                   : tr("Exact: get_lock() holds one lock around the whole read-add-write, so no "
                        "increment can be lost.");
    else if (!at.atEnd)
        note = at.lost > 0 ? tr("%n update(s) lost so far: a process wrote back a value that was "
                                "already stale. A later write can still bring some back.",
                                nullptr, count(at.lost))
                           : tr("Nothing lost so far.");
    else if (c.lost > 0)
        note = tr("%n update(s) lost: a process wrote back a value that was already stale.",
                  nullptr, count(c.lost));
    else
        note = tr("Nothing lost in this run. Without one lock around the whole read-add-write "
                  "that is luck: run several trials to see how often updates get lost.");
    if (!model_->isLive() && at.atEnd && c.notDone > 0 && !c.finalReported)
        note += QLatin1Char(' ') + tr("The run was stopped: %n increment(s) never ran. They are "
                                      "not done, not lost; the final value is the last one "
                                      "recorded.",
                                      nullptr, count(c.notDone));
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
    expected->setLineStyle(QCPGraph::lsStepLeft);
    expected->setPen(QPen(th.foreground(), 2, Qt::DashLine));
    const LedgerReader r(model_->trace(), c);
    toPlot(
        r.storeCount(), [&](size_t k) { return r.expectedAt(k); }, keys, values);
    expected->setData(keys, values, true);
    auto* actual = plot_->addGraph();
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
    gapKey->setPen(QPen(gap, 10));
    nameCurves();
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

// The legend's words: whole when the chart is wide, short when it is narrow (beside the
// numbers at 1024×700), so that the legend takes one or two rows, not the chart's height.
void CounterPanel::nameCurves() {
    if (plot_->graphCount() < 3)
        return;
    const bool narrow = plot_->width() < 420;
    plot_->graph(0)->setName(narrow ? tr("expected") : tr("expected (increments done)"));
    plot_->graph(1)->setName(narrow ? tr("actual") : tr("actual value in the counter"));
    plot_->graph(2)->setName(narrow ? tr("gap = lost") : tr("gap = lost updates"));
    fitLegendColumns(plot_->legend, plot_->width());
}

} // namespace proclab::ui
