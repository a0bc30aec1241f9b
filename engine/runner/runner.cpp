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
    r.lane = static_cast<uint8_t>(lane);
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

// Creates the run's arena into `arena`, its rings sized from the run; false (said on stderr)
// when the system refuses.
[[nodiscard]] bool createArena(const DemoSpec& spec, const DemoRun& run,
                               const RunnerOptions& options, Arena& arena) {
    Arena::Options arenaOptions;
    const auto laneGuess =
        static_cast<int>(run.params.count("workers") ? run.param("workers") + 1 : 4);
    arenaOptions.ringCapacity =
        options.ringCapacity
            ? options.ringCapacity
            : ringCapacityFor(spec.eventsPerLane ? spec.eventsPerLane(run) : 0, laneGuess);
    if (const std::error_code ec = Arena::create(arenaOptions, arena)) {
        fprintf(stderr, "proclab-engine: cannot create the shared arena: %s\n",
                ec.message().c_str());
        return false;
    }
    ArenaHeader& header = arena.header();
    copyName(header.enginePath, sizeof header.enginePath, options.enginePath);
    copyName(header.demo, sizeof header.demo, run.demo);
    copyName(header.variant, sizeof header.variant, run.variant);
    header.stepped.store(options.stepped ? 1 : 0);
    return true;
}

// The stream's Hello: what the run is, and its Python snippet.
Trace runMetadata(const DemoRun& run) {
    Trace meta;
    meta.demo = run.demo;
    meta.variant = run.variant;
    meta.params = run.params;
    meta.pythonSource = run.python;
    meta.t0 = monotonicNs();
    return meta;
}

// The forked demo's main process: runs the demo's main body and exits with its code.
[[noreturn]] void runMainProcess(const DemoSpec& spec, const DemoRun& run, Arena& arena,
                                 int mainLane, pid_t runnerPid, const sigset_t& previous,
                                 int outFd) {
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

// Forks the demo's main process (signals blocked meanwhile, so that a stop request cannot
// come between the fork and the child's handlers); its pid, or -1 (errno set).
pid_t forkMain(const DemoSpec& spec, const DemoRun& run, Arena& arena, int mainLane, int outFd) {
    sigset_t all, previous;
    sigfillset(&all);
    sigprocmask(SIG_SETMASK, &all, &previous);
    const pid_t runnerPid = getpid();
    const pid_t mainPid = fork();
    if (mainPid == 0)
        runMainProcess(spec, run, arena, mainLane, runnerPid, previous, outFd);
    const int forkErrno = errno;
    sigprocmask(SIG_SETMASK, &previous, nullptr);
    errno = forkErrno;
    return mainPid;
}

// The runner's loop while the demo runs: drain the rings, follow the steps, end the run on a
// stop or a time-out, reap whatever ended; then the End frame.
class RunLoop {
  public:
    RunLoop(Arena& arena, StreamWriter& writer, Drainer& drainer, Stepper& stepper,
            const RunnerOptions& options, pid_t mainPid, int mainLane)
        : arena_(arena), writer_(writer), drainer_(drainer), stepper_(stepper), options_(options),
          mainPid_(mainPid), mainLane_(mainLane),
          stdinOpen_(options.stepped && options.stepsFromStdin) {}

    // Until the main process and every process handed to us have been reaped.
    void run() {
        while (true) {
            const size_t moved = drainer_.pump();
            followSteps();
            if (const uint64_t d = drainer_.dropped(); d != lastDropped_) {
                writer_.dropped(d);
                lastDropped_ = d;
            }
            if (!drainer_.streamAlive() && !streamLost_) {
                // Nobody reads us any more: end the demo rather than run blind.
                streamLost_ = true;
                killDemoOrderly();
            }
            noteStop();
            if (reapEnded() && mainExit_ != -1)
                break;
            waitForWork(moved);
        }
    }

    // Writes the rest of the stream and its End frame; how the run ended.
    RunStatus finish() {
        noteStop(); // one that came after the last check, while the last processes were reaped
        if (!drainer_.finish())
            streamLost_ = true;
        writer_.dropped(drainer_.dropped());
        if (status_ == RunStatus::Ok && mainExit_ != 0) {
            status_ = RunStatus::DemoFailed;
            endMessage_ = "the demo's main process exited with " + std::to_string(mainExit_);
        }
        writer_.end(status_, endMessage_);
        if (!drainer_.finish())
            streamLost_ = true;
        return streamLost_ ? RunStatus::StreamLost : status_;
    }

  private:
    // Ends every process of the run, once, for the reason given.
    void endRun(RunStatus status, std::string message) {
        killed_ = true;
        status_ = status;
        endMessage_ = std::move(message);
        killDemoOrderly();
    }

    // Ends the demo: while main lives, main alone. Killing its children at the same time lets
    // main, woken in waitpid() by its own SIGKILL, reap a child that died first and then die
    // before recording that exit: the lane would have no exit record ("running" for ever).
    // Main's death kills its children (PR_SET_PDEATHSIG) after handing them to the runner (the
    // subreaper), which records each; what is left is killed once main has been reaped.
    void killDemoOrderly() {
        if (mainExit_ == -1)
            kill(mainPid_, SIGKILL);
        else
            killEveryone(arena_);
    }

    // The time-out's and the stop's signal handler ends the demo at once; this notes it for
    // the End frame (and kills once more, for processes started meanwhile).
    void noteStop() {
        const guard::Stop stop = guard::stopRequested();
        if (killed_ || stop == guard::Stop::None)
            return;
        if (stop == guard::Stop::Requested)
            endRun(RunStatus::Stopped, "stopped on request");
        else
            endRun(RunStatus::TimedOut, guard::timedOutMessage(options_.timeoutSeconds));
    }

    // Interactive (the GUI): a refused step is said and the run goes on. A fixed list: the
    // run cannot be the one asked for, so it ends here rather than wait forever.
    void followSteps() {
        // Once the demo is being ended nobody is released any more: a lane let go now could end
        // on its own while main, already killed, reaps it and dies before recording that exit.
        const auto refusal = options_.stepped && !killed_ ? stepper_.tick() : std::nullopt;
        if (!refusal)
            return;
        const std::string text = "step " + std::to_string(refusal->step) + " (process " +
                                 std::to_string(refusal->lane) + ") refused: " + refusal->reason;
        if (options_.stepsFromStdin)
            fprintf(stderr, "proclab-engine: %s\n", text.c_str());
        else if (!killed_)
            endRun(RunStatus::Refused, text);
    }

    // Reaps whatever ended: main, and orphans handed to us as subreaper. True when no child
    // is left.
    bool reapEnded() {
        while (true) {
            int st = 0;
            const pid_t pid = waitpid(-1, &st, WNOHANG);
            if (pid == 0)
                return false;
            if (pid < 0)
                return errno == ECHILD;
            const int lane = pid == mainPid_ ? mainLane_ : laneOfPid(arena_, pid);
            const int code = pythonExitcode(st);
            if (pid == mainPid_) {
                mainExit_ = code;
                guard::mainReaped();
            }
            if (lane >= 0 && !arena_.lane(lane).exited.load())
                recordExit(lane, code);
            // Lanes main's death did not take (see killDemoOrderly); main's lane is exited now.
            if (pid == mainPid_ && (killed_ || streamLost_))
                killEveryone(arena_);
        }
    }

    void recordExit(int lane, int code) {
        arena_.lane(lane).exitcode.store(code);
        arena_.lane(lane).exited.store(1);
        // Its exit is stamped now, after all its records; the trace orders by time. c says
        // the runner itself ended it (1 stopped, 2 timed out): a lane killed on request is
        // "stopped", not a crash of the demo.
        const int64_t byRunner = killed_ && code < 0 ? (status_ == RunStatus::Stopped ? 1 : 2) : 0;
        drainer_.emitOwn(runnerRecord(lane, EventKind::ProcessExited, kRunnerLane, code, byRunner));
    }

    // Sleeps a little: shorter while events flow, and wakes early for stepping input or when
    // a slow reader takes our pending output.
    void waitForWork(size_t moved) {
        pollfd in{STDIN_FILENO, POLLIN, 0};
        const int waitMs = moved > 0 ? 0 : 1;
        if (drainer_.outputPending() && !stdinOpen_) {
            pollfd out{drainer_.outFd(), POLLOUT, 0};
            poll(&out, 1, 1);
        } else if (stdinOpen_ && poll(&in, 1, waitMs) > 0) {
            readSteps();
        } else if (!stdinOpen_ && moved == 0) {
            usleep(500);
        }
    }

    void readSteps() {
        char buf[256];
        const ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            stdinOpen_ = false;
            stepper_.endOfInput();
        } else if (std::string problem =
                       stepper_.addSteps(std::string_view(buf, static_cast<size_t>(n)));
                   !problem.empty()) {
            fprintf(stderr, "proclab-engine: ignoring steps: %s\n", problem.c_str());
        }
    }

    Arena& arena_;
    StreamWriter& writer_;
    Drainer& drainer_;
    Stepper& stepper_;
    const RunnerOptions& options_;
    const pid_t mainPid_;
    const int mainLane_;
    bool stdinOpen_;
    int mainExit_ = -1;
    RunStatus status_ = RunStatus::Ok; // the End frame's
    std::string endMessage_;
    bool streamLost_ = false;
    bool killed_ = false;
    uint64_t lastDropped_ = 0;
};

} // namespace

int runDemoStreaming(const DemoSpec& spec, const DemoRun& run, const RunnerOptions& options,
                     int outFd) {
    signal(SIGPIPE, SIG_IGN);
    guard::installStopHandlers();
    // Orphans of the demo (a main that died before joining) become ours to reap.
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    Arena arena;
    if (!createArena(spec, run, options, arena))
        return exitCodeOf(RunStatus::DemoFailed);
    StreamWriter writer;
    writer.hello(runMetadata(run));

    Stepper stepper(arena, spec.stepLanes ? spec.stepLanes(run) : 0);
    if (options.stepped) {
        if (std::string problem = steppingProblem(spec, run, stepper, options); !problem.empty()) {
            fprintf(stderr, "proclab-engine: %s\n", problem.c_str());
            return exitCodeOf(RunStatus::Refused);
        }
    }

    const int mainLane = arena.addLane("main", "main", -1, static_cast<uint8_t>(StartMethod::Fork));
    const uint64_t created = monotonicNs();
    const pid_t mainPid = forkMain(spec, run, arena, mainLane, outFd);
    if (mainPid < 0) {
        fprintf(stderr, "proclab-engine: fork failed: %s\n", strerror(errno));
        return exitCodeOf(RunStatus::DemoFailed);
    }
    arena.lane(mainLane).pid.store(mainPid);
    Drainer drainer(arena, writer, outFd);
    drainer.pump();
    EventRecord createdRecord = runnerRecord(mainLane, EventKind::ProcessCreated, kRunnerLane,
                                             mainPid, static_cast<int64_t>(StartMethod::Fork));
    createdRecord.t_ns = created;
    drainer.emitOwn(createdRecord);

    guard::armStop(arena, mainPid, options.timeoutSeconds);
    RunLoop loop(arena, writer, drainer, stepper, options, mainPid, mainLane);
    loop.run();
    return exitCodeOf(loop.finish());
}

} // namespace proclab
