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

#include <QCoreApplication>

namespace proclab::ui {

namespace {
template <class Panel>
std::function<QWidget*(RunModel*, QWidget*)> maker() {
    return [](RunModel* m, QWidget* parent) -> QWidget* { return new Panel(m, parent); };
}
} // namespace

const std::vector<ViewInfo>& viewRegistry() {
    static const std::vector<ViewInfo> views = {
        {QStringLiteral("timeline"),
         QT_TRANSLATE_NOOP("Views", "Timeline"),
         Qt::NoDockWidgetArea,
         {},
         maker<TimelineView>()},
        {QStringLiteral("code"),
         QT_TRANSLATE_NOOP("Views", "Code"),
         Qt::RightDockWidgetArea,
         {},
         maker<CodePanel>()},
        {QStringLiteral("counter"),
         QT_TRANSLATE_NOOP("Views", "Counter"),
         Qt::RightDockWidgetArea,
         {QStringLiteral("counter-race")},
         maker<CounterPanel>()},
        {QStringLiteral("queue"),
         QT_TRANSLATE_NOOP("Views", "Queue"),
         Qt::RightDockWidgetArea,
         {QStringLiteral("producer-consumer")},
         maker<QueuePanel>()},
        {QStringLiteral("pool"),
         QT_TRANSLATE_NOOP("Views", "Pool"),
         Qt::RightDockWidgetArea,
         {QStringLiteral("pool-square")},
         maker<PoolView>()},
        {QStringLiteral("array"),
         QT_TRANSLATE_NOOP("Views", "Array"),
         Qt::RightDockWidgetArea,
         {QStringLiteral("shared-array")},
         maker<ArrayPanel>()},
        {QStringLiteral("memory"),
         QT_TRANSLATE_NOOP("Views", "Memory"),
         Qt::RightDockWidgetArea,
         {QStringLiteral("memory-isolation")},
         maker<MemoryPanel>()},
        {QStringLiteral("gil"),
         QT_TRANSLATE_NOOP("Views", "GIL"),
         Qt::RightDockWidgetArea,
         {QStringLiteral("gil-vs-processes")},
         maker<GilPanel>()},
        {QStringLiteral("console"),
         QT_TRANSLATE_NOOP("Views", "Console"),
         Qt::BottomDockWidgetArea,
         {},
         maker<ConsolePanel>()},
        {QStringLiteral("window"),
         QT_TRANSLATE_NOOP("Views", "Whole window"),
         Qt::NoDockWidgetArea,
         {},
         nullptr},
    };
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
    nlohmann::json out = nlohmann::json::array();
    for (const ViewInfo& v : viewRegistry()) {
        nlohmann::json demos = nlohmann::json::array();
        for (const QString& d : v.demos)
            demos.push_back(d.toStdString());
        out.push_back({{"id", v.id.toStdString()}, {"title", v.title}, {"demos", demos}});
    }
    return out;
}

} // namespace proclab::ui
