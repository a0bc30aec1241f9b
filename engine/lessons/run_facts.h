// The run facts of a real run, computed from its Trace by the analysis: the values lessons
// check their questions and challenges against and fill into their explanations.
#pragma once

#include "lesson.h"
#include "trace/trace.h"

#include <map>
#include <optional>
#include <string>

namespace proclab::lessons {

using RunFacts = std::map<std::string, FactValue>;

// Every fact of the spec the run has ("exitcode[worker-1]", "worker_of[0]", ...). A fact the
// run cannot give (a demo's fact on another demo, a process that never exited) is absent.
RunFacts runFacts(const Trace& trace);

// How many increments of others an ArrayStore erased: the cells are doubles, recorded as bits.
double arrayStoreErased(const Event& store);

std::optional<FactValue> findFact(const RunFacts& facts, const std::string& name);

} // namespace proclab::lessons
