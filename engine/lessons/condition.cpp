#include "condition.h"

#include <cmath>
#include <cstdio>

namespace proclab::lessons {

std::string Diagnostic::text() const {
    return file + ":" + std::to_string(line) + ": " + message;
}

std::string FactValue::display() const {
    if (isText)
        return text;
    if (std::isfinite(number) && number == std::round(number) && std::fabs(number) < 1e15)
        return std::to_string(static_cast<long long>(number));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", number);
    return buf;
}

bool isKnownOp(const std::string& op) {
    return op == "==" || op == "!=" || op == "<" || op == "<=" || op == ">" || op == ">=";
}

bool compare(const FactValue& a, const std::string& op, const FactValue& b) {
    if (a.isText != b.isText)
        return op == "!="; // a number is never equal to a name
    const int order = a.isText ? a.text.compare(b.text)
                               : (a.number < b.number   ? -1
                                  : a.number > b.number ? 1
                                                        : 0);
    if (op == "==")
        return order == 0;
    if (op == "!=")
        return order != 0;
    if (op == "<")
        return order < 0;
    if (op == "<=")
        return order <= 0;
    if (op == ">")
        return order > 0;
    if (op == ">=")
        return order >= 0;
    return false;
}

ConditionResult evaluate(const Condition& c, const RunFacts& facts) {
    const auto left = findFact(facts, c.fact);
    if (!left)
        return {Truth::Missing, c.fact};
    FactValue right;
    if (c.value) {
        right = *c.value;
    } else {
        const auto other = findFact(facts, c.fact2);
        if (!other)
            return {Truth::Missing, c.fact2};
        right = *other;
    }
    return {compare(*left, c.op, right) ? Truth::True : Truth::False, {}};
}

std::string describe(const Condition& c) {
    return c.fact + " " + c.op + " " + (c.value ? c.value->display() : c.fact2);
}

} // namespace proclab::lessons
