#include "cli_run.h"

#include "cli_checks.h"
#include "cli_steps.h"

#include "io/chrome_trace.h"
#include "io/engine_client.h"
#include "io/load_any_trace.h"
#include "io/run_report.h"
#include "io/trace_file.h"
#include "ui/export/view_registry.h"
#include "ui/gui_entry.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
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

} // namespace

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

// `cutShort`: why the run has no end, empty when it has one. `steps`: a stepped run's record.
void printReport(const Trace& trace, const OutputRequest& out, bool outputAlreadyPrinted,
                 const std::string& cutShort, const StepsReport* steps) {
    const bool refused = steps && !steps->refusal.empty();
    if (out.json) {
        nlohmann::json j = runJson(trace, refused ? "a refused step" : "");
        j["cutShort"] = !cutShort.empty() || refused;
        if (!cutShort.empty() || refused)
            j["cutShortReason"] = refused ? steps->refusal : cutShort;
        if (steps)
            j["steps"] = stepsJson(*steps);
        // A trace's strings are not always valid UTF-8 (a demo's printed bytes, a damaged
        // file): replace what is not rather than throw.
        std::puts(j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        return;
    }
    // Text is for a terminal: a megabyte result line is shortened (--json has it whole).
    if (!outputAlreadyPrinted)
        std::fputs(shortenLines(outputText(trace)).c_str(), stdout);
    std::fputs(shortenLines(summaryText(trace, refused ? "a refused step" : "")).c_str(), stdout);
    if (steps)
        std::fputs(stepsText(*steps).c_str(), stdout);
    if (!cutShort.empty())
        std::printf("CUT SHORT: %s\n", cutShort.c_str());
    std::fflush(stdout);
}

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
        engineArgs.insert(engineArgs.end(), {"--timeout", timeoutArgument(args.timeoutSeconds)});
    if (!args.steps.empty())
        addStepArguments(args.steps, engineArgs);

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
                    std::printf("%s\n", shortenLine(trace.text(e.b)).c_str());
            }
            std::fflush(stdout);
        };
    }
    EngineRunResult result = runEngine(defaultEnginePath(), engineArgs, options);
    if (!result.error.empty())
        return fail(result.error, 1);
    if (result.exitCode == exitCodeOf(RunStatus::Refused) && !result.end.seen)
        return 2; // a request the runner refused: it said why on stderr
    std::optional<StepsReport> steps;
    if (!args.steps.empty())
        steps = stepsReport(args.steps, result.trace,
                            result.end.status == RunStatus::Refused ? result.end.message
                                                                    : std::string());
    const StepsReport* stepsShown = steps ? &*steps : nullptr;
    if (result.cutShort) {
        // What arrived is shown; nothing is saved, as a file would not say the run is cut short.
        printReport(result.trace, args.output, true, result.cutShortReason, stepsShown);
        return fail(result.cutShortReason + "; no file was written", 1);
    }
    printReport(result.trace, args.output, true, {}, stepsShown);
    if (std::string error = writeOutputs(result.trace, args.output); !error.empty())
        return fail(error, 1);
    if (result.end.status == RunStatus::Refused) // a step was refused: what ran is shown above
        return fail(result.end.message, exitCodeOf(RunStatus::Refused));
    if (result.trace.dropped > 0) // lossless recording should make this impossible: say so
        return fail("the recording lost " + std::to_string(result.trace.dropped) +
                        " events: the counts above are NOT exact (report this as a bug)",
                    1);
    if (result.end.status == RunStatus::TimedOut)
        return fail(result.end.message, exitCodeOf(RunStatus::TimedOut)); // "timed out after 2 s"
    if (result.end.status != RunStatus::Ok)
        return fail(result.end.message, 1);
    return 0;
}

int showCommand(const QString& file, const OutputRequest& output) {
    Trace trace;
    if (std::string error = loadAnyTrace(file.toStdString(), trace); !error.empty())
        return fail(error);
    if (!output.exportFile.isEmpty())
        if (std::string problem = ui::viewProblem(output.view, trace.demo); !problem.empty())
            return fail(problem);
    printReport(trace, output, false);
    if (std::string error = writeOutputs(trace, output); !error.empty())
        return fail(error, 1);
    return 0;
}

} // namespace proclab::cli
