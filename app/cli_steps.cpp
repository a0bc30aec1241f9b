#include "cli_steps.h"

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

} // namespace proclab::cli
