// proclab-bench [--quick] [--json] [--only NAME] [--rounds N]: runs the figures in order and
// prints the table (or one JSON object). Progress goes to stderr.
#include "bench.h"

#include "demos/catalog.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <fstream>
#include <utility>

namespace {

using BenchFn = void (*)(const proclab::bench::Options&, proclab::bench::Report&);
const std::pair<const char*, BenchFn> kFigures[] = {
    {"recording", proclab::bench::benchRecording}, {"queue", proclab::bench::benchQueue},
    {"pool", proclab::bench::benchPool},           {"process", proclab::bench::benchProcess},
    {"lock", proclab::bench::benchLock},           {"trace", proclab::bench::benchTrace},
    {"syncpoint", proclab::bench::benchSyncPoint}, {"drain", proclab::bench::benchDrain},
    {"pytrace", proclab::bench::benchPyTrace},
};

// The machine's load when the run began: other work on 2 cores moves every figure.
std::string loadAverage() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

} // namespace

int main(int argc, char** argv) {
    proclab::registerAllEntries();
    CLI::App app{"proclab-bench: the runtime against raw POSIX and Python's multiprocessing"};
    proclab::bench::Options options;
    bool json = false;
    std::vector<std::string> names;
    for (const auto& [name, fn] : kFigures)
        names.emplace_back(name);
    app.add_flag("--quick", options.quick, "fewer and smaller rounds (a smoke run)");
    app.add_flag("--json", json, "print one JSON object instead of the table");
    app.add_option("--only", options.only, "run one figure")->check(CLI::IsMember(names));
    app.add_option("--rounds", options.rounds, "rounds per figure (median taken)")
        ->check(CLI::Range(1, 99));
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    if (options.quick && app.count("--rounds") == 0)
        options.rounds = 3;

    proclab::bench::Report report;
    report.note("machine", "load average at start " + loadAverage());
    int failed = 0;
    for (const auto& [name, fn] : kFigures) {
        if (!options.only.empty() && options.only != name)
            continue;
        std::fprintf(stderr, "proclab-bench: %s ...\n", name);
        try {
            fn(options, report);
            report.note("machine", std::string("load average after ") + name + " " + loadAverage());
        } catch (const std::exception& e) {
            report.note(name, std::string("FAILED: ") + e.what());
            ++failed;
        }
    }
    if (json)
        std::printf("%s\n", proclab::bench::reportJson(report, options).c_str());
    else
        proclab::bench::printTable(report, options);
    return failed ? 1 : 0;
}
