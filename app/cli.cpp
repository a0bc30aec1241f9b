#include "cli.h"

#include "cli_checks.h"
#include "cli_lesson.h"
#include "cli_run.h"
#include "cli_steps.h"
#include "cli_trace.h"
#include "demos/catalog.h"
#include "io/catalog_json.h"
#include "ui/export/view_registry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace proclab::cli {
namespace {

const QStringList kCommands = {"list", "run", "show", "lesson", "trace"};

int fail(const QString& message) {
    std::fprintf(stderr, "proclab: %s\n", qPrintable(message));
    return 2;
}

bool parseSize(const QString& text, int& width, int& height) {
    const QStringList parts = text.toLower().split('x');
    if (parts.size() != 2)
        return false;
    bool okW = false, okH = false;
    width = parts[0].toInt(&okW);
    height = parts[1].toInt(&okH);
    return okW && okH && width >= 200 && height >= 150 && width <= 8000 && height <= 8000;
}

// Checks the output options before anything runs, so that a bad one writes nothing.
QString readOutput(const QCommandLineParser& parser, OutputRequest& out) {
    out.json = parser.isSet("json");
    out.traceFile = parser.value("trace");
    out.exportFile = parser.value("export");
    if (parser.isSet("view"))
        out.view = parser.value("view");
    if (parser.isSet("size") && !parseSize(parser.value("size"), out.width, out.height))
        return "--size expects WIDTHxHEIGHT between 200x150 and 8000x8000, got '" +
               parser.value("size") + "'";
    if (!ui::findView(out.view))
        return QString::fromStdString(ui::viewProblem(out.view, {}));
    if (!out.exportFile.isEmpty()) {
        const QString ext = out.exportFile.section('.', -1).toLower();
        if (ext != "png" && ext != "svg" && ext != "pdf")
            return "--export writes .png, .svg or .pdf, got '" + out.exportFile + "'";
    }
    // Before anything runs: a run whose file cannot be written would be lost at its end.
    for (const QString& file : {out.traceFile, out.exportFile})
        if (QString problem = checkWritable(file); !problem.isEmpty())
            return problem;
    return {};
}

// The commands' description and options (one parser for list, run, show and lesson).
void describeOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        "ProcLab: Python multiprocessing, shown with real processes.\n\n"
        "  proclab                       open the GUI\n"
        "  proclab list [--json]         demos, variants, parameters\n"
        "  proclab run DEMO [options]    run a demo headless\n"
        "  proclab show FILE [options]   summarise a saved run (.proclab or .json)\n"
        "  proclab lesson list [--json]  the lessons (folder: $PROCLAB_LESSONS or lessons/)\n"
        "  proclab lesson check [FILE...] [--run]  validate lessons; --run runs each demo\n"
        "  proclab trace SCRIPT.py [ARGS] [--json] [--trace F] [--export F --view V] "
        "[--timeout S]\n"
        "                                run your own Python script with python3 and trace it");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("command", "list, run or show");
    parser.addOptions({
        {"variant", "Variant of the demo.", "name"},
        {"set", "Set a parameter (repeatable).", "key=value"},
        {"json", "Print one JSON object instead of text."},
        {"trace",
         "Save the run: FILE.json (Chrome Trace Event, opens in Perfetto) or FILE.proclab.",
         "file"},
        {"timeout", "Stop the run after this many seconds.", "seconds"},
        {"steps",
         "You are the scheduler: release processes at their sync points in this order, e.g. "
         "\"1 2 1 2\" (worker numbers; the OS schedules the rest).",
         "list"},
        {"export", "Export a view as .png, .svg or .pdf.", "file"},
        {"size", "Export size (default 1600x1000).", "WxH"},
        {"view", "Exported view: " + ui::viewIds().join(", ") + " (proclab list --json).", "view"},
        {"run", "lesson check: also run each lesson's demo and check it on the real run."},
    });
}

int listCommand(const QCommandLineParser& parser, const QStringList& positional) {
    if (positional.size() > 1)
        return fail("list takes no arguments");
    nlohmann::json catalog = catalogJson();
    catalog["lessons"] = lessonListJson();
    catalog["views"] = ui::viewCatalogJson();
    std::puts(parser.isSet("json")
                  ? catalog.dump(2).c_str()
                  : (catalogText() + "\nViews (--view): " + ui::viewIds().join(", ").toStdString())
                        .c_str());
    return 0;
}

// proclab run DEMO [options]: the request is checked here, so a bad one fails before
// anything starts.
int runCommandFrom(const QCommandLineParser& parser, const QStringList& positional,
                   const OutputRequest& output) {
    if (positional.size() != 2)
        return fail(
            "usage: proclab run DEMO [--variant V] [--set key=value]... (see proclab list)");
    RunArguments args;
    RunCore& run = args.core;
    run.demo = positional.at(1).toStdString();
    run.variant = parser.value("variant").toStdString();
    args.output = output;
    run.json = output.json;
    for (const QString& s : parser.values("set")) {
        std::pair<std::string, std::string> kv;
        if (std::string problem = parseSet(s.toStdString(), kv); !problem.empty())
            return fail(QString::fromStdString(problem));
        run.sets.push_back(kv);
    }
    if (parser.isSet("timeout")) {
        if (QString problem = parseTimeout(parser.value("timeout"), run.timeoutSeconds);
            !problem.isEmpty())
            return fail(problem);
    }
    if (parser.isSet("steps")) {
        run.steps = parser.value("steps").toStdString();
        if (std::string problem = checkStepText(run.steps); !problem.empty())
            return fail(QString::fromStdString(problem));
    }
    // Check the request here too, so a bad one fails before anything starts.
    DemoRun resolved;
    if (std::string problem = resolveRun({run.demo, run.variant, run.sets}, resolved);
        !problem.empty())
        return fail(QString::fromStdString(problem));
    // A view that says nothing about this demo is refused before anything runs.
    if (!output.exportFile.isEmpty())
        if (std::string problem = ui::viewProblem(output.view, run.demo); !problem.empty())
            return fail(QString::fromStdString(problem));
    return runDemoCommand(args);
}

} // namespace

bool isCommand(const QStringList& arguments) {
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return kCommands.contains(first) || first == "--help" || first == "-h" || first == "--version";
}

int runCommand(const QStringList& arguments) {
    if (arguments.value(1) == "trace") // its own parser: the script's arguments follow it
        return traceCommand(arguments.mid(2));
    int argc = 1;
    char name[] = "proclab";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("proclab");
    QCoreApplication::setApplicationVersion("0.1.0");

    QCommandLineParser parser;
    describeOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet("version")) {
        std::puts("proclab 0.1.0");
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);

    if (command == "list")
        return listCommand(parser, positional);
    if (command == "lesson") {
        std::vector<std::string> rest; // cli_lesson is Qt-free (the front end lists lessons)
        for (const QString& a : positional.mid(1))
            rest.push_back(a.toStdString());
        std::vector<std::string> steps;
        for (const QString& s : parser.values("steps"))
            steps.push_back(s.toStdString());
        return lessonCommand(rest, parser.isSet("json"), parser.isSet("run"), steps);
    }

    OutputRequest output;
    if (QString problem = readOutput(parser, output); !problem.isEmpty())
        return fail(problem);

    if (command == "show") {
        if (positional.size() != 2)
            return fail("usage: proclab show FILE [--json] [--export FILE]");
        return showCommand(positional.at(1), output);
    }

    return runCommandFrom(parser, positional, output);
}

} // namespace proclab::cli
