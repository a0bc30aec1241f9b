// The one list of views, without Qt: each view's id, English title and the demos whose runs it
// speaks about. The Qt-free front end prints it (`proclab list`); the GUI's registry
// (ui/export/view_registry.cpp) builds on it, adding only the translated title, the dock area
// and the widget factory, and refuses a view missing from either side.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace proclab {

struct ViewEntry {
    const char* id;                 // "counter": the --view name
    const char* title;              // English; the GUI translates it (context "Views")
    std::vector<const char*> demos; // demos whose runs it speaks about; empty: every run
};

const std::vector<ViewEntry>& viewTable();
const ViewEntry* findViewEntry(const std::string& id);
// "timeline, code, ...": the --view names in table order.
std::string viewIdList();
// [{"id","title","demos"}] for `proclab list --json`.
nlohmann::json viewCatalogJson();

} // namespace proclab
