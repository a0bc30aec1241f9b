#include "cli_run.h"

#include "io/chrome_trace.h"
#include "io/engine_client.h"
#include "io/load_any_trace.h"
#include "io/run_report.h"
#include "io/trace_file.h"
#include "ui/gui_entry.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <set>

namespace proclab::cli {
namespace {

// The offscreen platform's notes about a display it does not have are noise on a command
// line; everything else Qt says still goes to stderr.
void quietOffscreenNotes(QtMsgType type, const QMessageLogContext& context, const QString& text) {
    if (text.contains("XDG_RUNTIME_DIR") || text.contains("propagateSizeHints"))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, text)));
}

int fail(const std::string& message, int code = 2) {
    std::fprintf(stderr, "proclab: %s\n", message.c_str());
    return code;
}

QString checkWritable(const QString& file) {
    if (file.isEmpty())
        return {};
    const QFileInfo info(file);
    if (!info.absoluteDir().exists())
        return "cannot write " + file + ": the folder " + info.absolutePath() + " does not exist";
    return {};
}

// Writes the trace file and the export; returns an error message, empty on success.
std::string writeOutputs(const Trace& trace, const OutputRequest& out) {
    if (!out.traceFile.isEmpty()) {
        const std::string path = out.traceFile.toStdString();
        const std::string error = out.traceFile.endsWith(".json", Qt::CaseInsensitive)
                                      ? saveChromeTrace(trace, path)
                                      : saveTrace(trace, path);
        if (!error.empty())
            return error;
    }
    if (!out.exportFile.isEmpty()) {
        // Rendering needs a GUI application; the offscreen platform needs no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietOffscreenNotes);
        int argc = 1;
        char name[] = "proclab";
        char* argv[] = {name, nullptr};
        QApplication app(argc, argv);
        const std::string error = ui::exportTraceView(
            trace, out.view.toStdString(), out.exportFile.toStdString(), out.width, out.height);
        if (!error.empty())
            return error;
    }
    return {};
}

void printReport(const Trace& trace, const OutputRequest& out, bool outputAlreadyPrinted) {
    if (out.json) {
        std::puts(runJson(trace).dump(2).c_str());
        return;
    }
    if (!outputAlreadyPrinted)
        std::fputs(outputText(trace).c_str(), stdout);
    std::fputs(summaryText(trace).c_str(), stdout);
    std::fflush(stdout);
}

} // namespace

int runDemoCommand(const RunArguments& args) {
    for (const QString& f : {args.output.traceFile, args.output.exportFile})
        if (QString problem = checkWritable(f); !problem.isEmpty())
            return fail(problem.toStdString());

    std::vector<std::string> engineArgs = {"run", args.demo};
    if (!args.variant.empty())
        engineArgs.insert(engineArgs.end(), {"--variant", args.variant});
    for (const auto& [key, value] : args.sets)
        engineArgs.insert(engineArgs.end(), {"--set", key + "=" + value});
    if (args.timeoutSeconds > 0)
        engineArgs.insert(engineArgs.end(), {"--timeout", std::to_string(args.timeoutSeconds)});

    // The demo's own lines are printed as they happen (unless JSON was asked for).
    std::set<int64_t> printed;
    EngineRunOptions options;
    options.forwardStderr = true;
    if (!args.output.json) {
        options.onEvents = [&](const Trace& trace, size_t first) {
            for (size_t i = first; i < trace.size(); ++i) {
                if (trace.kind(i) != EventKind::ConsoleOutput)
                    continue;
                const Event e = trace.at(i);
                if (printed.insert(e.b).second)
                    std::printf("%s\n", trace.text(e.b).c_str());
            }
            std::fflush(stdout);
        };
    }
    EngineRunResult result = runEngine(defaultEnginePath(), engineArgs, options);
    if (!result.error.empty())
        return fail(result.error, 1);
    if (result.exitCode == 2 || !result.end.seen)
        return fail("the run did not complete (proclab-engine exit status " +
                        std::to_string(result.exitCode) + ")",
                    result.exitCode == 2 ? 2 : 1);
    printReport(result.trace, args.output, true);
    if (std::string error = writeOutputs(result.trace, args.output); !error.empty())
        return fail(error, 1);
    if (result.trace.dropped > 0) // lossless recording should make this impossible: say so
        return fail("the recording lost " + std::to_string(result.trace.dropped) +
                        " events: the counts above are NOT exact (report this as a bug)",
                    1);
    if (result.end.status == 3)
        return fail("timed out: " + result.end.message, 3);
    if (result.end.status != 0)
        return fail(result.end.message, 1);
    return 0;
}

int showCommand(const QString& file, const OutputRequest& output) {
    Trace trace;
    if (std::string error = loadAnyTrace(file.toStdString(), trace); !error.empty())
        return fail(error);
    printReport(trace, output, false);
    if (std::string error = writeOutputs(trace, output); !error.empty())
        return fail(error, 1);
    return 0;
}

} // namespace proclab::cli
