#include "fast_path.h"

#include "../cli_lesson.h"
#include "../cli_report.h"
#include "../cli_steps.h"

#include "demos/catalog.h"
#include "io/catalog_json.h"
#include "io/engine_client.h"
#include "io/load_any_trace.h"
#include "io/view_table.h"

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

namespace proclab::front {
namespace {

struct Request {
    std::vector<std::string> positional; // the command first
    bool json = false;
    std::string variant, trace, timeout, steps;
    std::vector<std::string> sets;
};

// Only long options this front end knows, each at most once (--set repeats), each value
// non-empty and not an option itself. Anything else: empty, and proclab-gui reads them.
std::optional<Request> parse(int argc, char** argv) {
    Request r;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a.empty() || a[0] != '-') {
            r.positional.push_back(a);
            continue;
        }
        if (a.rfind("--", 0) != 0 || a == "--")
            return std::nullopt;
        std::string name = a.substr(2), value;
        const size_t eq = name.find('=');
        const bool inline_ = eq != std::string::npos;
        if (inline_) {
            value = name.substr(eq + 1);
            name.resize(eq);
        }
        if (name == "json" && !inline_ && !r.json) {
            r.json = true;
            continue;
        }
        std::string* slot = name == "variant"   ? &r.variant
                            : name == "trace"   ? &r.trace
                            : name == "timeout" ? &r.timeout
                            : name == "steps"   ? &r.steps
                                                : nullptr;
        if (!slot && name != "set")
            return std::nullopt;
        if (!inline_) {
            if (i + 1 >= argc)
                return std::nullopt;
            value = argv[++i];
        }
        if (value.empty() || value[0] == '-' || (slot && !slot->empty()))
            return std::nullopt;
        if (slot)
            *slot = value;
        else
            r.sets.push_back(value);
    }
    return r;
}

// A plain decimal number of seconds, as QString::toDouble reads it too; empty: not plain.
std::optional<double> plainSeconds(const std::string& text) {
    if (text.find_first_not_of("0123456789.") != std::string::npos || text.front() == '.' ||
        text.find('.') != text.rfind('.'))
        return std::nullopt;
    return std::strtod(text.c_str(), nullptr);
}

// True when `file` can be written (a temporary beside it is tried for real, as
// cli_checks.cpp's checkWritable does); any doubt: false, and proclab-gui says why.
bool writable(const std::string& file) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path path = fs::absolute(file, ec);
    if (ec || fs::is_directory(path, ec))
        return false;
    if (fs::exists(path, ec) && !fs::is_regular_file(path, ec))
        return false;
    std::string probe = (path.parent_path() / ".proclab-probe-XXXXXX").string();
    const int fd = ::mkostemp(probe.data(), O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    ::unlink(probe.c_str());
    return true;
}

int list(const Request& r) {
    nlohmann::json catalog = catalogJson();
    catalog["lessons"] = cli::lessonListJson();
    catalog["views"] = viewCatalogJson();
    std::puts(r.json ? catalog.dump(2).c_str()
                     : (catalogText() + "\nViews (--view): " + viewIdList()).c_str());
    return 0;
}

std::optional<int> run(const Request& r) {
    cli::RunCore core;
    core.demo = r.positional[1];
    core.variant = r.variant;
    core.json = r.json;
    for (const std::string& s : r.sets) {
        std::pair<std::string, std::string> kv;
        if (!parseSet(s, kv).empty())
            return std::nullopt;
        core.sets.push_back(kv);
    }
    if (!r.timeout.empty()) {
        const std::optional<double> seconds = plainSeconds(r.timeout);
        if (!seconds || !checkTimeout(*seconds).empty())
            return std::nullopt;
        core.timeoutSeconds = *seconds;
    }
    core.steps = r.steps;
    if (!core.steps.empty() && !cli::checkStepText(core.steps).empty())
        return std::nullopt;
    DemoRun resolved;
    if (!resolveRun({core.demo, core.variant, core.sets}, resolved).empty())
        return std::nullopt;
    return cli::runDemoCore(core, [&](const Trace& t) { return cli::saveTraceFile(t, r.trace); });
}

std::optional<int> show(const Request& r) {
    Trace trace;
    if (!loadAnyTrace(r.positional[1], trace).empty())
        return std::nullopt; // proclab-gui loads it again and says what is wrong
    cli::printRunReport(trace, r.json, false);
    if (std::string error = cli::saveTraceFile(trace, r.trace); !error.empty())
        return cli::failWith(error, 1);
    return 0;
}

} // namespace

std::optional<int> runFastPath(int argc, char** argv) {
    const std::optional<Request> r = parse(argc, argv);
    if (!r || r->positional.empty())
        return std::nullopt;
    const std::string& command = r->positional.front();
    const bool onlyJson = r->variant.empty() && r->sets.empty() && r->trace.empty() &&
                          r->timeout.empty() && r->steps.empty();
    if (command == "list" && r->positional.size() == 1 && onlyJson)
        return list(*r);
    if ((command != "run" && command != "show") || r->positional.size() != 2)
        return std::nullopt;
    if (!r->trace.empty() && !writable(r->trace))
        return std::nullopt;
    if (command == "run")
        return run(*r);
    if (!r->variant.empty() || !r->sets.empty() || !r->timeout.empty() || !r->steps.empty())
        return std::nullopt; // options `show` does not use: as proclab-gui takes them
    return show(*r);
}

} // namespace proclab::front
