#include "python_import.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

namespace proclab {
namespace {

struct RawEvent {
    int64_t t = 0;
    EventKind kind = EventKind::SourceLine;
    bool console = false;
    std::string key; // object key, or the printed text for console lines
    int64_t a = 0, b = 0, c = 0;
    int line = 0;
    int64_t filePid = 0; // the process whose file held it
};

struct ProcessFile {
    int64_t pid = 0, ppid = 0;
    bool isMain = false;
    std::string name, method;
    int64_t started = -1;
    std::vector<RawEvent> events;
};

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> parts;
    size_t from = 0;
    for (;;) {
        const size_t to = line.find('\t', from);
        parts.push_back(line.substr(from, to == std::string::npos ? std::string::npos : to - from));
        if (to == std::string::npos)
            return parts;
        from = to + 1;
    }
}

bool toInt(const std::string& s, int64_t& v) {
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && p == s.data() + s.size();
}

std::string unescape(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        const char n = s[++i];
        out += n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n;
    }
    return out;
}

// One record line into the file's events; false for a malformed one.
bool parseRecord(const std::vector<std::string>& f, ProcessFile& file) {
    RawEvent e;
    e.filePid = file.pid;
    int64_t line = 0;
    if (f[0] == "N" && f.size() == 3) { // the name _bootstrap gave a spawned child
        file.name = unescape(f[1]);
        file.method = f[2];
        return true;
    }
    if (f[0] == "C" && f.size() == 4 && toInt(f[1], e.t) && toInt(f[2], line)) {
        e.console = true;
        e.kind = EventKind::ConsoleOutput;
        e.key = unescape(f[3]);
    } else if (f[0] == "E" && f.size() == 8 && toInt(f[1], e.t) &&
               eventKindFromName(f[2], e.kind) && toInt(f[4], e.a) && toInt(f[5], e.b) &&
               toInt(f[6], e.c) && toInt(f[7], line)) {
        e.key = f[3];
    } else {
        return false;
    }
    // The record's line field is one byte: lines past 255 are not marked.
    e.line = line > 0 && line <= 255 ? static_cast<int>(line) : 0;
    if (e.kind == EventKind::ProcessStarted && file.started < 0)
        file.started = e.t;
    file.events.push_back(std::move(e));
    return true;
}

std::string readFile(const std::filesystem::path& path, ProcessFile& file, uint64_t& bad) {
    std::ifstream in(path);
    std::string line;
    if (!std::getline(in, line))
        return {}; // created, nothing written yet (killed at once): no lane of its own
    const auto h = splitTabs(line);
    if (h.size() != 6 || h[0] != "H" || !toInt(h[1], file.pid) || !toInt(h[2], file.ppid))
        return path.filename().string() + ": not a ProcLab Python record file";
    file.isMain = h[3] == "1";
    file.name = unescape(h[4]);
    file.method = h[5];
    while (std::getline(in, line)) {
        // The last line of a process killed while writing may be cut short.
        if (!parseRecord(splitTabs(line), file))
            ++bad;
    }
    return {};
}

StartMethod methodFromCode(int64_t code) {
    switch (code) {
    case 1:
        return StartMethod::Spawn;
    case 3:
        return StartMethod::Forkserver;
    default:
        return StartMethod::Fork;
    }
}

// Which family of objects an event's key numbers (queues, counters, locks, pools, arrays).
int family(EventKind k) {
    switch (k) {
    case EventKind::QueuePut:
    case EventKind::QueueGet:
    case EventKind::QueueBlocked:
    case EventKind::QueueUnblocked:
    case EventKind::QueueEmptyCheck:
    case EventKind::QueueFullCheck:
        return 0;
    case EventKind::CounterLoad:
    case EventKind::CounterStore:
        return 1;
    case EventKind::LockWait:
    case EventKind::LockAcquired:
    case EventKind::LockReleased:
        return 2;
    case EventKind::PoolTaskDispatched:
    case EventKind::PoolTaskStarted:
    case EventKind::PoolTaskFinished:
    case EventKind::PoolChunkDone:
        return 3;
    case EventKind::ArrayStore:
        return 4;
    default:
        return -1;
    }
}

class LaneMap {
  public:
    // Lanes: the main process first, then every other process in the order its parent
    // created it (Pool workers 1, 2, 3...), or started when its creation was not recorded.
    void build(const std::vector<ProcessFile>& files) {
        std::map<int64_t, int64_t> firstSeen; // pid -> time
        for (const ProcessFile& f : files) {
            if (f.isMain)
                lane_[f.pid] = 0;
            for (const RawEvent& e : f.events)
                if (e.kind == EventKind::ProcessCreated && !firstSeen.contains(e.b))
                    firstSeen[e.b] = e.t;
        }
        for (const ProcessFile& f : files)
            if (!f.isMain && !firstSeen.contains(f.pid))
                firstSeen[f.pid] = f.started >= 0     ? f.started
                                   : f.events.empty() ? INT64_MAX
                                                      : f.events.front().t;
        std::vector<std::pair<int64_t, int64_t>> order; // (time, pid)
        for (const auto& [pid, t] : firstSeen)
            if (!lane_.contains(pid))
                order.emplace_back(t, pid);
        std::sort(order.begin(), order.end());
        int next = lane_.empty() ? 0 : 1;
        for (const auto& [t, pid] : order) {
            if (next >= kMaxLanes)
                break;
            lane_[pid] = next++;
            pids_.push_back(pid);
        }
        count_ = next;
    }
    std::optional<int> of(int64_t pid) const {
        const auto it = lane_.find(pid);
        return it == lane_.end() ? std::nullopt : std::optional<int>(it->second);
    }
    int count() const { return count_; }

  private:
    std::map<int64_t, int> lane_;
    std::vector<int64_t> pids_;
    int count_ = 0;
};

void describeLanes(const std::vector<ProcessFile>& files, const LaneMap& lanes, Trace& out) {
    for (int i = 0; i < lanes.count(); ++i)
        out.lane(i).lane = i;
    for (const ProcessFile& f : files) {
        const auto lane = lanes.of(f.pid);
        if (!lane)
            continue;
        LaneInfo& info = out.lane(*lane);
        info.name = f.isMain ? "main" : f.name;
        info.pid = f.pid;
        info.startMethod = f.method == "spawn"        ? StartMethod::Spawn
                           : f.method == "forkserver" ? StartMethod::Forkserver
                                                      : StartMethod::Fork;
        info.role = f.isMain                                         ? "main"
                    : f.name.find("PoolWorker") != std::string::npos ? "worker"
                                                                     : "process";
        const bool poolTasks = std::any_of(f.events.begin(), f.events.end(), [](const RawEvent& e) {
            return e.kind == EventKind::PoolTaskStarted;
        });
        if (poolTasks)
            info.role = "worker";
        if (!f.isMain)
            info.parent = lanes.of(f.ppid).value_or(0);
    }
    // What the parent said at creation wins: the pid, the method (the child of a forkserver
    // has the forkserver as its OS parent), the parent lane.
    for (const ProcessFile& f : files)
        for (const RawEvent& e : f.events)
            if (e.kind == EventKind::ProcessCreated)
                if (const auto child = lanes.of(e.b)) {
                    LaneInfo& info = out.lane(*child);
                    info.pid = e.b;
                    info.startMethod = methodFromCode(e.c);
                    info.parent = lanes.of(f.pid).value_or(0);
                    if ((info.name.empty() || info.name == "spawned") && e.key != "-")
                        info.name = unescape(e.key);
                    if (info.name.empty())
                        info.name = "pid " + std::to_string(e.b);
                    if (info.role.empty())
                        info.role = "process";
                }
}

} // namespace

namespace {

// The event as the views know it: lanes for pids, object numbers for keys, texts for lines.
struct Converter {
    const LaneMap& lanes;
    Trace& out;
    std::map<std::string, int> objects[5];
    uint64_t dropped = 0;

    std::optional<Event> convert(const RawEvent& r) {
        const auto own = lanes.of(r.filePid);
        Event e{r.t, own.value_or(-1), r.kind, 0, r.line, static_cast<uint32_t>(r.a), r.b, r.c};
        switch (r.kind) {
        case EventKind::ProcessCreated: // recorded by the parent, about the child in b
        case EventKind::ProcessExited: {
            const auto child = lanes.of(r.b);
            if (!child || !own)
                return std::nullopt;
            e.lane = *child;
            e.a = static_cast<uint32_t>(*own);
            e.b = r.kind == EventKind::ProcessExited ? r.c : r.b;
            // c of an exit says whether ProcLab's runner ended the process (stoppedByRunner);
            // a Python process is ended by Python (a Pool's terminate() is its own SIGTERM).
            e.c = 0;
            break;
        }
        case EventKind::JoinBegin:
        case EventKind::JoinEnd: {
            const auto child = lanes.of(r.a);
            if (!child)
                return std::nullopt;
            e.a = static_cast<uint32_t>(*child);
            break;
        }
        case EventKind::ConsoleOutput:
            e.b = out.addText(r.key);
            break;
        default:
            break;
        }
        if (e.lane < 0)
            return std::nullopt;
        if (const int fam = family(r.kind); fam >= 0) {
            auto& numbers = objects[fam];
            const auto [it, inserted] =
                numbers.try_emplace(r.key, static_cast<int>(numbers.size()));
            if (it->second > 255)
                return std::nullopt;
            e.object = it->second;
        }
        return e;
    }
};

// Exits nobody recorded: a child's own last record gives its exit code (it returned it to
// os._exit); the main process's comes from the launcher; a run cut short kills the rest.
void addMissingExits(const PythonRecords& in, const std::vector<ProcessFile>& files,
                     const LaneMap& lanes, std::vector<Event>& events) {
    std::vector<bool> exited(static_cast<size_t>(lanes.count()), false);
    std::vector<int64_t> last(static_cast<size_t>(lanes.count()), 0);
    for (const Event& e : events) {
        if (e.kind == EventKind::ProcessExited)
            exited[static_cast<size_t>(e.lane)] = true;
        last[static_cast<size_t>(e.lane)] = std::max(last[static_cast<size_t>(e.lane)], e.t);
    }
    std::vector<Event> added;
    for (const ProcessFile& f : files) {
        const auto lane = lanes.of(f.pid);
        if (!lane || exited[static_cast<size_t>(*lane)])
            continue;
        for (const RawEvent& r : f.events) {
            if (r.kind != EventKind::ProcessEnding)
                continue;
            const int64_t code = f.isMain ? in.mainExitcode : r.b;
            added.push_back(
                Event{r.t, *lane, EventKind::ProcessExited, 0, 0, kRunnerLane, code, 0});
            exited[static_cast<size_t>(*lane)] = true;
        }
    }
    const auto mainLane =
        std::find_if(files.begin(), files.end(), [](const ProcessFile& f) { return f.isMain; });
    if (mainLane != files.end() && !exited[0] && !in.timedOut)
        added.push_back(
            Event{last[0], 0, EventKind::ProcessExited, 0, 0, kRunnerLane, in.mainExitcode, 0});
    if (in.timedOut) {
        for (int lane = 0; lane < lanes.count(); ++lane)
            if (!exited[static_cast<size_t>(lane)])
                added.push_back(Event{static_cast<int64_t>(in.killedAt), lane,
                                      EventKind::ProcessExited, 0, 0, kRunnerLane, -9, 0});
    }
    events.insert(events.end(), added.begin(), added.end());
}

} // namespace

std::string importPythonRecords(const PythonRecords& in, Trace& out) {
    out.clear();
    std::vector<ProcessFile> files;
    uint64_t bad = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(in.dir, ec)) {
        if (entry.path().extension() != ".rec")
            continue;
        ProcessFile f;
        if (std::string error = readFile(entry.path(), f, bad); !error.empty())
            return error;
        if (f.pid != 0)
            files.push_back(std::move(f));
    }
    if (ec)
        return "cannot read " + in.dir.string() + ": " + ec.message();
    if (std::none_of(files.begin(), files.end(), [](const ProcessFile& f) { return f.isMain; }))
        return "the script's main process left no records (the tracer did not start)";

    LaneMap lanes;
    lanes.build(files);
    describeLanes(files, lanes, out);

    std::vector<RawEvent> raw;
    for (const ProcessFile& f : files)
        raw.insert(raw.end(), f.events.begin(), f.events.end());
    std::stable_sort(raw.begin(), raw.end(),
                     [](const RawEvent& x, const RawEvent& y) { return x.t < y.t; });
    Converter convert{lanes, out, {}, 0};
    std::vector<Event> events;
    events.reserve(raw.size());
    for (const RawEvent& r : raw) {
        if (auto e = convert.convert(r))
            events.push_back(*e);
        else
            ++bad;
    }
    addMissingExits(in, files, lanes, events);
    std::stable_sort(events.begin(), events.end(),
                     [](const Event& x, const Event& y) { return x.t < y.t; });

    const int64_t t0 = events.empty() ? 0 : events.front().t;
    for (Event& e : events)
        e.t -= t0;
    out.demo = std::string(kPythonTraceDemo);
    out.variant = in.scriptName;
    out.pythonSource = in.source;
    out.t0 = static_cast<uint64_t>(t0);
    out.dropped = bad;
    out.reserve(events.size());
    out.append(events);
    return {};
}

} // namespace proclab
