#include "chrome_trace.h"

#include "atomic_file.h"
#include "base64.h"
#include "trace/analysis.h"
#include "trace/counter_ledger.h"
#include "trace_file.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <istream>
#include <set>
#include <streambuf>

namespace proclab {

namespace {

// Appends Trace Event records to a buffer and hands it to the sink in large pieces.
class EventWriter {
  public:
    explicit EventWriter(const std::function<void(std::string_view)>& sink) : sink_(sink) {
        buffer_.reserve(kFlushAt + 4096);
    }
    ~EventWriter() { flush(); }

    void raw(std::string_view s) {
        buffer_.append(s);
        if (buffer_.size() >= kFlushAt)
            flush();
    }
    void flush() {
        if (!buffer_.empty())
            sink_(buffer_);
        buffer_.clear();
    }

    // Starts one event object: {"ph":..,"name":..,"cat":..,"ts":..,"pid":..,"tid":..
    // The caller adds more members and closes it with end().
    void begin(char ph, std::string_view quotedName, std::string_view cat, int64_t tNs, int64_t pid,
               int tid) {
        raw(first_ ? "\n" : ",\n");
        first_ = false;
        raw("{\"ph\":\"");
        buffer_ += ph;
        raw("\",\"name\":");
        raw(quotedName);
        raw(",\"cat\":\"");
        raw(cat);
        raw("\",\"ts\":");
        micros(tNs);
        raw(",\"pid\":");
        number(pid);
        raw(",\"tid\":");
        number(tid);
    }
    void end() { raw("}"); }

    void number(int64_t v) {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        buffer_.append(buf, r.ptr);
    }
    // Trace Event times are microseconds; ns / 1000 is exact in a double for any run.
    void micros(int64_t ns) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<double>(ns) / 1000.0);
        buffer_.append(buf, r.ptr);
    }

  private:
    static constexpr size_t kFlushAt = 1 << 20;
    const std::function<void(std::string_view)>& sink_;
    std::string buffer_;
    bool first_ = true;
};

std::string jsonString(std::string_view s) {
    return nlohmann::json(std::string(s))
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Perfetto groups tracks by pid: a lane's real pid when known, else a made-up one that cannot
// clash with a real pid (pids stay below 2^22 on Linux).
int64_t trackPid(const Trace& trace, int lane) {
    if (lane >= 0 && lane < trace.laneCount() && trace.lanes[static_cast<size_t>(lane)].pid > 0)
        return trace.lanes[static_cast<size_t>(lane)].pid;
    return (int64_t(1) << 30) + lane;
}

nlohmann::json metadataJson(const Trace& trace) {
    nlohmann::json lanes = nlohmann::json::array();
    for (const LaneInfo& lane : trace.lanes) {
        lanes.push_back({{"lane", lane.lane},
                         {"name", lane.name},
                         {"pid", lane.pid},
                         {"parent", lane.parent},
                         {"startMethod", startMethodName(lane.startMethod)},
                         {"role", lane.role}});
    }
    return {{"format", kChromeTraceFormat},
            {"version", kChromeTraceVersion},
            {"demo", trace.demo},
            {"variant", trace.variant},
            {"params", trace.params},
            {"t0", trace.t0},
            {"dropped", trace.dropped},
            {"events", trace.size()},
            {"lanes", std::move(lanes)},
            {"texts", trace.texts},
            {"pythonSource", trace.pythonSource}};
}

void writeLaneMetadata(EventWriter& w, const Trace& trace) {
    std::set<int64_t> namedProcesses;
    for (int lane = 0; lane < trace.laneCount(); ++lane) {
        const int64_t pid = trackPid(trace, lane);
        const std::string name = jsonString(laneName(trace, lane));
        // Threads of the GIL demo share their process's pid: it is named once, by its first
        // lane.
        if (namedProcesses.insert(pid).second) {
            w.begin('M', "\"process_name\"", "__metadata", 0, pid, lane);
            w.raw(",\"args\":{\"name\":");
            w.raw(name);
            w.raw("}");
            w.end();
            w.begin('M', "\"process_sort_index\"", "__metadata", 0, pid, lane);
            w.raw(",\"args\":{\"sort_index\":");
            w.number(lane);
            w.raw("}");
            w.end();
        }
        w.begin('M', "\"thread_name\"", "__metadata", 0, pid, lane);
        w.raw(",\"args\":{\"name\":");
        w.raw(name);
        w.raw("}");
        w.end();
    }
}

void writeStates(EventWriter& w, const Trace& trace) {
    std::string names[static_cast<size_t>(LaneState::Exited) + 1];
    for (size_t s = 0; s < std::size(names); ++s)
        names[s] = jsonString(laneStateName(static_cast<LaneState>(s)));
    for (const LaneTimeline& timeline : laneTimelines(trace)) {
        const int lane = timeline.life.lane;
        for (const StateInterval& state : timeline.states) {
            w.begin('X', names[static_cast<size_t>(state.state)], "state", state.begin,
                    trackPid(trace, lane), lane);
            w.raw(",\"dur\":");
            w.micros(state.end - state.begin);
            if (state.object != 0) {
                w.raw(",\"args\":{\"object\":");
                w.number(state.object);
                w.raw("}");
            }
            w.end();
        }
        if (timeline.life.exited) {
            w.begin('i', jsonString("exit " + std::to_string(timeline.life.exitcode)), "lifetime",
                    timeline.life.reaped, trackPid(trace, lane), lane);
            w.raw(",\"s\":\"t\",\"args\":{\"exitcode\":");
            w.number(timeline.life.exitcode);
            w.raw("}");
            w.end();
        }
    }
}

void writeQueues(EventWriter& w, const Trace& trace) {
    int64_t flowId = 0;
    for (const int queue : queuesInTrace(trace)) {
        const QueueAnalysis q = analyseQueue(trace, queue);
        const std::string depthName = jsonString("queue " + std::to_string(queue) + " depth");
        const int64_t counterPid = trackPid(trace, 0);
        for (const DepthPoint& point : q.depth) {
            w.begin('C', depthName, "queue", point.t, counterPid, 0);
            w.raw(",\"args\":{\"depth\":");
            w.number(point.depth);
            w.raw("}");
            w.end();
        }
        // One arrow per item got, from its put to its get.
        for (const QueueItem& item : q.items) {
            if (!item.got())
                continue;
            ++flowId;
            const std::string name = jsonString("item " + std::to_string(item.id));
            w.begin('s', name, "queue", item.putTime, trackPid(trace, item.producer),
                    item.producer);
            w.raw(",\"id\":");
            w.number(flowId);
            w.raw(",\"args\":{\"queue\":");
            w.number(queue);
            w.raw(",\"value\":");
            w.number(item.value);
            w.raw("}");
            w.end();
            w.begin('f', name, "queue", item.getTime, trackPid(trace, item.consumer),
                    item.consumer);
            w.raw(",\"id\":");
            w.number(flowId);
            w.raw(",\"bp\":\"e\"");
            w.end();
        }
    }
}

std::vector<int> countersInTrace(const Trace& trace) {
    std::set<int> counters;
    for (size_t i = 0; i < trace.size(); ++i) {
        if (trace.kind(i) == EventKind::CounterStore)
            counters.insert(trace.at(i).object);
    }
    return {counters.begin(), counters.end()};
}

void writeCounters(EventWriter& w, const Trace& trace) {
    for (const int counter : countersInTrace(trace)) {
        const CounterLedger ledger = counterLedger(trace, counter);
        const std::string name = jsonString("counter " + std::to_string(counter));
        const int64_t counterPid = trackPid(trace, 0);
        const LedgerReader reader(trace, ledger);
        for (size_t i = 0; i < reader.storeCount(); ++i) {
            const SeriesPoint actual = reader.actualAt(i);
            w.begin('C', name, "counter", actual.t, counterPid, 0);
            w.raw(",\"args\":{\"expected\":");
            w.number(reader.expectedAt(i).value);
            w.raw(",\"actual\":");
            w.number(actual.value);
            w.raw("}");
            w.end();
        }
        const std::string lost = jsonString("lost update");
        for (size_t k = 0; k < reader.entryCount(); ++k) {
            const LostUpdate entry = reader.entry(k);
            const std::vector<int> erasedLanes = reader.erasedLanes(k);
            w.begin('i', lost, "counter", entry.storeTime, trackPid(trace, entry.lane), entry.lane);
            w.raw(",\"s\":\"t\",\"args\":{\"counter\":");
            w.number(counter);
            w.raw(",\"erased\":");
            w.number(entry.erased());
            w.raw(",\"loaded\":");
            w.number(entry.loaded);
            w.raw(",\"written\":");
            w.number(entry.written);
            w.raw(",\"overwritten\":");
            w.number(entry.overwritten);
            w.raw(",\"erasedLanes\":[");
            for (size_t j = 0; j < erasedLanes.size(); ++j) {
                if (j)
                    w.raw(",");
                w.number(erasedLanes[j]);
            }
            w.raw("]}");
            w.end();
        }
    }
}

void writeConsole(EventWriter& w, const Trace& trace) {
    for (const ConsoleLine& line : consoleLines(trace)) {
        w.begin('i', jsonString(line.text), "console", line.t, trackPid(trace, line.lane),
                line.lane);
        w.raw(",\"s\":\"t\"");
        w.end();
    }
}

} // namespace

void writeChromeTrace(const Trace& trace, const std::function<void(std::string_view)>& sink) {
    // "proclab" comes first so that a reader sees what the file is at once.
    nlohmann::json meta = metadataJson(trace);
    meta["nativeTrace"] = base64Encode(encodeTrace(trace));
    std::string head = "{\"proclab\":";
    head += meta.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    meta = nullptr;
    head += ",\n\"displayTimeUnit\":\"ns\",\n\"traceEvents\":[";
    sink(head);
    {
        EventWriter w(sink);
        writeLaneMetadata(w, trace);
        writeStates(w, trace);
        writeQueues(w, trace);
        writeCounters(w, trace);
        writeConsole(w, trace);
    }
    sink("\n]}\n");
}

std::string chromeTraceJson(const Trace& trace) {
    std::string out;
    writeChromeTrace(trace, [&](std::string_view piece) { out.append(piece); });
    return out;
}

std::string saveChromeTrace(const Trace& trace, const std::filesystem::path& path) {
    AtomicFile file;
    if (std::string error = file.open(path); !error.empty())
        return error;
    std::string error;
    writeChromeTrace(trace, [&](std::string_view piece) {
        if (error.empty())
            error = file.write(piece);
    });
    return error.empty() ? file.commit() : error;
}

namespace {

constexpr std::string_view kOurHead = "{\"proclab\":";

// Reads a string_view through an istream without copying it.
class ViewBuffer : public std::streambuf {
  public:
    explicit ViewBuffer(std::string_view text) {
        char* begin = const_cast<char*>(text.data()); // read only: no put area is set
        setg(begin, begin, begin + text.size());
    }
};

bool endsLikeOurFile(std::string_view json) {
    const size_t last = json.find_last_not_of(" \t\r\n");
    return last != std::string_view::npos && last >= 1 && json.substr(last - 1, 2) == "]}";
}

// The "proclab" object of a document. Files we wrote start with it and end with the trace
// events' closing "]}": then only it is parsed (the trace events are for viewers and may be
// 100 MB; the trace itself is checked by the native format's checksum). Anything else (a
// truncated file, one re-indented or reordered by another tool) is parsed whole, without
// building its trace events.
std::string readProclabObject(std::string_view json, nlohmann::json& meta) {
    if (json.starts_with(kOurHead) && endsLikeOurFile(json)) {
        ViewBuffer buffer(json.substr(kOurHead.size()));
        std::istream in(&buffer);
        try {
            in >> meta; // one value, not the rest of the stream
        } catch (const nlohmann::json::exception&) {
            return "not valid JSON";
        }
        return {};
    }
    const nlohmann::json::parser_callback_t skipTraceEvents =
        [](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
            return !(depth == 1 && event == nlohmann::json::parse_event_t::key &&
                     parsed == "traceEvents");
        };
    nlohmann::json doc = nlohmann::json::parse(json, skipTraceEvents, false);
    if (doc.is_discarded())
        return "not valid JSON";
    if (doc.is_object() && doc.contains("proclab"))
        meta = std::move(doc["proclab"]);
    return {};
}

} // namespace

namespace {

std::string decodeChecked(std::string_view json, Trace& out) {
    nlohmann::json meta;
    if (std::string error = readProclabObject(json, meta); !error.empty())
        return error;
    if (!meta.is_object())
        return "not a ProcLab trace (no \"proclab\" object; only files ProcLab wrote can be "
               "loaded)";
    const auto format = meta.find("format");
    if (format == meta.end() || !format->is_string() ||
        format->get_ref<const std::string&>() != kChromeTraceFormat)
        return "not a ProcLab trace (\"proclab.format\" is not \"" +
               std::string(kChromeTraceFormat) + "\")";
    const auto version = meta.find("version");
    if (version == meta.end() || !version->is_number_integer() ||
        version->get<int64_t>() != kChromeTraceVersion)
        return "unsupported ProcLab JSON trace version";
    const auto native = meta.find("nativeTrace");
    if (native == meta.end() || !native->is_string())
        return "ProcLab JSON trace without its \"nativeTrace\" string";
    std::string bytes;
    if (!base64Decode(native->get_ref<const std::string&>(), bytes))
        return "ProcLab JSON trace: \"nativeTrace\" is not valid base64";
    if (std::string error = decodeTrace(bytes, out); !error.empty())
        return "ProcLab JSON trace: " + error;
    return {};
}

} // namespace

std::string decodeChromeTrace(std::string_view json, Trace& out) {
    out.clear();
    std::string error;
    // Every member is type-checked above; this catch is the io boundary's guarantee that no
    // JSON library exception (wrong type, bad UTF-8, depth) escapes into the app.
    try {
        error = decodeChecked(json, out);
    } catch (const nlohmann::json::exception& e) {
        error = std::string("not a valid ProcLab JSON trace (") + e.what() + ")";
    }
    if (!error.empty())
        out.clear();
    return error;
}

std::string loadChromeTrace(const std::filesystem::path& path, Trace& out) {
    out.clear();
    std::string text;
    if (std::string error = readWholeFile(path, text); !error.empty())
        return error;
    if (std::string error = decodeChromeTrace(text, out); !error.empty())
        return path.string() + ": " + error;
    return {};
}

} // namespace proclab
