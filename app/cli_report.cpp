#include "cli_report.h"

#include "cli_steps.h"
#include "text_lines.h"

#include "io/chrome_trace.h"
#include "io/engine_client.h"
#include "io/run_report.h"
#include "io/run_status.h"
#include "io/trace_file.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

namespace proclab::cli {

int failWith(const std::string& message, int code) {
    std::fprintf(stderr, "proclab: %s\n", message.c_str());
    return code;
}

std::string saveTraceFile(const Trace& trace, const std::string& path) {
    if (path.empty())
        return {};
    const bool json =
        path.size() >= 5 && std::equal(path.end() - 5, path.end(), ".json", [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == b;
        });
    return json ? saveChromeTrace(trace, path) : saveTrace(trace, path);
}

void printRunReport(const Trace& trace, bool json, bool outputAlreadyPrinted,
                    const std::string& cutShort, const StepsReport* steps) {
    const bool refused = steps && !steps->refusal.empty();
    if (json) {
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

int runDemoCore(const RunCore& run, const std::function<std::string(const Trace&)>& writeOutputs) {
    std::vector<std::string> engineArgs = {"run", run.demo};
    if (!run.variant.empty())
        engineArgs.insert(engineArgs.end(), {"--variant", run.variant});
    for (const auto& [key, value] : run.sets)
        engineArgs.insert(engineArgs.end(), {"--set", key + "=" + value});
    if (run.timeoutSeconds > 0)
        engineArgs.insert(engineArgs.end(), {"--timeout", timeoutArgument(run.timeoutSeconds)});
    if (!run.steps.empty())
        addStepArguments(run.steps, engineArgs);

    // The demo's own lines are printed as they happen (unless JSON was asked for).
    std::set<int64_t> printed;
    EngineRunOptions options;
    options.forwardStderr = true;
    if (!run.json) {
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
        return failWith(result.error, 1);
    if (result.exitCode == exitCodeOf(RunStatus::Refused) && !result.end.seen)
        return 2; // a request the runner refused: it said why on stderr
    std::optional<StepsReport> steps;
    if (!run.steps.empty())
        steps = stepsReport(run.steps, result.trace,
                            result.end.status == RunStatus::Refused ? result.end.message
                                                                    : std::string());
    const StepsReport* stepsShown = steps ? &*steps : nullptr;
    if (result.cutShort) {
        // What arrived is shown; nothing is saved, as a file would not say the run is cut short.
        printRunReport(result.trace, run.json, true, result.cutShortReason, stepsShown);
        return failWith(result.cutShortReason + "; no file was written", 1);
    }
    printRunReport(result.trace, run.json, true, {}, stepsShown);
    if (std::string error = writeOutputs(result.trace); !error.empty())
        return failWith(error, 1);
    if (result.end.status == RunStatus::Refused) // a step was refused: what ran is shown above
        return failWith(result.end.message, exitCodeOf(RunStatus::Refused));
    if (result.trace.dropped > 0) // lossless recording should make this impossible: say so
        return failWith("the recording lost " + std::to_string(result.trace.dropped) +
                            " events: the counts above are NOT exact (report this as a bug)",
                        1);
    if (result.end.status == RunStatus::TimedOut)
        return failWith(result.end.message,
                        exitCodeOf(RunStatus::TimedOut)); // "timed out after 2 s"
    if (result.end.status != RunStatus::Ok)
        return failWith(result.end.message, 1);
    return 0;
}

} // namespace proclab::cli
