// `proclab lesson list [--json]`, `proclab lesson check [FILE...]`, `proclab lesson check --run`.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace proclab::cli {

// The lessons for `proclab list --json`: [{"id","title","demo","languages":[...]}].
nlohmann::json lessonListJson();

// args: what follows `lesson` (list / check and their files); json and run are the options;
// steps: the `--steps LESSON-ID=STEPS` given (for scheduler lessons under check --run).
int lessonCommand(const std::vector<std::string>& args, bool json, bool run,
                  const std::vector<std::string>& steps = {});

} // namespace proclab::cli
