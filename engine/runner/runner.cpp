#include "runner.h"

#include "drain.h"
#include "io/stream.h"
#include "runner_guard.h"
#include "runtime/arena.h"
#include "runtime/context.h"
#include "runtime/entries.h"
#include "runtime/process.h"
#include "stepper.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <optional>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace proclab {
namespace {

EventRecord runnerRecord(int lane, EventKind kind, uint32_t a, int64_t b, int64_t c) {
    EventRecord r;
    r.t_ns = monotonicNs();
    r.process = static_cast<uint8_t>(lane);
    r.kind = static_cast<uint8_t>(kind);
    r.a = a;
    r.b = b;
    r.c = c;
    return r;
}

int laneOfPid(Arena& arena, pid_t pid) {
    for (int lane = 0; lane < arena.laneCount(); ++lane)
        if (arena.lane(lane).pid.load() == pid && !arena.lane(lane).isThread)
            return lane;
    return -1;
}

void killEveryone(Arena& arena) {
    for (int lane = 0; lane < arena.laneCount(); ++lane) {
        const LaneSlot& s = arena.lane(lane);
        const int pid = s.pid.load();
        if (pid > 0 && !s.isThread && !s.exited.load())
            kill(pid, SIGKILL);
    }
}

// Checks a stepped request before anything starts; "" when fine.
std::string steppingProblem(const DemoSpec& spec, const DemoRun& run, Stepper& stepper,
                            const RunnerOptions& options) {
    if (!spec.stepLanes || spec.stepLanes(run) <= 0)
        return run.demo + " (" + run.variant +
               ") has no processes to step: stepping works for counter-race, shared-array "
               "and producer-consumer (not its sequential form)";
    if (std::string problem = stepper.addSteps(options.steps); !problem.empty())
        return "--steps: " + problem;
    if (!options.stepsFromStdin)
        stepper.endOfInput();
    return {};
}

} // namespace

int runDemoStreaming(const DemoSpec& spec, const DemoRun& run, const RunnerOptions& options,
                     int outFd) {
    signal(SIGPIPE, SIG_IGN);
    guard::installStopHandlers();
    // Orphans of the demo (a main that died before joining) become ours to reap.
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    std::error_code ec;
    Arena::Options arenaOptions;
    const auto laneGuess =
        static_cast<int>(run.params.count("workers") ? run.param("workers") + 1 : 4);
    arenaOptions.ringCapacity =
        options.ringCapacity
            ? options.ringCapacity
            : ringCapacityFor(spec.eventsPerLane ? spec.eventsPerLane(run) : 0, laneGuess);
    Arena arena = Arena::create(arenaOptions, ec);
    if (!arena.valid()) {
        fprintf(stderr, "proclab-engine: cannot create the shared arena: %s\n",
                ec.message().c_str());
        return 1;
    }
    ArenaHeader& header = arena.header();
    copyName(header.enginePath, sizeof header.enginePath, options.enginePath);
    copyName(header.demo, sizeof header.demo, run.demo);
    copyName(header.variant, sizeof header.variant, run.variant);
    header.stepped.store(options.stepped ? 1 : 0);

    Trace meta;
    meta.demo = run.demo;
    meta.variant = run.variant;
    meta.params = run.params;
    meta.pythonSource = run.python;
    meta.t0 = monotonicNs();
    StreamWriter writer;
    writer.hello(meta);

    Stepper stepper(arena, spec.stepLanes ? spec.stepLanes(run) : 0);
    if (options.stepped) {
        if (std::string problem = steppingProblem(spec, run, stepper, options); !problem.empty()) {
            fprintf(stderr, "proclab-engine: %s\n", problem.c_str());
            return 2;
        }
    }

    const int mainLane = arena.addLane("main", "main", -1, static_cast<uint8_t>(StartMethod::Fork));
    const uint64_t created = monotonicNs();
    sigset_t all, previous;
    sigfillset(&all);
    sigprocmask(SIG_SETMASK, &all, &previous);
    const pid_t runnerPid = getpid();
    const pid_t mainPid = fork();
    if (mainPid == 0) {
        // Die with the runner, even if it died before the line below.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != runnerPid)
            _exit(128 + SIGKILL);
        signal(SIGTERM, SIG_DFL);
        signal(SIGINT, SIG_DFL);
        signal(SIGALRM, SIG_DFL);
        signal(SIGPIPE, SIG_DFL);
        sigprocmask(SIG_SETMASK, &previous, nullptr);
        // The demo must never write into the event stream: its stdout and stdin are
        // /dev/null (its printed lines are events); stderr stays for real errors.
        const int devNull = open("/dev/null", O_RDWR | O_CLOEXEC);
        if (devNull >= 0) {
            dup2(devNull, STDIN_FILENO);
            dup2(devNull, STDOUT_FILENO);
        }
        if (outFd != STDOUT_FILENO)
            close(outFd);
        Context self(arena, mainLane);
        arena.lane(mainLane).pid.store(static_cast<int32_t>(getpid()));
        self.record(EventKind::ProcessStarted, 0, 0, getpid());
        const int code = callEntryCatching(self, "main", [&] { return spec.main(self, run); });
        self.record(EventKind::ProcessEnding, 0, 0, code);
        _exit(code & 0xff);
    }
    sigprocmask(SIG_SETMASK, &previous, nullptr);
    if (mainPid < 0) {
        fprintf(stderr, "proclab-engine: fork failed: %s\n", strerror(errno));
        return 1;
    }
    arena.lane(mainLane).pid.store(mainPid);
    Drainer drainer(arena, writer, outFd);
    drainer.pump();
    EventRecord createdRecord = runnerRecord(mainLane, EventKind::ProcessCreated, kRunnerLane,
                                             mainPid, static_cast<int64_t>(StartMethod::Fork));
    createdRecord.t_ns = created;
    drainer.emitOwn(createdRecord);

    guard::armStop(arena, mainPid, options.timeoutSeconds);
    int mainExit = -1;
    int status = 0; // End frame status
    std::string endMessage;
    bool streamLost = false;
    bool stdinOpen = options.stepped && options.stepsFromStdin;
    bool killed = false;
    // Ends the demo: while main lives, main alone. Killing its children at the same time lets
    // main, woken in waitpid() by its own SIGKILL, reap a child that died first and then die
    // before recording that exit: the lane would have no exit record ("running" for ever).
    // Main's death kills its children (PR_SET_PDEATHSIG) after handing them to the runner (the
    // subreaper), which records each; what is left is killed once main has been reaped.
    const auto killDemoOrderly = [&] {
        if (mainExit == -1)
            kill(mainPid, SIGKILL);
        else
            killEveryone(arena);
    };
    // The time-out's and the stop's signal handler ends the demo at once; this notes it for the
    // End frame (and kills once more, for processes started meanwhile).
    const auto noteStop = [&] {
        const guard::Stop stop = guard::stopRequested();
        if (killed || stop == guard::Stop::None)
            return;
        killed = true;
        status = stop == guard::Stop::Requested ? 4 : 3;
        endMessage = stop == guard::Stop::Requested
                         ? "stopped on request"
                         : guard::timedOutMessage(options.timeoutSeconds);
        killDemoOrderly();
    };
    uint64_t lastDropped = 0;

    while (true) {
        const size_t moved = drainer.pump();
        // Once the demo is being ended nobody is released any more: a lane let go now could end
        // on its own while main, already killed, reaps it and dies before recording that exit.
        if (const auto refusal = options.stepped && !killed ? stepper.tick() : std::nullopt) {
            // Interactive (the GUI): say so and go on. A fixed list: the run cannot be the
            // one asked for, so it ends here with status 2 rather than wait forever.
            const std::string text = "step " + std::to_string(refusal->step) + " (process " +
                                     std::to_string(refusal->lane) +
                                     ") refused: " + refusal->reason;
            if (options.stepsFromStdin) {
                fprintf(stderr, "proclab-engine: %s\n", text.c_str());
            } else if (!killed) {
                killed = true;
                status = 2;
                endMessage = text;
                killDemoOrderly();
            }
        }
        if (const uint64_t d = drainer.dropped(); d != lastDropped) {
            writer.dropped(d);
            lastDropped = d;
        }
        if (!drainer.streamAlive() && !streamLost) {
            // Nobody reads us any more: end the demo rather than run blind.
            streamLost = true;
            killDemoOrderly();
        }

        noteStop();

        // Reap whatever ended: main, and orphans handed to us as subreaper.
        bool noChildren = false;
        while (true) {
            int st = 0;
            const pid_t pid = waitpid(-1, &st, WNOHANG);
            if (pid == 0)
                break;
            if (pid < 0) {
                noChildren = errno == ECHILD;
                break;
            }
            const int lane = pid == mainPid ? mainLane : laneOfPid(arena, pid);
            const int code = pythonExitcode(st);
            if (pid == mainPid) {
                mainExit = code;
                guard::mainReaped();
            }
            if (lane >= 0 && !arena.lane(lane).exited.load()) {
                arena.lane(lane).exitcode.store(code);
                arena.lane(lane).exited.store(1);
                // Its exit is stamped now, after all its records; the trace orders by time.
                // c says the runner itself ended it (1 stopped, 2 timed out): a lane killed
                // on request is "stopped", not a crash of the demo.
                const int64_t byRunner = killed && code < 0 ? (status == 4 ? 1 : 2) : 0;
                drainer.emitOwn(
                    runnerRecord(lane, EventKind::ProcessExited, kRunnerLane, code, byRunner));
            }
            // Lanes main's death did not take (see killDemoOrderly); main's lane is exited now.
            if (pid == mainPid && (killed || streamLost))
                killEveryone(arena);
        }
        if (noChildren && mainExit != -1)
            break;

        // Sleep a little: shorter while events flow, and wake early for stepping input or
        // when a slow reader takes our pending output.
        pollfd in{STDIN_FILENO, POLLIN, 0};
        const int waitMs = moved > 0 ? 0 : 1;
        if (drainer.outputPending() && !stdinOpen) {
            pollfd out{drainer.outFd(), POLLOUT, 0};
            poll(&out, 1, 1);
        } else if (stdinOpen && poll(&in, 1, waitMs) > 0) {
            char buf[256];
            const ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
            if (n <= 0) {
                stdinOpen = false;
                stepper.endOfInput();
            } else if (std::string problem =
                           stepper.addSteps(std::string_view(buf, static_cast<size_t>(n)));
                       !problem.empty()) {
                fprintf(stderr, "proclab-engine: ignoring steps: %s\n", problem.c_str());
            }
        } else if (!stdinOpen && moved == 0) {
            usleep(500);
        }
    }

    noteStop(); // one that came after the last check, while the last processes were reaped
    if (!drainer.finish())
        streamLost = true;
    writer.dropped(drainer.dropped());
    if (status == 0 && mainExit != 0) {
        status = 1;
        endMessage = "the demo's main process exited with " + std::to_string(mainExit);
    }
    writer.end(status, endMessage);
    if (!drainer.finish())
        streamLost = true;
    if (streamLost)
        return 5;
    return status == 0 ? 0 : status == 1 ? 1 : status;
}

} // namespace proclab
