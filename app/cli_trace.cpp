#include "cli_trace.h"

#include "cli_run.h"
#include "io/load_any_trace.h"
#include "io/run_report.h"
#include "io/run_status.h"
#include "pytrace/trace_python.h"
#include "ui/export/side_by_side.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace proclab::cli {
namespace {

constexpr const char* kUsage =
    "usage: proclab trace SCRIPT.py [ARGS...] [--json] [--trace FILE.proclab|FILE.json]\n"
    "                     [--export FILE.png|svg|pdf [--view V] [--size WxH]] [--timeout S]\n"
    "                     [--beside SAVED_RUN --export FILE]  (both timelines, one time "
    "scale)\n"
    "  ProcLab's options may come anywhere; the other arguments go to the script ('--' ends\n"
    "  ProcLab's options). The script runs with the system's python3 (/usr/bin/python3 when it\n"
    "  exists, else python3 on PATH; PROCLAB_PYTHON overrides).";

int fail(const QString& message, int code = 2) {
    std::fprintf(stderr, "proclab: %s\n", qPrintable(message));
    return code;
}

struct TraceArguments {
    PythonTraceRequest request;
    OutputRequest output;
    QString beside; // a saved run shown under the script's timeline in the export
};

QString needsFolder(const QString& file) {
    if (!file.isEmpty() && !QFileInfo(file).absoluteDir().exists())
        return "cannot write " + file + ": the folder " + QFileInfo(file).absolutePath() +
               " does not exist";
    return {};
}

QString parse(const QStringList& args, TraceArguments& out) {
    const QStringList withValue = {"--trace", "--export",  "--view",
                                   "--size",  "--timeout", "--beside"};
    bool scriptArgsOnly = false;
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (scriptArgsOnly || (!out.request.script.empty() && !a.startsWith("--"))) {
            rest << a;
            continue;
        }
        if (a == "--") {
            scriptArgsOnly = true;
        } else if (a == "--json") {
            out.output.json = true;
        } else if (withValue.contains(a)) {
            if (i + 1 == args.size())
                return a + " needs a value";
            const QString v = args[++i];
            if (a == "--trace")
                out.output.traceFile = v;
            else if (a == "--beside")
                out.beside = v;
            else if (a == "--export")
                out.output.exportFile = v;
            else if (a == "--view")
                out.output.view = v;
            else if (a == "--timeout") {
                bool ok = false;
                out.request.timeoutSeconds = v.toDouble(&ok);
                if (!ok || out.request.timeoutSeconds <= 0)
                    return "--timeout expects a positive number of seconds";
            } else {
                const QStringList wh = v.toLower().split('x');
                out.output.width = wh.value(0).toInt();
                out.output.height = wh.value(1).toInt();
                if (wh.size() != 2 || out.output.width < 200 || out.output.height < 150 ||
                    out.output.width > 8000 || out.output.height > 8000)
                    return "--size expects WIDTHxHEIGHT between 200x150 and 8000x8000";
            }
        } else if (out.request.script.empty() && !a.startsWith("--")) {
            out.request.script = a.toStdString();
        } else if (out.request.script.empty()) {
            return "unknown option " + a + " before the script";
        } else {
            rest << a; // an option of the script's own
        }
    }
    if (out.request.script.empty())
        return "no script given";
    if (!out.beside.isEmpty() && out.output.exportFile.isEmpty())
        return "--beside needs --export FILE (the picture of the two runs)";
    for (const QString& a : rest)
        out.request.arguments.push_back(a.toStdString());
    const QStringList views = {"timeline", "queue", "counter", "pool", "window"};
    if (!views.contains(out.output.view))
        return "--view must be one of " + views.join(", ");
    const QString ext = out.output.exportFile.section('.', -1).toLower();
    if (!out.output.exportFile.isEmpty() && ext != "png" && ext != "svg" && ext != "pdf")
        return "--export writes .png, .svg or .pdf";
    for (const QString& f : {out.output.traceFile, out.output.exportFile})
        if (QString problem = needsFolder(f); !problem.isEmpty())
            return problem;
    return {};
}

std::string exportBeside(const Trace& script, const Trace& demo, const OutputRequest& out) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "proclab";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    return ui::exportSideBySide(script, demo, out.exportFile.toStdString(), out.width, out.height);
}

} // namespace

int traceCommand(const QStringList& arguments) {
    if (arguments.contains("--help") || arguments.contains("-h")) {
        std::puts(kUsage);
        return 0;
    }
    TraceArguments args;
    if (QString problem = parse(arguments, args); !problem.isEmpty())
        return fail(problem + "\n" + kUsage);

    Trace beside;
    if (!args.beside.isEmpty())
        if (std::string error = loadAnyTrace(args.beside.toStdString(), beside); !error.empty())
            return fail(QString::fromStdString(error));

    PythonTraceResult result = tracePythonScript(args.request);
    if (!result.error.empty())
        return fail(QString::fromStdString(result.error), 2);
    if (args.output.json) {
        nlohmann::json j = runJson(result.trace);
        j["script"] = {{"python", result.python},
                       {"exitcode", result.exitcode},
                       {"timed_out", result.timedOut},
                       {"seconds", result.seconds},
                       {"notes", result.notes}};
        std::puts(j.dump(2).c_str());
    } else {
        printReport(result.trace, args.output, false);
        for (const std::string& note : result.notes)
            std::printf("note: %s\n", note.c_str());
        std::fflush(stdout);
    }
    OutputRequest outputs = args.output;
    if (!args.beside.isEmpty()) {
        outputs.exportFile.clear(); // the export is the two runs together
        if (std::string error = exportBeside(result.trace, beside, args.output); !error.empty())
            return fail(QString::fromStdString(error), 1);
    }
    if (std::string error = writeOutputs(result.trace, outputs); !error.empty())
        return fail(QString::fromStdString(error), 1);
    if (result.timedOut)
        return exitCodeOf(RunStatus::TimedOut);
    return exitCodeOf(result.exitcode == 0 ? RunStatus::Ok : RunStatus::DemoFailed);
}

} // namespace proclab::cli
