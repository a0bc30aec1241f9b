#include "ui/timeline/timeline_view.h"

#include "trace/counter_ledger.h"

#include "ui/model/event_text.h"
#include "ui/model/run_model.h"
#include "ui/style/state_painter.h"
#include "ui/style/theme.h"
#include "ui/timeline/lane_swatches.h"
#include "ui/timeline/lanes_plottable.h"
#include "ui/timeline/time_ticker.h"
#include "ui/timeline/timeline_overlay.h"
#include "ui/widgets/legend_below.h"
#include "ui/widgets/legend_item.h"

#include <QToolTip>

#include <algorithm>
#include <climits>
#include <set>

namespace proclab::ui {

namespace {
constexpr int kPickRadiusPx = 8;
constexpr double kMaxLegendShare = 0.3; // of the view's height, past which the legend folds
// A lane row a class can read from the back of the room; the legend folds before the lanes get
// thinner than this (a projector's 1024x700 window gave five lanes 18 px each under a legend).
constexpr int kMinLaneRowPx = 30;
constexpr int kAxisAndMarginsPx = 130; // time axis, its title, margins, the padding around lanes
} // namespace

TimelineView::TimelineView(RunModel* model, QWidget* parent) : PlotWidget(parent), model_(model) {
    setObjectName(QStringLiteral("timeline"));
    setMinimumSize(400, 200);
    setMouseTracking(true);
    // Two paint buffers, each cleared and composited every frame: everything but the cursor,
    // and the cursor on top (playback repaints only it). QCustomPlot's "overlay" layer, buffered
    // for a selection rectangle this view never draws, shares the first (four buffers cost a
    // 10M-event frame more than its lanes did).
    layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    addLayer(QStringLiteral("cursor"), layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    layer(QStringLiteral("cursor"))->setMode(QCPLayer::lmBuffered);

    installTimeTicker(xAxis);
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setSubTicks(false);
    yAxis->setTickLength(0, 0);
    yAxis->setTickLabelPadding(LaneSwatches::labelPadding());

    lanes_ = new LanesPlottable(xAxis, yAxis, model_);
    lanes_->removeFromLegend();
    new LaneSwatches(this, yAxis, [this] { return static_cast<int>(model_->lanes().size()); });

    // Shown only while there is nothing to draw, so an empty window says what to do.
    placeholder_ = new QCPItemText(this);
    placeholder_->position->setType(QCPItemPosition::ptAxisRectRatio);
    placeholder_->position->setCoords(0.5, 0.45);
    placeholder_->setText(tr("Choose a demo and press Run (F5),\nor open a saved run (Ctrl+O)."));
    placeholder_->setSelectable(false);

    cursorLine_ = new QCPItemStraightLine(this);
    cursorLine_->setLayer(QStringLiteral("cursor"));
    cursorLine_->setSelectable(false);

    // The legend sits in a row of its own under the plot: never on top of a lane.
    legendRow_ = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, legendRow_);
    legendRow_->setMargins(QMargins(6, 0, 6, 6));
    legendRow_->addElement(0, 0, legend);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setRowSpacing(0); // compact: every row of legend is a row less for the lanes
    legendToggle_ = new QCPTextElement(this);
    legendRow_->addElement(1, 0, legendToggle_);
    connect(legendToggle_, &QCPTextElement::clicked, this, &TimelineView::toggleLegend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    // A row of its own above the lanes while the numbers cannot be trusted in full: a run that
    // dropped events or was cut short says so on the picture itself (exports included), and
    // never over a lane. Empty, the row takes no height.
    banner_ = new QCPTextElement(this);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, banner_);
    plotLayout()->setRowStretchFactor(0, 0.001);

    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    axisRect()->setRangeZoomFactor(0.8);

    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &TimelineView::onRangeChanged);
    connect(model_, &RunModel::traceChanged, this, &TimelineView::rebuild);
    connect(model_, &RunModel::cursorChanged, this, &TimelineView::updateCursor);
    connect(model_, &RunModel::selectionChanged, this, [this] { replot(); });
    connect(model_, &RunModel::viewRangeChanged, this, [this](double b, double e) {
        if (syncing_)
            return;
        syncing_ = true;
        xAxis->setRange(b, e);
        syncing_ = false;
        replot();
    });
    applyTheme();
    rebuild();
}

void TimelineView::applyTheme() {
    PlotWidget::applyTheme();
    // Lane names are the plot's main labels: a size up from the tick labels.
    yAxis->setTickLabelFont(theme().labelFont());
    if (cursorLine_)
        cursorLine_->setPen(QPen(theme().cursor(), 2));
    if (placeholder_) {
        placeholder_->setFont(theme().titleFont());
        placeholder_->setColor(theme().muted());
    }
    if (legendToggle_) {
        legendToggle_->setFont(theme().smallFont());
        legendToggle_->setTextColor(theme().foreground());
    }
    if (banner_) {
        QFont f = theme().labelFont();
        f.setBold(true);
        banner_->setFont(f);
        banner_->setTextColor(theme().wrong());
    }
    legendKey_ = QStringLiteral("?"); // legend icons use theme colours
    if (model_ && lanes_) {
        rebuildLegend();
        axisRect()->setMinimumMargins(QMargins(0, 0, lanes_->exitLabelRoom(), 0));
    }
}

QStringList TimelineView::laneLabels() const {
    QStringList out;
    for (size_t i = 0; i < model_->lanes().size(); ++i)
        out << model_->laneLabel(static_cast<int>(i));
    return out;
}

void TimelineView::rebuild() {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int n = static_cast<int>(model_->lanes().size());
    for (int i = 0; i < n; ++i)
        ticker->addTick(i, model_->laneLabel(i));
    yAxis->setTicker(ticker);
    yAxis->setRange(-0.6, std::max(1, n) - 0.4);
    syncing_ = true;
    xAxis->setRange(model_->viewBegin(), model_->viewEnd());
    syncing_ = false;
    rebuildLegend();
    // Room right of the time axis for the labels of exits at its end (the run ends there).
    axisRect()->setMinimumMargins(QMargins(0, 0, lanes_->exitLabelRoom(), 0));
    // A live run before its first process arrives: not "press Run", the run was just pressed.
    placeholder_->setText(
        model_->isLive() ? tr("Starting the processes…")
        : model_->isChoiceOnly()
            ? tr("Read the code, predict what will happen,\nthen press Run (F5).")
            : tr("Choose a demo and press Run (F5),\nor open a saved run (Ctrl+O)."));
    placeholder_->setVisible(!model_->hasTrace());
    updateBanner();
    updateCursor();
    replot(QCustomPlot::rpQueuedReplot);
}

QString TimelineView::placeholderText() const {
    return placeholder_->visible() ? placeholder_->text() : QString();
}

void TimelineView::updateBanner() {
    QStringList lines;
    if (!model_->isLive() && model_->cutShort())
        lines << tr("Stopped before the end: only what happened until then is shown.");
    if (model_->dropped() > 0)
        lines << tr("%n event(s) were dropped: counts drawn from events are not exact.", nullptr,
                    static_cast<int>(std::min<uint64_t>(model_->dropped(), INT_MAX)));
    banner_->setText(lines.join(QLatin1Char('\n')));
}

void TimelineView::rebuildLegend() {
    // Only the states this run shows, plus the marks it has: a legend of 14 entries for a run
    // with three would be noise on a projector.
    std::set<LaneState> present;
    for (const LaneTimeline& tl : model_->lanes())
        for (const StateInterval& s : tl.states)
            if (s.state != LaneState::Exited && present.insert(s.state).second &&
                present.size() == legendStates().size())
                break;
    // Then what each overlay present in this run draws.
    std::vector<OverlayLegendEntry> entries;
    for (const auto& overlay : lanes_->overlays())
        if (overlay->present(*model_))
            for (OverlayLegendEntry& e : overlay->legend(*model_))
                entries.push_back(std::move(e));
    QString key;
    for (LaneState s : present)
        key += QString::number(static_cast<int>(s)) + QLatin1Char(',');
    for (const OverlayLegendEntry& e : entries)
        key += e.text + QLatin1Char('|');
    if (key == legendKey_)
        return;
    legendKey_ = key;

    legend->clearItems();
    const QColor laneColor = theme().legendLaneColor();
    for (LaneState s : legendStates()) {
        if (!present.count(s))
            continue;
        legend->addItem(
            new LegendItem(legend, stateLabel(s), [s, laneColor](QPainter& p, const QRectF& r) {
                paintState(p, r, s, laneColor);
                p.setPen(QPen(laneColor.darker(125), 1));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r);
            }));
    }
    for (OverlayLegendEntry& e : entries)
        legend->addItem(new LegendItem(legend, e.text, std::move(e.icon)));
    legend->addItem(new LegendItem(legend, tr("cursor"), [](QPainter& p, const QRectF& r) {
        p.setPen(QPen(theme().cursor(), 2));
        p.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
    }));
    legend->setVisible(legend->itemCount() > 0);
    updateLegendWrap(size());
}

void TimelineView::updateLegendWrap(QSize size) {
    const bool any = legend->itemCount() > 0;
    legend->setVisible(any);
    fitLegendColumns(legend, size.width());
    const int tall = legend->minimumOuterSizeHint().height();
    const int laneCount = std::max<int>(1, static_cast<int>(model_->lanes().size()));
    const bool lanesCramped = size.height() - tall - kAxisAndMarginsPx < laneCount * kMinLaneRowPx;
    const bool tooTall = tall > size.height() * kMaxLegendShare || lanesCramped;
    legendFolded_ = any && !legendOpened_ && tooTall;
    legend->setVisible(any && !legendFolded_);
    // Out of the layout while folded: an invisible element would still keep its rows' height.
    const bool inRow = legendRow_->hasElement(0, 0) && legendRow_->element(0, 0) == legend;
    if (legendFolded_ && inRow)
        legendRow_->take(legend);
    else if (!legendFolded_ && !inRow)
        legendRow_->addElement(0, 0, legend);
    if (legendFolded_)
        legendToggle_->setText(
            tr("▸ Legend (%n entries): click to show", nullptr, legend->itemCount()));
    else if (legendOpened_ && any && tooTall)
        legendToggle_->setText(tr("▾ Hide the legend"));
    else
        legendToggle_->setText(QString()); // no height
}

void TimelineView::toggleLegend() {
    if (legendToggle_->text().isEmpty())
        return;
    legendOpened_ = legendFolded_;
    updateLegendWrap(size());
    replot(QCustomPlot::rpQueuedReplot);
}

void TimelineView::resizeEvent(QResizeEvent* e) {
    updateLegendWrap(e->size());
    PlotWidget::resizeEvent(e);
}

void TimelineView::updateCursor() {
    const double t = static_cast<double>(model_->cursor());
    cursorLine_->point1->setCoords(t, 0);
    cursorLine_->point2->setCoords(t, 1);
    cursorLine_->setVisible(model_->hasTrace());
    // Only the cursor layer is repainted: playback must not redraw a million events.
    layer(QStringLiteral("cursor"))->replot();
}

void TimelineView::onRangeChanged(const QCPRange& r) {
    // Keep the window inside the run (plus the fit margins) and no narrower than 20 ns.
    double lo = 0, hi = 1;
    model_->fitRange(lo, hi);
    if (hasCommonRange_) {
        lo = std::min(lo, commonBegin_);
        hi = std::max(hi, commonEnd_);
    }
    QCPRange c = r;
    if (c.size() < 20)
        c = QCPRange(c.center() - 10, c.center() + 10);
    if (c.size() > (hi - lo) * 1.001)
        c = QCPRange(lo, hi);
    if (c.lower < lo)
        c = QCPRange(lo, lo + c.size());
    if (c.upper > hi)
        c = QCPRange(hi - c.size(), hi);
    if (c != r) {
        xAxis->setRange(c);
        return;
    }
    if (!syncing_) {
        syncing_ = true;
        model_->setViewRange(c.lower, c.upper);
        syncing_ = false;
    }
}

void TimelineView::showCommonRange(double begin, double end) {
    if (end <= begin)
        return;
    hasCommonRange_ = true;
    commonBegin_ = begin;
    commonEnd_ = end;
    xAxis->setRange(begin, end);
    replot(QCustomPlot::rpQueuedReplot);
}

int64_t TimelineView::eventNear(const QPoint& pos) const {
    const Trace& trace = model_->trace();
    if (trace.empty() || !axisRect()->rect().contains(pos))
        return -1;
    const int lane = static_cast<int>(std::lround(yAxis->pixelToCoord(pos.y())));
    if (lane < 0 || lane >= static_cast<int>(model_->lanes().size()))
        return -1;
    const double t = xAxis->pixelToCoord(pos.x());
    const double dt = std::abs(xAxis->pixelToCoord(pos.x() + kPickRadiusPx) - t);
    const size_t first = trace.firstIndex(static_cast<int64_t>(t - dt));
    const size_t last = trace.indexAfter(static_cast<int64_t>(t + dt));
    int64_t best = -1;
    double bestDist = dt + 1;
    // Dense windows are sampled: the pick only needs an event close to the pointer.
    const size_t stride = std::max<size_t>(1, (last - first) / 20000);
    for (size_t i = first; i < last; i += stride) {
        if (trace.laneOf(i) != lane)
            continue;
        const double d = std::abs(static_cast<double>(trace.time(i)) - t);
        if (d < bestDist) {
            bestDist = d;
            best = static_cast<int64_t>(i);
        }
    }
    return best;
}

// The overlays' legend texts live in this context (timeline_overlay.h's families translate
// them with QCoreApplication::translate("proclab::ui::TimelineView", ...)).

QString TimelineView::lostUpdateTip(int lane, double t, double dt) const {
    const auto& counter = model_->counter();
    if (!counter)
        return {};
    const LedgerReader r(model_->trace(), *counter);
    const auto& marks = r.marks(lane);
    const size_t k = r.firstMarkFrom(lane, t - dt);
    if (k >= marks.size())
        return {};
    const LostUpdate u = r.entry(marks[k]);
    if (static_cast<double>(u.storeTime) > t + dt)
        return {};
    QStringList others;
    for (int l : r.erasedLanes(marks[k]))
        others << model_->laneName(l);
    return tr("Lost update: %1 read %2, added 1 and wrote %3 over %4.\n"
              "Meanwhile %5 had counted up to %4: %n increment(s) erased.",
              nullptr, static_cast<int>(u.erased()))
        .arg(model_->laneName(lane))
        .arg(u.loaded)
        .arg(u.written)
        .arg(u.overwritten)
        .arg(others.isEmpty() ? tr("another process") : others.join(QStringLiteral(", ")));
}

QString TimelineView::tooltipAt(const QPoint& pos) const {
    if (axisRect()->rect().contains(pos)) {
        const int lane = static_cast<int>(std::lround(yAxis->pixelToCoord(pos.y())));
        const double t = xAxis->pixelToCoord(pos.x());
        const double dt = std::abs(xAxis->pixelToCoord(pos.x() + kPickRadiusPx) - t);
        if (QString tip = lostUpdateTip(lane, t, dt); !tip.isEmpty())
            return tip;
    }
    const int64_t i = eventNear(pos);
    if (i >= 0)
        return describeEvent(*model_, model_->trace().at(static_cast<size_t>(i)));
    // No event under the pointer: say what the lane was doing there.
    const int lane = static_cast<int>(std::lround(yAxis->pixelToCoord(pos.y())));
    if (lane < 0 || lane >= static_cast<int>(model_->lanes().size()) ||
        !axisRect()->rect().contains(pos))
        return {};
    const double t = xAxis->pixelToCoord(pos.x());
    const auto& states = model_->lanes()[static_cast<size_t>(lane)].states;
    auto it = std::lower_bound(states.begin(), states.end(), t,
                               [](const StateInterval& s, double x) { return s.end < x; });
    if (it == states.end() || static_cast<double>(it->begin) > t)
        return {};
    return tr("%1: %2 for %3")
        .arg(model_->laneLabel(lane), stateLabel(it->state),
             TimeAxis::formatDuration(static_cast<double>(it->end - it->begin)));
}

bool TimelineView::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* he = static_cast<QHelpEvent*>(e);
        const QString text = tooltipAt(he->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(he->globalPos(), text, this);
        return true;
    }
    return PlotWidget::event(e);
}

void TimelineView::mouseMoveEvent(QMouseEvent* e) {
    PlotWidget::mouseMoveEvent(e);
    if (QToolTip::isVisible() && !(e->buttons() & Qt::LeftButton))
        QToolTip::showText(e->globalPosition().toPoint(), tooltipAt(e->pos()), this);
}

void TimelineView::mousePressEvent(QMouseEvent* e) {
    pressPos_ = e->pos();
    PlotWidget::mousePressEvent(e);
}

void TimelineView::mouseReleaseEvent(QMouseEvent* e) {
    PlotWidget::mouseReleaseEvent(e);
    if (e->button() != Qt::LeftButton || (e->pos() - pressPos_).manhattanLength() > 4)
        return; // that was a drag (pan), not a click
    if (!axisRect()->rect().contains(e->pos()))
        return;
    const int64_t i = eventNear(e->pos());
    model_->selectEvent(i);
    model_->setCursor(i >= 0 ? model_->trace().time(static_cast<size_t>(i))
                             : static_cast<qint64>(xAxis->pixelToCoord(e->pos().x())));
}

} // namespace proclab::ui
