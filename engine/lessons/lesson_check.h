// Evaluating a lesson on a real run: the student's answers against the run's facts, the
// challenge's goal, and (for `proclab lesson check --run`) everything the lesson names.
#pragma once

#include "lesson.h"
#include "run_facts.h"
#include "trace/trace.h"

#include <string>
#include <vector>

namespace proclab::lessons {

// What the student answered: a number, an option index, or a process name.
struct Answer {
    bool skipped = true;
    double number = 0;
    int option = -1;
    std::string process;
};

struct QuestionOutcome {
    bool evaluable = false;        // the run has what the question needs
    bool correct = false;          // meaningful when evaluable and not skipped
    std::string realValue;         // the fact's value, or the right options' texts
    std::vector<int> rightOptions; // choice: the options whose condition holds
    std::string problem;           // why not evaluable
};

QuestionOutcome evaluateQuestion(const Question& q, const Answer& answer, const RunFacts& facts);

struct GoalOutcome {
    bool met = false;
    bool evaluable = true;
    std::vector<std::string> lines; // "lost >= 100: 183 — yes"
};
// The challenge's goal on a run; a run of another demo, or with a variant the challenge does
// not allow, does not meet it.
GoalOutcome evaluateGoal(const Lesson& lesson, const Trace& trace, const RunFacts& facts);

// Everything `lesson check --run` asks of one lesson on a run of its demo: every question has
// an answer on this run, every goal fact, {{fact}} and event: link resolves. Returns the
// problems (empty: fine); `report` gets one line per question, the goal and the links.
std::vector<Diagnostic> checkOnRun(const Lesson& lesson, const Trace& trace,
                                   std::vector<std::string>& report);

} // namespace proclab::lessons
