// What a demo is: its id, variants (each mirroring a Python snippet), parameters with
// defaults and ranges, and the main function its main process runs.
#pragma once

#include "runtime/context.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace proclab {

class Trace;

struct ParamSpec {
    std::string name;
    int64_t defaultValue = 0;
    int64_t min = 0;
    int64_t max = 0;
    std::string help;
};

struct VariantSpec {
    std::string name;
    std::string help;
    std::string snippet; // key of the Python file in demos/python (without .py)
    // A race that may lose nothing on a given run: "lost 0" then gets a note that it was luck.
    bool racy = false;
};

// A line of the Python snippets that the demo's code points at (self.at(...)): the demo finds
// its line numbers by these texts instead of hard-coding numbers. The catalog test checks that
// each one is in the snippet of every variant it names.
struct CodeNeedle {
    std::string text;
    std::vector<std::string> variants = {}; // whose snippets contain it; empty: every variant
};

// The processes a demo starts besides main, named as its timeline names them: what a lesson's
// "which process" offers before the run (lessons/process_names.h). `names` as they are, then
// `prefix`1..n with n the value of the parameter `countParam`.
struct ChildProcesses {
    std::vector<std::string> names = {};
    std::string prefix = {};
    std::string countParam = {};
};

struct DemoSpec;

// A resolved request: a known demo and variant, every parameter with a value in range.
struct DemoRun {
    std::string demo;
    std::string variant;
    std::map<std::string, int64_t> params;
    std::string python; // the variant's snippet with the parameters filled in
    const DemoSpec* spec = nullptr;
    int64_t param(const std::string& name) const;
    // Line (1-based) of the first snippet line holding `needle`, 0 when this variant's snippet
    // has none. Throws std::logic_error for a needle the demo's spec does not list, so a needle
    // the catalog test never checked fails loudly.
    int line(std::string_view needle) const;
};

// The demo's main process body; returns its exit code.
using DemoMain = int (*)(Context& main, const DemoRun& run);

struct DemoSpec {
    std::string id;
    std::string title;
    std::string summary;
    std::vector<VariantSpec> variants; // the first is the default
    std::vector<ParamSpec> params;
    DemoMain main = nullptr;
    void (*registerEntries)() = nullptr; // entry points its children run
    // Extra validation across parameters (e.g. a total too large for memory); "" when fine.
    std::string (*check)(const DemoRun&) = nullptr;
    // Stepped mode ("you are the scheduler"): how many lanes, numbered 1..n, hold at sync
    // points and may be named in steps; 0 (or no function) when the run has nothing to step.
    int (*stepLanes)(const DemoRun&) = nullptr;
    // Upper bound of the events one racing process records (sizes the rings); 0 or null: small.
    uint64_t (*eventsPerLane)(const DemoRun&) = nullptr;
    std::vector<CodeNeedle> needles = {}; // every snippet line the demo's code points at
    // The run's summary numbers for `proclab run --json` and the text report; endedEarlyBy is
    // the step that cut a stepped run short ("" when it ran to its end). Null: exit codes only.
    nlohmann::json (*summarise)(const Trace& trace, const std::string& endedEarlyBy) = nullptr;
    ChildProcesses children = {};
    // The lesson run facts it has beside every run's (lessons/README.md "Run facts"; names in
    // engine/lessons/fact_vocabulary.cpp, checked by tst_catalog).
    std::vector<std::string> runFacts = {};

    const VariantSpec* variant(std::string_view name) const;
};

// 1-based number of the line of `source` containing `needle` (its `occurrence`-th match);
// 0 when absent. Demos find their lines this way instead of hard-coding numbers.
int lineOf(std::string_view source, std::string_view needle, int occurrence = 1);

// The Python snippets compiled in from demos/python/*.py (generated source).
const std::map<std::string, std::string>& pythonSnippets();

} // namespace proclab
