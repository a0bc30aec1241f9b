// Queue: items matched put -> get by item id, depth over time, what is inside at an instant.
#include "analysis.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace proclab {

QueueAnalysis analyseQueue(const Trace& trace, int queue) {
    QueueAnalysis q;
    q.queue = queue;
    // Item id -> index in q.items of the put not yet got (ids are unique per queue; a reused
    // id matches its most recent put).
    std::unordered_map<int64_t, size_t> waiting;
    // FIFO: each consumer gets ids in increasing order (an item's id is its position in the
    // queue). Compared per consumer: two consumers' records of their gets may cross in time.
    std::unordered_map<int, int64_t> lastIdByConsumer;
    int depth = 0;
    for (size_t i = 0; i < trace.size(); ++i) {
        const EventKind kind = trace.kind(i);
        if (kind != EventKind::QueuePut && kind != EventKind::QueueGet)
            continue;
        const Event e = trace.at(i);
        if (e.object != queue)
            continue;
        // Depth from the events themselves: every put is stamped before its item can be got,
        // so the count never goes below zero and matches what was in the queue.
        depth += kind == EventKind::QueuePut ? 1 : -1;
        q.depth.push_back(DepthPoint{e.t, depth});
        if (kind == EventKind::QueuePut) {
            ++q.put;
            waiting[e.b] = q.items.size();
            q.items.push_back(QueueItem{e.b, e.c, e.lane, -1, e.t, -1});
            continue;
        }
        ++q.got;
        const auto it = waiting.find(e.b);
        if (it == waiting.end())
            continue; // its put was not recorded (dropped records); nothing to match
        const size_t index = it->second;
        waiting.erase(it);
        q.items[index].consumer = e.lane;
        q.items[index].getTime = e.t;
        const auto last = lastIdByConsumer.find(e.lane);
        if (last != lastIdByConsumer.end() && e.b < last->second)
            q.fifo = false;
        lastIdByConsumer[e.lane] = e.b;
    }
    q.missed = static_cast<int>(std::count_if(q.items.begin(), q.items.end(),
                                              [](const QueueItem& it) { return !it.got(); }));
    return q;
}

std::vector<size_t> itemsInQueueAt(const QueueAnalysis& analysis, int64_t t) {
    // Items are in put order, so those put at or before t are a prefix.
    const auto putBy =
        std::upper_bound(analysis.items.begin(), analysis.items.end(), t,
                         [](int64_t time, const QueueItem& item) { return time < item.putTime; });
    std::vector<size_t> inside;
    for (auto it = analysis.items.begin(); it != putBy; ++it) {
        if (it->getTime < 0 || it->getTime > t)
            inside.push_back(static_cast<size_t>(it - analysis.items.begin()));
    }
    return inside;
}

std::vector<int> queuesInTrace(const Trace& trace) {
    std::set<int> queues;
    for (size_t i = 0; i < trace.size(); ++i) {
        switch (trace.kind(i)) {
        case EventKind::QueuePut:
        case EventKind::QueueGet:
        case EventKind::QueueBlocked:
        case EventKind::QueueUnblocked:
        case EventKind::QueueEmptyCheck:
        case EventKind::QueueFullCheck:
            queues.insert(trace.at(i).object);
            break;
        default:
            break;
        }
    }
    return {queues.begin(), queues.end()};
}

} // namespace proclab
