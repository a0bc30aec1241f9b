// Makes a plot's x axis follow the run's shared time window and shows the shared cursor on it,
// so every time-based panel lines up with the timeline.
#pragma once

class QCustomPlot;
class QCPAxis;

namespace proclab::ui {

class RunModel;

// Adds a cursor line (on its own buffered layer: cheap to move during playback). With
// `shareRange`, keeps `axis` on the model's view range, and dragging/zooming the plot moves the
// shared range too; without, the plot keeps its own range (e.g. fitted to its data).
void followTimeWindow(QCustomPlot* plot, QCPAxis* axis, RunModel* model, bool shareRange = true);

} // namespace proclab::ui
