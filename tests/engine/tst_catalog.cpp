// The demo catalog checked against itself: each variant shows its own snippet, every snippet
// line a demo points at is in the snippets it names, and every default is a valid run.
#include "demos/catalog.h"
#include "lessons/fact_vocabulary.h"
#include "lessons/process_names.h"

#include <QtTest>
#include <algorithm>
#include <set>
#include <stdexcept>

using namespace proclab;

namespace {

std::string underscored(std::string s) {
    for (char& c : s)
        c = c == '-' ? '_' : c;
    return s;
}

DemoRun resolved(const DemoSpec& demo, const std::string& variant) {
    DemoRun run;
    const std::string problem = resolveRun({demo.id, variant, {}}, run);
    if (!problem.empty())
        throw std::runtime_error(problem);
    return run;
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT
  private slots:
    void everyVariantShowsItsOwnSnippet() {
        std::set<std::string> used;
        for (const DemoSpec& demo : demoCatalog()) {
            QVERIFY2(!demo.variants.empty(), demo.id.c_str());
            for (const VariantSpec& v : demo.variants) {
                const std::string own = underscored(demo.id) + "." + underscored(v.name);
                QVERIFY2(v.snippet == own, (demo.id + " " + v.name + ": " + v.snippet).c_str());
                QVERIFY2(pythonSnippets().count(v.snippet) == 1, v.snippet.c_str());
                QVERIFY2(used.insert(v.snippet).second, v.snippet.c_str());
                QVERIFY(!resolved(demo, v.name).python.empty());
            }
        }
        // No snippet is left over, shown by no variant.
        QCOMPARE(used.size(), pythonSnippets().size());
    }

    void everyNeedleIsInTheSnippetsItNames() {
        for (const DemoSpec& demo : demoCatalog()) {
            QVERIFY2(!demo.needles.empty(), demo.id.c_str());
            for (const CodeNeedle& needle : demo.needles) {
                std::vector<std::string> variants = needle.variants;
                for (const std::string& name : variants)
                    QVERIFY2(demo.variant(name), (demo.id + ": no variant " + name).c_str());
                if (variants.empty())
                    for (const VariantSpec& v : demo.variants)
                        variants.push_back(v.name);
                for (const std::string& name : variants) {
                    const std::string where = demo.id + " " + name + ": '" + needle.text + "'";
                    QVERIFY2(resolved(demo, name).line(needle.text) > 0, where.c_str());
                }
            }
        }
    }

    void aNeedleTheSpecDoesNotListFailsLoudly() {
        const DemoRun run = resolved(demoCatalog().front(), {});
        QVERIFY_THROWS_EXCEPTION(std::logic_error, (void)run.line("import multiprocessing"));
    }

    void everyDefaultLiesInItsRangeAndRuns() {
        for (const DemoSpec& demo : demoCatalog()) {
            for (const ParamSpec& p : demo.params) {
                QVERIFY2(p.min <= p.defaultValue && p.defaultValue <= p.max,
                         (demo.id + " " + p.name).c_str());
                QVERIFY2(!p.help.empty(), (demo.id + " " + p.name).c_str());
            }
            for (const VariantSpec& v : demo.variants)
                QVERIFY(resolved(demo, v.name).params.size() == demo.params.size());
        }
    }

    void everyDemoFactResolves() {
        std::set<std::string> offered;
        for (const DemoSpec& demo : demoCatalog()) {
            QVERIFY2(!demo.runFacts.empty(), demo.id.c_str());
            for (const std::string& fact : demo.runFacts) {
                const std::string where = demo.id + ": " + fact;
                QVERIFY2(lessons::isDemoFact(fact), where.c_str());
                const std::string spelled = fact == "worker_of" ? fact + "[0]" : fact;
                QVERIFY2(lessons::factInfo(spelled, demo.id).forDemo, where.c_str());
                offered.insert(fact);
            }
        }
        // No demo fact of the vocabulary is left without a demo; another demo's is not its own.
        for (const std::string fact :
             {"final", "ledger_lost", "elements_with_loss", "put", "result", "worker_of",
              "child_counter", "speedup", "start_latency_us"})
            QVERIFY2(offered.count(fact) == 1, fact.c_str());
        QVERIFY(lessons::factInfo("final", "counter-race").forDemo);
        QVERIFY(!lessons::factInfo("ledger_lost", "shared-array").forDemo);
        QVERIFY(!lessons::factInfo("worker_of[1]", "counter-race").forDemo);
        QVERIFY(lessons::factInfo("worker_of[1]", "pool-square").forDemo);
        QVERIFY(!lessons::isDemoFact("duration_ms"));
    }

    void everyDemoNamesItsProcesses() {
        for (const DemoSpec& demo : demoCatalog()) {
            const ChildProcesses& c = demo.children;
            QVERIFY2(!c.names.empty() || !c.prefix.empty(), demo.id.c_str());
            if (!c.prefix.empty()) {
                const auto p =
                    std::find_if(demo.params.begin(), demo.params.end(),
                                 [&](const ParamSpec& s) { return s.name == c.countParam; });
                QVERIFY2(p != demo.params.end(), (demo.id + ": " + c.countParam).c_str());
                const auto names = lessons::expectedProcessNames(demo.id, {{c.countParam, 3}});
                QCOMPARE(names.size(), c.names.size() + 4); // main, the fixed ones, 3 numbered
                QCOMPARE(names.back(), c.prefix + "3");
            }
        }
        QCOMPARE(lessons::expectedProcessNames("no-such-demo", {}),
                 std::vector<std::string>{"main"});
    }

    void everyDemoSaysWhatItsSummaryHolds() {
        for (const DemoSpec& demo : demoCatalog())
            QVERIFY2(demo.summarise != nullptr, demo.id.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
