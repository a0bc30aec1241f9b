#include "ui/panels/array_panel.h"

#include "trace/analysis.h"
#include "ui/model/run_model.h"
#include "ui/style/theme.h"
#include "ui/widgets/fitting_ticker.h"
#include "ui/widgets/legend_below.h"
#include "ui/widgets/plot_widget.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>

namespace proclab::ui {

ArrayPanel::ArrayPanel(RunModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    setObjectName(QStringLiteral("arrayPanel"));
    auto* layout = new QVBoxLayout(this);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    layout->addWidget(summary_);
    plot_ = new PlotWidget(this);
    // 130: at 1024×700 the dock under the code's ten lines is ~200 px, and with 160 the English
    // summary's second line pushed the legend out of view.
    plot_->setMinimumHeight(130);
    putLegendBelow(plot_);              // inside, a low dock put it over the last elements' bars
    installFittingTicker(plot_->yAxis); // a low chart: fewer values, never on each other
    layout->addWidget(plot_, 1);
    connect(model_, &RunModel::traceChanged, this, &ArrayPanel::rebuild);
    connect(model_, &RunModel::cursorChanged, this, &ArrayPanel::rebuild);
    connect(&theme(), &Theme::changed, this, &ArrayPanel::applyTheme);
    applyTheme();
}

void ArrayPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    rebuild(); // the element labels depend on the width
}

QString ArrayPanel::summaryText() const {
    return summary_->text();
}

void ArrayPanel::applyTheme() {
    summary_->setFont(theme().labelFont());
    plot_->applyTheme();
    rebuild();
}

void ArrayPanel::rebuild() {
    plot_->clearPlottables();
    plot_->clearItems();
    const auto& array = model_->array();
    if (!array || array->elements.empty()) {
        summary_->setText(model_->trace().demo == "shared-array"
                              ? tr("Predict: after every process added 1 to each element, what "
                                   "will each element hold?")
                              : tr("This run has no shared array."));
        plot_->legend->setVisible(false);
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    // Before the end the bars are the cursor's: increments done so far, the value then, the
    // updates lost so far. The whole run's outcome would answer "what happens next?".
    // A live run shows what has arrived, so far too.
    const bool atEnd = !model_->isLive() && model_->cursor() >= model_->duration();
    const ArrayAnalysis shown = atEnd || model_->isLive()
                                    ? *array
                                    : analyseArray(model_->trace(), array->array, model_->cursor());
    const Theme& th = theme();
    const auto n = static_cast<int>(shown.elements.size());
    auto* group = new QCPBarsGroup(plot_);
    auto* expected = new QCPBars(plot_->xAxis, plot_->yAxis);
    expected->setName(atEnd ? tr("expected") : tr("done so far"));
    expected->setBrush(th.muted());
    expected->setPen(QPen(th.muted().darker(130)));
    auto* final = new QCPBars(plot_->xAxis, plot_->yAxis);
    final->setName(atEnd ? tr("final") : tr("at the cursor"));
    final->setBrush(th.laneColor(1));
    final->setPen(QPen(th.laneColor(1).darker(130)));
    auto* lost = new QCPBars(plot_->xAxis, plot_->yAxis);
    lost->setName(atEnd ? tr("lost updates") : tr("lost so far"));
    lost->setBrush(th.wrong());
    lost->setPen(QPen(th.wrong().darker(130)));
    for (QCPBars* b : {expected, final, lost}) {
        b->setWidth(0.27);
        b->setBarsGroup(group);
    }
    int64_t totalLost = 0;
    double top = 1;
    int64_t totalDone = 0;
    for (int i = 0; i < n; ++i) {
        const ArrayElement& e = shown.elements[static_cast<size_t>(i)];
        const auto wanted = static_cast<double>(atEnd ? array->expectedPerElement : e.stores);
        expected->addData(i, wanted);
        final->addData(i, e.final);
        lost->addData(i, static_cast<double>(e.lost));
        totalLost += e.lost;
        totalDone += e.stores;
        // The run's scale at the end; before it the values so far, or a replay's early
        // cursor shows bars too small to read against the final 4000.
        top = std::max(
            {top, e.final, atEnd ? static_cast<double>(array->expectedPerElement) : wanted});
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    // "arr[3]" under each group while they fit; in a narrow dock the index alone, and only
    // as many as fit (the labels ran together: "arr[0]arr[1]arr[2]").
    const QFontMetrics fm(plot_->xAxis->tickLabelFont());
    const double perElement = std::max(1, plot_->axisRect()->width()) / std::max(1.0, double(n));
    const bool full = fm.horizontalAdvance(QStringLiteral("arr[%1]").arg(n - 1)) + 8 <= perElement;
    const int labelW = fm.horizontalAdvance(QString::number(n - 1)) + 8;
    const int step =
        full ? std::max(1, n / 16) : std::max(1, static_cast<int>(std::ceil(labelW / perElement)));
    for (int i = 0; i < n; i += step)
        ticker->addTick(i, full ? QStringLiteral("arr[%1]").arg(i) : QString::number(i));
    plot_->xAxis->setTicker(ticker);
    plot_->xAxis->setRange(-0.6, n - 0.4);
    plot_->yAxis->setRange(0, top * 1.1); // the legend is below the axes, never on the bars
    plot_->legend->setVisible(true);
    fitLegendColumns(plot_->legend, plot_->width());
    plot_->replot(QCustomPlot::rpQueuedReplot);

    const int lostShown = static_cast<int>(std::min<int64_t>(totalLost, INT_MAX));
    QString text =
        atEnd
            ? tr("Each element should reach %1; %n update(s) lost in all.", nullptr, lostShown)
                  .arg(array->expectedPerElement)
            : tr("At the cursor: %1 increments done, %n update(s) lost so far.", nullptr, lostShown)
                  .arg(totalDone);
    // The run's outcome waits for its end.
    if (atEnd && (model_->cutShort() || model_->dropped() > 0))
        text += QLatin1Char(' ') + tr("The run was cut short: these are the values recorded "
                                      "until then, not a finished run's.");
    else if (atEnd && totalLost == 0 && model_->trace().variant == "no-lock")
        text += QLatin1Char(' ') + tr("Nothing lost this time: without the lock that is luck.");
    summary_->setText(text);
}

} // namespace proclab::ui
