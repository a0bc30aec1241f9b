// Figure 4: start + join of one process. Process with the fork method against a raw fork() +
// waitpid; Process with the spawn method (a fresh proclab-engine running an entry by name)
// against a raw posix_spawn of the same binary (`--help`) and of /bin/true.
#include "bench.h"
#include "support.h"

#include "runtime/entries.h"
#include "runtime/process.h"

#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <stdexcept>
#include <unistd.h>
#include <utility>

extern char** environ;

namespace proclab::bench {
namespace {

int exitAtOnce(Context&, const LaneSlot&) {
    return 0;
}

// A fresh arena a round: every Process takes a lane, and an arena has 64.
std::unique_ptr<Run> smallRun() {
    return makeRun(1u << 16, 16ull << 20);
}

// One round, interleaved one for one so that both sides see the same load: `count` Process
// start+join (a fresh arena, as each Process takes one of its 64 lanes) and `count` raw
// children (fork, or posix_spawn of rawPath). Returns microseconds per process: {ours, raw}.
std::pair<double, double> interleavedRound(StartMethod method, int count,
                                           const std::string& enginePath, const char* rawPath,
                                           const char* rawArg, int& failures) {
    auto run = smallRun();
    copyName(run->arena.header().enginePath, sizeof run->arena.header().enginePath, enginePath);
    // Spawn: process-basics.worker with sleep_ms 0 prints two lines into the arena and exits.
    const bool spawn = method == StartMethod::Spawn;
    const std::string entry = spawn ? "process-basics.worker" : "bench.exit";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    char* const argv[] = {const_cast<char*>(rawPath), *rawArg ? const_cast<char*>(rawArg) : nullptr,
                          nullptr};
    uint64_t ours = 0, raw = 0;
    for (int i = 0; i < count; ++i) {
        uint64_t t0 = nowNs();
        {
            Process p(*run->self, {"child", "worker", entry, {0, 0, 0, 0, 0, 0}, "A", method});
            if (p.start() || !p.join() || p.exitcode() != 0)
                ++failures;
        }
        ours += nowNs() - t0;
        t0 = nowNs();
        pid_t pid = 0;
        if (!spawn) {
            pid = fork();
            if (pid == 0)
                _exit(0);
        } else if (posix_spawn(&pid, rawPath, &actions, nullptr, argv, environ) != 0) {
            pid = -1;
        }
        if (pid < 0 || reap(pid) != 0)
            ++failures;
        raw += nowNs() - t0;
    }
    posix_spawn_file_actions_destroy(&actions);
    return {static_cast<double>(ours) / count / 1000.0, static_cast<double>(raw) / count / 1000.0};
}

} // namespace

void benchProcess(const Options& o, Report& report) {
    registerEntry("bench.exit", exitAtOnce);
    const int forks = o.quick ? 20 : 60;
    const int spawns = o.quick ? 5 : 20;
    const std::string engine = selfDir() + "/proclab-engine";
    const bool haveEngine = access(engine.c_str(), X_OK) == 0;

    int failures = 0;
    interleavedRound(StartMethod::Fork, 5, engine, "", "", failures); // warm-up
    std::vector<double> ours, raw, oursSpawn, rawEngine, rawTrue;
    for (int r = 0; r < o.rounds; ++r) {
        const auto [f, rf] = interleavedRound(StartMethod::Fork, forks, engine, "", "", failures);
        ours.push_back(f);
        raw.push_back(rf);
        if (haveEngine) {
            const auto [s1, re] = interleavedRound(StartMethod::Spawn, spawns, engine,
                                                   engine.c_str(), "--help", failures);
            const auto [s2, rt] =
                interleavedRound(StartMethod::Spawn, spawns, engine, "/bin/true", "", failures);
            oursSpawn.push_back(s1);
            oursSpawn.push_back(s2);
            rawEngine.push_back(re);
            rawTrue.push_back(rt);
        }
    }

    report.rows.push_back({"process", "Process start+join, fork", "us", median(ours),
                           "raw fork + _exit + waitpid", median(raw), Target{true, 1.5}});
    if (haveEngine) {
        report.rows.push_back({"process", "Process start+join, spawn", "us", median(oursSpawn),
                               "raw posix_spawn proclab-engine --help", median(rawEngine),
                               std::nullopt});
        report.rows.push_back({"process", "Process start+join, spawn", "us", median(oursSpawn),
                               "raw posix_spawn /bin/true", median(rawTrue), std::nullopt});
    } else {
        report.note("process",
                    "no proclab-engine beside the bench (" + engine + "): spawn not measured");
    }
    report.note("process", std::to_string(forks) + " forks and " + std::to_string(spawns) +
                               " spawns a round, ours and raw interleaved one for one, a fresh "
                               "arena a round; fork child runs an "
                               "entry that returns 0, spawn child runs process-basics.worker "
                               "(sleep_ms 0: two prints); failures " +
                               std::to_string(failures));
}

} // namespace proclab::bench
