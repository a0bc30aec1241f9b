#include "ui/panels/gil_panel.h"

#include "ui/model/run_model.h"
#include "ui/style/theme.h"
#include "ui/widgets/fitting_ticker.h"
#include "ui/widgets/plot_widget.h"

#include <QLabel>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace proclab::ui {

namespace {
constexpr int kBarsLeast = 120; // lower, two bars and their labels do not read
} // namespace

GilPanel::GilPanel(RunModel* model, QWidget* parent)
    : RoomAwarePanel(parent), model_(model), cores_(std::max(1, QThread::idealThreadCount())) {
    setObjectName(QStringLiteral("gilPanel"));
    auto* layout = new QVBoxLayout(this);
    speedup_ = new QLabel(QStringLiteral("–"), this);
    speedup_->setAlignment(Qt::AlignCenter);
    layout->addWidget(speedup_);
    plot_ = new PlotWidget(this);
    plot_->setMinimumHeight(kBarsLeast);
    installFittingTicker(plot_->xAxis); // a narrow dock: fewer ticks, never run together
    layout->addWidget(plot_, 1);
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    layout->addWidget(note_);
    connect(model_, &RunModel::traceChanged, this, &GilPanel::rebuild);
    connect(&theme(), &Theme::changed, this, &GilPanel::applyTheme);
    applyTheme();
}

bool GilPanel::barsShown() const {
    return !plot_->isHidden();
}

void GilPanel::fitToRoom() {
    // At 1024×700 the dock is ~200 px: the note (how many cores this machine has, why 4
    // processes cannot give 4×) was scrolled out of view under the bars. The speedup and the
    // note come first; the bars (their times are in the console too) when there is room.
    const QSize r = room();
    const auto* box = layout();
    const int needed = box->contentsMargins().top() + box->contentsMargins().bottom() +
                       speedup_->sizeHint().height() + kBarsLeast +
                       note_->heightForWidth(std::max(1, r.width() - 24)) +
                       2 * std::max(0, box->spacing());
    plot_->setVisible(r.height() >= needed);
}

QString GilPanel::speedupText() const {
    return speedup_->text();
}
QString GilPanel::noteText() const {
    return note_->text();
}

void GilPanel::setCores(int cores) {
    cores_ = std::max(1, cores);
    rebuild();
}

void GilPanel::applyTheme() {
    speedup_->setFont(theme().bigNumberFont());
    note_->setFont(theme().labelFont());
    plot_->applyTheme();
    rebuild();
}

void GilPanel::rebuild() {
    plot_->clearPlottables();
    const auto& gil = model_->gil();
    const Trace& t = model_->trace();
    const auto w = t.params.find("workers");
    const int workers = w == t.params.end() ? 0 : static_cast<int>(w->second);
    if (!gil || gil->threadsNs <= 0 || gil->processesNs <= 0 || model_->isLive()) {
        speedup_->setText(QStringLiteral("–"));
        note_->setText(gil ? tr("Running…")
                           : tr("Predict: %1 threads or %1 processes, which finish first?")
                                 .arg(workers > 0 ? workers : 4));
        plot_->replot(QCustomPlot::rpQueuedReplot);
        fitToRoom(); // the note's length decides
        return;
    }
    const double ms[] = {static_cast<double>(gil->threadsNs) / 1e6,
                         static_cast<double>(gil->processesNs) / 1e6};
    auto* bars = new QCPBars(plot_->yAxis, plot_->xAxis); // horizontal bars
    bars->setName(tr("wall time"));
    bars->setBrush(theme().laneColor(1));
    bars->setPen(QPen(theme().laneColor(1).darker(130)));
    bars->addData(1, ms[0]);
    bars->addData(0, ms[1]);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(1, tr("%1 threads, one GIL").arg(workers));
    ticker->addTick(0, tr("%1 processes").arg(workers));
    plot_->yAxis->setTicker(ticker);
    plot_->yAxis->setRange(-0.6, 1.6);
    plot_->xAxis->setLabel(tr("wall time (ms)"));
    plot_->xAxis->setRange(0, std::max(ms[0], ms[1]) * 1.15);
    plot_->legend->setVisible(false);
    plot_->replot(QCustomPlot::rpQueuedReplot);

    speedup_->setText(tr("speedup %1×").arg(gil->speedup, 0, 'f', 1));
    const int best = std::max(1, std::min(workers, cores_));
    QString note =
        tr("Processes were %1× as fast as threads. This machine has %n core(s).", nullptr, cores_)
            .arg(gil->speedup, 0, 'f', 1);
    if (workers > cores_)
        note +=
            QLatin1Char(' ') +
            tr("%1 processes cannot give %1× on %2 cores: at most %2×.").arg(workers).arg(cores_);
    else
        note += QLatin1Char(' ') + tr("At most %1× is possible here.").arg(best);
    if (gil->speedup < 1.2)
        note += QLatin1Char(' ') + tr("Little or no gain this time: other programs were using the "
                                      "cores, or the job was too short to pay for the processes.");
    note += QLatin1Char(' ') + tr("(A timing: it varies from run to run and machine to machine.)");
    note_->setText(note);
    fitToRoom();
}

} // namespace proclab::ui
