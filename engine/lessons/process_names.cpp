#include "process_names.h"

#include "demos/catalog.h"

namespace proclab::lessons {

std::vector<std::string> expectedProcessNames(const std::string& demo,
                                              const std::map<std::string, int64_t>& params) {
    std::vector<std::string> names = {"main"};
    const DemoSpec* spec = findDemo(demo);
    if (!spec)
        return names; // a traced script: its processes are known only once it ran
    const ChildProcesses& children = spec->children;
    names.insert(names.end(), children.names.begin(), children.names.end());
    if (children.prefix.empty())
        return names;
    int64_t count = 0;
    if (const auto it = params.find(children.countParam); it != params.end())
        count = it->second;
    else
        for (const ParamSpec& p : spec->params)
            if (p.name == children.countParam)
                count = p.defaultValue;
    for (int64_t i = 1; i <= count; ++i)
        names.push_back(children.prefix + std::to_string(i));
    return names;
}

} // namespace proclab::lessons
