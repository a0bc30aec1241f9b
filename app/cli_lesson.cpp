#include "cli_lesson.h"

#include "cli_steps.h"
#include "io/engine_client.h"
#include "lessons/lesson_check.h"
#include "lessons/lesson_library.h"
#include "lessons/lesson_parser.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace proclab::cli {
namespace {

using namespace proclab::lessons;

struct LessonEntry {
    const Lesson* lesson = nullptr; // English when there is one, else the first language
    std::vector<std::string> languages;
};

// One entry per lesson id, in lesson order.
std::vector<LessonEntry> entries(const LessonSet& set) {
    std::map<std::pair<int, std::string>, LessonEntry> byOrder;
    for (const std::string& lang : lessonLanguages()) {
        const auto it = set.byLanguage.find(lang);
        if (it == set.byLanguage.end())
            continue;
        for (const Lesson& l : it->second) {
            LessonEntry& e = byOrder[{l.order, l.id}];
            if (!e.lesson)
                e.lesson = &l;
            e.languages.push_back(lang);
        }
    }
    std::vector<LessonEntry> out;
    for (auto& [key, e] : byOrder)
        out.push_back(std::move(e));
    return out;
}

void printErrors(const std::vector<Diagnostic>& errors) {
    for (const Diagnostic& d : errors)
        std::fprintf(stderr, "%s\n", d.text().c_str());
}

std::vector<std::string> engineArgs(const Lesson& l) {
    std::vector<std::string> args = {"run", l.demo, "--variant", l.variant};
    for (const auto& [k, v] : l.params)
        args.insert(args.end(), {"--set", k + "=" + std::to_string(v)});
    return args;
}

// Runs the lesson's demo and checks every language's version on the same run. A race is a
// matter of chance (a run may lose no update, so has no "first lost update"): a lesson gets
// up to three runs, and passes when one of them resolves everything it names.
// A scheduler lesson is run with the steps given (`--steps ID=STEPS`): the same steps always
// give the same run, so one attempt is the answer.
bool checkLessonOnRuns(const std::vector<const Lesson*>& versions, const std::string& steps = {}) {
    const Lesson& l = *versions.front();
    std::vector<Diagnostic> errors;
    std::vector<std::string> args = engineArgs(l);
    if (!steps.empty())
        addStepArguments(steps, args);
    const int attempts = steps.empty() ? 3 : 1;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        EngineRunOptions options;
        options.timeoutSeconds = 120;
        const EngineRunResult run = runEngine(defaultEnginePath(), args, options);
        if (!run.error.empty() || run.exitCode != 0) {
            std::fprintf(stderr, "%s: the run of %s failed: %s%s\n", l.file.c_str(), l.demo.c_str(),
                         run.error.c_str(), run.stderrText.c_str());
            return false;
        }
        errors.clear();
        std::vector<std::string> report;
        for (const Lesson* v : versions) {
            std::vector<std::string> lines;
            const auto e = checkOnRun(*v, run.trace, lines);
            errors.insert(errors.end(), e.begin(), e.end());
            if (v == versions.front())
                report = lines;
        }
        if (errors.empty()) {
            std::string joined;
            for (const std::string& s : report)
                joined += (joined.empty() ? "" : "; ") + s;
            std::printf("ok   %-28s %s (%s)%s%s: %s\n", l.id.c_str(), l.demo.c_str(),
                        l.variant.c_str(),
                        attempt > 1 ? (" [run " + std::to_string(attempt) + " of 3]").c_str() : "",
                        steps.empty() ? "" : (" [steps " + steps + "]").c_str(), joined.c_str());
            return true;
        }
    }
    std::printf("FAIL %-28s %s (%s): %s\n", l.id.c_str(), l.demo.c_str(), l.variant.c_str(),
                steps.empty() ? "in three runs" : ("with steps " + steps).c_str());
    printErrors(errors);
    return false;
}

int listCommand(bool json) {
    const LessonSet set = loadLessons(lessonsRoot());
    if (set.root.empty()) {
        printErrors(set.errors);
        return 1;
    }
    if (json) {
        nlohmann::json j = {{"root", set.root}, {"lessons", lessonListJson()}};
        std::puts(j.dump(2).c_str());
    } else {
        std::printf("Lessons in %s:\n", set.root.c_str());
        for (const LessonEntry& e : entries(set)) {
            std::string langs;
            for (const std::string& s : e.languages)
                langs += (langs.empty() ? "" : ",") + s;
            std::printf("  %3d  %-28s %-18s %-9s %s\n", e.lesson->order, e.lesson->id.c_str(),
                        e.lesson->demo.c_str(), langs.c_str(), e.lesson->title.c_str());
        }
    }
    if (!set.errors.empty())
        std::fprintf(stderr, "proclab: %zu problem(s) in the lessons; see proclab lesson check\n",
                     set.errors.size());
    return set.errors.empty() ? 0 : 1;
}

int checkFiles(const std::vector<std::string>& files) {
    int bad = 0;
    for (const std::string& f : files) {
        Lesson l;
        const auto errors = loadLessonFile(f, l);
        printErrors(errors);
        bad += errors.empty() ? 0 : 1;
    }
    std::printf("%lld file(s) checked, %d with problems\n", static_cast<long long>(files.size()),
                bad);
    return bad ? 1 : 0;
}

// `--steps ID=STEPS` (repeatable): the steps `lesson check --run` gives a scheduler lesson.
// Returns "" or what is wrong with one.
std::string parseLessonSteps(const std::vector<std::string>& given,
                             std::multimap<std::string, std::string>& out) {
    for (const std::string& g : given) {
        const size_t eq = g.find('=');
        const std::string id = eq == std::string::npos ? g : g.substr(0, eq);
        const std::string steps = eq == std::string::npos ? std::string() : g.substr(eq + 1);
        if (eq == std::string::npos || eq == 0 || !isSafeId(id))
            return "lesson check --run --steps expects LESSON-ID=\"1 2 1 2\", got '" + g + "'";
        if (std::string problem = checkStepText(steps); !problem.empty())
            return problem;
        out.emplace(id, steps);
    }
    return {};
}

// A scheduler lesson needs a student: with steps given it is run with each of them, else its
// static check (its level, demo, facts) is all there is.
bool checkScheduled(const std::vector<const Lesson*>& versions,
                    const std::multimap<std::string, std::string>& steps) {
    const Lesson& l = *versions.front();
    const auto [from, to] = steps.equal_range(l.id);
    if (from == to) {
        std::printf("ok   %-28s scheduler level %s: checked statically (give --steps %s=... to "
                    "run it)\n",
                    l.id.c_str(), l.scheduler.c_str(), l.id.c_str());
        return true;
    }
    bool ok = true;
    for (auto it = from; it != to; ++it)
        ok = checkLessonOnRuns(versions, it->second) && ok;
    return ok;
}

int checkAll(bool run, const std::multimap<std::string, std::string>& steps) {
    const LessonSet set = loadLessons(lessonsRoot());
    printErrors(set.errors);
    const std::vector<LessonEntry> all = entries(set);
    std::printf("%zu lesson(s) in %s, %zu problem(s)\n", all.size(), set.root.c_str(),
                set.errors.size());
    bool ok = set.errors.empty() && !all.empty();
    if (!run)
        return ok ? 0 : 1;
    for (const LessonEntry& e : all) {
        std::vector<const Lesson*> versions;
        for (const auto& [lang, lessons] : set.byLanguage)
            for (const Lesson& l : lessons)
                if (l.id == e.lesson->id)
                    versions.push_back(&l);
        ok = (e.lesson->scheduler.empty() ? checkLessonOnRuns(versions)
                                          : checkScheduled(versions, steps)) &&
             ok;
    }
    for (const auto& given : steps) {
        // A named copy: clang 14 cannot capture a structured binding in a lambda.
        const std::string& id = given.first;
        if (std::none_of(all.begin(), all.end(), [&](const LessonEntry& e) {
                return e.lesson->id == id && !e.lesson->scheduler.empty();
            })) {
            std::fprintf(stderr, "proclab: --steps %s=...: no scheduler lesson has that id\n",
                         id.c_str());
            ok = false;
        }
    }
    return ok ? 0 : 1;
}

} // namespace

nlohmann::json lessonListJson() {
    const LessonSet set = loadLessons(lessonsRoot());
    nlohmann::json out = nlohmann::json::array();
    for (const LessonEntry& e : entries(set))
        out.push_back({{"id", e.lesson->id},
                       {"title", e.lesson->title},
                       {"demo", e.lesson->demo},
                       {"variant", e.lesson->variant},
                       {"order", e.lesson->order},
                       {"languages", e.languages}});
    return out;
}

int lessonCommand(const std::vector<std::string>& args, bool json, bool run,
                  const std::vector<std::string>& steps) {
    const std::string sub = args.empty() ? std::string() : args.front();
    std::multimap<std::string, std::string> lessonSteps;
    if (!steps.empty() && !(sub == "check" && run && args.size() == 1))
        return std::fprintf(stderr, "proclab: --steps goes with lesson check --run only\n"), 2;
    if (std::string problem = parseLessonSteps(steps, lessonSteps); !problem.empty())
        return std::fprintf(stderr, "proclab: %s\n", problem.c_str()), 2;
    if (sub == "list" && args.size() == 1 && !run)
        return listCommand(json);
    if (sub == "check" && !json) {
        if (args.size() > 1 && run)
            return std::fprintf(stderr, "proclab: lesson check --run checks every lesson; "
                                        "give no files\n"),
                   2;
        return args.size() > 1 ? checkFiles({args.begin() + 1, args.end()})
                               : checkAll(run, lessonSteps);
    }
    std::fprintf(stderr, "proclab: usage: proclab lesson list [--json] | lesson check [FILE...] | "
                         "lesson check --run [--steps LESSON-ID=STEPS]...\n");
    return 2;
}

} // namespace proclab::cli
