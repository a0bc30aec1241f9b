// A lesson as data: what lessons/<lang>/NN-slug.md holds once parsed (see lessons/README.md).
// Nothing in a lesson is ever executed: it names a demo of the catalogue, its variant and
// parameters, questions on run facts, a challenge and a Markdown text.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace proclab::lessons {

// A problem found in a lesson file, with where it is (line 0: the file as a whole).
struct Diagnostic {
    std::string file;
    int line = 0;
    std::string message;
    std::string text() const; // "file:line: message"
};

// A fact's value: a number, or a string (a process name for facts of kind Process).
struct FactValue {
    bool isText = false;
    double number = 0;
    std::string text;
    static FactValue of(double v) { return {false, v, {}}; }
    static FactValue ofText(std::string s) { return {true, 0, std::move(s)}; }
    std::string display() const; // 3817, 1.87, worker-2
    friend bool operator==(const FactValue&, const FactValue&) = default;
};

// { fact = NAME, op = OP, value = NUMBER|STRING } or { fact = NAME, op = OP, fact2 = NAME }.
struct Condition {
    std::string fact;
    std::string op; // == != < <= > >=
    std::optional<FactValue> value;
    std::string fact2;
    int line = 0;
};

struct Option {
    std::string text;
    Condition when;
    std::string why;
    int line = 0;
};

enum class QuestionKind { Number, Choice, Process };

struct Question {
    std::string id;
    QuestionKind kind = QuestionKind::Number;
    std::string prompt;
    std::string fact;            // Number and Process
    double tolerance = 0;        // Number
    std::vector<Option> options; // Choice
    int line = 0;
    // An event query: a "what happens next?" question, asked after the run with the timeline
    // shown up to that event and its future hidden until the student answers. Empty: asked
    // before the run.
    std::string at;
};

struct Challenge {
    std::string text;
    std::vector<Condition> goal; // all must hold
    std::string hint;
    std::vector<std::string> allowVariants; // empty: any
    int line = 0;
};

struct Lesson {
    std::string file;     // as given to the parser (for messages)
    std::string language; // "en", "zh_CN" (from the folder), may be empty
    std::string id;
    int order = 0;
    std::string title;
    std::string demo;
    std::string variant;
    std::string summary;
    // A scheduler level id (trace/scheduler_levels.h): the student runs the lesson by stepping
    // that level's processes by hand; its demo, variant and parameters are the level's.
    std::string scheduler;
    std::map<std::string, int64_t> params;
    std::vector<Question> questions;
    std::optional<Challenge> challenge;
    std::string read;    // Markdown before <!-- reveal -->
    std::string explain; // Markdown after it
    int readLine = 0;    // the file's line where each part starts
    int explainLine = 0;
};

} // namespace proclab::lessons
