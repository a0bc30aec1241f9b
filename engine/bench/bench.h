// proclab-bench: what the runtime costs, next to what the same thing costs done by hand with
// raw POSIX, and next to Python's multiprocessing. Every figure is measured in the same run,
// as the median of several rounds, and printed with its ratio and its target.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace proclab::bench {

struct Options {
    bool quick = false; // fewer and smaller rounds: a smoke run
    int rounds = 5;
    std::string only; // run only the figure with this name
};

// Which way a ratio must go to pass: ours/baseline <= value, or >= value.
struct Target {
    bool atMost = true;
    double value = 0;
};

// One line of the table: ours against one baseline.
struct Row {
    std::string figure; // "recording", "queue", ...
    std::string what;   // what ours is, e.g. "Queue items, recording off"
    std::string unit;   // "ns/event", "items/s", ...
    double ours = 0;
    std::string baselineName;       // e.g. "raw pipe"
    std::optional<double> baseline; // empty: the baseline could not be measured
    std::optional<Target> target;   // empty: for information only

    std::optional<double> ratio() const;
    // "PASS", "MISS", "INFO" (no target) or "SKIP" (no baseline).
    std::string status() const;
};

struct Report {
    std::vector<Row> rows;
    std::vector<std::string> notes;
    void note(const std::string& figure, const std::string& text) {
        notes.push_back(figure + ": " + text);
    }
};

// The figures; each appends its rows and notes.
void benchRecording(const Options& o, Report& r);
void benchQueue(const Options& o, Report& r);
void benchPool(const Options& o, Report& r);
void benchProcess(const Options& o, Report& r);
void benchLock(const Options& o, Report& r);
void benchTrace(const Options& o, Report& r);
void benchSyncPoint(const Options& o, Report& r);
void benchDrain(const Options& o, Report& r);
void benchPyTrace(const Options& o, Report& r); // bench_pytrace.cpp

// Output (table.cpp).
void printTable(const Report& r, const Options& o);
std::string reportJson(const Report& r, const Options& o);

} // namespace proclab::bench
