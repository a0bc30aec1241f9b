// proclab-render-bench: milliseconds per timeline frame at several zoom levels for synthetic
// counter-race traces of 10k, 100k and 1M events, offscreen. Prints numbers, judges nothing.
//   proclab-render-bench [--sizes 10000,100000,1000000] [--frames 10] [--shots DIR]
// --shots DIR also writes the main window for each sample run to DIR/<name>.png, for looking
// at the views without the engine.
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

#include <cstdio>
#include <cstdlib>

using namespace proclab;
using namespace proclab::ui;

namespace {

double msPerFrame(TimelineView& view, int frames) {
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i)
        view.replot(QCustomPlot::rpImmediateRefresh);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6 / frames;
}

void bench(size_t events, int frames) {
    QElapsedTimer timer;
    timer.start();
    Trace trace = samples::counterRaceWithEvents(events);
    const double buildMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    RunModel model;
    model.setTrace(std::move(trace));
    const double analysisMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    TimelineView view(&model);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(1600, 700);
    view.show();
    QCoreApplication::processEvents();
    std::printf("%zu events (%zu in trace): build %.1f ms, analysis %.1f ms\n", events,
                model.trace().size(), buildMs, analysisMs);
    const double d = static_cast<double>(model.duration());
    for (double zoom : {1.0, 10.0, 100.0, 1000.0, 10000.0}) {
        const double span = d / zoom;
        const double mid = d * 0.5;
        model.setViewRange(mid - span / 2, mid + span / 2);
        const double ms = msPerFrame(view, frames);
        const auto& s = view.lanes()->stats();
        std::printf("  zoom %7.0fx  span %12.0f ns  %8.2f ms/frame  (%d rects, %d folded columns, "
                    "%d lost marks)\n",
                    zoom, span, ms, s.stateRects, s.foldedColumns, s.lostMarks);
    }
    // Panning at a deep zoom: what dragging feels like.
    model.setViewRange(d * 0.4, d * 0.4 + d / 1000);
    QElapsedTimer pan;
    pan.start();
    for (int i = 0; i < frames; ++i) {
        const double b = d * 0.4 + i * d / 20000;
        model.setViewRange(b, b + d / 1000);
        view.replot(QCustomPlot::rpImmediateRefresh);
    }
    std::printf("  pan at 1000x  %8.2f ms/frame\n",
                static_cast<double>(pan.nsecsElapsed()) / 1e6 / frames);
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
    std::vector<size_t> sizes = {10'000, 100'000, 1'000'000};
    int frames = 10;
    QString shotDir;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--frames") && i + 1 < args.size())
            frames = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--shots") && i + 1 < args.size())
            shotDir = args[++i];
        else if (args[i] == QLatin1String("--sizes") && i + 1 < args.size()) {
            sizes.clear();
            for (const QString& s : args[++i].split(QLatin1Char(',')))
                sizes.push_back(s.toULongLong());
        } else {
            std::fprintf(
                stderr, "usage: proclab-render-bench [--sizes a,b,c] [--frames n] [--shots DIR]\n");
            return 2;
        }
    }
    if (!shotDir.isEmpty()) {
        shots(shotDir);
        return 0;
    }
    for (size_t n : sizes)
        bench(n, frames);
    return 0;
}
