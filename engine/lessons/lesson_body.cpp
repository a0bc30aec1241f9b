#include "lesson_body.h"

#include "event_query.h"
#include "fact_vocabulary.h"

#include <cctype>
#include <functional>

namespace proclab::lessons {
namespace {

constexpr std::string_view kReveal = "<!-- reveal -->";

// Calls `visit(line, lineNumber)` for each line of `text` that is not inside a fenced code
// block, with inline code spans blanked out (what is code is shown, never interpreted).
void forEachProseLine(std::string_view text, int firstLine,
                      const std::function<void(const std::string&, int)>& visit) {
    bool fenced = false;
    int number = firstLine;
    for (size_t pos = 0; pos < text.size(); ++number) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = text.size();
        std::string line(text.substr(pos, nl - pos));
        pos = nl + 1;
        const size_t first = line.find_first_not_of(" \t");
        if (first != std::string::npos &&
            (line.compare(first, 3, "```") == 0 || line.compare(first, 3, "~~~") == 0)) {
            fenced = !fenced;
            continue;
        }
        if (fenced)
            continue;
        bool code = false;
        for (char& c : line) {
            if (c == '`')
                code = !code;
            else if (code)
                c = ' ';
        }
        visit(line, number);
    }
}

// Finds each `open`…`close` span on prose lines and reports its inside.
std::vector<BodyRef> spans(std::string_view text, int firstLine, std::string_view open,
                           std::string_view close) {
    std::vector<BodyRef> out;
    forEachProseLine(text, firstLine, [&](const std::string& line, int number) {
        for (size_t at = line.find(open); at != std::string::npos; at = line.find(open, at + 1)) {
            const size_t end = line.find(close, at + open.size());
            if (end == std::string::npos)
                break;
            out.push_back({line.substr(at + open.size(), end - at - open.size()), number});
        }
    });
    return out;
}

void checkProse(std::string_view text, int firstLine, const std::string& file,
                std::vector<Diagnostic>& errors) {
    forEachProseLine(text, firstLine, [&](const std::string& line, int number) {
        auto error = [&](std::string m) { errors.push_back({file, number, std::move(m)}); };
        for (size_t i = 0; i + 1 < line.size(); ++i) {
            const char next = line[i + 1];
            if (line[i] == '<' && (std::isalpha(static_cast<unsigned char>(next)) || next == '/' ||
                                   next == '!' || next == '?')) {
                error("HTML is not allowed in a lesson (only Markdown); write `<` in code");
                break;
            }
        }
        if (line.find("![") != std::string::npos)
            error("images are not allowed in a lesson: a lesson reads nothing outside its text");
        const size_t first = line.find_first_not_of(" \t");
        if (first != std::string::npos && first < 4 && line[first] == '[' &&
            first + 1 < line.size() && line[first + 1] != '[' &&
            line.find("]:", first) != std::string::npos)
            error("link reference definitions are not allowed; link inline to event:QUERY");
        for (size_t at = line.find("]("); at != std::string::npos; at = line.find("](", at + 1)) {
            const size_t end = line.find(')', at);
            const std::string target =
                line.substr(at + 2, end == std::string::npos ? std::string::npos : end - at - 2);
            if (target.rfind("event:", 0) != 0)
                error("link target '" + target + "': a lesson links only to event:QUERY");
            else if (!isKnownEventQuery(target.substr(6)))
                error("unknown event query '" + target.substr(6) + "'");
        }
    });
}

} // namespace

std::vector<BodyRef> eventLinks(std::string_view text, int firstLine) {
    std::vector<BodyRef> out;
    for (BodyRef& ref : spans(text, firstLine, "](event:", ")"))
        out.push_back(std::move(ref));
    return out;
}

std::vector<BodyRef> factRefs(std::string_view text, int firstLine) {
    return spans(text, firstLine, "{{", "}}");
}

std::vector<BodyRef> glossaryRefs(std::string_view text, int firstLine) {
    return spans(text, firstLine, "[[", "]]");
}

void splitBody(const std::vector<std::string_view>& lines, int firstLine, Lesson& out,
               std::vector<Diagnostic>& errors) {
    int revealAt = -1;
    for (size_t i = 0; i < lines.size(); ++i)
        if (lines[i] == kReveal) {
            if (revealAt >= 0)
                errors.push_back(
                    {out.file, firstLine + static_cast<int>(i), "a second '<!-- reveal -->' line"});
            else
                revealAt = static_cast<int>(i);
        }
    if (revealAt < 0) {
        errors.push_back({out.file, firstLine,
                          "the body needs a line '<!-- reveal -->' between Read and Explain"});
        revealAt = static_cast<int>(lines.size());
    }
    for (int i = 0; i < static_cast<int>(lines.size()); ++i) {
        std::string& part = i < revealAt ? out.read : out.explain;
        if (i == revealAt)
            continue;
        part.append(lines[static_cast<size_t>(i)]).push_back('\n');
    }
    out.readLine = firstLine;
    out.explainLine = firstLine + revealAt + 1;
    checkProse(out.read, out.readLine, out.file, errors);
    checkProse(out.explain, out.explainLine, out.file, errors);
    for (const BodyRef& ref : factRefs(out.read, out.readLine))
        errors.push_back(
            {out.file, ref.line,
             "{{" + ref.name + "}} before the reveal: facts exist only after the run"});
    for (const BodyRef& ref : eventLinks(out.read, out.readLine))
        errors.push_back(
            {out.file, ref.line, "a link to an event before the reveal: there is no run yet"});
    for (const BodyRef& ref : factRefs(out.explain, out.explainLine)) {
        const FactInfo info = factInfo(ref.name, out.demo);
        if (!info.known || !info.forDemo)
            errors.push_back(
                {out.file, ref.line, "{{" + ref.name + "}}: not a fact of the demo " + out.demo});
    }
}

std::string fillFacts(std::string_view text, const RunFacts& facts,
                      std::vector<std::string>* missing) {
    std::string out;
    size_t pos = 0;
    while (true) {
        const size_t open = text.find("{{", pos);
        const size_t close = open == std::string_view::npos ? open : text.find("}}", open + 2);
        if (close == std::string_view::npos) {
            out.append(text.substr(pos));
            return out;
        }
        out.append(text.substr(pos, open - pos));
        const std::string name(text.substr(open + 2, close - open - 2));
        if (const auto v = findFact(facts, name)) {
            out += v->display();
        } else {
            out.append(text.substr(open, close + 2 - open));
            if (missing)
                missing->push_back(name);
        }
        pos = close + 2;
    }
}

} // namespace proclab::lessons
