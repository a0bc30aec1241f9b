// A chart's legend in a row of its own under the axes instead of inside them: inside, it
// covers bars and curves wherever it is placed (a projector's large text makes it larger still).
// The entries flow into as many columns as the width holds, so the legend takes few rows.
#pragma once

class QCustomPlot;
class QCPLegend;

namespace proclab::ui {

// Moves `plot`'s legend out of the axis rect into a row below it, entries side by side. The
// number of columns follows the plot's width (refitted on every resize). Idempotent.
void putLegendBelow(QCustomPlot* plot);

// Lays `legend`'s entries out in as many columns as fit in `width` pixels, each column as wide
// as its widest entry; returns the number of columns. Call it after adding entries.
int fitLegendColumns(QCPLegend* legend, int width);

} // namespace proclab::ui
