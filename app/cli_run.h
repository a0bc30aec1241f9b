// `proclab run` and `proclab show`: run a demo through proclab-engine (or load a saved run),
// print its output and summary or JSON, and write the trace and export files asked for.
#pragma once

#include "cli_report.h"
#include "trace/trace.h"

#include <QString>
#include <string>

namespace proclab::cli {

struct StepsReport;

struct OutputRequest {
    bool json = false;
    QString traceFile;  // .json: Chrome Trace Event; anything else: native .proclab
    QString exportFile; // .png / .svg / .pdf
    QString view = QStringLiteral("window");
    int width = 1600;
    int height = 1000;
};

// What `proclab run` asks: the engine run (`core.json` follows `output.json`) and its outputs.
struct RunArguments {
    RunCore core;
    OutputRequest output;
};

int runDemoCommand(const RunArguments& args);
// Shared with `proclab trace`: the trace file and export asked for (an error message, empty on
// success), and the report (JSON, or output and summary as text).
std::string writeOutputs(const Trace& trace, const OutputRequest& out);
// `cutShort`: why the run has no end, empty when it has one; `steps`: a stepped run's record.
void printReport(const Trace& trace, const OutputRequest& out, bool outputAlreadyPrinted,
                 const std::string& cutShort = {}, const StepsReport* steps = nullptr);
int showCommand(const QString& file, const OutputRequest& output);

} // namespace proclab::cli
