#include "ui/testing/sample_traces.h"

#include "ui/testing/trace_builder.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace proclab::ui::samples {

namespace {
using testing::addLane;
using testing::ev;

void print(Trace& t, std::vector<Event>& out, int64_t time, int lane, const std::string& text,
           int line) {
    out.push_back(ev(time, lane, EventKind::ConsoleOutput, 0, t.addText(text), 0, line));
}

// Main's own start, and a child's creation by main, start, end and reaping.
void mainStarts(std::vector<Event>& e, int64_t pid) {
    e.push_back(ev(0, 0, EventKind::ProcessCreated, kRunnerLane, pid));
    e.push_back(ev(1000, 0, EventKind::ProcessStarted, 0, pid));
}
} // namespace

Trace processBasics(int workers, bool crash) {
    Trace t;
    t.demo = "process-basics";
    t.variant = crash ? "crash" : "fork";
    t.params = {{"workers", workers}, {"sleep_ms", 1}};
    t.pythonSource = "import multiprocessing, time\n\n"
                     "def worker(name):\n"
                     "    print(f'Worker {name} is starting')\n"
                     "    time.sleep(1)\n"
                     "    print(f'Worker {name} is done')\n\n"
                     "if __name__ == '__main__':\n"
                     "    ps = [multiprocessing.Process(target=worker, args=(n,)) for n in 'AB']\n"
                     "    for p in ps: p.start()\n"
                     "    for p in ps: p.join()\n"
                     "    print('All workers finished')\n";
    std::vector<Event> e;
    addLane(t, 0, "main", 4100, -1, "main");
    mainStarts(e, 4100);
    for (int w = 1; w <= workers; ++w) {
        const int64_t pid = 4100 + w;
        addLane(t, w, "worker-" + std::to_string(w), pid, 0, "worker");
        const int64_t c = 20'000 + (w - 1) * 130'000;
        e.push_back(ev(c, 0, EventKind::SourceLine, 0, 0, 0, 10));
        e.push_back(ev(c + 500, w, EventKind::ProcessCreated, 0, pid));
        const int64_t s = c + 116'000;
        e.push_back(ev(s, w, EventKind::ProcessStarted, 0, pid, 0, 4));
        print(t, e, s + 3000, w,
              "Worker " + std::string(1, static_cast<char>('A' + w - 1)) + " is starting", 4);
        e.push_back(ev(s + 5000, w, EventKind::SleepBegin, 0, 1'000'000, 0, 5));
        e.push_back(ev(s + 1'005'000, w, EventKind::SleepEnd, 0, 0, 0, 5));
        const bool dies = crash && w == workers;
        if (!dies)
            print(t, e, s + 1'010'000, w,
                  "Worker " + std::string(1, static_cast<char>('A' + w - 1)) + " is done", 6);
        e.push_back(ev(s + 1'012'000, w, EventKind::ProcessEnding, 0, dies ? -11 : 0));
    }
    int64_t tj = 20'000 + workers * 130'000 + 10'000;
    for (int w = 1; w <= workers; ++w) {
        const int64_t childEnd = 20'000 + (w - 1) * 130'000 + 116'000 + 1'012'000;
        const bool dies = crash && w == workers;
        e.push_back(ev(tj, 0, EventKind::JoinBegin, static_cast<uint32_t>(w), 0, 0, 11));
        const int64_t reaped = std::max(tj, childEnd) + 40'000;
        e.push_back(ev(reaped, w, EventKind::ProcessExited, 0, dies ? -11 : 0));
        e.push_back(ev(reaped + 2000, 0, EventKind::JoinEnd, static_cast<uint32_t>(w),
                       dies ? -11 : 0, 0, 11));
        tj = reaped + 5000;
    }
    print(t, e, tj + 10'000, 0, "All workers finished", 12);
    e.push_back(ev(tj + 20'000, 0, EventKind::ProcessEnding, 0, 0));
    e.push_back(ev(tj + 30'000, 0, EventKind::ProcessExited, kRunnerLane, 0));
    t.append(e);
    return t;
}

Trace poolSquare(int workers, int n, int chunksize) {
    Trace t;
    t.demo = "pool-square";
    t.variant = "map";
    t.params = {{"workers", workers}, {"n", n}, {"chunksize", chunksize}};
    t.pythonSource = "from multiprocessing import Pool\n\n"
                     "def square(x):\n"
                     "    return x * x\n\n"
                     "if __name__ == '__main__':\n"
                     "    with Pool(4) as p:\n"
                     "        print(p.map(square, [1, 2, 3, 4, 5]))\n";
    std::vector<Event> e;
    addLane(t, 0, "main", 5200, -1, "main");
    mainStarts(e, 5200);
    for (int w = 1; w <= workers; ++w) {
        addLane(t, w, "worker-" + std::to_string(w), 5200 + w, 0, "worker");
        e.push_back(ev(10'000 + w * 120'000, w, EventKind::ProcessCreated, 0, 5200 + w));
        e.push_back(ev(130'000 + w * 120'000, w, EventKind::ProcessStarted, 0, 5200 + w, 0, 3));
    }
    const int64_t dispatch0 = 130'000 + workers * 120'000 + 20'000;
    std::vector<int64_t> free(static_cast<size_t>(workers) + 1, dispatch0);
    int chunk = 0;
    for (int first = 0; first < n; first += chunksize, ++chunk) {
        const int end = std::min(n, first + chunksize);
        const int w = 1 + chunk % workers;
        int64_t at = std::max(free[static_cast<size_t>(w)], dispatch0 + chunk * 3000);
        e.push_back(ev(dispatch0 + chunk * 3000, 0, EventKind::PoolTaskDispatched,
                       static_cast<uint32_t>(chunk), first, end, 8));
        for (int i = first; i < end; ++i) {
            const int x = i + 1;
            e.push_back(ev(at + 8000, w, EventKind::PoolTaskStarted, static_cast<uint32_t>(chunk),
                           i, x, 4));
            e.push_back(ev(at + 9500, w, EventKind::PoolTaskFinished, static_cast<uint32_t>(chunk),
                           i, x * x, 4));
            at += 2000;
        }
        free[static_cast<size_t>(w)] = at + 10'000;
        e.push_back(ev(at + 30'000, 0, EventKind::PoolChunkDone, static_cast<uint32_t>(chunk), w));
    }
    int64_t last = *std::max_element(free.begin(), free.end()) + 60'000;
    std::string list = "[";
    for (int i = 0; i < n; ++i) {
        e.push_back(ev(last, 0, EventKind::Result, static_cast<uint32_t>(ResultKey::PoolResult),
                       (i + 1) * (i + 1), i));
        list += (i ? ", " : "") + std::to_string((i + 1) * (i + 1));
    }
    print(t, e, last + 1000, 0, list + "]", 8);
    for (int w = 1; w <= workers; ++w) {
        e.push_back(ev(last + 5000 + w * 1000, w, EventKind::ProcessEnding, 0, 0));
        e.push_back(ev(last + 40'000 + w * 2000, w, EventKind::ProcessExited, 0, 0));
    }
    e.push_back(ev(last + 60'000, 0, EventKind::ProcessEnding, 0, 0));
    e.push_back(ev(last + 61'000, 0, EventKind::ProcessExited, kRunnerLane, 0));
    t.append(e);
    return t;
}

Trace producerConsumer(int n, int missed, bool concurrent) {
    Trace t;
    t.demo = "producer-consumer";
    t.variant = missed > 0 ? "empty-pitfall" : (concurrent ? "sentinel" : "sequential");
    t.params = {{"items", n}};
    t.pythonSource =
        "from multiprocessing import Process, Queue\n\n"
        "def producer(q):\n"
        "    for i in range(5):\n"
        "        q.put(i * i)\n\n"
        "def consumer(q):\n"
        "    while not q.empty():\n"
        "        print('got', q.get())\n\n"
        "if __name__ == '__main__':\n"
        "    q = Queue()\n"
        "    p = Process(target=producer, args=(q,)); c = Process(target=consumer, args=(q,))\n"
        "    p.start(); c.start(); p.join(); c.join()\n";
    std::vector<Event> e;
    addLane(t, 0, "main", 6300, -1, "main");
    addLane(t, 1, "producer", 6301, 0, "producer");
    addLane(t, 2, "consumer", 6302, 0, "consumer");
    mainStarts(e, 6300);
    e.push_back(ev(10'000, 1, EventKind::ProcessCreated, 0, 6301));
    e.push_back(ev(120'000, 1, EventKind::ProcessStarted, 0, 6301, 0, 4));
    e.push_back(ev(140'000, 2, EventKind::ProcessCreated, 0, 6302));
    e.push_back(ev(250'000, 2, EventKind::ProcessStarted, 0, 6302, 0, 8));
    int64_t tp = 130'000;
    std::vector<int64_t> putAt;
    for (int i = 0; i < n; ++i) {
        tp += 40'000;
        e.push_back(ev(tp, 1, EventKind::QueuePut, 0, i, i * i, 5));
        putAt.push_back(tp);
    }
    e.push_back(ev(tp + 5000, 1, EventKind::ProcessEnding, 0, 0));
    // Consumer: gets while it finds items, then (pitfall) sees empty() and quits early.
    int64_t tc = concurrent ? 260'000 : tp + 20'000;
    int got = 0;
    for (int i = 0; i < n - missed; ++i) {
        tc = std::max(tc + 30'000, putAt[static_cast<size_t>(i)] + 10'000);
        e.push_back(ev(tc, 2, EventKind::QueueEmptyCheck, 0, 0, 0, 8));
        e.push_back(ev(tc + 2000, 2, EventKind::QueueGet, 0, i, i * i, 9));
        print(t, e, tc + 4000, 2, "got " + std::to_string(i * i), 9);
        ++got;
    }
    if (missed > 0)
        e.push_back(ev(tc + 8000, 2, EventKind::QueueEmptyCheck, 0, 1, 0, 8));
    e.push_back(ev(tc + 10'000, 2, EventKind::ProcessEnding, 0, 0));
    const int64_t tj = 140'000 + 5000;
    e.push_back(ev(tj, 0, EventKind::JoinBegin, 1, 0, 0, 14));
    e.push_back(ev(tp + 30'000, 1, EventKind::ProcessExited, 0, 0));
    e.push_back(ev(tp + 31'000, 0, EventKind::JoinEnd, 1, 0, 0, 14));
    const int64_t tj2 = std::max(tp + 32'000, tj + 1000);
    e.push_back(ev(tj2, 0, EventKind::JoinBegin, 2, 0, 0, 14));
    const int64_t reaped2 = std::max(tc + 40'000, tj2 + 1000);
    e.push_back(ev(reaped2, 2, EventKind::ProcessExited, 0, 0));
    e.push_back(ev(reaped2 + 1000, 0, EventKind::JoinEnd, 2, 0, 0, 14));
    e.push_back(
        ev(reaped2 + 5000, 0, EventKind::Result, static_cast<uint32_t>(ResultKey::ItemsPut), n));
    e.push_back(
        ev(reaped2 + 5000, 0, EventKind::Result, static_cast<uint32_t>(ResultKey::ItemsGot), got));
    e.push_back(ev(reaped2 + 9000, 0, EventKind::ProcessEnding, 0, 0));
    e.push_back(ev(reaped2 + 10'000, 0, EventKind::ProcessExited, kRunnerLane, 0));
    // The depth each put/get reports is the queue's real depth in time order.
    std::stable_sort(e.begin(), e.end(), [](const Event& x, const Event& y) { return x.t < y.t; });
    int d = 0;
    for (Event& x : e) {
        if (x.kind == EventKind::QueuePut)
            x.a = static_cast<uint32_t>(++d);
        else if (x.kind == EventKind::QueueGet)
            x.a = static_cast<uint32_t>(--d);
        else if (x.kind == EventKind::QueueEmptyCheck)
            x.a = static_cast<uint32_t>(d);
    }
    t.append(e);
    return t;
}

namespace {
// Each worker alternates load and store; a random scheduler picks who moves next, so a worker
// sometimes stores over increments others made since its load. Returns the final value;
// `clock` (one time per worker lane) moves on as each worker does.
int64_t interleaveIncrements(std::vector<Event>& e, int workers, int iterations, std::mt19937& rng,
                             bool lockWaits, std::vector<int64_t>& clock) {
    int64_t counter = 0;
    std::vector<int> done(static_cast<size_t>(workers) + 1, 0);
    std::vector<int64_t> loaded(static_cast<size_t>(workers) + 1, -1);
    std::uniform_int_distribution<int> pick(1, workers);
    std::uniform_int_distribution<int> jitter(60, 260);
    int remaining = workers;
    while (remaining > 0) {
        const int w = pick(rng);
        const size_t k = static_cast<size_t>(w);
        if (done[k] >= iterations)
            continue;
        clock[k] += jitter(rng);
        if (loaded[k] < 0) {
            if (lockWaits && rng() % 3 == 0) {
                e.push_back(ev(clock[k], w, EventKind::LockWait, 0, 0, 0, 5));
                clock[k] += jitter(rng);
                e.push_back(ev(clock[k], w, EventKind::LockAcquired, 0, 0, 0, 5));
                clock[k] += 20;
            }
            loaded[k] = counter;
            e.push_back(ev(clock[k], w, EventKind::CounterLoad, 0, counter, 0, 5));
        } else {
            const int64_t overwritten = counter;
            counter = loaded[k] + 1;
            e.push_back(ev(clock[k], w, EventKind::CounterStore, 0, counter, overwritten, 5));
            loaded[k] = -1;
            if (++done[k] == iterations) {
                --remaining;
                e.push_back(ev(clock[k] + 3000, w, EventKind::ProcessEnding, 0, 0));
            }
        }
    }
    return counter;
}
} // namespace

Trace counterRace(int workers, int iterations, uint32_t seed, bool lockWaits) {
    Trace t;
    t.demo = "counter-race";
    t.variant = "raw";
    t.params = {{"workers", workers}, {"iterations", iterations}};
    t.pythonSource = "from multiprocessing import Process, Value\n\n"
                     "def work(counter):\n"
                     "    for _ in range(1000):\n"
                     "        counter.value += 1\n\n"
                     "if __name__ == '__main__':\n"
                     "    counter = Value('i', 0)\n"
                     "    ps = [Process(target=work, args=(counter,)) for _ in range(4)]\n"
                     "    for p in ps: p.start()\n"
                     "    for p in ps: p.join()\n"
                     "    print('Counter value:', counter.value)\n";
    std::mt19937 rng(seed);
    std::vector<Event> e;
    e.reserve(static_cast<size_t>(workers) * static_cast<size_t>(iterations) * 2 + 64);
    addLane(t, 0, "main", 7000, -1, "main");
    mainStarts(e, 7000);
    const int64_t barrier = 40'000 + workers * 120'000;
    for (int w = 1; w <= workers; ++w) {
        addLane(t, w, "worker-" + std::to_string(w), 7000 + w, 0, "worker");
        e.push_back(ev(20'000 + (w - 1) * 120'000, w, EventKind::ProcessCreated, 0, 7000 + w));
        const int64_t s = 20'000 + (w - 1) * 120'000 + 110'000;
        e.push_back(ev(s, w, EventKind::ProcessStarted, 0, 7000 + w, 0, 3));
        e.push_back(ev(s + 2000, w, EventKind::BarrierWait, static_cast<uint32_t>(w)));
        e.push_back(ev(barrier + w * 300, w, EventKind::BarrierPass));
    }
    // Each worker's time, from the barrier's opening on.
    std::vector<int64_t> clock(static_cast<size_t>(workers) + 1, barrier + 2000);
    const int64_t counter = interleaveIncrements(e, workers, iterations, rng, lockWaits, clock);
    int64_t tj = barrier + 1000;
    for (int w = 1; w <= workers; ++w) {
        const size_t k = static_cast<size_t>(w);
        e.push_back(ev(tj, 0, EventKind::JoinBegin, static_cast<uint32_t>(w), 0, 0, 11));
        const int64_t reaped = std::max(tj, clock[k] + 3000) + 30'000;
        e.push_back(ev(reaped, w, EventKind::ProcessExited, 0, 0));
        e.push_back(ev(reaped + 1000, 0, EventKind::JoinEnd, static_cast<uint32_t>(w), 0, 0, 11));
        tj = reaped + 2000;
    }
    const int64_t expected = static_cast<int64_t>(workers) * iterations;
    e.push_back(ev(tj + 1000, 0, EventKind::Result,
                   static_cast<uint32_t>(ResultKey::CounterExpected), expected));
    e.push_back(ev(tj + 1000, 0, EventKind::Result, static_cast<uint32_t>(ResultKey::CounterFinal),
                   counter));
    print(t, e, tj + 2000, 0, "Counter value: " + std::to_string(counter), 12);
    e.push_back(ev(tj + 5000, 0, EventKind::ProcessEnding, 0, 0));
    e.push_back(ev(tj + 6000, 0, EventKind::ProcessExited, kRunnerLane, 0));
    t.append(e);
    return t;
}

Trace counterRaceWithEvents(size_t events, uint32_t seed) {
    const int workers = 4;
    // Two events an increment, plus two for one load in three that waits for the lock.
    const int iterations = static_cast<int>(std::max<size_t>(1, events * 3 / (8 * workers)));
    return counterRace(workers, iterations, seed, true);
}

} // namespace proclab::ui::samples
