// The views' ids, English titles and demos, without Qt: what `proclab list` prints about them.
// The GUI's table (ui/export/view_registry.cpp) is the one that makes the views; the test
// front_end_matches_gui checks that `proclab list --json` and `proclab-gui list --json` agree,
// so a view added there and not here fails the suite.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace proclab::front {

// [{"id","title","demos"}], as ui::viewCatalogJson().
nlohmann::json viewCatalogJson();
// "timeline, code, ...", as ui::viewIds().join(", ").
std::string viewIdList();

} // namespace proclab::front
