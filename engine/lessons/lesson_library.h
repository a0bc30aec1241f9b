// Where the lessons are and loading them: lessons/<lang>/NN-slug.md and glossary.toml. Only
// files directly inside a language folder are read (no links, nothing outside lessons/).
#pragma once

#include "lesson.h"

#include <map>
#include <string>
#include <vector>

namespace proclab::lessons {

// The languages lessons exist in; a folder name is one of these or is ignored.
const std::vector<std::string>& lessonLanguages();

// The lessons folder: $PROCLAB_LESSONS when set, else `lessons` beside the executable, in
// ../share/proclab/ from it, or in the source tree the binary was built from (build/bin).
// Empty when none exists. The one place that decides it.
std::string lessonsRoot();

// A lesson file name: NN-slug.md.
bool isLessonFileName(const std::string& name);

struct LessonSet {
    std::string root;
    std::map<std::string, std::vector<Lesson>> byLanguage;              // sorted by order
    std::map<std::string, std::map<std::string, std::string>> glossary; // lang -> term -> text
    std::vector<Diagnostic> errors;
};

// Reads and parses every lesson of `root` (all languages, or only `language`), the glossaries,
// and checks the set: ids and orders unique, each file in both languages with the same demo,
// variant, parameters and questions, glossary terms defined.
LessonSet loadLessons(const std::string& root, const std::string& language = {});

// Reads one lesson file (at most 256 KiB, a regular file); errors name the file.
std::vector<Diagnostic> loadLessonFile(const std::string& path, Lesson& out);

// The lessons that exist in `set` for `language`, falling back to English for a missing one.
const std::vector<Lesson>& lessonsFor(const LessonSet& set, const std::string& language);

} // namespace proclab::lessons
