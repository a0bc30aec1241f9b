// `proclab lesson list [--json]`, `proclab lesson check [FILE...]`, `proclab lesson check --run`.
#pragma once

#include <QStringList>
#include <nlohmann/json.hpp>

namespace proclab::cli {

// The lessons for `proclab list --json`: [{"id","title","demo","languages":[...]}].
nlohmann::json lessonListJson();

// args: what follows `lesson` (list / check and their files); json and run are the options.
int lessonCommand(const QStringList& args, bool json, bool run);

} // namespace proclab::cli
