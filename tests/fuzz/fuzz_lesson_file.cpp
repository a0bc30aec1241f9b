// libFuzzer target: one lesson file (TOML front matter parsed by toml++, then the Markdown
// body), and what the Lesson dock and `lesson check` then do with whatever was parsed, even
// from a file with errors: the diagnostics' text, the body's links, facts and glossary terms,
// the facts filled in, and every question and the goal evaluated on the facts of an empty run.
#include "lessons/lesson_body.h"
#include "lessons/lesson_check.h"
#include "lessons/lesson_parser.h"
#include "lessons/run_facts.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using namespace proclab;
using namespace proclab::lessons;

void useBody(const Lesson& lesson, const RunFacts& facts) {
    for (const std::string* part : {&lesson.read, &lesson.explain}) {
        (void)eventLinks(*part, 1);
        (void)factRefs(*part, 1);
        (void)glossaryRefs(*part, 1);
        (void)fillFacts(*part, facts);
    }
}

void useQuestions(const Lesson& lesson, const Trace& trace, const RunFacts& facts) {
    for (const Question& q : lesson.questions) {
        (void)evaluateQuestion(q, Answer{}, facts);
        (void)evaluateQuestion(q, Answer{false, 1.5, 0, "worker-1"}, facts);
        (void)evaluateQuestion(q, Answer{false, -1e308, 1000, ""}, facts);
    }
    (void)evaluateGoal(lesson, trace, facts);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // loadLessonFile refuses a file over 256 KiB before parsing it.
    if (size > 256 * 1024)
        return 0;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Lesson lesson;
    for (const Diagnostic& d : parseLesson(text, "fuzz.md", lesson))
        (void)d.text();
    Trace trace;
    trace.demo = lesson.demo;
    trace.variant = lesson.variant;
    const RunFacts facts = runFacts(trace);
    useBody(lesson, facts);
    useQuestions(lesson, trace, facts);
    return 0;
}
