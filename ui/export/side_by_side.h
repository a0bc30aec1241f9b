// Two runs one above the other: a student's traced Python script next to ProcLab's own demo of
// it, so a class sees that both tell the same story. Both timelines share one time scale: each
// counts from its own run's start, and both span the longer run (the shorter one ends early on
// the page, which is the point: the same story, told at the same speed or not).
#pragma once

#include "trace/trace.h"
#include "ui/model/run_model.h"

#include <QWidget>

#include <memory>
#include <string>

namespace proclab::ui {

class TimelineView;

// The page of the two timelines. The models are declared first so they outlive the page's views.
struct SideBySidePage {
    RunModel models[2];
    QWidget page;
    TimelineView* timelines[2] = {nullptr, nullptr};
};

// Builds the page (top above bottom, each under its title), both on the same x range.
// Needs a QApplication.
std::unique_ptr<SideBySidePage> buildSideBySide(const Trace& top, const Trace& bottom);

// Exports the two timelines on one time scale as .png/.svg/.pdf.
// Needs a QApplication. Returns an error message, empty on success.
std::string exportSideBySide(const Trace& top, const Trace& bottom, const std::string& path,
                             int width, int height);

} // namespace proclab::ui
