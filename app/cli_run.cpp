#include "cli_run.h"

#include "cli_checks.h"
#include "cli_report.h"
#include "cli_steps.h"

#include "io/load_any_trace.h"
#include "io/run_report.h"
#include "ui/export/view_registry.h"
#include "ui/gui_entry.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>

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
    return failWith(message, code);
}

} // namespace

// Writes the trace file and the export; returns an error message, empty on success.
std::string writeOutputs(const Trace& trace, const OutputRequest& out) {
    if (std::string error = saveTraceFile(trace, out.traceFile.toStdString()); !error.empty())
        return error;
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

void printReport(const Trace& trace, const OutputRequest& out, bool outputAlreadyPrinted,
                 const std::string& cutShort, const StepsReport* steps) {
    printRunReport(trace, out.json, outputAlreadyPrinted, cutShort, steps);
}

int runDemoCommand(const RunArguments& args) {
    for (const QString& f : {args.output.traceFile, args.output.exportFile})
        if (QString problem = checkWritable(f); !problem.isEmpty())
            return fail(problem.toStdString());
    return runDemoCore(args.core,
                       [&](const Trace& trace) { return writeOutputs(trace, args.output); });
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
