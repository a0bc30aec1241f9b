// Parses one lesson file (TOML front matter between `+++` lines, then Markdown) and checks
// everything that can be checked without a run: keys, the demo, its variant and parameters
// against the catalogue, the questions, the facts and the links. Errors name file and line.
#pragma once

#include "lesson.h"

#include <string>
#include <string_view>
#include <vector>

namespace proclab::lessons {

// Fills `out` as far as the file allows; returns the problems found (empty: a good lesson).
std::vector<Diagnostic> parseLesson(std::string_view text, const std::string& file, Lesson& out);

// The lesson ids and glossary-free names a file may use: [a-z0-9][a-z0-9-]{0,62}.
bool isSafeId(std::string_view id);

} // namespace proclab::lessons
