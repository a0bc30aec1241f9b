// The one place a run lives in the GUI: the Trace (finished, or growing while the runner
// streams it), what the analysis derived from it, the time cursor, the visible time window and
// the selection. Views read it and listen to its signals; none of them talks to the engine.
#pragma once

#include "io/stream.h"
#include "trace/analysis.h"
#include "trace/live_analysis.h"
#include "trace/trace.h"

#include <QObject>
#include <QTimer>

#include <optional>
#include <string_view>
#include <vector>

namespace proclab::ui {

class RunModel : public QObject {
    Q_OBJECT
  public:
    explicit RunModel(QObject* parent = nullptr);

    const Trace& trace() const { return live_ ? decoder_.trace() : trace_; }
    bool isLive() const { return live_; }
    bool hasTrace() const { return !trace().empty() || !trace().lanes.empty(); }
    // How long the run lasted: live, the wall-clock time since it started (so that time moves
    // while every process sleeps); finished, until the demo ended (demoEnd), not until the
    // runner's last record.
    int64_t duration() const;
    // The wall-clock time since a live run started, in trace time (0 before its Hello).
    int64_t liveNow() const { return liveNow_; }

    // ---- How far the numbers can be trusted ----
    // The run was stopped (Stop, or the runner's time-out) or its stream ended early.
    bool cutShort() const { return cutShort_; }
    void setCutShort(bool on);
    uint64_t dropped() const { return trace().dropped; }
    // A demo chosen but not run yet: its code and an empty timeline that says "press Run".
    bool isChoiceOnly() const { return choiceOnly_; }
    // Changes whenever another run replaces the one shown (not while a live run grows): views
    // that append incrementally start over when it changes.
    quint64 runId() const { return runId_; }

    // ---- What the analysis says (fresh whenever the trace changes) ----
    // While a run is live, the lanes, joins, console and counter are the live analysis's own,
    // extended with each refresh by the events that arrived (see LiveAnalysis); a finished run
    // keeps them here, trimmed.
    const std::vector<LaneTimeline>& lanes() const {
        return liveLanes_ ? analysis_.lanes() : lanes_;
    }
    const std::vector<JoinArrow>& joins() const { return live_ ? analysis_.joins() : joins_; }
    const std::vector<QueueAnalysis>& queues() const { return queues_; }
    const std::optional<CounterLedger>& counter() const {
        return liveCounter_ ? analysis_.optionalCounter() : counter_;
    }
    const std::optional<PoolAnalysis>& pool() const { return pool_; }
    const std::optional<ArrayAnalysis>& array() const { return array_; }
    const std::optional<GilAnalysis>& gil() const { return gil_; }
    const std::vector<ConsoleLine>& console() const {
        return live_ ? analysis_.console() : console_;
    }
    // Display name of a lane: "worker-1 (pid 4242)".
    QString laneLabel(int lane) const;
    QString laneName(int lane) const;

    // ---- Cursor, visible window, selection ----
    int64_t cursor() const { return cursor_; }
    double viewBegin() const { return viewBegin_; }
    double viewEnd() const { return viewEnd_; }
    // Index of the selected event, or -1.
    int64_t selectedEvent() const { return selectedEvent_; }
    // The selected queue item as (queue position in queues(), item index), or (-1, -1).
    std::pair<int, int> selectedQueueItem() const { return selectedItem_; }

    // The whole run with a small margin each side (fraction of the duration).
    static constexpr double kFitMargin = 0.01;
    void fitRange(double& begin, double& end) const;

    // The event index at or before the cursor (-1 when the cursor is before the first event).
    int64_t eventAtCursor() const;

  public slots:
    // A finished run: from a file, an export, a test.
    void setTrace(proclab::Trace trace);
    void clear();
    // Forgets any run and shows this demo's choice: code, no events (see isChoiceOnly).
    void showChoice(const QString& demo, const QString& variant, const QString& pythonSource);

    // A live run: bytes of the runner's stream arrive in any chunking. Views are refreshed at
    // most ~30 times a second however fast the bytes come.
    void beginLive();
    // Returns false on a malformed stream (error() says why).
    bool feed(std::string_view bytes);
    void endLive();

    void setCursor(qint64 t);
    void stepToNextEvent();
    void stepToPreviousEvent();
    void setViewRange(double begin, double end);
    void fitView();
    void selectEvent(qint64 index);

  public:
    const std::string& streamError() const { return decoder_.error(); }
    const StreamEnd& streamEnd() const { return decoder_.end(); }

  signals:
    // The trace grew or was replaced; analyses are fresh.
    void traceChanged();
    void cursorChanged(qint64 t);
    void viewRangeChanged(double begin, double end);
    void selectionChanged();
    void liveChanged(bool live);

  private:
    void refresh();
    void analyse(const Trace& t, int64_t now);
    void scheduleRefresh();
    void tickLive();
    void resetRun();

    Trace trace_;
    StreamDecoder decoder_;
    bool live_ = false;
    bool dirty_ = false;
    bool followLive_ = true; // keep the whole run in view while it grows, until the user zooms
    QTimer refreshTimer_;
    QTimer liveTick_;
    int64_t liveNow_ = 0;
    int64_t end_ = 0; // demoEnd of a finished run
    bool cutShort_ = false;
    bool choiceOnly_ = false;
    quint64 runId_ = 1;

    LiveAnalysis analysis_;
    bool liveLanes_ = false;          // lanes() are analysis_'s
    bool liveCounter_ = false;        // counter() is analysis_'s
    size_t lowestChanged_ = SIZE_MAX; // since the last refresh (see beginLive)
    std::vector<LaneTimeline> lanes_;
    std::vector<JoinArrow> joins_;
    std::vector<QueueAnalysis> queues_;
    std::optional<CounterLedger> counter_;
    std::optional<PoolAnalysis> pool_;
    std::optional<ArrayAnalysis> array_;
    std::optional<GilAnalysis> gil_;
    std::vector<ConsoleLine> console_;

    int64_t cursor_ = 0;
    double viewBegin_ = 0;
    double viewEnd_ = 1;
    int64_t selectedEvent_ = -1;
    std::pair<int, int> selectedItem_{-1, -1};
};

} // namespace proclab::ui
