#include "view_table.h"

namespace proclab {

const std::vector<ViewEntry>& viewTable() {
    static const std::vector<ViewEntry> views = {
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

const ViewEntry* findViewEntry(const std::string& id) {
    for (const ViewEntry& v : viewTable())
        if (id == v.id)
            return &v;
    return nullptr;
}

std::string viewIdList() {
    std::string ids;
    for (const ViewEntry& v : viewTable())
        ids += (ids.empty() ? "" : ", ") + std::string(v.id);
    return ids;
}

nlohmann::json viewCatalogJson() {
    nlohmann::json out = nlohmann::json::array();
    for (const ViewEntry& v : viewTable()) {
        nlohmann::json demos = nlohmann::json::array();
        for (const char* d : v.demos)
            demos.push_back(d);
        out.push_back({{"id", v.id}, {"title", v.title}, {"demos", demos}});
    }
    return out;
}

} // namespace proclab
