// The run facts a lesson may name (the spec's "Run facts") and their types. Which demo has which
// is in the demo's own spec (DemoSpec::runFacts). Static checks use this; the values come from
// runFacts() on a real run.
#pragma once

#include <string>
#include <string_view>

namespace proclab::lessons {

enum class FactType { Number, Text, Process };

struct FactInfo {
    bool known = false;   // a name of the vocabulary (with a well-formed index, if any)
    bool forDemo = false; // the demo has this fact
    FactType type = FactType::Number;
};

// "final", "exitcode[worker-2]", "worker_of[3]" for `demo`.
FactInfo factInfo(std::string_view name, std::string_view demo);

// A name a demo may list in DemoSpec::runFacts: a fact not every run has ("final"), or the base
// of an indexed one ("worker_of").
bool isDemoFact(std::string_view name);

// A process (lane) name as facts and event queries may spell it: [A-Za-z0-9_-]{1,40}.
bool isProcessName(std::string_view name);

} // namespace proclab::lessons
