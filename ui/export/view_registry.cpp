#include "ui/export/view_registry.h"

#include "ui/main_window.h"
#include "ui/model/run_model.h"
#include "ui/panels/array_panel.h"
#include "ui/panels/code_panel.h"
#include "ui/panels/console_panel.h"
#include "ui/panels/counter_panel.h"
#include "ui/panels/gil_panel.h"
#include "ui/panels/memory_panel.h"
#include "ui/panels/pool_view.h"
#include "ui/panels/queue_panel.h"
#include "ui/timeline/timeline_view.h"

#include "io/view_table.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace proclab::ui {

namespace {
template <class Panel>
std::function<QWidget*(RunModel*, QWidget*)> maker() {
    return [](RunModel* m, QWidget* parent) -> QWidget* { return new Panel(m, parent); };
}

// What the GUI adds to each entry of the plain table (engine/io/view_table.cpp). The title is
// repeated here only so that lupdate finds it; viewRegistry() refuses one that differs.
struct ViewWidget {
    const char* id;
    const char* title;
    Qt::DockWidgetArea area; // Qt::NoDockWidgetArea: the timeline (the centre), the whole window
    std::function<QWidget*(RunModel* model, QWidget* parent)> make;
    bool outcome; // see ViewInfo::outcome
};

const std::vector<ViewWidget>& viewWidgets() {
    static const std::vector<ViewWidget> widgets = {
        {"timeline", QT_TRANSLATE_NOOP("Views", "Timeline"), Qt::NoDockWidgetArea,
         maker<TimelineView>(), false},
        {"code", QT_TRANSLATE_NOOP("Views", "Code"), Qt::RightDockWidgetArea, maker<CodePanel>(),
         false},
        {"counter", QT_TRANSLATE_NOOP("Views", "Counter"), Qt::RightDockWidgetArea,
         maker<CounterPanel>(), false},
        {"queue", QT_TRANSLATE_NOOP("Views", "Queue"), Qt::RightDockWidgetArea, maker<QueuePanel>(),
         false},
        {"pool", QT_TRANSLATE_NOOP("Views", "Pool"), Qt::RightDockWidgetArea, maker<PoolView>(),
         false},
        {"array", QT_TRANSLATE_NOOP("Views", "Array"), Qt::RightDockWidgetArea, maker<ArrayPanel>(),
         true},
        {"memory", QT_TRANSLATE_NOOP("Views", "Memory"), Qt::RightDockWidgetArea,
         maker<MemoryPanel>(), true},
        {"gil", QT_TRANSLATE_NOOP("Views", "GIL"), Qt::RightDockWidgetArea, maker<GilPanel>(),
         true},
        {"console", QT_TRANSLATE_NOOP("Views", "Console"), Qt::BottomDockWidgetArea,
         maker<ConsolePanel>(), false},
        {"window", QT_TRANSLATE_NOOP("Views", "Whole window"), Qt::NoDockWidgetArea, nullptr,
         false},
    };
    return widgets;
}

// The plain table joined with the widgets, in the plain table's order. A view on one side only,
// or a title that differs, is a programming error caught by the first test that opens a view.
std::vector<ViewInfo> joinViews() {
    const std::vector<ViewEntry>& table = viewTable();
    if (table.size() != viewWidgets().size())
        throw std::logic_error("view_registry: the view table and the view widgets differ in size");
    std::vector<ViewInfo> views;
    for (const ViewEntry& entry : table) {
        const auto w =
            std::find_if(viewWidgets().begin(), viewWidgets().end(),
                         [&](const ViewWidget& x) { return std::strcmp(x.id, entry.id) == 0; });
        if (w == viewWidgets().end() || std::strcmp(w->title, entry.title) != 0)
            throw std::logic_error(std::string("view_registry: no widget titled like view ") +
                                   entry.id);
        QStringList demos;
        for (const char* d : entry.demos)
            demos << QString::fromLatin1(d);
        views.push_back(
            {QString::fromLatin1(entry.id), entry.title, w->area, demos, w->make, w->outcome});
    }
    return views;
}
} // namespace

const std::vector<ViewInfo>& viewRegistry() {
    static const std::vector<ViewInfo> views = joinViews();
    return views;
}

const ViewInfo* findView(const QString& id) {
    for (const ViewInfo& v : viewRegistry())
        if (v.id == id)
            return &v;
    return nullptr;
}

QString viewTitle(const ViewInfo& view) {
    return QCoreApplication::translate("Views", view.title);
}

QStringList viewIds() {
    QStringList ids;
    for (const ViewInfo& v : viewRegistry())
        ids << v.id;
    return ids;
}

bool viewRelevantTo(const ViewInfo& view, const std::string& demo) {
    // A trace that does not name its demo (built by hand, or another program's) is not refused.
    return view.demos.isEmpty() || demo.empty() ||
           view.demos.contains(QString::fromStdString(demo));
}

bool viewRelevantTo(const QString& id, const std::string& demo) {
    const ViewInfo* v = findView(id);
    return v && viewRelevantTo(*v, demo);
}

bool viewRelevantToRun(const ViewInfo& view, const RunModel& model) {
    const std::string& demo = model.trace().demo;
    if (!demo.empty() || view.demos.isEmpty())
        return viewRelevantTo(view, demo);
    if (view.id == QLatin1String("queue"))
        return !model.queues().empty();
    if (view.id == QLatin1String("counter"))
        return model.counter().has_value();
    if (view.id == QLatin1String("pool"))
        return model.pool().has_value();
    if (view.id == QLatin1String("array"))
        return model.array().has_value();
    if (view.id == QLatin1String("gil"))
        return model.gil().has_value();
    return false;
}

std::string viewProblem(const QString& id, const std::string& demo) {
    const ViewInfo* v = findView(id);
    if (!v)
        return "--view must be one of " + viewIds().join(QStringLiteral(", ")).toStdString() +
               ", got '" + id.toStdString() + "'";
    if (!viewRelevantTo(*v, demo))
        return "the " + id.toStdString() + " view shows runs of " +
               v->demos.join(QStringLiteral(", ")).toStdString() + ", not of " +
               (demo.empty() ? std::string("this run") : demo);
    return {};
}

nlohmann::json viewCatalogJson() {
    return proclab::viewCatalogJson();
}

} // namespace proclab::ui
