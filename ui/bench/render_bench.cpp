// proclab-render-bench: what a large run costs the GUI, offscreen. For each trace (synthetic
// counter races of --sizes events, or real files given with --trace), it measures:
//   - open: reading a saved .proclab file and building the run model (File → Open without the
//     widgets), and the model's heap bytes per event (the trace plus every analysis);
//   - ms per timeline frame at zooms 1× … 100000× and when panning.
// Frames are measured A B A B …: each round draws every trace at every zoom in turn, so a load
// that comes and goes hits all of them, and the ratio of the last trace's full frame to the
// first one's is taken within the same run. Prints numbers and ratios; judges nothing.
//   proclab-render-bench [--sizes 1000000,10000000] [--trace FILE]... [--frames 5]
//                        [--rounds 3] [--json] [--shots DIR]
// --shots DIR writes the main window for each sample run to DIR/<name>.png instead.
#include "io/load_any_trace.h"
#include "io/trace_file.h"
#include "ui/export/exporter.h"
#include "ui/export/view_factory.h"
#include "ui/model/run_model.h"
#include "ui/testing/sample_traces.h"
#include "ui/timeline/lanes_plottable.h"
#include "ui/timeline/timeline_view.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStyleFactory>
#include <QTemporaryDir>

#include <malloc.h>
#include <nlohmann/json.hpp>
#include <stdlib.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace proclab;
using namespace proclab::ui;

namespace {

constexpr double kZooms[] = {1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0};

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Bytes the heap holds now (small blocks and mmapped large ones).
double heapBytes() {
    const struct mallinfo2 m = mallinfo2();
    return static_cast<double>(m.uordblks + m.hblkhd);
}

double msSince(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// CPU time of this process: on a shared machine wall time mostly measures the other users.
double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// One trace under test: its model and timeline, and what was measured.
struct Subject {
    QString name;
    size_t events = 0;
    double buildMs = 0, saveMs = 0, loadMs = 0, modelMs = 0, openCpuMs = 0, bytesPerEvent = 0;
    std::unique_ptr<RunModel> model;
    std::unique_ptr<TimelineView> view;
    std::vector<std::vector<double>> zoomMs{std::size(kZooms)}, zoomCpuMs{std::size(kZooms)};
    std::vector<double> panMs;
};

// Opens `file` as File → Open does (load, then the model analyses it), measuring time and the
// heap the model keeps.
bool open(Subject& s, const std::string& file) {
    malloc_trim(0);
    const double before = heapBytes();
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuMs();
    Trace trace;
    if (const std::string err = loadAnyTrace(file, trace); !err.empty()) {
        std::fprintf(stderr, "%s\n", err.c_str());
        return false;
    }
    s.loadMs = msSince(timer);
    timer.restart();
    s.model = std::make_unique<RunModel>();
    s.model->setTrace(std::move(trace));
    s.modelMs = msSince(timer);
    s.openCpuMs = cpuMs() - cpu0;
    s.events = s.model->trace().size();
    malloc_trim(0);
    s.bytesPerEvent = (heapBytes() - before) / static_cast<double>(std::max<size_t>(1, s.events));
    s.view = std::make_unique<TimelineView>(s.model.get());
    s.view->setAttribute(Qt::WA_DontShowOnScreen);
    s.view->resize(1600, 700);
    s.view->show();
    QCoreApplication::processEvents();
    return true;
}

// Wall and CPU milliseconds per frame at `zoom`, centred on the middle of the run.
std::pair<double, double> frameMs(Subject& s, double zoom, int frames) {
    const double d = static_cast<double>(s.model->duration());
    const double span = d / zoom;
    s.model->setViewRange(d * 0.5 - span / 2, d * 0.5 + span / 2);
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuMs();
    for (int i = 0; i < frames; ++i)
        s.view->replot(QCustomPlot::rpImmediateRefresh);
    return {msSince(timer) / frames, (cpuMs() - cpu0) / frames};
}

// Panning at a deep zoom: what dragging feels like. A drag moves the view's axis (which tells
// the model); setting the model's range instead would draw each frame twice (the view redraws
// when the model's range changes).
double panMs(Subject& s, int frames) {
    const double d = static_cast<double>(s.model->duration());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i) {
        const double b = d * 0.4 + i * d / 20000;
        s.view->xAxis->setRange(b, b + d / 1000);
        s.view->replot(QCustomPlot::rpImmediateRefresh);
    }
    return msSince(timer) / frames;
}

// Median ratio of b's frames to a's, round by round (each round drew both under one load).
double roundRatio(const std::vector<double>& a, const std::vector<double>& b) {
    std::vector<double> r;
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] > 0)
            r.push_back(b[i] / a[i]);
    return median(r);
}

// The machine's load average (1, 5, 15 min): frames on a busy machine take longer in wall time.
std::vector<double> loadAverage() {
    double l[3] = {0, 0, 0};
    if (getloadavg(l, 3) != 3)
        return {};
    return {l[0], l[1], l[2]};
}

void report(const std::vector<Subject>& subjects, int rounds, bool json,
            const std::vector<double>& loadBefore) {
    nlohmann::json out;
    out["rounds"] = rounds;
    out["load_before"] = loadBefore;
    out["load_after"] = loadAverage();
    for (const Subject& s : subjects) {
        nlohmann::json j;
        j["name"] = s.name.toStdString();
        j["events"] = s.events;
        j["bytes_per_event"] = s.bytesPerEvent;
        j["load_ms"] = s.loadMs;
        j["model_ms"] = s.modelMs;
        j["open_ms"] = s.loadMs + s.modelMs;
        j["open_cpu_ms"] = s.openCpuMs;
        double worst = 0, worstCpu = 0;
        for (size_t z = 0; z < std::size(kZooms); ++z) {
            const double ms = median(s.zoomMs[z]), cpu = median(s.zoomCpuMs[z]);
            worst = std::max(worst, ms);
            worstCpu = std::max(worstCpu, cpu);
            j["frame_ms"].push_back({{"zoom", kZooms[z]}, {"ms", ms}, {"cpu_ms", cpu}});
        }
        j["worst_frame_cpu_ms"] = worstCpu;
        j["pan_ms"] = median(s.panMs);
        j["worst_frame_ms"] = std::max(worst, median(s.panMs));
        out["traces"].push_back(j);
    }
    if (subjects.size() >= 2) {
        const Subject &a = subjects.front(), &b = subjects.back();
        out["full_frame_ratio"] = roundRatio(a.zoomMs[0], b.zoomMs[0]);
        out["full_frame_cpu_ratio"] = roundRatio(a.zoomCpuMs[0], b.zoomCpuMs[0]);
        out["ratio_of"] = {a.events, b.events};
    }
    if (json) {
        std::printf("%s\n", out.dump(2).c_str());
        return;
    }
    for (const auto& j : out["traces"]) {
        std::printf("%s: %zu events, %.1f bytes/event in the model, open %.0f ms "
                    "(load %.0f + model %.0f; CPU %.0f ms)\n",
                    j["name"].get<std::string>().c_str(), j["events"].get<size_t>(),
                    j["bytes_per_event"].get<double>(), j["open_ms"].get<double>(),
                    j["load_ms"].get<double>(), j["model_ms"].get<double>(),
                    j["open_cpu_ms"].get<double>());
        for (const auto& f : j["frame_ms"])
            std::printf("  zoom %7.0fx  %8.2f ms/frame (CPU %.2f)\n", f["zoom"].get<double>(),
                        f["ms"].get<double>(), f["cpu_ms"].get<double>());
        std::printf("  pan at 1000x  %8.2f ms/frame   worst %.2f ms\n", j["pan_ms"].get<double>(),
                    j["worst_frame_ms"].get<double>());
    }
    if (out.contains("full_frame_ratio"))
        std::printf("full frame, %zu vs %zu events: %.2fx wall, %.2fx CPU (median of %d rounds, "
                    "A B A B)\n",
                    out["ratio_of"][1].get<size_t>(), out["ratio_of"][0].get<size_t>(),
                    out["full_frame_ratio"].get<double>(),
                    out["full_frame_cpu_ratio"].get<double>(), rounds);
    for (const char* key : {"load_before", "load_after"})
        if (out[key].size() == 3)
            std::printf("machine: load average %s %.2f %.2f %.2f\n",
                        key == std::string("load_before") ? "before" : "after",
                        out[key][0].get<double>(), out[key][1].get<double>(),
                        out[key][2].get<double>());
}

int runBench(const std::vector<size_t>& sizes, const QStringList& files, int frames, int rounds,
             bool json) {
    const std::vector<double> loadBefore = loadAverage();
    QTemporaryDir tmp;
    std::vector<Subject> subjects;
    for (size_t n : sizes) {
        Subject s;
        QElapsedTimer timer;
        timer.start();
        Trace trace = samples::counterRaceWithEvents(n);
        s.buildMs = msSince(timer);
        const std::string file = tmp.filePath(QStringLiteral("%1.proclab").arg(n)).toStdString();
        timer.restart();
        if (const std::string err = saveTrace(trace, file); !err.empty()) {
            std::fprintf(stderr, "%s\n", err.c_str());
            return 1;
        }
        s.saveMs = msSince(timer);
        trace = Trace{};
        s.name = QStringLiteral("synthetic %1").arg(n);
        if (!open(s, file))
            return 1;
        subjects.push_back(std::move(s));
    }
    for (const QString& f : files) {
        Subject s;
        s.name = f;
        if (!open(s, f.toStdString()))
            return 1;
        subjects.push_back(std::move(s));
    }
    for (int r = 0; r < rounds; ++r) {
        for (size_t z = 0; z < std::size(kZooms); ++z)
            for (Subject& s : subjects) {
                const auto [wall, cpu] = frameMs(s, kZooms[z], frames);
                s.zoomMs[z].push_back(wall);
                s.zoomCpuMs[z].push_back(cpu);
            }
        for (Subject& s : subjects)
            s.panMs.push_back(panMs(s, frames));
    }
    report(subjects, rounds, json, loadBefore);
    return 0;
}

void shots(const QString& dir) {
    QDir().mkpath(dir);
    const std::pair<const char*, Trace> runs[] = {
        {"process-basics", samples::processBasics(2, false)},
        {"process-basics-crash", samples::processBasics(2, true)},
        {"pool-square", samples::poolSquare(4, 5, 1)},
        {"pool-square-chunks", samples::poolSquare(3, 12, 2)},
        {"producer-consumer", samples::producerConsumer(5, 0, false)},
        {"producer-consumer-missed", samples::producerConsumer(5, 2, true)},
        {"counter-race", samples::counterRace(4, 30, 3)},
        {"counter-race-1000", samples::counterRace(4, 1000, 3)},
    };
    for (const auto& [name, trace] : runs) {
        RunModel model;
        model.setTrace(trace);
        for (const char* view : {"window", "timeline"}) {
            auto w = makeExportView(QString::fromLatin1(view), &model);
            const QString path =
                QDir(dir).filePath(QStringLiteral("%1-%2.png")
                                       .arg(QString::fromLatin1(name), QString::fromLatin1(view)));
            const QString err = exportWidget(w.get(), path, QSize(1600, 900), 1.0);
            std::printf("%s %s\n", qPrintable(path), err.isEmpty() ? "ok" : qPrintable(err));
        }
    }
    // Mid-run: the code panel highlights each process's line, the queue holds items.
    for (const auto& [name, trace] : runs) {
        RunModel model;
        model.setTrace(trace);
        model.setCursor(model.duration() * 2 / 5);
        auto w = makeExportView(QStringLiteral("window"), &model);
        const QString path =
            QDir(dir).filePath(QStringLiteral("%1-mid-window.png").arg(QString::fromLatin1(name)));
        const QString err = exportWidget(w.get(), path, QSize(1600, 900), 1.0);
        std::printf("%s %s\n", qPrintable(path), err.isEmpty() ? "ok" : qPrintable(err));
    }
    // One run in the vector formats as well.
    RunModel model;
    model.setTrace(samples::counterRace(4, 30, 3));
    for (const char* ext : {"svg", "pdf"}) {
        auto w = makeExportView(QStringLiteral("window"), &model);
        const QString path =
            QDir(dir).filePath(QStringLiteral("counter-race-window.%1").arg(QLatin1String(ext)));
        const QString err = exportWidget(w.get(), path, QSize(1600, 900));
        std::printf("%s %s\n", qPrintable(path), err.isEmpty() ? "ok" : qPrintable(err));
    }
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    std::vector<size_t> sizes = {1'000'000, 10'000'000};
    QStringList files;
    int frames = 5, rounds = 3;
    bool json = false;
    QString shotDir;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == QLatin1String("--frames") && hasValue)
            frames = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--rounds") && hasValue)
            rounds = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--shots") && hasValue)
            shotDir = args[++i];
        else if (args[i] == QLatin1String("--trace") && hasValue)
            files << args[++i];
        else if (args[i] == QLatin1String("--json"))
            json = true;
        else if (args[i] == QLatin1String("--sizes") && hasValue) {
            sizes.clear();
            for (const QString& s : args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (s.toULongLong() > 0)
                    sizes.push_back(s.toULongLong());
        } else {
            std::fprintf(stderr, "usage: proclab-render-bench [--sizes a,b] [--trace FILE]... "
                                 "[--frames n] [--rounds n] [--json] [--shots DIR]\n");
            return 2;
        }
    }
    if (!shotDir.isEmpty()) {
        shots(shotDir);
        return 0;
    }
    return runBench(sizes, files, frames, rounds, json);
}
