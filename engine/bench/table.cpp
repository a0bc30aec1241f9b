// The report: an aligned table for people, one JSON object for scripts.
#include "bench.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace proclab::bench {
namespace {

std::string format(const char* fmt, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, v);
    return buf;
}

std::string value(double v, const std::string& unit) {
    const double a = std::fabs(v);
    std::string s;
    if (a >= 1e6)
        s = format("%.2fM", v / 1e6);
    else if (a >= 1e4)
        s = format("%.1fk", v / 1e3);
    else if (a >= 100)
        s = format("%.0f", v);
    else
        s = format("%.1f", v);
    return s + " " + unit;
}

std::string ratioText(double r) {
    if (r >= 100)
        return format("%.0fx", r);
    if (r >= 0.1)
        return format("%.2fx", r);
    return format("%.3fx", r);
}

std::string targetText(const std::optional<Target>& t) {
    if (!t)
        return "-";
    return std::string(t->atMost ? "<= " : ">= ") +
           format(t->value >= 10 ? "%.0fx" : "%.1fx", t->value);
}

} // namespace

std::optional<double> Row::ratio() const {
    if (!baseline || *baseline == 0)
        return std::nullopt;
    return ours / *baseline;
}

std::string Row::status() const {
    const auto r = ratio();
    if (!r)
        return "SKIP";
    if (!target)
        return "INFO";
    const bool pass = target->atMost ? *r <= target->value : *r >= target->value;
    return pass ? "PASS" : "MISS";
}

void printTable(const Report& report, const Options& o) {
    const std::array<std::string, 7> head = {"figure", "ours",  "value", "baseline",
                                             "value",  "ratio", "target"};
    std::vector<std::array<std::string, 8>> lines;
    lines.push_back({head[0], head[1], head[2], head[3], head[4], head[5], head[6], "result"});
    for (const Row& r : report.rows) {
        const auto ratio = r.ratio();
        lines.push_back({r.figure, r.what, value(r.ours, r.unit), r.baselineName,
                         r.baseline ? value(*r.baseline, r.unit) : "n/a",
                         ratio ? ratioText(*ratio) : "-", targetText(r.target), r.status()});
    }
    std::array<size_t, 8> width{};
    for (const auto& l : lines)
        for (size_t i = 0; i < l.size(); ++i)
            width[i] = std::max(width[i], l[i].size());
    std::printf("proclab-bench: medians of %d rounds%s; ratio = ours / baseline. A 2-core "
                "machine shared with other work: figures are noisy.\n\n",
                o.rounds, o.quick ? " (--quick: small rounds, a smoke run)" : "");
    for (size_t n = 0; n < lines.size(); ++n) {
        const auto& l = lines[n];
        for (size_t i = 0; i < l.size(); ++i) {
            // Numbers right-aligned, words left-aligned.
            const bool right = i == 2 || i == 4 || i == 5;
            std::printf(right ? "%*s" : "%-*s", static_cast<int>(width[i]), l[i].c_str());
            std::printf(i + 1 < l.size() ? "  " : "\n");
        }
        if (n == 0) {
            size_t total = 0;
            for (size_t w : width)
                total += w + 2;
            std::printf("%s\n", std::string(total - 2, '-').c_str());
        }
    }
    if (!report.notes.empty()) {
        std::printf("\nnotes:\n");
        for (const std::string& note : report.notes)
            std::printf("  %s\n", note.c_str());
    }
}

std::string reportJson(const Report& report, const Options& o) {
    nlohmann::json rows = nlohmann::json::array();
    for (const Row& r : report.rows) {
        nlohmann::json row = {{"figure", r.figure},
                              {"what", r.what},
                              {"unit", r.unit},
                              {"ours", r.ours},
                              {"baseline_name", r.baselineName},
                              {"baseline", nullptr},
                              {"ratio", nullptr},
                              {"target", nullptr},
                              {"status", r.status()}};
        if (r.baseline)
            row["baseline"] = *r.baseline;
        if (const auto ratio = r.ratio())
            row["ratio"] = *ratio;
        if (r.target)
            row["target"] = {{"op", r.target->atMost ? "<=" : ">="}, {"value", r.target->value}};
        rows.push_back(row);
    }
    const nlohmann::json out = {
        {"rounds", o.rounds}, {"quick", o.quick}, {"rows", rows}, {"notes", report.notes}};
    return out.dump(2);
}

} // namespace proclab::bench
