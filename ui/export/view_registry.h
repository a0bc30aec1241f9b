// The GUI's views: the plain table of ids, titles and demos (engine/io/view_table.h, which the
// Qt-free front end prints) joined with each view's dock area and how to make it from a run
// model. The main window's docks and View menu, the export menu, the exporter and the command
// line's --view all loop over this, so adding a view is one entry in each table plus its widget.
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace proclab {
class Trace;
}

namespace proclab::ui {

class RunModel;

struct ViewInfo {
    QString id;        // "counter": the --view name and the dock's object name prefix
    const char* title; // English source text, translated by viewTitle()
    // Where the main window docks it; Qt::NoDockWidgetArea for the timeline (the centre) and
    // the whole window.
    Qt::DockWidgetArea area = Qt::NoDockWidgetArea;
    // Demos whose runs this view speaks about; empty: every run.
    QStringList demos;
    std::function<QWidget*(RunModel* model, QWidget* parent)> make;
    // A summary of the whole run (the array's sums, the two copies of memory, the speedup):
    // exported at the run's end, not at the telling instant the timeline's picture wants.
    bool outcome = false;
};

const std::vector<ViewInfo>& viewRegistry();
const ViewInfo* findView(const QString& id);
QString viewTitle(const ViewInfo& view);
QStringList viewIds();

// True when the view has something to show for a run of this demo (the same answer before
// the run, from the demo's id, and after it, from the trace's).
bool viewRelevantTo(const ViewInfo& view, const std::string& demo);
bool viewRelevantTo(const QString& id, const std::string& demo);
// The same for a run in the GUI; a trace that does not name its demo (a hand-made one) is
// judged by what its analysis found instead.
bool viewRelevantToRun(const ViewInfo& view, const RunModel& model);
// "" when `id` can be exported for a run of `demo`, else the reason (unknown or not relevant).
std::string viewProblem(const QString& id, const std::string& demo);

// [{"id","title","demos"}] for `proclab list --json`.
nlohmann::json viewCatalogJson();

} // namespace proclab::ui
