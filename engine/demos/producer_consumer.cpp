// Seed demo 3: a producer and a consumer sharing a Queue, in the tutorial's sequential form
// and in the forms that show what goes wrong (empty() as a stop test, join before drain) and
// what is right (a sentinel, a bounded queue).
#include "demos.h"

#include "runtime/entries.h"
#include "runtime/process.h"
#include "runtime/shared_queue.h"

#include <string>

namespace proclab {
namespace {

constexpr int kQueueObject = 0;
constexpr int64_t kSentinel = -1; // stands for None

enum Arg { QueueOffset, Items, ProduceUs, ConsumeUs, Variant, FirstLine };
enum VariantCode { Sequential, EmptyPitfall, SentinelV, Bounded, Deadlock };

// Lines of the snippet, found in the main process and handed to the children.
enum LineArg { PutLine, ProducedLine, SleepLine, SentinelLine, EmptyLine, GetLine, ConsumedLine };

int line(const LaneSlot& slot, LineArg which) {
    return static_cast<int>(slot.args[FirstLine + 0] >> (which * 8) & 0xff);
}

int producer(Context& self, const LaneSlot& slot) {
    auto* queue = self.arena().at<SharedQueue>(static_cast<uint64_t>(slot.args[QueueOffset]));
    const auto variant = static_cast<VariantCode>(slot.args[Variant]);
    const bool works = variant == EmptyPitfall || variant == SentinelV;
    for (int64_t item = 0; item < slot.args[Items]; ++item) {
        if (works) {
            self.at(line(slot, SleepLine));
            self.sleepNs(slot.args[ProduceUs] * 1000);
        }
        self.at(line(slot, PutLine));
        queue->put(self, item);
        self.at(line(slot, ProducedLine));
        self.print("Produced " + std::to_string(item));
    }
    if (variant == SentinelV || variant == Bounded) {
        self.at(line(slot, SentinelLine));
        queue->put(self, kSentinel);
    }
    return 0;
}

int consumer(Context& self, const LaneSlot& slot) {
    auto* queue = self.arena().at<SharedQueue>(static_cast<uint64_t>(slot.args[QueueOffset]));
    const auto variant = static_cast<VariantCode>(slot.args[Variant]);
    auto consume = [&](int64_t value) {
        if (variant == Bounded) {
            self.at(line(slot, SleepLine));
            self.sleepNs(slot.args[ConsumeUs] * 1000);
        }
        self.at(line(slot, ConsumedLine));
        self.print("Consumed " + std::to_string(value));
    };
    if (variant == Sequential || variant == EmptyPitfall) {
        while (true) {
            self.at(line(slot, EmptyLine));
            if (queue->empty(self))
                break;
            self.at(line(slot, GetLine));
            const auto item = queue->get(self);
            if (item)
                consume(item->value);
        }
    } else if (variant == Deadlock) {
        for (int64_t i = 0; i < slot.args[Items]; ++i) {
            self.at(line(slot, GetLine));
            if (const auto item = queue->get(self))
                consume(item->value);
        }
    } else {
        while (true) {
            self.at(line(slot, GetLine));
            const auto item = queue->get(self);
            if (!item || item->value == kSentinel)
                break;
            consume(item->value);
        }
    }
    return 0;
}

int mainProcess(Context& self, const DemoRun& run) {
    const std::string& py = run.python;
    Arena& arena = self.arena();
    const std::string& v = run.variant;
    const VariantCode variant = v == "empty-pitfall" ? EmptyPitfall
                                : v == "sentinel"    ? SentinelV
                                : v == "bounded"     ? Bounded
                                : v == "deadlock"    ? Deadlock
                                                     : Sequential;
    const uint32_t maxsize =
        variant == Bounded || variant == Deadlock ? static_cast<uint32_t>(run.param("maxsize")) : 0;
    self.reach(lineOf(py, "queue = multiprocessing.Queue"));
    const uint64_t queueOffset =
        arena.allocate(SharedQueue::bytesFor(maxsize ? maxsize : SharedQueue::kUnboundedCapacity));
    SharedQueue::create(arena, queueOffset, maxsize, kQueueObject);

    const int lines[] = {lineOf(py, "queue.put(item)"),
                         lineOf(py, "Produced"),
                         variant == Bounded ? lineOf(py, "time.sleep") : lineOf(py, "time.sleep"),
                         lineOf(py, "queue.put(None)"),
                         lineOf(py, "queue.empty()"),
                         lineOf(py, "queue.get()"),
                         lineOf(py, "Consumed")};
    int64_t packed = 0;
    for (int i = 0; i < 7; ++i)
        packed |= static_cast<int64_t>(lines[i] & 0xff) << (i * 8);
    const std::vector<int64_t> args = {static_cast<int64_t>(queueOffset),
                                       run.param("items"),
                                       run.param("produce_us"),
                                       run.param("consume_us"),
                                       variant,
                                       packed};
    Process producerProcess(self, {"producer", "producer", "producer-consumer.producer", args, {}});
    Process consumerProcess(self, {"consumer", "consumer", "producer-consumer.consumer", args, {}});
    auto start = [&](Process& p, const char* lineText) {
        self.at(lineOf(py, lineText));
        if (auto ec = p.start()) {
            self.print("error: could not start " + p.name() + ": " + ec.message());
            return false;
        }
        return true;
    };
    auto join = [&](Process& p, const char* lineText, int occurrence = 1) {
        self.at(lineOf(py, lineText, occurrence));
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
        self.at(lineOf(py, "producer_process.join(timeout"));
        producerProcess.join(run.param("join_timeout_ms") * 1'000'000);
        if (producerProcess.isAlive()) {
            self.at(lineOf(py, "join() timed out"));
            self.print(
                "join() timed out: the producer is blocked in put(), nobody drains the queue");
        }
        if (!start(consumerProcess, "consumer_process.start()"))
            return 1;
        join(consumerProcess, "consumer_process.join()");
        join(producerProcess, "producer_process.join()", 2);
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

} // namespace

DemoSpec producerConsumerDemo() {
    return DemoSpec{
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
}

} // namespace proclab
