#include "fact_vocabulary.h"

#include <array>
#include <utility>

namespace proclab::lessons {
namespace {

struct Entry {
    std::string_view name;
    std::string_view demo; // empty: every demo
    FactType type;
};

constexpr auto N = FactType::Number;
constexpr std::array kFacts = {
    Entry{"duration_ms", "", N},
    Entry{"processes", "", N},
    Entry{"cores", "", N},
    Entry{"crashed", "", N},
    Entry{"first_output", "", FactType::Process},
    Entry{"last_exit", "", FactType::Process},
    Entry{"output_lines", "", N},
    Entry{"stopped", "", N},
    Entry{"dropped", "", N},
    Entry{"steps", "", N},
    Entry{"step_order", "", FactType::Text},
    Entry{"expected", "counter-race", N},
    Entry{"final", "counter-race", N},
    Entry{"lost", "counter-race", N},
    Entry{"ledger_lost", "counter-race", N},
    Entry{"erasing_stores", "counter-race", N},
    Entry{"expected", "shared-array", N},
    Entry{"final", "shared-array", N},
    Entry{"lost", "shared-array", N},
    Entry{"elements_with_loss", "shared-array", N},
    Entry{"put", "producer-consumer", N},
    Entry{"got", "producer-consumer", N},
    Entry{"missed", "producer-consumer", N},
    Entry{"fifo", "producer-consumer", N},
    Entry{"max_depth", "producer-consumer", N},
    Entry{"blocked_puts", "producer-consumer", N},
    Entry{"join_timed_out", "producer-consumer", N},
    Entry{"empty_true", "producer-consumer", N},
    Entry{"result", "pool-square", FactType::Text},
    Entry{"tasks", "pool-square", N},
    Entry{"chunks", "pool-square", N},
    Entry{"workers_used", "pool-square", N},
    Entry{"in_order", "pool-square", N},
    Entry{"child_counter", "memory-isolation", N},
    Entry{"parent_counter", "memory-isolation", N},
    Entry{"shared_value", "memory-isolation", N},
    Entry{"threads_ms", "gil-vs-processes", N},
    Entry{"processes_ms", "gil-vs-processes", N},
    Entry{"speedup", "gil-vs-processes", N},
    Entry{"start_latency_us", "process-basics", N},
};

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
        if (base == "worker_of" && isIndex(index))
            return {true, demo == "pool-square", FactType::Process};
        return {};
    }
    FactInfo info;
    for (const Entry& e : kFacts) {
        if (e.name != name)
            continue;
        info.known = true;
        info.type = e.type;
        if (e.demo.empty() || e.demo == demo)
            info.forDemo = true;
    }
    return info;
}

} // namespace proclab::lessons
