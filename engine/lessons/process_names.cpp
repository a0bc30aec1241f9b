#include "process_names.h"

#include "demos/catalog.h"

namespace proclab::lessons {
namespace {

int64_t param(const std::string& demo, const std::map<std::string, int64_t>& params,
              const std::string& name) {
    if (const auto it = params.find(name); it != params.end())
        return it->second;
    if (const DemoSpec* d = findDemo(demo))
        for (const ParamSpec& p : d->params)
            if (p.name == name)
                return p.defaultValue;
    return 0;
}

std::vector<std::string> numbered(const std::string& prefix, int64_t n) {
    std::vector<std::string> out;
    for (int64_t i = 1; i <= n; ++i)
        out.push_back(prefix + std::to_string(i));
    return out;
}

} // namespace

std::vector<std::string> expectedProcessNames(const std::string& demo,
                                              const std::map<std::string, int64_t>& params) {
    std::vector<std::string> names = {"main"};
    std::vector<std::string> more;
    if (demo == "counter-race" || demo == "shared-array")
        more = numbered("worker-", param(demo, params, "workers"));
    else if (demo == "pool-square")
        more = numbered("PoolWorker-", param(demo, params, "workers"));
    else if (demo == "producer-consumer")
        more = {"producer", "consumer"};
    else if (demo == "process-basics")
        more = {"worker-A", "worker-B"};
    else if (demo == "memory-isolation")
        more = {"child"};
    else if (demo == "gil-vs-processes")
        more = numbered("process-", param(demo, params, "workers"));
    names.insert(names.end(), more.begin(), more.end());
    return names;
}

} // namespace proclab::lessons
