// Seed demo 3: a producer and a consumer sharing a Queue, in the tutorial's sequential form
// and in the forms that show what goes wrong (empty() as a stop test, join before drain) and
// what is right (a sentinel, a bounded queue).
#include "demo_spec.h"

#include "runtime/entries.h"
#include "runtime/entry_args.h"
#include "runtime/process.h"
#include "runtime/shared_queue.h"
#include "summary_parts.h"

#include <string>

namespace proclab {
namespace {

constexpr int kQueueObject = 0;
constexpr int64_t kSentinel = -1; // stands for None

enum VariantCode { Sequential, EmptyPitfall, SentinelV, Bounded, Deadlock };

// Lines of the snippet, found in the main process and handed to the children.
enum LineArg { PutLine, ProducedLine, SleepLine, SentinelLine, EmptyLine, GetLine, ConsumedLine };

// What the producer and the consumer are both given.
struct QueueArgs {
    uint64_t queue; // arena offset
    int64_t items;
    int64_t produceUs;
    int64_t consumeUs;
    VariantCode variant;
    int lines[ConsumedLine + 1]; // by LineArg
};

int line(const QueueArgs& in, LineArg which) {
    return in.lines[which];
}

int producer(Context& self, const LaneSlot& slot) {
    const auto in = entryArgs<QueueArgs>(slot);
    auto* queue = self.arena().at<SharedQueue>(in.queue);
    const VariantCode variant = in.variant;
    const bool works = variant == EmptyPitfall || variant == SentinelV;
    for (int64_t item = 0; item < in.items; ++item) {
        if (works) {
            self.at(line(in, SleepLine));
            self.sleepNs(in.produceUs * 1000);
        }
        self.at(line(in, PutLine));
        queue->put(self, item);
        self.at(line(in, ProducedLine));
        self.print("Produced " + std::to_string(item));
    }
    if (variant == SentinelV || variant == Bounded) {
        self.at(line(in, SentinelLine));
        queue->put(self, kSentinel);
    }
    return 0;
}

int consumer(Context& self, const LaneSlot& slot) {
    const auto in = entryArgs<QueueArgs>(slot);
    auto* queue = self.arena().at<SharedQueue>(in.queue);
    const VariantCode variant = in.variant;
    auto consume = [&](int64_t value) {
        if (variant == Bounded) {
            self.at(line(in, SleepLine));
            self.sleepNs(in.consumeUs * 1000);
        }
        self.at(line(in, ConsumedLine));
        self.print("Consumed " + std::to_string(value));
    };
    if (variant == Sequential || variant == EmptyPitfall) {
        while (true) {
            self.at(line(in, EmptyLine));
            if (queue->empty(self))
                break;
            self.at(line(in, GetLine));
            const auto item = queue->get(self);
            if (item)
                consume(item->value);
        }
    } else if (variant == Deadlock) {
        for (int64_t i = 0; i < in.items; ++i) {
            self.at(line(in, GetLine));
            if (const auto item = queue->get(self))
                consume(item->value);
        }
    } else {
        while (true) {
            self.at(line(in, GetLine));
            const auto item = queue->get(self);
            if (!item || item->value == kSentinel)
                break;
            consume(item->value);
        }
    }
    return 0;
}

int mainProcess(Context& self, const DemoRun& run) {
    Arena& arena = self.arena();
    const std::string& v = run.variant;
    const VariantCode variant = v == "empty-pitfall" ? EmptyPitfall
                                : v == "sentinel"    ? SentinelV
                                : v == "bounded"     ? Bounded
                                : v == "deadlock"    ? Deadlock
                                                     : Sequential;
    const uint32_t maxsize =
        variant == Bounded || variant == Deadlock ? static_cast<uint32_t>(run.param("maxsize")) : 0;
    self.reach(run.line("queue = multiprocessing.Queue"));
    const uint64_t queueOffset =
        arena.allocate(SharedQueue::bytesFor(maxsize ? maxsize : SharedQueue::kUnboundedCapacity));
    SharedQueue::create(arena, queueOffset, maxsize, kQueueObject);

    const std::vector<int64_t> args = packEntryArgs(
        QueueArgs{queueOffset,
                  run.param("items"),
                  run.param("produce_us"),
                  run.param("consume_us"),
                  variant,
                  {run.line("queue.put(item)"), run.line("Produced"), run.line("time.sleep"),
                   run.line("queue.put(None)"), run.line("queue.empty()"), run.line("queue.get()"),
                   run.line("Consumed")}});
    Process producerProcess(self, {"producer", "producer", "producer-consumer.producer", args, {}});
    Process consumerProcess(self, {"consumer", "consumer", "producer-consumer.consumer", args, {}});
    auto start = [&](Process& p, const char* lineText) {
        self.at(run.line(lineText));
        if (auto ec = p.start()) {
            self.print("error: could not start " + p.name() + ": " + ec.message());
            return false;
        }
        return true;
    };
    auto join = [&](Process& p, const char* lineText) {
        self.at(run.line(lineText));
        p.join();
    };

    switch (variant) {
    case Sequential:
        if (!start(producerProcess, "producer_process.start()"))
            return 1;
        join(producerProcess, "producer_process.join()");
        if (!start(consumerProcess, "consumer_process.start()"))
            return 1;
        join(consumerProcess, "consumer_process.join()");
        break;
    case Deadlock: {
        if (!start(producerProcess, "producer_process.start()"))
            return 1;
        self.at(run.line("producer_process.join(timeout"));
        producerProcess.join(run.param("join_timeout_ms") * 1'000'000);
        if (producerProcess.isAlive()) {
            self.at(run.line("join() timed out"));
            self.print(
                "join() timed out: the producer is blocked in put(), nobody drains the queue");
        }
        if (!start(consumerProcess, "consumer_process.start()"))
            return 1;
        join(consumerProcess, "consumer_process.join()");
        join(producerProcess, "producer_process.join()");
        break;
    }
    default:
        if (!start(producerProcess, "producer_process.start()") ||
            !start(consumerProcess, "consumer_process.start()"))
            return 1;
        join(producerProcess, "producer_process.join()");
        join(consumerProcess, "consumer_process.join()");
        break;
    }
    return 0;
}

// The producer is lane 1, the consumer lane 2. The sequential form cannot be stepped: its
// main joins the producer before the consumer exists, so a step for the consumer could
// only wait for a join that waits for it.
int stepLanes(const DemoRun& run) {
    return run.variant == "sequential" ? 0 : 2;
}

void registerEntries() {
    registerEntry("producer-consumer.producer", producer);
    registerEntry("producer-consumer.consumer", consumer);
}

nlohmann::json summary(const Trace& trace, const std::string&) {
    return queueSummary(trace);
}

} // namespace

DemoSpec producerConsumerDemo() {
    DemoSpec spec{
        "producer-consumer",
        "Queue: producer and consumer",
        "A producer puts items into a multiprocessing.Queue, a consumer gets them.",
        {{"sequential", "the tutorial's: the producer is joined before the consumer starts",
          "producer_consumer.sequential"},
         {"empty-pitfall", "both at once, the consumer stops when empty(): items are missed",
          "producer_consumer.empty_pitfall"},
         {"sentinel", "both at once, the producer ends with a None sentinel (correct)",
          "producer_consumer.sentinel"},
         {"bounded", "Queue(maxsize): the producer blocks while it is full",
          "producer_consumer.bounded"},
         {"deadlock", "join the producer before anyone drains a full queue",
          "producer_consumer.deadlock"}},
        {{"items", 5, 1, 100'000, "items produced"},
         {"produce_us", 300, 0, 1'000'000, "producer's work before each item (µs)"},
         {"consume_us", 2000, 0, 1'000'000, "bounded: consumer's work per item (µs)"},
         {"maxsize", 2, 1, 1000, "bounded and deadlock: the queue's maxsize"},
         {"join_timeout_ms", 1000, 1, 60'000, "deadlock: how long join() waits before giving up"}},
        mainProcess,
        registerEntries,
        nullptr,
        stepLanes};
    spec.needles = {
        {"queue = multiprocessing.Queue"},
        {"queue.put(item)"},
        {"Produced"},
        {"time.sleep", {"empty-pitfall", "sentinel", "bounded"}},
        {"queue.put(None)", {"sentinel", "bounded"}},
        {"queue.empty()", {"sequential", "empty-pitfall"}},
        {"queue.get()"},
        {"Consumed"},
        {"producer_process.start()"},
        {"consumer_process.start()"},
        {"producer_process.join()"},
        {"consumer_process.join()"},
        {"producer_process.join(timeout", {"deadlock"}},
        {"join() timed out", {"deadlock"}},
    };
    spec.children = {{"producer", "consumer"}};
    spec.runFacts = {"put",       "got",          "missed",         "fifo",
                     "max_depth", "blocked_puts", "join_timed_out", "empty_true"};
    spec.summarise = summary;
    return spec;
}

} // namespace proclab
