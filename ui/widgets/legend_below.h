// A chart's legend in a row of its own under the axes instead of inside them: inside, it
// covers bars and curves wherever it is placed (a projector's large text makes it larger still).
#pragma once

class QCustomPlot;

namespace proclab::ui {

// Moves `plot`'s legend out of the axis rect into a row below it, entries side by side
// (wrapping after `columns`). Idempotent.
void putLegendBelow(QCustomPlot* plot, int columns = 2);

} // namespace proclab::ui
