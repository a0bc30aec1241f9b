#include "catalog.h"

#include "runtime/pool.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace proclab {

int64_t DemoRun::param(const std::string& name) const {
    const auto it = params.find(name);
    return it == params.end() ? 0 : it->second;
}

int DemoRun::line(std::string_view needle) const {
    const bool listed = spec && std::any_of(spec->needles.begin(), spec->needles.end(),
                                            [&](const CodeNeedle& n) { return n.text == needle; });
    if (!listed)
        throw std::logic_error("demo " + demo + " points at the snippet line '" +
                               std::string(needle) + "', which its spec does not list");
    return lineOf(python, needle);
}

const VariantSpec* DemoSpec::variant(std::string_view name) const {
    for (const VariantSpec& v : variants)
        if (v.name == name)
            return &v;
    return nullptr;
}

int lineOf(std::string_view source, std::string_view needle, int occurrence) {
    int line = 1;
    size_t start = 0;
    while (start <= source.size()) {
        const size_t end = std::min(source.find('\n', start), source.size());
        if (source.substr(start, end - start).find(needle) != std::string_view::npos &&
            --occurrence == 0)
            return line;
        start = end + 1;
        ++line;
    }
    return 0;
}

// The demo list: each demo's spec comes from its own file (demos/<name>.cpp).
DemoSpec processBasicsDemo();
DemoSpec poolSquareDemo();
DemoSpec producerConsumerDemo();
DemoSpec counterRaceDemo();
DemoSpec sharedArrayDemo();
DemoSpec memoryIsolationDemo();
DemoSpec gilVsProcessesDemo();

const std::vector<DemoSpec>& demoCatalog() {
    static const std::vector<DemoSpec> catalog = {
        processBasicsDemo(), poolSquareDemo(),      producerConsumerDemo(), counterRaceDemo(),
        sharedArrayDemo(),   memoryIsolationDemo(), gilVsProcessesDemo(),
    };
    return catalog;
}

const DemoSpec* findDemo(std::string_view id) {
    for (const DemoSpec& d : demoCatalog())
        if (d.id == id)
            return &d;
    return nullptr;
}

void registerAllEntries() {
    registerPoolWorkerEntry();
    for (const DemoSpec& d : demoCatalog())
        if (d.registerEntries)
            d.registerEntries();
}

std::string parseSet(std::string_view text, std::pair<std::string, std::string>& out) {
    const size_t eq = text.find('=');
    if (eq == std::string_view::npos || eq == 0)
        return "--set expects key=value, got '" + std::string(text) + "'";
    out = {std::string(text.substr(0, eq)), std::string(text.substr(eq + 1))};
    return {};
}

namespace {
std::string joinNames(const std::vector<std::string>& names) {
    std::string s;
    for (const auto& n : names)
        s += (s.empty() ? "" : ", ") + n;
    return s;
}

// Fills ${name} placeholders of a snippet with parameter values.
std::string fillSnippet(std::string text, const DemoRun& run) {
    for (const auto& [name, value] : run.params) {
        const std::string key = "${" + name + "}";
        for (size_t pos; (pos = text.find(key)) != std::string::npos;)
            text.replace(pos, key.size(), std::to_string(value));
    }
    return text;
}
} // namespace

std::string resolveRun(const RunRequest& request, DemoRun& out) {
    const DemoSpec* demo = findDemo(request.demo);
    if (!demo) {
        std::vector<std::string> ids;
        for (const DemoSpec& d : demoCatalog())
            ids.push_back(d.id);
        return "unknown demo '" + request.demo + "' (demos: " + joinNames(ids) + ")";
    }
    const VariantSpec* variant = &demo->variants.front();
    if (!request.variant.empty()) {
        variant = nullptr;
        std::vector<std::string> names;
        for (const VariantSpec& v : demo->variants) {
            names.push_back(v.name);
            if (v.name == request.variant)
                variant = &v;
        }
        if (!variant)
            return "unknown variant '" + request.variant + "' for " + demo->id +
                   " (variants: " + joinNames(names) + ")";
    }
    DemoRun run;
    run.demo = demo->id;
    run.spec = demo;
    run.variant = variant->name;
    for (const ParamSpec& p : demo->params)
        run.params[p.name] = p.defaultValue;
    for (const auto& [key, text] : request.sets) {
        const ParamSpec* spec = nullptr;
        std::vector<std::string> names;
        for (const ParamSpec& p : demo->params) {
            names.push_back(p.name);
            if (p.name == key)
                spec = &p;
        }
        if (!spec)
            return "unknown parameter '" + key + "' for " + demo->id +
                   (names.empty() ? " (it has none)" : " (parameters: " + joinNames(names) + ")");
        int64_t value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size())
            return "parameter " + key + " must be a whole number, got '" + text + "'";
        if (value < spec->min || value > spec->max)
            return "parameter " + key + " = " + text + " is out of range [" +
                   std::to_string(spec->min) + ", " + std::to_string(spec->max) + "]";
        run.params[key] = value;
    }
    if (demo->check) {
        if (std::string problem = demo->check(run); !problem.empty())
            return problem;
    }
    const auto& snippets = pythonSnippets();
    const auto it = snippets.find(variant->snippet);
    run.python = it == snippets.end() ? std::string() : fillSnippet(it->second, run);
    out = std::move(run);
    return {};
}

} // namespace proclab
