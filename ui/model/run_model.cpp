#include "ui/model/run_model.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <chrono>
#include <utility>

namespace proclab::ui {

// QT_LOGGING_RULES="proclab.live.info=true" logs when a live run began and when its analysis
// caught up with its end: how far the GUI lags the real run.
Q_LOGGING_CATEGORY(liveLog, "proclab.live", QtWarningMsg)

namespace {
constexpr int kRefreshMs = 33;  // ~30 redraws a second at most while a run streams in
constexpr int kLiveTickMs = 50; // how often live time moves on when no event comes
// Live refreshes re-analyse the whole trace; a heavy run makes that slow. Waiting three times
// as long as the last refresh took keeps the GUI at most a quarter busy with it, so it never
// falls seconds behind the run (and the drawing is at most a refresh old).
constexpr int kMaxRefreshMs = 1500;

int64_t monotonicNowNs() {
    // steady_clock is CLOCK_MONOTONIC on Linux: the clock the runner stamps events with.
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

RunModel::RunModel(QObject* parent) : QObject(parent) {
    refreshTimer_.setSingleShot(true);
    refreshTimer_.setInterval(kRefreshMs);
    connect(&refreshTimer_, &QTimer::timeout, this, &RunModel::refresh);
    liveTick_.setInterval(kLiveTickMs);
    connect(&liveTick_, &QTimer::timeout, this, &RunModel::tickLive);
}

int64_t RunModel::duration() const {
    return live_ ? std::max(trace().duration(), liveNow_) : end_;
}

void RunModel::tickLive() {
    const uint64_t t0 = trace().t0;
    if (!live_ || t0 == 0)
        return;
    liveNow_ = std::max<int64_t>(0, monotonicNowNs() - static_cast<int64_t>(t0));
    scheduleRefresh();
}

void RunModel::setCutShort(bool on) {
    if (cutShort_ == on)
        return;
    cutShort_ = on;
    emit traceChanged();
}

void RunModel::resetRun() {
    ++runId_;
    refreshTimer_.stop();
    liveTick_.stop();
    liveNow_ = 0;
    cutShort_ = false;
    choiceOnly_ = false;
    selectedEvent_ = -1;
    selectedItem_ = {-1, -1};
    followLive_ = true;
    analysis_ = LiveAnalysis{};
    lowestChanged_ = SIZE_MAX;
}

void RunModel::showChoice(const QString& demo, const QString& variant,
                          const QString& pythonSource) {
    Trace t;
    t.demo = demo.toStdString();
    t.variant = variant.toStdString();
    t.pythonSource = pythonSource.toStdString();
    setTrace(std::move(t));
    choiceOnly_ = true;
    emit traceChanged();
}

QString RunModel::laneName(int lane) const {
    const Trace& t = trace();
    if (lane >= 0 && lane < t.laneCount() && !t.lanes[lane].name.empty())
        return QString::fromStdString(t.lanes[lane].name);
    return lane == 0 ? tr("main") : tr("worker-%1").arg(lane);
}

QString RunModel::laneLabel(int lane) const {
    const Trace& t = trace();
    const QString name = laneName(lane);
    if (lane >= 0 && lane < t.laneCount() && t.lanes[lane].pid > 0)
        return tr("%1 (pid %2)").arg(name).arg(t.lanes[lane].pid);
    return name;
}

int64_t RunModel::eventAtCursor() const {
    const size_t end = trace().indexAfter(cursor_);
    return end == 0 ? -1 : static_cast<int64_t>(end) - 1;
}

void RunModel::setTrace(Trace trace) {
    refreshTimer_.stop();
    if (live_) {
        live_ = false;
        emit liveChanged(false);
    }
    resetRun();
    trace_ = std::move(trace);
    cutShort_ = stoppedByRunner(trace_);
    refresh();
    // A finished run opens showing all of it, cursor at the end (the outcome).
    setCursor(duration());
}

void RunModel::clear() {
    setTrace(Trace{});
}

void RunModel::beginLive() {
    resetRun();
    decoder_ = StreamDecoder{};
    // The decoder says from which index each batch changed the trace (an out-of-order batch
    // lands before events already there): the live analysis starts over if that is behind it.
    decoder_.onEvents = [this](size_t first) { lowestChanged_ = std::min(lowestChanged_, first); };
    trace_ = Trace{};
    refreshTimer_.setInterval(kRefreshMs);
    live_ = true;
    qCInfo(liveLog) << "live run began";
    liveTick_.start();
    emit liveChanged(true);
    refresh();
}

bool RunModel::feed(std::string_view bytes) {
    if (!live_)
        return false;
    const bool ok = decoder_.feed(bytes);
    scheduleRefresh();
    return ok;
}

void RunModel::endLive() {
    if (!live_)
        return;
    refreshTimer_.stop();
    liveTick_.stop();
    trace_ = decoder_.takeTrace();
    live_ = false;
    cutShort_ = cutShort_ || stoppedByRunner(trace_);
    refresh();
    setCursor(duration());
    emit liveChanged(false);
    qCInfo(liveLog) << "live run analysed:" << trace_.size() << "events, the demo lasted"
                    << static_cast<double>(end_) / 1e9 << "s";
}

void RunModel::scheduleRefresh() {
    dirty_ = true;
    if (!refreshTimer_.isActive())
        refreshTimer_.start();
}

void RunModel::refresh() {
    QElapsedTimer cost;
    cost.start();
    dirty_ = false;
    const Trace& t = trace();
    if (live_ && t.t0 != 0)
        liveNow_ = std::max<int64_t>(0, monotonicNowNs() - static_cast<int64_t>(t.t0));
    analyse(t, live_ ? liveNow_ : -1);
    if (selectedItem_.first >= static_cast<int>(queues_.size()))
        selectedItem_ = {-1, -1};

    if (followLive_) {
        fitRange(viewBegin_, viewEnd_);
        emit viewRangeChanged(viewBegin_, viewEnd_);
    }
    if (live_) {
        cursor_ = duration();
        emit cursorChanged(cursor_);
    }
    emit traceChanged();
    if (live_) {
        const auto took = static_cast<int>(cost.elapsed());
        refreshTimer_.setInterval(std::clamp(took * 3, kRefreshMs, kMaxRefreshMs));
    }
}

void RunModel::analyse(const Trace& t, int64_t now) {
    if (live_) {
        analysis_.updateLive(t, now, std::exchange(lowestChanged_, SIZE_MAX));
        // A previous run's results index another trace: never hand them out now.
        counter_.reset();
        lanes_.clear();
        joins_.clear();
        console_.clear();
    } else {
        // A finished run: what a live one had consumed is extended to the end (one pass over
        // the rest), a run from a file is analysed in one go; then the results are kept here,
        // trimmed, and the live analysis is let go.
        analysis_.update(t, t.size(), -1, std::exchange(lowestChanged_, SIZE_MAX));
        lanes_ = analysis_.takeLanes();
        joins_ = analysis_.joins();
        console_ = analysis_.takeConsole();
        counter_.reset();
        if (analysis_.seen(EventKind::CounterLoad) || analysis_.seen(EventKind::CounterStore))
            counter_ = analysis_.takeCounter();
    }
    const auto seen = [this](EventKind k) { return analysis_.seen(k); };
    const std::vector<int> queues = analysis_.queues();
    queues_.clear();
    for (int q : queues)
        queues_.push_back(analyseQueue(t, q));
    pool_.reset();
    if (seen(EventKind::PoolTaskDispatched) || seen(EventKind::PoolTaskStarted)) {
        pool_ = analysePool(t, 0);
        if (live_)
            lanes_ = analysis_.lanes(); // a copy to mark: pool runs are small
        markIdleWorkers(lanes_, *pool_, t);
    }
    liveLanes_ = live_ && !pool_;
    liveCounter_ = live_ && analysis_.optionalCounter().has_value();
    array_.reset();
    if (seen(EventKind::ArrayStore))
        array_ = analyseArray(t, 0);
    gil_.reset();
    if (seen(EventKind::GilAcquired))
        gil_ = analyseGil(t);
    end_ = demoEnd(t, lanes());
    if (!live_)
        analysis_ = LiveAnalysis{};
}

void RunModel::setCursor(qint64 t) {
    t = std::clamp<qint64>(t, 0, std::max<int64_t>(0, duration()));
    if (t == cursor_)
        return;
    cursor_ = t;
    emit cursorChanged(t);
}

void RunModel::stepToNextEvent() {
    const Trace& t = trace();
    const size_t i = t.indexAfter(cursor_); // first event after the cursor
    if (i < t.size())
        setCursor(t.time(i));
}

void RunModel::stepToPreviousEvent() {
    const Trace& t = trace();
    const size_t i = t.firstIndex(cursor_); // first event at the cursor or after
    if (i > 0)
        setCursor(t.time(i - 1));
}

void RunModel::setViewRange(double begin, double end) {
    if (end <= begin)
        return;
    if (begin == viewBegin_ && end == viewEnd_)
        return;
    viewBegin_ = begin;
    viewEnd_ = end;
    followLive_ = false;
    emit viewRangeChanged(begin, end);
}

void RunModel::fitView() {
    followLive_ = true;
    fitRange(viewBegin_, viewEnd_);
    emit viewRangeChanged(viewBegin_, viewEnd_);
}

void RunModel::fitRange(double& begin, double& end) const {
    // A margin on both sides: marks at the very start and end (exit, crash ✕) are not cut.
    const double d = std::max<double>(1000, static_cast<double>(duration()));
    begin = -kFitMargin * d;
    // More room on the right: the exit labels ("exit 0", "SIGSEGV (−11)") sit after the bars.
    end = d * (1 + 7 * kFitMargin);
}

void RunModel::selectEvent(qint64 index) {
    const Trace& t = trace();
    if (index < 0 || static_cast<size_t>(index) >= t.size()) {
        selectedEvent_ = -1;
        selectedItem_ = {-1, -1};
        emit selectionChanged();
        return;
    }
    selectedEvent_ = index;
    selectedItem_ = {-1, -1};
    const Event e = t.at(static_cast<size_t>(index));
    if (e.kind == EventKind::QueuePut || e.kind == EventKind::QueueGet) {
        for (size_t q = 0; q < queues_.size(); ++q) {
            if (queues_[q].queue != e.object)
                continue;
            const auto& items = queues_[q].items;
            for (size_t k = 0; k < items.size(); ++k)
                if (items[k].id == e.b)
                    selectedItem_ = {static_cast<int>(q), static_cast<int>(k)};
        }
    }
    emit selectionChanged();
}

} // namespace proclab::ui
