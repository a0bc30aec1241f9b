// Conditions on run facts: `{ fact, op, value }` or `{ fact, op, fact2 }`.
#pragma once

#include "lesson.h"
#include "run_facts.h"

#include <string>

namespace proclab::lessons {

enum class Truth { True, False, Missing }; // Missing: a fact the run does not have (false)

struct ConditionResult {
    Truth truth = Truth::False;
    std::string missingFact; // which one, when Missing
    bool holds() const { return truth == Truth::True; }
};

bool isKnownOp(const std::string& op);
ConditionResult evaluate(const Condition& c, const RunFacts& facts);
bool compare(const FactValue& a, const std::string& op, const FactValue& b);
// "final <= expected", "lost >= 100", for messages and the reveal.
std::string describe(const Condition& c);

} // namespace proclab::lessons
