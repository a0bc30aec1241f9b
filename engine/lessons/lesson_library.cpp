#include "lesson_library.h"

#include "condition.h"
#include "lesson_body.h"
#include "lesson_parser.h"
#include "util/install_paths.h"

#include <toml++/toml.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace proclab::lessons {
namespace {

constexpr std::uintmax_t kMaxFileBytes = 256 * 1024;

// Reads a regular file (never a symbolic link) of bounded size; "" and an error otherwise.
bool readSmallFile(const fs::path& path, std::string& text, std::string& error) {
    std::error_code ec;
    const fs::file_status st = fs::symlink_status(path, ec);
    if (ec || !fs::is_regular_file(st)) {
        error = "not a regular file (links are not followed)";
        return false;
    }
    if (fs::file_size(path, ec) > kMaxFileBytes || ec) {
        error = "larger than 256 KiB";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    text = s.str();
    if (!in.good() && !in.eof()) {
        error = "cannot be read";
        return false;
    }
    return true;
}

void loadGlossary(const fs::path& file, const std::string& lang, LessonSet& set) {
    std::string text, error;
    if (!fs::exists(fs::symlink_status(file)))
        return;
    if (!readSmallFile(file, text, error)) {
        set.errors.push_back({file.string(), 0, error});
        return;
    }
    try {
        const toml::table t = toml::parse(text, file.string());
        for (auto&& [key, value] : t)
            if (key.str() != "terms")
                set.errors.push_back({file.string(), static_cast<int>(value.source().begin.line),
                                      "unknown key '" + std::string(key.str()) + "'"});
        if (const toml::table* terms = t["terms"].as_table())
            for (auto&& [term, value] : *terms) {
                if (!value.is_string())
                    set.errors.push_back({file.string(),
                                          static_cast<int>(value.source().begin.line),
                                          "a glossary entry is a string"});
                else
                    set.glossary[lang][std::string(term.str())] = *value.value<std::string>();
            }
    } catch (const toml::parse_error& e) {
        set.errors.push_back(
            {file.string(), static_cast<int>(e.source().begin.line), std::string(e.description())});
    }
}

std::string questionShape(const Lesson& l) {
    std::string s = l.demo + "/" + l.variant + "/" + l.scheduler + "/";
    for (const auto& [k, v] : l.params)
        s += k + "=" + std::to_string(v) + ",";
    for (const Question& q : l.questions) {
        s += "|" + q.id + ":" + std::to_string(static_cast<int>(q.kind)) + ":" + q.fact + ":" +
             q.at + ":" + std::to_string(q.options.size());
        for (const Option& o : q.options)
            s += ":" + describe(o.when);
    }
    if (l.challenge)
        for (const Condition& c : l.challenge->goal)
            s += "|goal:" + describe(c);
    return s;
}

void checkSet(LessonSet& set) {
    // Within a language: ids and orders unique; glossary terms defined.
    for (auto& [lang, lessons] : set.byLanguage) {
        std::map<std::string, std::string> ids;
        std::map<int, std::string> orders;
        for (const Lesson& l : lessons) {
            if (!l.id.empty() && !ids.emplace(l.id, l.file).second)
                set.errors.push_back({l.file, 2, "id '" + l.id + "' is also used by " + ids[l.id]});
            if (!orders.emplace(l.order, l.file).second)
                set.errors.push_back(
                    {l.file, 2,
                     "order " + std::to_string(l.order) + " is also used by " + orders[l.order]});
            const auto& terms = set.glossary[lang];
            for (const std::string* part : {&l.read, &l.explain})
                for (const BodyRef& ref :
                     glossaryRefs(*part, part == &l.read ? l.readLine : l.explainLine))
                    if (!terms.count(ref.name))
                        set.errors.push_back(
                            {l.file, ref.line,
                             "[[" + ref.name + "]] is not in " + lang + "/glossary.toml"});
        }
    }
    // Across languages: the same file names, and the same lesson apart from its words.
    std::map<std::string, std::map<std::string, const Lesson*>> byName; // name -> lang -> lesson
    for (const auto& [lang, lessons] : set.byLanguage)
        for (const Lesson& l : lessons)
            byName[fs::path(l.file).filename().string()][lang] = &l;
    for (const auto& [name, langs] : byName) {
        const Lesson* first = langs.begin()->second;
        for (const std::string& lang : lessonLanguages())
            if (!langs.count(lang) && set.byLanguage.count(lang) &&
                !fs::exists(fs::symlink_status(fs::path(set.root) / lang / name)))
                set.errors.push_back({first->file, 0, "has no " + lang + "/" + name});
        for (const auto& [lang, l] : langs) {
            if (l->id != first->id)
                set.errors.push_back(
                    {l->file, 2,
                     "id '" + l->id + "' differs from " + first->file + " ('" + first->id + "')"});
            else if (questionShape(*l) != questionShape(*first))
                set.errors.push_back(
                    {l->file, 0,
                     "demo, variant, parameters, questions, options or goal differ from " +
                         first->file});
        }
    }
}

} // namespace

const std::vector<std::string>& lessonLanguages() {
    static const std::vector<std::string> languages = {"en", "zh_CN"};
    return languages;
}

std::string lessonsRoot() {
    if (const char* env = std::getenv("PROCLAB_LESSONS"); env && *env)
        return env;
    // The installed tree's share/proclab/lessons, else the source tree's (util/install_paths.h).
    const std::string found = findDataDir("lessons");
    std::error_code ec;
    return found.empty() ? found : fs::weakly_canonical(found, ec).string();
}

bool isLessonFileName(const std::string& name) {
    if (name.size() < 7 || name.substr(name.size() - 3) != ".md")
        return false;
    if (!std::isdigit(static_cast<unsigned char>(name[0])) ||
        !std::isdigit(static_cast<unsigned char>(name[1])) || name[2] != '-')
        return false;
    return isSafeId(name.substr(3, name.size() - 6));
}

std::vector<Diagnostic> loadLessonFile(const std::string& path, Lesson& out) {
    std::string text, error;
    if (!readSmallFile(path, text, error))
        return {{path, 0, error}};
    std::vector<Diagnostic> errors = parseLesson(text, path, out);
    const fs::path p(path);
    out.language = p.parent_path().filename().string();
    if (!isLessonFileName(p.filename().string()))
        errors.push_back({path, 0, "a lesson file is named NN-slug.md (lower-case slug)"});
    return errors;
}

LessonSet loadLessons(const std::string& root, const std::string& language) {
    LessonSet set;
    set.root = root;
    if (root.empty() || !fs::is_directory(root)) {
        set.errors.push_back(
            {root.empty() ? "lessons" : root, 0, "no lessons folder (set PROCLAB_LESSONS to one)"});
        return set;
    }
    for (const std::string& lang : lessonLanguages()) {
        if (!language.empty() && lang != language)
            continue;
        const fs::path dir = fs::path(root) / lang;
        std::error_code ec;
        if (!fs::is_directory(fs::symlink_status(dir, ec)))
            continue;
        std::vector<fs::path> files;
        for (const fs::directory_entry& e : fs::directory_iterator(dir, ec))
            if (e.path().extension() == ".md")
                files.push_back(e.path());
        std::sort(files.begin(), files.end());
        auto& lessons = set.byLanguage[lang];
        for (const fs::path& f : files) {
            Lesson lesson;
            std::vector<Diagnostic> errors = loadLessonFile(f.string(), lesson);
            set.errors.insert(set.errors.end(), errors.begin(), errors.end());
            if (errors.empty())
                lessons.push_back(std::move(lesson));
        }
        std::stable_sort(lessons.begin(), lessons.end(),
                         [](const Lesson& a, const Lesson& b) { return a.order < b.order; });
        loadGlossary(dir / "glossary.toml", lang, set);
    }
    checkSet(set);
    return set;
}

const std::vector<Lesson>& lessonsFor(const LessonSet& set, const std::string& language) {
    static const std::vector<Lesson> none;
    if (const auto it = set.byLanguage.find(language); it != set.byLanguage.end())
        return it->second;
    if (const auto it = set.byLanguage.find("en"); it != set.byLanguage.end())
        return it->second;
    return none;
}

} // namespace proclab::lessons
