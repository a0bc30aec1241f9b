#include "cli_steps.h"

#include <sstream>

namespace proclab::cli {

std::string checkStepText(const std::string& steps) {
    if (steps.find_first_not_of(" \t,") == std::string::npos)
        return "--steps expects process numbers, e.g. --steps \"1 2 1 2\"";
    if (steps.find_first_not_of("0123456789 \t,") != std::string::npos)
        return "--steps expects process numbers separated by spaces, e.g. \"1 2 1 2\", got '" +
               steps + "'";
    return {};
}

void addStepArguments(const std::string& steps, std::vector<std::string>& engineArgs) {
    engineArgs.insert(engineArgs.end(), {"--stepped", "--steps", steps, "--no-stdin-steps"});
}

StepsReport stepsReport(const std::string& steps, const Trace& trace, const std::string& refusal) {
    StepsReport r;
    std::string text = steps;
    for (char& c : text)
        if (c == ',')
            c = ' ';
    std::istringstream in(text);
    for (int lane; in >> lane;)
        r.asked.push_back(lane);
    // One StepRelease per step carried out, on the lane stepped (main, lane 0, never holds).
    for (size_t i = 0; i < trace.size(); ++i)
        r.carriedOut += trace.kind(i) == EventKind::StepRelease && trace.laneOf(i) >= 1;
    r.refusal = refusal;
    return r;
}

nlohmann::json stepsJson(const StepsReport& report) {
    return {
        {"asked", report.asked},
        {"carried_out", report.carriedOut},
        {"refused", report.refusal.empty() ? nlohmann::json() : nlohmann::json(report.refusal)}};
}

std::string stepsText(const StepsReport& report) {
    std::string asked;
    for (int lane : report.asked)
        asked += (asked.empty() ? "" : " ") + std::to_string(lane);
    std::string out = "steps: " + asked + " (" + std::to_string(report.carriedOut) + " of " +
                      std::to_string(report.asked.size()) + " carried out";
    out += report.refusal.empty() && report.carriedOut >= static_cast<int>(report.asked.size())
               ? "; then the OS scheduled the rest)\n"
               : ")\n";
    if (!report.refusal.empty())
        out += "CUT SHORT: " + report.refusal + "\n";
    return out;
}

} // namespace proclab::cli
