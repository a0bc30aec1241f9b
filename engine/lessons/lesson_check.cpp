#include "lesson_check.h"

#include "condition.h"
#include "event_query.h"
#include "lesson_body.h"

#include <algorithm>
#include <cmath>

namespace proclab::lessons {

QuestionOutcome evaluateQuestion(const Question& q, const Answer& answer, const RunFacts& facts) {
    QuestionOutcome out;
    if (q.kind == QuestionKind::Choice) {
        for (size_t i = 0; i < q.options.size(); ++i) {
            const ConditionResult r = evaluate(q.options[i].when, facts);
            if (r.truth == Truth::Missing) {
                out.problem = "the run has no fact '" + r.missingFact + "'";
                return out;
            }
            if (r.holds()) {
                out.rightOptions.push_back(static_cast<int>(i));
                out.realValue += (out.realValue.empty() ? "" : " / ") + q.options[i].text;
            }
        }
        if (out.rightOptions.empty()) {
            out.problem = "no option of '" + q.id + "' holds on this run";
            return out;
        }
        out.evaluable = true;
        out.correct = !answer.skipped && std::find(out.rightOptions.begin(), out.rightOptions.end(),
                                                   answer.option) != out.rightOptions.end();
        return out;
    }
    const auto fact = findFact(facts, q.fact);
    if (!fact) {
        out.problem = "the run has no fact '" + q.fact + "'";
        return out;
    }
    out.evaluable = true;
    out.realValue = fact->display();
    if (answer.skipped)
        return out;
    if (q.kind == QuestionKind::Number)
        out.correct = !fact->isText && std::fabs(answer.number - fact->number) <= q.tolerance;
    else
        out.correct = fact->isText && answer.process == fact->text;
    return out;
}

GoalOutcome evaluateGoal(const Lesson& lesson, const Trace& trace, const RunFacts& facts) {
    GoalOutcome out;
    if (!lesson.challenge)
        return out;
    if (trace.demo != lesson.demo) {
        out.lines.push_back("the run is of " + trace.demo + ", the challenge needs " + lesson.demo);
        return out;
    }
    const auto& allowed = lesson.challenge->allowVariants;
    if (!allowed.empty() &&
        std::find(allowed.begin(), allowed.end(), trace.variant) == allowed.end()) {
        out.lines.push_back("the variant " + trace.variant + " is not allowed here");
        return out;
    }
    out.met = true;
    for (const Condition& c : lesson.challenge->goal) {
        const ConditionResult r = evaluate(c, facts);
        const auto value = findFact(facts, c.fact);
        out.lines.push_back(describe(c) + ": " + (value ? value->display() : "?") + " — " +
                            (r.holds() ? "yes" : "no"));
        out.met = out.met && r.holds();
        if (r.truth == Truth::Missing)
            out.evaluable = false;
    }
    return out;
}

std::vector<Diagnostic> checkOnRun(const Lesson& lesson, const Trace& trace,
                                   std::vector<std::string>& report) {
    std::vector<Diagnostic> errors;
    const RunFacts facts = runFacts(trace);
    for (const Question& q : lesson.questions) {
        const QuestionOutcome o = evaluateQuestion(q, Answer{}, facts);
        if (!o.evaluable)
            errors.push_back({lesson.file, q.line, "question " + q.id + ": " + o.problem});
        else
            report.push_back(q.id + " = " + o.realValue);
        if (!q.at.empty() && !resolveEventQuery(trace, q.at))
            errors.push_back({lesson.file, q.line,
                              "question " + q.id + ": at = " + q.at + " is not in this run"});
    }
    if (lesson.challenge) {
        for (const Condition& c : lesson.challenge->goal)
            if (evaluate(c, facts).truth == Truth::Missing)
                errors.push_back({lesson.file, c.line,
                                  "challenge goal " + describe(c) + ": the run lacks a fact"});
        const GoalOutcome g = evaluateGoal(lesson, trace, facts);
        report.push_back(std::string("challenge on this run: ") + (g.met ? "met" : "not met"));
    }
    std::vector<std::string> missing;
    fillFacts(lesson.explain, facts, &missing);
    for (const BodyRef& ref : factRefs(lesson.explain, lesson.explainLine))
        if (std::find(missing.begin(), missing.end(), ref.name) != missing.end())
            errors.push_back(
                {lesson.file, ref.line, "{{" + ref.name + "}}: the run has no such fact"});
    for (const BodyRef& ref : eventLinks(lesson.explain, lesson.explainLine)) {
        if (const auto hit = resolveEventQuery(trace, ref.name))
            report.push_back("event:" + ref.name + " at " + std::to_string(hit->t / 1000) + " us");
        else
            errors.push_back({lesson.file, ref.line, "event:" + ref.name + " is not in this run"});
    }
    return errors;
}

} // namespace proclab::lessons
