// Seed demo 2: Pool(4).map(square, [1, 2, 3, 4, 5]), and its imap_unordered / apply_async forms.
#include "demo_spec.h"

#include "runtime/pool.h"
#include "summary_parts.h"

#include <string>

namespace proclab {
namespace {

// square(x); `arg` > 0 stands for arg µs of real work per item, so the split shows.
int64_t square(Context& self, int64_t x, int64_t arg) {
    if (arg > 0)
        self.sleepNs(arg * 1000);
    return x * x;
}

std::string listText(const std::vector<int64_t>& values) {
    std::string s = "[";
    for (size_t i = 0; i < values.size(); ++i)
        s += (i ? ", " : "") + std::to_string(values[i]);
    return s + "]";
}

int mainProcess(Context& self, const DemoRun& run) {
    const int workers = static_cast<int>(run.param("workers"));
    const int64_t n = run.param("n");
    const int64_t chunksize = run.param("chunksize");
    const int64_t workUs = run.param("task_us");
    std::vector<int64_t> data;
    self.reach(run.line("data = "));
    for (int64_t x = 1; x <= n; ++x)
        data.push_back(x);

    self.at(run.line("with Pool("));
    Pool pool(self, workers, StartMethod::Fork);
    pool.setTaskLine(run.line("return x * x"));
    if (auto ec = pool.start()) {
        self.print("error: could not start the pool: " + ec.message());
        return 1;
    }
    std::vector<int64_t> results;
    if (run.variant == "imap_unordered") {
        self.at(run.line("imap_unordered"));
        pool.imapUnordered("square", data, chunksize, workUs, [&](int64_t, int64_t result) {
            self.at(run.line("print(result)"));
            self.print(std::to_string(result));
            results.push_back(result);
        });
    } else if (run.variant == "apply_async") {
        self.at(run.line("apply_async"));
        std::vector<AsyncResult> pending;
        for (int64_t x : data)
            pending.push_back(pool.applyAsync("square", x, workUs));
        self.at(run.line("r.get()"));
        for (const AsyncResult& r : pending)
            results.push_back(pool.get(r));
    } else {
        self.at(run.line("p.map("));
        results = pool.map("square", data, chunksize, workUs);
    }
    // Leaving `with Pool(...)` terminates the pool, as Python's __exit__ does.
    self.at(run.line("with Pool("));
    pool.close();
    pool.join();
    for (size_t i = 0; i < results.size(); ++i)
        self.result(ResultKey::PoolResult, results[i], static_cast<int64_t>(i));
    if (run.variant != "imap_unordered") {
        self.at(run.line("print(results)"));
        self.print(listText(results));
    }
    return 0;
}

void registerEntries() {
    registerPoolFunction("square", square);
}

nlohmann::json summary(const Trace& trace, const std::string&) {
    return poolSummary(trace, true);
}

} // namespace

DemoSpec poolSquareDemo() {
    DemoSpec spec{
        "pool-square",
        "Pool.map: square in parallel",
        "A pool of worker processes squares a list; map() returns the results in input order.",
        {{"map", "p.map(square, data): chunks, results in order", "pool_square.map"},
         {"imap_unordered", "results as they finish", "pool_square.imap_unordered"},
         {"apply_async", "one task per item, then get() each", "pool_square.apply_async"}},
        {{"workers", 4, 1, 16, "pool size (processes)"},
         {"n", 5, 1, 100'000, "data size: squares 1..n"},
         {"chunksize", 0, 0, 100'000,
          "items per task; 0 = Python's default ceil(n / (4 * workers))"},
         {"task_us", 0, 0, 1'000'000, "simulated work per item (µs); 0 = just x * x"}},
        mainProcess,
        registerEntries,
        nullptr};
    spec.needles = {
        {"data = "},
        {"with Pool("},
        {"return x * x"},
        {"imap_unordered", {"imap_unordered"}},
        {"print(result)", {"imap_unordered"}},
        {"apply_async", {"apply_async"}},
        {"r.get()", {"apply_async"}},
        {"p.map(", {"map"}},
        {"print(results)", {"map", "apply_async"}},
    };
    spec.children = {{}, "PoolWorker-", "workers"};
    spec.runFacts = {"result", "tasks", "chunks", "workers_used", "in_order", "worker_of"};
    spec.summarise = summary;
    return spec;
}

} // namespace proclab
