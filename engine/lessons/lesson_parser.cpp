#include "lesson_parser.h"

#include "condition.h"
#include "demos/catalog.h"
#include "event_query.h"
#include "fact_vocabulary.h"
#include "lesson_body.h"
#include "trace/scheduler_levels.h"

#include <toml++/toml.h>

#include <algorithm>
#include <set>

namespace proclab::lessons {
namespace {

// Collects diagnostics with the file name and turns TOML positions (relative to the header,
// which starts on the file's second line) into file lines.
struct Reporter {
    std::string file;
    int headerOffset = 1;
    std::vector<Diagnostic> errors;
    int lineOf(const toml::node& n) const {
        return n.source().begin.line > 0 ? static_cast<int>(n.source().begin.line) + headerOffset
                                         : 0;
    }
    void at(int line, std::string message) { errors.push_back({file, line, std::move(message)}); }
    void at(const toml::node& n, std::string message) { at(lineOf(n), std::move(message)); }
};

bool checkKeys(const toml::table& t, std::initializer_list<std::string_view> allowed,
               const std::string& where, Reporter& r) {
    bool ok = true;
    for (auto&& [key, value] : t)
        if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end()) {
            r.at(value, "unknown key '" + std::string(key.str()) + "' in " + where);
            ok = false;
        }
    return ok;
}

// A required (or optional) string; reports a wrong type or a missing one.
std::string stringAt(const toml::table& t, std::string_view key, const std::string& where, int line,
                     Reporter& r, bool required = true) {
    const toml::node* n = t.get(key);
    if (!n) {
        if (required)
            r.at(line, where + " needs '" + std::string(key) + "'");
        return {};
    }
    if (!n->is_string()) {
        r.at(*n, "'" + std::string(key) + "' in " + where + " must be a string");
        return {};
    }
    return *n->value<std::string>();
}

Condition parseCondition(const toml::node& n, const std::string& demo, Reporter& r) {
    Condition c;
    c.line = r.lineOf(n);
    const toml::table* t = n.as_table();
    if (!t) {
        r.at(n, "a condition is a table { fact = NAME, op = OP, value = V } or { ..., fact2 = "
                "NAME }");
        return c;
    }
    checkKeys(*t, {"fact", "op", "value", "fact2"}, "a condition", r);
    c.fact = stringAt(*t, "fact", "a condition", c.line, r);
    c.op = stringAt(*t, "op", "a condition", c.line, r);
    if (!c.op.empty() && !isKnownOp(c.op))
        r.at(c.line, "unknown operator '" + c.op + "' (use ==, !=, <, <=, >, >=)");
    const toml::node* value = t->get("value");
    const toml::node* fact2 = t->get("fact2");
    if ((value != nullptr) == (fact2 != nullptr))
        r.at(c.line, "a condition needs exactly one of 'value' and 'fact2'");
    if (value) {
        if (value->is_number())
            c.value = FactValue::of(*value->value<double>());
        else if (value->is_string())
            c.value = FactValue::ofText(*value->value<std::string>());
        else
            r.at(*value, "'value' must be a number or a string");
    }
    if (fact2)
        c.fact2 = stringAt(*t, "fact2", "a condition", c.line, r);
    for (const std::string* name : {&c.fact, &c.fact2}) {
        if (name->empty())
            continue;
        const FactInfo info = factInfo(*name, demo);
        if (!info.known)
            r.at(c.line, "unknown fact '" + *name + "'");
        else if (!info.forDemo)
            r.at(c.line, "the demo " + demo + " has no fact '" + *name + "'");
    }
    const FactInfo left = factInfo(c.fact, demo);
    if (c.value && left.known && c.value->isText != (left.type != FactType::Number))
        r.at(c.line, "fact '" + c.fact + "' is compared with a value of the wrong type");
    if (c.value && c.value->isText && c.op != "==" && c.op != "!=")
        r.at(c.line, "a name can only be compared with == or !=");
    return c;
}

std::vector<Condition> parseConditions(const toml::node& n, const std::string& demo, Reporter& r) {
    std::vector<Condition> out;
    const toml::array* a = n.as_array();
    if (!a) {
        r.at(n, "'goal' must be an array of conditions");
        return out;
    }
    for (const toml::node& c : *a)
        out.push_back(parseCondition(c, demo, r));
    if (out.empty())
        r.at(n, "'goal' needs at least one condition");
    return out;
}

void parseOptions(const toml::node* n, Question& q, const std::string& demo, Reporter& r) {
    const toml::array* options = n ? n->as_array() : nullptr;
    if (!options || !options->is_array_of_tables()) {
        r.at(q.line, "choice question '" + q.id + "' needs [[question.option]] tables");
        return;
    }
    for (const toml::node& o : *options) {
        const toml::table& t = *o.as_table();
        Option opt;
        opt.line = r.lineOf(o);
        checkKeys(t, {"text", "when", "why"}, "an option", r);
        opt.text = stringAt(t, "text", "an option", opt.line, r);
        opt.why = stringAt(t, "why", "an option", opt.line, r, false);
        if (const toml::node* when = t.get("when"))
            opt.when = parseCondition(*when, demo, r);
        else
            r.at(opt.line, "an option needs 'when' (the condition that makes it right)");
        q.options.push_back(std::move(opt));
    }
    if (q.options.size() < 2)
        r.at(q.line, "choice question '" + q.id + "' needs at least two options");
}

Question parseQuestion(const toml::table& t, int line, const std::string& demo, Reporter& r) {
    Question q;
    q.line = line;
    checkKeys(t, {"id", "kind", "prompt", "fact", "tolerance", "option", "at"}, "a question", r);
    q.id = stringAt(t, "id", "a question", line, r);
    q.at = stringAt(t, "at", "a question", line, r, false);
    if (!q.at.empty() && !isKnownEventQuery(q.at))
        r.at(*t.get("at"), "'at' names no event query: '" + q.at + "' (see lessons/README.md)");
    if (!q.id.empty() && !isSafeId(q.id))
        r.at(line, "question id '" + q.id + "' must be lower-case letters, digits and '-'");
    const std::string kind = stringAt(t, "kind", "a question", line, r);
    q.prompt = stringAt(t, "prompt", "a question", line, r);
    if (kind == "number")
        q.kind = QuestionKind::Number;
    else if (kind == "choice")
        q.kind = QuestionKind::Choice;
    else if (kind == "process")
        q.kind = QuestionKind::Process;
    else if (!kind.empty())
        r.at(line, "unknown question kind '" + kind + "' (number, choice or process)");
    if (q.kind == QuestionKind::Choice) {
        if (t.get("fact") || t.get("tolerance"))
            r.at(line, "a choice question has no 'fact' or 'tolerance': its options have 'when'");
        parseOptions(t.get("option"), q, demo, r);
        return q;
    }
    if (t.get("option"))
        r.at(line, "only choice questions have options");
    q.fact = stringAt(t, "fact", "a " + kind + " question", line, r);
    if (const toml::node* tol = t.get("tolerance")) {
        if (q.kind != QuestionKind::Number || !tol->is_number() || *tol->value<double>() < 0)
            r.at(*tol, "'tolerance' is a number >= 0, for number questions only");
        else
            q.tolerance = *tol->value<double>();
    }
    if (q.fact.empty())
        return q;
    line = r.lineOf(*t.get("fact"));
    const FactInfo info = factInfo(q.fact, demo);
    const FactType want = q.kind == QuestionKind::Number ? FactType::Number : FactType::Process;
    if (!info.known)
        r.at(line, "unknown fact '" + q.fact + "'");
    else if (!info.forDemo)
        r.at(line, "the demo " + demo + " has no fact '" + q.fact + "'");
    else if (info.type != want && !(want == FactType::Number && info.type == FactType::Text))
        r.at(line, "fact '" + q.fact + "' does not fit a " + kind + " question");
    else if (q.kind == QuestionKind::Number && info.type == FactType::Text)
        r.at(line, "fact '" + q.fact + "' is text: ask it as a choice");
    return q;
}

void parseDemo(const toml::table& top, Lesson& out, Reporter& r) {
    const DemoSpec* demo = out.demo.empty() ? nullptr : findDemo(out.demo);
    if (!demo) {
        if (!out.demo.empty())
            r.at(*top.get("demo"), "'" + out.demo + "' is not a demo of `proclab list`");
        return;
    }
    if (out.variant.empty())
        out.variant = demo->variants.front().name;
    RunRequest request{out.demo, out.variant, {}};
    const toml::node* params = top.get("params");
    if (params && !params->is_table())
        r.at(*params, "[params] must be a table");
    if (params && params->is_table())
        for (auto&& [key, value] : *params->as_table()) {
            if (!value.is_integer()) {
                r.at(value, "parameter '" + std::string(key.str()) + "' must be an integer");
                continue;
            }
            out.params[std::string(key.str())] = *value.value<int64_t>();
            request.sets.emplace_back(std::string(key.str()),
                                      std::to_string(*value.value<int64_t>()));
        }
    DemoRun resolved;
    if (std::string problem = resolveRun(request, resolved); !problem.empty())
        r.at(params ? r.lineOf(*params) : r.lineOf(*top.get("demo")), problem);
}

// `scheduler = "LEVEL"`: the level exists, and the lesson's demo, variant and parameters are
// the level's (parameters may be left out: they are filled in from the level).
void parseScheduler(const toml::table& top, Lesson& out, Reporter& r) {
    const toml::node* n = top.get("scheduler");
    if (!n)
        return;
    out.scheduler = stringAt(top, "scheduler", "the header", r.lineOf(*n), r);
    if (out.scheduler.empty())
        return;
    const SchedulerLevel* level = findSchedulerLevel(out.scheduler);
    if (!level) {
        std::string ids;
        for (const SchedulerLevel& l : schedulerLevels())
            ids += (ids.empty() ? "" : ", ") + l.id;
        r.at(*n, "'" + out.scheduler + "' is not a scheduler level (" + ids + ")");
        return;
    }
    if (out.demo != level->demo || out.variant != level->variant) {
        r.at(*n, "the scheduler level " + level->id + " runs " + level->demo + " (" +
                     level->variant + "): the lesson's demo and variant must be those");
        return;
    }
    std::map<std::string, int64_t> levelParams;
    for (const auto& [key, value] : level->params)
        levelParams[key] = std::stoll(value);
    if (top.get("params") && out.params != levelParams)
        r.at(*top.get("params"), "a scheduler lesson's [params] must be its level's (or left out)");
    out.params = levelParams;
}

void parseChallenge(const toml::node& n, Lesson& out, Reporter& r) {
    const toml::table* t = n.as_table();
    if (!t) {
        r.at(n, "[challenge] must be a table");
        return;
    }
    Challenge c;
    c.line = r.lineOf(n);
    checkKeys(*t, {"text", "goal", "hint", "allow_variants"}, "[challenge]", r);
    c.text = stringAt(*t, "text", "[challenge]", c.line, r);
    c.hint = stringAt(*t, "hint", "[challenge]", c.line, r, false);
    if (const toml::node* goal = t->get("goal"))
        c.goal = parseConditions(*goal, out.demo, r);
    else
        r.at(c.line, "[challenge] needs 'goal'");
    if (const toml::node* allow = t->get("allow_variants")) {
        const DemoSpec* demo = findDemo(out.demo);
        const toml::array* a = allow->as_array();
        if (!a)
            r.at(*allow, "'allow_variants' must be an array of variant names");
        for (size_t i = 0; a && i < a->size(); ++i) {
            const auto name = a->at(i).value<std::string>();
            const bool known = name && demo &&
                               std::any_of(demo->variants.begin(), demo->variants.end(),
                                           [&](const VariantSpec& v) { return v.name == *name; });
            if (!known)
                r.at(*allow, "'allow_variants' names a variant the demo does not have");
            else
                c.allowVariants.push_back(*name);
        }
    }
    out.challenge = std::move(c);
}

void parseHeader(const toml::table& top, Lesson& out, Reporter& r) {
    checkKeys(top,
              {"id", "order", "title", "demo", "variant", "summary", "scheduler", "params",
               "question", "challenge"},
              "the lesson header", r);
    out.id = stringAt(top, "id", "the header", 2, r);
    if (!out.id.empty() && !isSafeId(out.id))
        r.at(*top.get("id"), "id '" + out.id + "' must be lower-case letters, digits and '-'");
    if (const toml::node* order = top.get("order"); order && order->is_integer())
        out.order = static_cast<int>(*order->value<int64_t>());
    else
        r.at(order ? r.lineOf(*order) : 2, "the header needs an integer 'order'");
    out.title = stringAt(top, "title", "the header", 2, r);
    out.demo = stringAt(top, "demo", "the header", 2, r);
    out.variant = stringAt(top, "variant", "the header", 2, r, false);
    out.summary = stringAt(top, "summary", "the header", 2, r);
    parseDemo(top, out, r);
    parseScheduler(top, out, r);
    const toml::node* questions = top.get("question");
    if (!questions || !questions->is_array_of_tables() || questions->as_array()->empty())
        r.at(questions ? r.lineOf(*questions) : 2, "a lesson needs at least one [[question]]");
    else {
        std::set<std::string> ids;
        for (const toml::node& q : *questions->as_array()) {
            out.questions.push_back(parseQuestion(*q.as_table(), r.lineOf(q), out.demo, r));
            if (!out.questions.back().id.empty() && !ids.insert(out.questions.back().id).second)
                r.at(r.lineOf(q), "question id '" + out.questions.back().id + "' is used twice");
        }
    }
    if (const toml::node* challenge = top.get("challenge"))
        parseChallenge(*challenge, out, r);
}

} // namespace

bool isSafeId(std::string_view id) {
    if (id.empty() || id.size() > 63 || id.front() == '-')
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::vector<Diagnostic> parseLesson(std::string_view text, const std::string& file, Lesson& out) {
    Reporter r{file, 1, {}};
    out.file = file;
    // Front matter: the first line is exactly +++, the header ends at the next such line.
    std::vector<std::string_view> lines;
    for (size_t pos = 0; pos <= text.size();) {
        const size_t nl = text.find('\n', pos);
        const size_t end = nl == std::string_view::npos ? text.size() : nl;
        std::string_view line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back(line);
        if (nl == std::string_view::npos)
            break;
        pos = nl + 1;
    }
    size_t close = 0;
    for (size_t i = 1; i < lines.size() && !close; ++i)
        if (lines[i] == "+++")
            close = i;
    if (lines.empty() || lines[0] != "+++" || !close) {
        r.at(1, "a lesson starts with a line '+++', its TOML header, and another line '+++'");
        return r.errors;
    }
    std::string header;
    for (size_t i = 1; i < close; ++i)
        header.append(lines[i]).push_back('\n');
    try {
        const toml::table top = toml::parse(header, file);
        parseHeader(top, out, r);
    } catch (const toml::parse_error& e) {
        r.at(static_cast<int>(e.source().begin.line) + 1, std::string(e.description()));
        return r.errors;
    }
    std::vector<std::string_view> body(lines.begin() + static_cast<long>(close) + 1, lines.end());
    splitBody(body, static_cast<int>(close) + 2, out, r.errors);
    return r.errors;
}

} // namespace proclab::lessons
