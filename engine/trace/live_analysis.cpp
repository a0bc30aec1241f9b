#include "live_analysis.h"

#include "live_lanes.h"

#include <algorithm>

namespace proclab {

namespace {
// The horizon never grows past this: a trace reordered further back is simply re-analysed.
constexpr int64_t kMaxHorizonNs = 2'000'000'000;
} // namespace

LiveAnalysis::LiveAnalysis() : lanes_(std::make_unique<LiveLanes>()) {}
LiveAnalysis::~LiveAnalysis() = default;
LiveAnalysis::LiveAnalysis(LiveAnalysis&&) noexcept = default;
LiveAnalysis& LiveAnalysis::operator=(LiveAnalysis&&) noexcept = default;

const std::vector<LaneTimeline>& LiveAnalysis::lanes() const {
    return lanes_->lanes();
}

const std::optional<CounterLedger>& LiveAnalysis::optionalCounter() const {
    static const std::optional<CounterLedger> kNone;
    return seen(EventKind::CounterLoad) || seen(EventKind::CounterStore) ? counter_.optionalLedger()
                                                                         : kNone;
}

std::vector<LaneTimeline> LiveAnalysis::takeLanes() {
    return lanes_->take();
}

void LiveAnalysis::reset() {
    consumed_ = 0;
    kinds_.reset();
    queues_.clear();
    counter_ = CounterLedgerBuilder(0);
    lanes_ = std::make_unique<LiveLanes>();
    joins_.clear();
    openJoins_.clear();
    console_.clear();
    consoleWithoutText_.clear();
    ++restarts_;
}

void LiveAnalysis::updateLive(const Trace& trace, int64_t now, size_t lowestMoved) {
    if (lowestMoved < consumed_ && !trace.empty()) {
        // An append moved events this analysis had taken: look further back from now on.
        const int64_t reach =
            trace.duration() - trace.time(std::min(lowestMoved, trace.size() - 1));
        horizonNs_ = std::min(kMaxHorizonNs, std::max(horizonNs_ * 2, reach * 2));
    }
    // Settled: what is older than the horizon behind the newer of the newest event and the wall
    // clock. While every process sleeps or blocks no event comes, yet the last ones (a
    // sleep-begin) must be drawn from the moment they happened; an event that still lands below
    // this point makes the analysis start over (above), so the result stays exact.
    const int64_t newest = std::max(trace.empty() ? 0 : trace.duration(), now);
    const size_t end = trace.empty() ? 0 : trace.firstIndex(newest - horizonNs_);
    update(trace, std::max(end, std::min(consumed_, lowestMoved)), now, lowestMoved);
}

void LiveAnalysis::update(const Trace& trace, size_t end, int64_t now, size_t lowestMoved) {
    end = std::min(end, trace.size());
    if (lowestMoved < consumed_ || end < consumed_)
        reset();
    consume(trace, end);
    present(trace, now);
}

void LiveAnalysis::consume(const Trace& trace, size_t end) {
    const auto kinds = trace.kindColumn();
    for (size_t i = consumed_; i < end; ++i) {
        const auto kind = static_cast<EventKind>(kinds[i]);
        kinds_.set(kinds[i]);
        switch (kind) {
        case EventKind::QueuePut:
        case EventKind::QueueGet:
        case EventKind::QueueBlocked:
        case EventKind::QueueUnblocked:
        case EventKind::QueueEmptyCheck:
        case EventKind::QueueFullCheck: {
            const int q = trace.objectColumn()[i];
            const auto at = std::lower_bound(queues_.begin(), queues_.end(), q);
            if (at == queues_.end() || *at != q)
                queues_.insert(at, q);
            break;
        }
        case EventKind::JoinBegin:
        case EventKind::JoinEnd: {
            const Event e = trace.at(i);
            const int child = static_cast<int>(e.a);
            if (kind == EventKind::JoinBegin) {
                openJoins_.push_back(joins_.size());
                joins_.push_back(JoinArrow{e.lane, child, e.t, -1, false});
                break;
            }
            const auto match = std::find_if(openJoins_.begin(), openJoins_.end(), [&](size_t k) {
                return joins_[k].parent == e.lane && joins_[k].child == child;
            });
            if (match != openJoins_.end()) {
                joins_[*match].end = e.t;
                joins_[*match].timedOut = e.c == 1;
                openJoins_.erase(match);
            }
            break;
        }
        case EventKind::ConsoleOutput: {
            const Event e = trace.at(i);
            if (e.b < 0 || static_cast<size_t>(e.b) >= trace.texts.size())
                consoleWithoutText_.emplace_back(console_.size(), e.b);
            console_.push_back(ConsoleLine{e.lane, e.t, trace.text(e.b)});
            break;
        }
        default:
            break;
        }
    }
    counter_.consume(trace, end);
    if (!lanes_->consume(trace, end))
        lanes_->rebuild(trace, end);
    consumed_ = std::max(consumed_, end);
}

void LiveAnalysis::present(const Trace& trace, int64_t now) {
    lanes_->present(trace, now);
    // A join still waiting lasts to now (live) or the run's end.
    presentedJoins_ = joins_;
    for (size_t k : openJoins_)
        presentedJoins_[k].end = std::max(trace.duration(), now);
    // A printed line whose text had not arrived yet when its event was taken.
    std::erase_if(consoleWithoutText_, [&](const std::pair<size_t, int64_t>& p) {
        if (p.second < 0 || static_cast<size_t>(p.second) >= trace.texts.size())
            return false;
        console_[p.first].text = trace.text(p.second);
        return true;
    });
}

} // namespace proclab
