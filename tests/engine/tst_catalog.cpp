// The demo catalog checked against itself: each variant shows its own snippet, every snippet
// line a demo points at is in the snippets it names, and every default is a valid run.
#include "demos/catalog.h"

#include <QtTest>
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

    void everyDemoSaysWhatItsSummaryHolds() {
        for (const DemoSpec& demo : demoCatalog())
            QVERIFY2(demo.summarise != nullptr, demo.id.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
