#include "ui/catalog_texts.h"

#include "demos/demo_spec.h"

#include <QCoreApplication>

#include <string_view>

namespace proclab::ui {

namespace {
// A source text and its disambiguation (the id it belongs to, shown to translators): the same
// English word ("workers") can want different Chinese in different demos.
struct Tr {
    const char* source;
    const char* comment;
};

// key: "demo" (title, summary), "demo#variant" (label, help), "demo:param" (label, help). The
// English sources repeat the engine's catalog word for word; tst_catalog_texts compares them,
// and a text that drifted shows the engine's English rather than a stale translation.
struct Entry {
    const char* key;
    Tr label;
    Tr help;
};

// lupdate reads the QT_TRANSLATE_NOOP3 macro by name: it cannot be hidden behind a shorter one.
// clang-format off
const Entry kTexts[] = {
    {"process-basics",
     QT_TRANSLATE_NOOP3("CatalogTexts", "Process: start and join", "process-basics"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "Two worker processes start, sleep, and are joined by the main process.", "process-basics")},
    {"process-basics#fork", QT_TRANSLATE_NOOP3("CatalogTexts", "fork", "process-basics#fork"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "start method fork: the child is a copy of the parent", "process-basics#fork")},
    {"process-basics#spawn", QT_TRANSLATE_NOOP3("CatalogTexts", "spawn", "process-basics#spawn"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "start method spawn: a fresh program that maps the shared arena", "process-basics#spawn")},
    {"process-basics#crash", QT_TRANSLATE_NOOP3("CatalogTexts", "crash", "process-basics#crash"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "worker B dies of SIGSEGV; its exitcode is -11", "process-basics#crash")},
    {"process-basics:sleep_ms", QT_TRANSLATE_NOOP3("CatalogTexts", "sleep_ms", "process-basics:sleep_ms"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "how long each worker sleeps (ms)", "process-basics:sleep_ms")},

    {"pool-square",
     QT_TRANSLATE_NOOP3("CatalogTexts", "Pool.map: square in parallel", "pool-square"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "A pool of worker processes squares a list; map() returns the results in input order.", "pool-square")},
    {"pool-square#map", QT_TRANSLATE_NOOP3("CatalogTexts", "map", "pool-square#map"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "p.map(square, data): chunks, results in order", "pool-square#map")},
    {"pool-square#imap_unordered", QT_TRANSLATE_NOOP3("CatalogTexts", "imap_unordered", "pool-square#imap_unordered"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "results as they finish", "pool-square#imap_unordered")},
    {"pool-square#apply_async", QT_TRANSLATE_NOOP3("CatalogTexts", "apply_async", "pool-square#apply_async"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "one task per item, then get() each", "pool-square#apply_async")},
    {"pool-square:workers", QT_TRANSLATE_NOOP3("CatalogTexts", "workers", "pool-square:workers"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "pool size (processes)", "pool-square:workers")},
    {"pool-square:n", QT_TRANSLATE_NOOP3("CatalogTexts", "n", "pool-square:n"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "data size: squares 1..n", "pool-square:n")},
    {"pool-square:chunksize", QT_TRANSLATE_NOOP3("CatalogTexts", "chunksize", "pool-square:chunksize"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "items per task; 0 = Python's default ceil(n / (4 * workers))", "pool-square:chunksize")},
    {"pool-square:task_us", QT_TRANSLATE_NOOP3("CatalogTexts", "task_us", "pool-square:task_us"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "simulated work per item (µs); 0 = just x * x", "pool-square:task_us")},

    {"producer-consumer",
     QT_TRANSLATE_NOOP3("CatalogTexts", "Queue: producer and consumer", "producer-consumer"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "A producer puts items into a multiprocessing.Queue, a consumer gets them.", "producer-consumer")},
    {"producer-consumer#sequential", QT_TRANSLATE_NOOP3("CatalogTexts", "sequential", "producer-consumer#sequential"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "the tutorial's: the producer is joined before the consumer starts", "producer-consumer#sequential")},
    {"producer-consumer#empty-pitfall", QT_TRANSLATE_NOOP3("CatalogTexts", "empty-pitfall", "producer-consumer#empty-pitfall"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "both at once, the consumer stops when empty(): items are missed", "producer-consumer#empty-pitfall")},
    {"producer-consumer#sentinel", QT_TRANSLATE_NOOP3("CatalogTexts", "sentinel", "producer-consumer#sentinel"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "both at once, the producer ends with a None sentinel (correct)", "producer-consumer#sentinel")},
    {"producer-consumer#bounded", QT_TRANSLATE_NOOP3("CatalogTexts", "bounded", "producer-consumer#bounded"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "Queue(maxsize): the producer blocks while it is full", "producer-consumer#bounded")},
    {"producer-consumer#deadlock", QT_TRANSLATE_NOOP3("CatalogTexts", "deadlock", "producer-consumer#deadlock"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "join the producer before anyone drains a full queue", "producer-consumer#deadlock")},
    {"producer-consumer:items", QT_TRANSLATE_NOOP3("CatalogTexts", "items", "producer-consumer:items"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "items produced", "producer-consumer:items")},
    {"producer-consumer:produce_us", QT_TRANSLATE_NOOP3("CatalogTexts", "produce_us", "producer-consumer:produce_us"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "producer's work before each item (µs)", "producer-consumer:produce_us")},
    {"producer-consumer:consume_us", QT_TRANSLATE_NOOP3("CatalogTexts", "consume_us", "producer-consumer:consume_us"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "bounded: consumer's work per item (µs)", "producer-consumer:consume_us")},
    {"producer-consumer:maxsize", QT_TRANSLATE_NOOP3("CatalogTexts", "maxsize", "producer-consumer:maxsize"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "bounded and deadlock: the queue's maxsize", "producer-consumer:maxsize")},
    {"producer-consumer:join_timeout_ms", QT_TRANSLATE_NOOP3("CatalogTexts", "join_timeout_ms", "producer-consumer:join_timeout_ms"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "deadlock: how long join() waits before giving up", "producer-consumer:join_timeout_ms")},

    {"counter-race",
     QT_TRANSLATE_NOOP3("CatalogTexts", "Shared Value: the lost update", "counter-race"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "Several processes add 1 to one shared counter; without a lock around the whole read-add-write, increments get lost.", "counter-race")},
    {"counter-race#python-default", QT_TRANSLATE_NOOP3("CatalogTexts", "python-default", "counter-race#python-default"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "Value('i', 0): each read and each write locked on its own", "counter-race#python-default")},
    {"counter-race#raw", QT_TRANSLATE_NOOP3("CatalogTexts", "raw", "counter-race#raw"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "Value('i', 0, lock=False): no lock at all", "counter-race#raw")},
    {"counter-race#get-lock", QT_TRANSLATE_NOOP3("CatalogTexts", "get-lock", "counter-race#get-lock"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "with counter.get_lock(): the whole += under one lock (exact)", "counter-race#get-lock")},
    {"counter-race#atomic", QT_TRANSLATE_NOOP3("CatalogTexts", "atomic", "counter-race#atomic"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "an atomic fetch-and-add (exact)", "counter-race#atomic")},
    {"counter-race:workers", QT_TRANSLATE_NOOP3("CatalogTexts", "workers", "counter-race:workers"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "number of processes", "counter-race:workers")},
    {"counter-race:iterations", QT_TRANSLATE_NOOP3("CatalogTexts", "iterations", "counter-race:iterations"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "increments per process", "counter-race:iterations")},
    {"counter-race:gap_ns", QT_TRANSLATE_NOOP3("CatalogTexts", "gap_ns", "counter-race:gap_ns"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "busy work between the read and the write (ns), standing for the ~1 us of bytecode CPython runs between counter.value's get and set; 0 = bare C++", "counter-race:gap_ns")},

    {"shared-array",
     QT_TRANSLATE_NOOP3("CatalogTexts", "Shared Array", "shared-array"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "Several processes add 1 to every element of one shared array of doubles.", "shared-array")},
    {"shared-array#get-lock", QT_TRANSLATE_NOOP3("CatalogTexts", "get-lock", "shared-array#get-lock"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "with arr.get_lock(): exact", "shared-array#get-lock")},
    {"shared-array#no-lock", QT_TRANSLATE_NOOP3("CatalogTexts", "no-lock", "shared-array#no-lock"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "Array(..., lock=False): updates get lost", "shared-array#no-lock")},
    {"shared-array:workers", QT_TRANSLATE_NOOP3("CatalogTexts", "workers", "shared-array:workers"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "number of processes", "shared-array:workers")},
    {"shared-array:length", QT_TRANSLATE_NOOP3("CatalogTexts", "length", "shared-array:length"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "array length", "shared-array:length")},
    {"shared-array:iterations", QT_TRANSLATE_NOOP3("CatalogTexts", "iterations", "shared-array:iterations"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "passes over the array per process", "shared-array:iterations")},
    {"shared-array:gap_ns", QT_TRANSLATE_NOOP3("CatalogTexts", "gap_ns", "shared-array:gap_ns"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "busy work between reading and writing an element (ns), standing for the bytecode CPython runs there; 0 = bare C++", "shared-array:gap_ns")},

    {"memory-isolation",
     QT_TRANSLATE_NOOP3("CatalogTexts", "Separate memory", "memory-isolation"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "A global changed in the child stays unchanged in the parent; a shared Value does not.", "memory-isolation")},
    {"memory-isolation#fork", QT_TRANSLATE_NOOP3("CatalogTexts", "fork", "memory-isolation#fork"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "the child starts as a copy of the parent", "memory-isolation#fork")},
    {"memory-isolation#spawn", QT_TRANSLATE_NOOP3("CatalogTexts", "spawn", "memory-isolation#spawn"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "the child starts as a fresh program", "memory-isolation#spawn")},

    {"gil-vs-processes",
     QT_TRANSLATE_NOOP3("CatalogTexts", "GIL: threads vs processes", "gil-vs-processes"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "The same CPU-bound job in N threads sharing one interpreter lock, then in N processes.", "gil-vs-processes")},
    {"gil-vs-processes#default", QT_TRANSLATE_NOOP3("CatalogTexts", "default", "gil-vs-processes#default"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "threads under one lock, then processes", "gil-vs-processes#default")},
    {"gil-vs-processes:workers", QT_TRANSLATE_NOOP3("CatalogTexts", "workers", "gil-vs-processes:workers"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "threads, then processes", "gil-vs-processes:workers")},
    {"gil-vs-processes:work_ms", QT_TRANSLATE_NOOP3("CatalogTexts", "work_ms", "gil-vs-processes:work_ms"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "CPU time of each job (ms)", "gil-vs-processes:work_ms")},
    {"gil-vs-processes:switch_interval_us", QT_TRANSLATE_NOOP3("CatalogTexts", "switch_interval_us", "gil-vs-processes:switch_interval_us"),
     QT_TRANSLATE_NOOP3("CatalogTexts", "sys.setswitchinterval (µs)", "gil-vs-processes:switch_interval_us")},
};
// clang-format on

const Entry* find(const std::string& key) {
    for (const Entry& e : kTexts)
        if (key == e.key)
            return &e;
    return nullptr;
}

QString translated(const Tr& t) {
    return QCoreApplication::translate("CatalogTexts", t.source, t.comment);
}

// The translation of `tr` when its English still matches the engine's `english`; otherwise the
// engine's English, which is the truth about what the demo does.
QString textOr(const Entry* e, Tr Entry::*which, const std::string& english) {
    if (e && english == (e->*which).source)
        return translated(e->*which);
    return QString::fromStdString(english);
}
} // namespace

QString demoTitle(const DemoSpec& demo) {
    return textOr(find(demo.id), &Entry::label, demo.title);
}

QString demoSummary(const DemoSpec& demo) {
    return textOr(find(demo.id), &Entry::help, demo.summary);
}

QString variantLabel(const DemoSpec& demo, const VariantSpec& variant) {
    return textOr(find(demo.id + "#" + variant.name), &Entry::label, variant.name);
}

QString variantHelp(const DemoSpec& demo, const VariantSpec& variant) {
    return textOr(find(demo.id + "#" + variant.name), &Entry::help, variant.help);
}

QString paramLabel(const DemoSpec& demo, const ParamSpec& param) {
    return textOr(find(demo.id + ":" + param.name), &Entry::label, param.name);
}

QString paramHelp(const DemoSpec& demo, const ParamSpec& param) {
    return textOr(find(demo.id + ":" + param.name), &Entry::help, param.help);
}

bool catalogTextsComplete(const DemoSpec& demo, QString* missing) {
    QStringList gaps;
    auto check = [&gaps](const std::string& key, const std::string& label,
                         const std::string& help) {
        const Entry* e = find(key);
        if (!e || label != e->label.source || help != e->help.source)
            gaps << QString::fromStdString(key);
    };
    check(demo.id, demo.title, demo.summary);
    for (const VariantSpec& v : demo.variants)
        check(demo.id + "#" + v.name, v.name, v.help);
    for (const ParamSpec& p : demo.params)
        check(demo.id + ":" + p.name, p.name, p.help);
    if (missing)
        *missing = gaps.join(QStringLiteral(", "));
    return gaps.isEmpty();
}

} // namespace proclab::ui
