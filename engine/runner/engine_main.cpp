// proclab-engine: the runner. `run` runs a demo and streams its events on stdout; `worker` is
// what the spawn start method executes; `list` prints the demos.
#include "demos/catalog.h"
#include "io/catalog_json.h"
#include "io/run_status.h"
#include "runner.h"
#include "runner_guard.h"
#include "runtime/arena.h"
#include "runtime/entries.h"

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

// A request the runner refuses (bad option or parameter): said on stderr, no stream.
constexpr int kRefused = proclab::exitCodeOf(proclab::RunStatus::Refused);

std::string selfPath() {
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    return n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string("proclab-engine");
}

int workerMain(int arenaFd, int lane) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    proclab::Arena arena;
    const std::error_code ec = proclab::Arena::attach(arenaFd, arena);
    if (ec || lane < 0 || lane >= arena.laneCount()) {
        fprintf(stderr, "proclab-engine worker: cannot open the run's arena (fd %d, lane %d): %s\n",
                arenaFd, lane, ec ? ec.message().c_str() : "no such lane");
        return 1;
    }
    if (getppid() != arena.lane(arena.lane(lane).parent).pid.load())
        return 1; // the parent is gone already
    proclab::runChildAndExit(arena, lane);
}

} // namespace

int main(int argc, char** argv) {
    proclab::registerAllEntries();
    CLI::App app{"proclab-engine: runs ProcLab demos as real processes and streams their events"};
    app.require_subcommand(1);

    auto* list = app.add_subcommand("list", "list demos, variants and parameters");
    bool listJson = false;
    list->add_flag("--json", listJson, "print JSON");

    auto* run = app.add_subcommand("run", "run a demo, streaming binary events on stdout");
    proclab::RunRequest request;
    std::vector<std::string> sets;
    proclab::RunnerOptions options;
    run->add_option("demo", request.demo, "demo id")->required();
    run->add_option("--variant", request.variant, "variant");
    run->add_option("--set", sets, "parameter key=value (repeatable)");
    std::string timeoutText;
    auto* timeout = run->add_option("--timeout", timeoutText,
                                    "kill the run after this many seconds (0.001 to 86400)");
    run->add_flag("--stepped", options.stepped, "hold racers at sync points; steps on stdin");
    run->add_option("--steps", options.steps, "initial steps, lane numbers e.g. \"1 2 1 2\"");
    run->add_flag("!--no-stdin-steps", options.stepsFromStdin, "take no further steps from stdin");
    run->add_option("--ring-capacity", options.ringCapacity, "records per lane ring (power of two)")
        ->check(CLI::Range(1024u, 1u << 26));

    auto* worker = app.add_subcommand("worker", "internal: a spawned demo process");
    int arenaFd = -1, lane = -1;
    worker->add_option("--arena-fd", arenaFd)->required();
    worker->add_option("--lane", lane)->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }

    if (*worker)
        return workerMain(arenaFd, lane);
    if (*list) {
        std::cout << (listJson ? proclab::catalogJson().dump(2) : proclab::catalogText()) << "\n";
        return 0;
    }
    if (timeout->count() > 0) {
        // One message for every bad value (nan, inf, negative, absurd, not a number).
        char* end = nullptr;
        options.timeoutSeconds = std::strtod(timeoutText.c_str(), &end);
        std::string problem = proclab::checkTimeout(options.timeoutSeconds);
        if (timeoutText.empty() || *end != '\0')
            problem = proclab::checkTimeout(-1);
        if (!problem.empty()) {
            fprintf(stderr, "proclab-engine: %s, got '%s'\n", problem.c_str(), timeoutText.c_str());
            return kRefused;
        }
    }
    if ((options.ringCapacity & (options.ringCapacity - 1)) != 0) {
        fprintf(stderr, "proclab-engine: --ring-capacity must be a power of two\n");
        return kRefused;
    }
    for (const std::string& s : sets) {
        std::pair<std::string, std::string> kv;
        if (std::string problem = proclab::parseSet(s, kv); !problem.empty()) {
            fprintf(stderr, "proclab-engine: %s\n", problem.c_str());
            return kRefused;
        }
        request.sets.push_back(kv);
    }
    proclab::DemoRun resolved;
    if (std::string problem = proclab::resolveRun(request, resolved); !problem.empty()) {
        fprintf(stderr, "proclab-engine: %s\n", problem.c_str());
        return kRefused;
    }
    if (!proclab::guard::dieWithParent())
        return proclab::exitCodeOf(proclab::RunStatus::DemoFailed); // nobody would read the run
    options.enginePath = selfPath();
    return proclab::runDemoStreaming(*proclab::findDemo(resolved.demo), resolved, options,
                                     STDOUT_FILENO);
}
