#include "trace_event_check.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace proclab {

namespace {

const std::set<std::string, std::less<>> kKnownPhases = {
    "B", "E", "X", "i", "I", "C", "b", "n", "e", "s", "t", "f", "P", "O",
    "N", "D", "M", "V", "v", "R", "c", "(", ")", "S", "T", "p", "F"};

struct FlowEnds {
    int starts = 0;
    int finishes = 0;
    size_t firstEvent = 0;
};

std::string where(size_t index) {
    return "event " + std::to_string(index) + ": ";
}

bool isId(const nlohmann::json& v) {
    return v.is_number_integer() || v.is_string();
}

} // namespace

std::vector<std::string> checkTraceEvents(const nlohmann::json& doc) {
    std::vector<std::string> problems;
    const nlohmann::json* events = nullptr;
    if (doc.is_array())
        events = &doc;
    else if (doc.is_object() && doc.contains("traceEvents") && doc["traceEvents"].is_array())
        events = &doc["traceEvents"];
    if (!events)
        return {"the document is neither an array of events nor an object with a "
                "\"traceEvents\" array"};

    std::map<std::string, FlowEnds> flows; // "category/id" -> how often it started, finished
    for (size_t i = 0; i < events->size(); ++i) {
        const nlohmann::json& e = (*events)[i];
        if (!e.is_object()) {
            problems.push_back(where(i) + "not an object");
            continue;
        }
        if (!e.contains("ph") || !e["ph"].is_string()) {
            problems.push_back(where(i) + "no \"ph\"");
            continue;
        }
        const std::string& ph = e["ph"].get_ref<const std::string&>();
        if (!kKnownPhases.contains(ph))
            problems.push_back(where(i) + "unknown phase \"" + ph + "\"");
        if (!e.contains("name") || !e["name"].is_string())
            problems.push_back(where(i) + "no string \"name\"");
        for (const char* key : {"pid", "tid"}) {
            if (!e.contains(key) || !isId(e[key]))
                problems.push_back(where(i) + "no \"" + key + "\"");
        }
        if (ph != "M" && (!e.contains("ts") || !e["ts"].is_number()))
            problems.push_back(where(i) + "no numeric \"ts\"");
        if (ph == "X") {
            if (!e.contains("dur") || !e["dur"].is_number())
                problems.push_back(where(i) + "complete event without \"dur\"");
            else if (e["dur"].get<double>() < 0)
                problems.push_back(where(i) + "complete event with negative \"dur\"");
        }
        if (ph == "C") {
            if (!e.contains("args") || !e["args"].is_object() || e["args"].empty()) {
                problems.push_back(where(i) + "counter event without args");
            } else {
                for (const auto& [key, value] : e["args"].items()) {
                    if (!value.is_number())
                        problems.push_back(where(i) + "counter \"" + key + "\" is not a number");
                }
            }
        }
        if (ph == "s" || ph == "t" || ph == "f") {
            if (!e.contains("id") || !isId(e["id"])) {
                problems.push_back(where(i) + "flow event without \"id\"");
                continue;
            }
            const std::string key = e.value("cat", "") + "/" + e["id"].dump();
            FlowEnds& ends = flows[key];
            if (ends.starts + ends.finishes == 0)
                ends.firstEvent = i;
            if (ph == "s")
                ++ends.starts;
            else if (ph == "f")
                ++ends.finishes;
        }
    }
    for (const auto& [key, ends] : flows) {
        if (ends.starts != 1 || ends.finishes != 1) {
            problems.push_back(where(ends.firstEvent) + "flow " + key + " has " +
                               std::to_string(ends.starts) + " start(s) and " +
                               std::to_string(ends.finishes) + " finish(es), not one of each");
        }
    }
    return problems;
}

std::vector<std::string> checkTraceEventsText(std::string_view json) {
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded())
        return {"not valid JSON"};
    return checkTraceEvents(doc);
}

} // namespace proclab
