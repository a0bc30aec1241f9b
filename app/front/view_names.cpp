#include "view_names.h"

#include <vector>

namespace proclab::front {
namespace {

struct ViewName {
    const char* id;
    const char* title;
    std::vector<const char*> demos; // empty: every run
};

const std::vector<ViewName>& viewNames() {
    static const std::vector<ViewName> views = {
        {"timeline", "Timeline", {}},
        {"code", "Code", {}},
        {"counter", "Counter", {"counter-race"}},
        {"queue", "Queue", {"producer-consumer"}},
        {"pool", "Pool", {"pool-square"}},
        {"array", "Array", {"shared-array"}},
        {"memory", "Memory", {"memory-isolation"}},
        {"gil", "GIL", {"gil-vs-processes"}},
        {"console", "Console", {}},
        {"window", "Whole window", {}},
    };
    return views;
}

} // namespace

nlohmann::json viewCatalogJson() {
    nlohmann::json out = nlohmann::json::array();
    for (const ViewName& v : viewNames()) {
        nlohmann::json demos = nlohmann::json::array();
        for (const char* d : v.demos)
            demos.push_back(d);
        out.push_back({{"id", v.id}, {"title", v.title}, {"demos", demos}});
    }
    return out;
}

std::string viewIdList() {
    std::string ids;
    for (const ViewName& v : viewNames())
        ids += (ids.empty() ? "" : ", ") + std::string(v.id);
    return ids;
}

} // namespace proclab::front
