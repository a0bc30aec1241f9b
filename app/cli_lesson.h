// `proclab lesson list [--json]`, `proclab lesson check [FILE...]`, `proclab lesson check --run`.
#pragma once

#include <QStringList>
#include <nlohmann/json.hpp>

namespace proclab::cli {

// The lessons for `proclab list --json`: [{"id","title","demo","languages":[...]}].
nlohmann::json lessonListJson();

// args: what follows `lesson` (list / check and their files); json and run are the options;
// steps: the `--steps LESSON-ID=STEPS` given (for scheduler lessons under check --run).
int lessonCommand(const QStringList& args, bool json, bool run, const QStringList& steps = {});

} // namespace proclab::cli
