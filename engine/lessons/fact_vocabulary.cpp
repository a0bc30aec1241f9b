#include "fact_vocabulary.h"

#include "demos/catalog.h"

#include <algorithm>
#include <array>

namespace proclab::lessons {
namespace {

struct Entry {
    std::string_view name;
    bool everyRun; // false: only the demos whose spec lists it (DemoSpec::runFacts)
    FactType type;
};

constexpr auto N = FactType::Number;
constexpr std::array kFacts = {
    Entry{"duration_ms", true, N},
    Entry{"processes", true, N},
    Entry{"cores", true, N},
    Entry{"crashed", true, N},
    Entry{"first_output", true, FactType::Process},
    Entry{"last_exit", true, FactType::Process},
    Entry{"output_lines", true, N},
    Entry{"stopped", true, N},
    Entry{"dropped", true, N},
    Entry{"steps", true, N},
    Entry{"step_order", true, FactType::Text},
    Entry{"expected", false, N},
    Entry{"final", false, N},
    Entry{"lost", false, N},
    Entry{"ledger_lost", false, N},
    Entry{"erasing_stores", false, N},
    Entry{"elements_with_loss", false, N},
    Entry{"put", false, N},
    Entry{"got", false, N},
    Entry{"missed", false, N},
    Entry{"fifo", false, N},
    Entry{"max_depth", false, N},
    Entry{"blocked_puts", false, N},
    Entry{"join_timed_out", false, N},
    Entry{"empty_true", false, N},
    Entry{"result", false, FactType::Text},
    Entry{"tasks", false, N},
    Entry{"chunks", false, N},
    Entry{"workers_used", false, N},
    Entry{"in_order", false, N},
    Entry{"child_counter", false, N},
    Entry{"parent_counter", false, N},
    Entry{"shared_value", false, N},
    Entry{"threads_ms", false, N},
    Entry{"processes_ms", false, N},
    Entry{"speedup", false, N},
    Entry{"start_latency_us", false, N},
};

// The indexed fact only some demos have: worker_of[I], which pool worker ran task I.
constexpr std::string_view kWorkerOf = "worker_of";

bool demoOffers(std::string_view demo, std::string_view fact) {
    const DemoSpec* spec = findDemo(demo);
    return spec &&
           std::find(spec->runFacts.begin(), spec->runFacts.end(), fact) != spec->runFacts.end();
}

bool isIndex(std::string_view s) {
    if (s.empty() || s.size() > 6)
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

bool isProcessName(std::string_view name) {
    if (name.empty() || name.size() > 40)
        return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return false;
    return true;
}

FactInfo factInfo(std::string_view name, std::string_view demo) {
    // Indexed facts: exitcode[NAME] (every demo), worker_of[I] (the pool).
    if (const size_t open = name.find('['); open != std::string_view::npos) {
        if (name.back() != ']')
            return {};
        const std::string_view base = name.substr(0, open);
        const std::string_view index = name.substr(open + 1, name.size() - open - 2);
        if (base == "exitcode" && isProcessName(index))
            return {true, true, FactType::Number};
        if (base == kWorkerOf && isIndex(index))
            return {true, demoOffers(demo, kWorkerOf), FactType::Process};
        return {};
    }
    for (const Entry& e : kFacts)
        if (e.name == name)
            return {true, e.everyRun || demoOffers(demo, name), e.type};
    return {};
}

bool isDemoFact(std::string_view name) {
    if (name == kWorkerOf)
        return true;
    for (const Entry& e : kFacts)
        if (e.name == name)
            return !e.everyRun;
    return false;
}

} // namespace proclab::lessons
