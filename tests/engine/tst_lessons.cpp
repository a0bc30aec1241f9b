// Lessons: the parser and its errors (file and line), what a lesson may never do (run or read
// anything, link anywhere but to events), run facts and event queries on real runs, and the
// checker over the fixture lessons (tests/fixtures/lessons, both languages).
#include "test_support.h"

#include "lessons/condition.h"
#include "lessons/event_query.h"
#include "lessons/lesson_body.h"
#include "lessons/lesson_check.h"
#include "lessons/lesson_library.h"
#include "lessons/lesson_parser.h"
#include "lessons/process_names.h"
#include "lessons/run_facts.h"

#include <QTemporaryDir>
#include <QtTest>
#include <bit>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>

using namespace proclab;
using namespace proclab::lessons;

namespace {

const char* kGood = R"(+++
id = "good"
order = 1
title = "Good"
demo = "counter-race"
variant = "get-lock"
summary = "s"

[params]
workers = 2
iterations = 100

[[question]]
id = "q1"
kind = "number"
prompt = "p"
fact = "final"
tolerance = 5

[[question]]
id = "q2"
kind = "choice"
prompt = "p"
[[question.option]]
text = "exact"
when = { fact = "final", op = "==", fact2 = "expected" }
[[question.option]]
text = "lost"
when = { fact = "lost", op = ">", value = 0 }
why = "w"

[challenge]
text = "t"
goal = [ { fact = "lost", op = "==", value = 0 } ]
+++
Read this.
<!-- reveal -->
Final {{final}}, [end](event:run-end).
)";

std::string fixtures() {
    return qEnvironmentVariable("PROCLAB_LESSON_FIXTURES").toStdString();
}

// The good lesson with `from` replaced by `to` (the first occurrence).
std::string variantOf(std::string from, std::string to) {
    std::string s = kGood;
    const size_t at = s.find(from);
    if (at == std::string::npos)
        qFatal("test text not found: %s", from.c_str());
    return s.replace(at, from.size(), to);
}

std::vector<Diagnostic> parse(const std::string& text, Lesson& out) {
    return parseLesson(text, "x/01-t.md", out);
}

bool hasError(const std::vector<Diagnostic>& errors, const std::string& part, int line = -1) {
    for (const Diagnostic& d : errors)
        if (d.message.find(part) != std::string::npos && (line < 0 || d.line == line))
            return true;
    std::string all;
    for (const Diagnostic& d : errors)
        all += d.text() + "\n";
    qWarning("no error '%s' (line %d) among:\n%s", part.c_str(), line, all.c_str());
    return false;
}

} // namespace

class TstLessons : public QObject {
    Q_OBJECT
  private slots:
    void goodLessonParses() {
        Lesson l;
        const auto errors = parse(kGood, l);
        QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().text().c_str());
        QCOMPARE(l.id, std::string("good"));
        QCOMPARE(l.params.at("workers"), int64_t(2));
        QCOMPARE(l.questions.size(), size_t(2));
        QCOMPARE(l.questions[0].tolerance, 5.0);
        QCOMPARE(l.questions[1].options.size(), size_t(2));
        QCOMPARE(l.questions[1].options[0].when.fact2, std::string("expected"));
        QVERIFY(l.challenge.has_value());
        QCOMPARE(l.read, std::string("Read this.\n"));
        QVERIFY(l.explain.find("{{final}}") != std::string::npos);
        QCOMPARE(l.explainLine, 38);
    }

    void errorsNameFileAndLine_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("unknown top key") << "order = 1"
                                         << "order = 1\nrun = \"rm -rf /\""
                                         << "unknown key 'run'" << 4;
        QTest::newRow("unknown question key") << "tolerance = 5"
                                              << "tolerance = 5\nexec = 1"
                                              << "unknown key 'exec'" << 19;
        QTest::newRow("demo not in catalog") << "\"counter-race\""
                                             << "\"../../bin/sh\""
                                             << "is not a demo" << 5;
        QTest::newRow("path traversal in id") << "\"good\""
                                              << "\"../../etc/passwd\""
                                              << "must be lower-case" << 2;
        QTest::newRow("unknown variant") << "\"get-lock\""
                                         << "\"fast\""
                                         << "variant" << -1;
        QTest::newRow("param out of range") << "workers = 2"
                                            << "workers = 99"
                                            << "workers" << -1;
        QTest::newRow("unknown param") << "workers = 2"
                                       << "threads = 2"
                                       << "threads" << -1;
        QTest::newRow("unknown fact") << "fact = \"final\""
                                      << "fact = \"secret\""
                                      << "unknown fact 'secret'" << 17;
        QTest::newRow("fact of another demo") << "fact = \"final\""
                                              << "fact = \"missed\""
                                              << "has no fact 'missed'" << 17;
        QTest::newRow("bad operator") << "op = \"==\""
                                      << "op = \"=~\""
                                      << "unknown operator" << 26;
        QTest::newRow("bad TOML") << "tolerance = 5"
                                  << "tolerance = = 5"
                                  << "" << 18;
        QTest::newRow("http link") << "(event:run-end)"
                                   << "(https://example.com)"
                                   << "links only to event:" << 38;
        QTest::newRow("file link") << "(event:run-end)"
                                   << "(file:///etc/passwd)"
                                   << "links only to event:" << 38;
        QTest::newRow("unknown event") << "(event:run-end)"
                                       << "(event:../x)"
                                       << "unknown event query" << 38;
        QTest::newRow("image") << "Read this."
                               << "![x](/etc/passwd)"
                               << "images are not allowed" << 36;
        QTest::newRow("html") << "Read this."
                              << "<img src=\"/etc/passwd\">"
                              << "HTML is not allowed" << 36;
        QTest::newRow("reference link") << "Read this."
                                        << "[x]: file:///etc/passwd"
                                        << "reference definitions" << 36;
        QTest::newRow("fact before reveal") << "Read this."
                                            << "It ends at {{final}}."
                                            << "before the reveal" << 36;
        QTest::newRow("unknown fact in text") << "{{final}}"
                                              << "{{password}}"
                                              << "not a fact of the demo" << 38;
        QTest::newRow("no reveal") << "<!-- reveal -->"
                                   << ""
                                   << "<!-- reveal -->" << 36;
        QTest::newRow("one option") << "[[question.option]]\ntext = \"lost\""
                                    << "[[x]]\ntext = \"lost\""
                                    << "unknown key 'x'" << -1;
        QTest::newRow("string compared with <") << "op = \">\", value = 0"
                                                << "op = \">\", value = \"a\""
                                                << "wrong type" << 29;
    }
    void errorsNameFileAndLine() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        QFETCH(int, line);
        Lesson l;
        const auto errors = parse(variantOf(from.toStdString(), to.toStdString()), l);
        QVERIFY(!errors.empty());
        QCOMPARE(errors.front().file, std::string("x/01-t.md"));
        QVERIFY(hasError(errors, message.toStdString(), line));
    }

    void htmlAndLinksInCodeAreJustText() {
        Lesson l;
        const auto errors =
            parse(variantOf("Read this.", "Use `<b>` and `[x](http://a)`.\n```python\nif a<b:\n"
                                          "    print(\"[x](file:/a) <img>\")\n```"),
                  l);
        QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().text().c_str());
    }

    void libraryReadsOnlyLessonFilesInLanguageFolders() {
        QTemporaryDir dir;
        namespace fs = std::filesystem;
        const fs::path root = dir.path().toStdString();
        fs::create_directories(root / "en");
        fs::create_directories(root / "zh_CN");
        std::ofstream(root / "secret.md") << kGood;
        std::ofstream(root / "en" / "01-good.md") << kGood;
        std::ofstream(root / "zh_CN" / "01-good.md") << kGood;
        // A link to a file outside the folder is never followed.
        fs::create_symlink(root / "secret.md", root / "en" / "02-link.md");
        std::ofstream(root / "en" / "bad name.md") << kGood;
        const LessonSet set = loadLessons(root.string());
        QCOMPARE(set.byLanguage.at("en").size(), size_t(1));
        QCOMPARE(set.byLanguage.at("zh_CN").size(), size_t(1));
        QVERIFY(hasError(set.errors, "not a regular file"));
        QVERIFY(hasError(set.errors, "NN-slug.md"));
        // A traversal in the language: only known language folders are read.
        const LessonSet other = loadLessons(root.string(), "../..");
        QVERIFY(other.byLanguage.empty());
    }

    void bothLanguagesMustMatch() {
        QTemporaryDir dir;
        namespace fs = std::filesystem;
        const fs::path root = dir.path().toStdString();
        fs::create_directories(root / "en");
        fs::create_directories(root / "zh_CN");
        std::ofstream(root / "en" / "01-good.md") << kGood;
        std::ofstream(root / "zh_CN" / "01-good.md")
            << variantOf("value = 0 } ]\n+++", "value = 1 } ]\n+++");
        std::ofstream(root / "en" / "02-only.md") << variantOf("\"good\"", "\"only\"");
        const LessonSet set = loadLessons(root.string());
        QVERIFY(hasError(set.errors, "differ from"));
        QVERIFY(hasError(set.errors, "has no zh_CN/02-only.md"));
    }

    void fixturesAreClean() {
        const LessonSet set = loadLessons(fixtures());
        std::string all;
        for (const Diagnostic& d : set.errors)
            all += d.text() + "\n";
        QVERIFY2(set.errors.empty(), all.c_str());
        for (const std::string lang : {"en", "zh_CN"}) {
            QCOMPARE(set.byLanguage.at(lang).size(), size_t(3));
            QCOMPARE(set.glossary.at(lang).size(), size_t(3));
        }
        QCOMPARE(set.byLanguage.at("zh_CN")[1].title, std::string("Pool.map 保持顺序"));
    }

    void conditionsAndAnswers() {
        RunFacts f = {{"final", FactValue::of(3817)},
                      {"expected", FactValue::of(4000)},
                      {"first_output", FactValue::ofText("worker-2")}};
        QVERIFY(evaluate({"final", "<", FactValue::of(4000), "", 0}, f).holds());
        QVERIFY(!evaluate({"final", ">=", std::nullopt, "expected", 0}, f).holds());
        QVERIFY(evaluate({"first_output", "==", FactValue::ofText("worker-2"), "", 0}, f).holds());
        QCOMPARE(evaluate({"lost", "==", FactValue::of(0), "", 0}, f).truth, Truth::Missing);
        Question number{"q", QuestionKind::Number, "p", "final", 10, {}, 1, {}};
        QVERIFY(evaluateQuestion(number, {false, 3810, -1, {}}, f).correct);
        QVERIFY(!evaluateQuestion(number, {false, 3800, -1, {}}, f).correct);
        QVERIFY(!evaluateQuestion(number, Answer{}, f).correct); // skipped
        Question who{"w", QuestionKind::Process, "p", "first_output", 0, {}, 1, {}};
        QVERIFY(evaluateQuestion(who, {false, 0, -1, "worker-2"}, f).correct);
        QVERIFY(!evaluateQuestion(who, {false, 0, -1, "worker-1"}, f).correct);
        QCOMPARE(fillFacts("a {{final}} b {{nope}}", f), std::string("a 3817 b {{nope}}"));
        QCOMPARE(FactValue::of(1.866).display(), std::string("1.87"));
    }

    void factsAndEventsOnAStepppedLostUpdate() {
        // Held at sync points and released 1 2 1 2: worker-2's store erases worker-1's, always.
        const auto run = test::runEngine({"run", "counter-race", "--variant", "raw", "--set",
                                          "workers=2", "--set", "iterations=1", "--stepped",
                                          "--steps", "1 2 1 2", "--no-stdin-steps"});
        QCOMPARE(run.exitCode, 0);
        const RunFacts f = runFacts(run.trace);
        QCOMPARE(f.at("expected").number, 2.0);
        QCOMPARE(f.at("final").number, 1.0);
        QCOMPARE(f.at("lost").number, 1.0);
        QCOMPARE(f.at("ledger_lost").number, 1.0);
        QCOMPARE(f.at("processes").number, 3.0);
        QCOMPARE(f.at("stopped").number, 0.0);
        QCOMPARE(f.at("exitcode[worker-1]").number, 0.0);
        QCOMPARE(f.at("crashed").number, 0.0);
        const auto hit = resolveEventQuery(run.trace, "first-lost-update");
        QVERIFY(hit.has_value());
        QCOMPARE(run.trace.lanes[static_cast<size_t>(hit->lane)].name, std::string("worker-2"));
        QVERIFY(resolveEventQuery(run.trace, "exit:worker-1").has_value());
        QVERIFY(!resolveEventQuery(run.trace, "exit:nobody").has_value());
        QVERIFY(!resolveEventQuery(run.trace, "first-put").has_value());
    }

    // A scheduler lesson names a level; its demo, variant and parameters are the level's.
    void schedulerLessonHeader_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown level") << "summary = \"s\""
                                       << "summary = \"s\"\nscheduler = \"nope\""
                                       << "not a scheduler level";
        QTest::newRow("other variant") << "summary = \"s\""
                                       << "summary = \"s\"\nscheduler = \"one-lost\""
                                       << "must be those";
        QTest::newRow("other params")
            << "variant = \"get-lock\"\nsummary = \"s\""
            << "variant = \"raw\"\nsummary = \"s\"\nscheduler = \"one-lost\""
            << "must be its level's";
    }
    void schedulerLessonHeader() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        Lesson l;
        const auto errors = parse(variantOf(from.toStdString(), to.toStdString()), l);
        QVERIFY(hasError(errors, message.toStdString()));
    }

    // The shipped lessons: fifteen in each language, and the scheduler lesson (15) checked on
    // the student's own stepped runs, with steps this test chooses (never the lesson file).
    void shippedSchedulerLessonOnSteppedRuns() {
        const std::string root = fixtures() + "/../../../lessons";
        const LessonSet set = loadLessons(root);
        std::string all;
        for (const Diagnostic& d : set.errors)
            all += d.text() + "\n";
        QVERIFY2(set.errors.empty(), all.c_str());
        for (const std::string lang : {"en", "zh_CN"})
            QCOMPARE(set.byLanguage.at(lang).size(), size_t(15));
        const Lesson& l = set.byLanguage.at("en").back();
        QCOMPARE(l.scheduler, std::string("one-lost"));
        QCOMPARE(l.params.at("iterations"), int64_t(1)); // filled in from the level
        const auto stepped = [&](const char* steps) {
            std::vector<std::string> args = {"run", l.demo, "--variant", l.variant};
            for (const auto& [k, v] : l.params)
                args.insert(args.end(), {"--set", k + "=" + std::to_string(v)});
            args.insert(args.end(), {"--stepped", "--steps", steps, "--no-stdin-steps"});
            return test::runEngine(args);
        };
        // One whole += after the other: nothing lost, the challenge not met.
        const auto inOrder = stepped("1 1 2 2");
        QCOMPARE(inOrder.exitCode, 0);
        RunFacts f = runFacts(inOrder.trace);
        QCOMPARE(f.at("steps").number, 4.0);
        QCOMPARE(f.at("step_order").text, std::string("1 1 2 2"));
        QVERIFY(evaluateQuestion(l.questions[0], {false, 2, -1, {}}, f).correct);
        QVERIFY(evaluateQuestion(l.questions[1], {false, 0, -1, {}}, f).correct);
        QVERIFY(!evaluateGoal(l, inOrder.trace, f).met);
        std::vector<std::string> report;
        QVERIFY(checkOnRun(l, inOrder.trace, report).empty());
        // Both LOAD before either STOREs: one update lost, the challenge met.
        const auto interleaved = stepped("1 2 1 2");
        QCOMPARE(interleaved.exitCode, 0);
        f = runFacts(interleaved.trace);
        QCOMPARE(f.at("lost").number, 1.0);
        QVERIFY(evaluateGoal(l, interleaved.trace, f).met);
        // A run the OS scheduled has no steps: it never meets a "lose it yourself" goal.
        const auto free = test::runEngine({"run", "counter-race", "--variant", "raw"});
        QCOMPARE(runFacts(free.trace).at("steps").number, 0.0);
        QVERIFY(!runFacts(free.trace).count("step_order"));
    }

    void lostUpdateQueriesOnDamagedValues() {
        // Made-up values (a damaged trace): the counter's erase wraps, an array cell of 1e300 or
        // NaN rounds with saturation; no undefined behaviour (checked under the asan preset).
        Trace trace;
        trace.lane(0).name = "main";
        trace.lane(1).name = "worker-1";
        const auto bits = [](double d) { return std::bit_cast<int64_t>(d); };
        trace.append(std::vector<Event>{
            Event{1, 1, EventKind::CounterLoad, 0, 0, 0, std::numeric_limits<int64_t>::min(), 0},
            Event{2, 1, EventKind::CounterStore, 0, 0, 0, 0, std::numeric_limits<int64_t>::max()},
            Event{3, 1, EventKind::ArrayStore, 1, 0, 0, bits(1.0), bits(1e300)},
            Event{4, 1, EventKind::ArrayStore, 1, 0, 1, bits(1.0), bits(std::nan(""))},
        });
        // The counter's only erase is -1: not a lost update, so the array's 1e300 one is found.
        const auto largest = resolveEventQuery(trace, "largest-lost-update");
        QVERIFY(largest.has_value());
        QCOMPARE(largest->t, int64_t(3));
        const auto first = resolveEventQuery(trace, "first-lost-update");
        QVERIFY(first.has_value());
        QCOMPARE(first->t, int64_t(3));
    }

    void crashFacts() {
        const auto run = test::runDemo("process-basics", "crash", {{"sleep_ms", "10"}});
        const RunFacts f = runFacts(run.trace);
        QCOMPARE(f.at("crashed").number, 1.0);
        QCOMPARE(f.at("exitcode[worker-B]").number, -11.0);
        QVERIFY(f.at("start_latency_us").number > 0);
        QVERIFY(resolveEventQuery(run.trace, "first-crash").has_value());
    }

    void processNamesMatchRealRuns_data() {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("variant");
        QTest::newRow("counter") << "counter-race"
                                 << "get-lock";
        QTest::newRow("pool") << "pool-square"
                              << "map";
        QTest::newRow("queue") << "producer-consumer"
                               << "sequential";
        QTest::newRow("basics") << "process-basics"
                                << "fork";
        QTest::newRow("memory") << "memory-isolation"
                                << "fork";
    }
    void processNamesMatchRealRuns() {
        QFETCH(QString, demo);
        QFETCH(QString, variant);
        std::map<std::string, std::string> sets;
        if (demo == "process-basics")
            sets["sleep_ms"] = "1";
        const auto run = test::runDemo(demo.toStdString(), variant.toStdString(), sets);
        std::vector<std::string> lanes;
        for (const LaneInfo& l : run.trace.lanes)
            lanes.push_back(l.name);
        std::sort(lanes.begin(), lanes.end());
        auto expected = expectedProcessNames(demo.toStdString(), {});
        std::sort(expected.begin(), expected.end());
        QCOMPARE(lanes, expected);
    }

    void poolFacts() {
        const auto run = test::runDemo("pool-square", "map");
        const RunFacts f = runFacts(run.trace);
        QCOMPARE(f.at("result").text, std::string("[1, 4, 9, 16, 25]"));
        QCOMPARE(f.at("tasks").number, 5.0);
        QCOMPARE(f.at("in_order").number, 1.0);
        QVERIFY(f.at("worker_of[4]").isText);
        QVERIFY(f.at("workers_used").number >= 1 && f.at("workers_used").number <= 4);
    }

    void fixtureLessonsCheckOnRealRuns() {
        const LessonSet set = loadLessons(fixtures());
        for (const auto& [lang, lessons] : set.byLanguage)
            for (const Lesson& l : lessons) {
                std::map<std::string, std::string> params;
                for (const auto& [k, v] : l.params)
                    params[k] = std::to_string(v);
                const auto run = test::runDemo(l.demo, l.variant, params);
                QCOMPARE(run.exitCode, 0);
                std::vector<std::string> report;
                const auto errors = checkOnRun(l, run.trace, report);
                QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().text().c_str());
                QVERIFY(!report.empty());
            }
    }

    void goalNeedsTheAllowedVariant() {
        const LessonSet set = loadLessons(fixtures());
        const Lesson& lost = set.byLanguage.at("en").front();
        const auto locked = test::runDemo("counter-race", "get-lock", {{"iterations", "200"}});
        QVERIFY(evaluateGoal(lost, locked.trace, runFacts(locked.trace)).met);
        const auto atomic = test::runDemo("counter-race", "atomic", {{"iterations", "200"}});
        QVERIFY(evaluateGoal(lost, atomic.trace, runFacts(atomic.trace)).met);
        // raw is not an allowed way to reach the goal, even on a run that happens to lose nothing.
        const auto raw =
            test::runDemo("counter-race", "raw", {{"iterations", "1"}, {"workers", "1"}});
        QVERIFY(!evaluateGoal(lost, raw.trace, runFacts(raw.trace)).met);
    }
};

QTEST_GUILESS_MAIN(TstLessons)
#include "tst_lessons.moc"
