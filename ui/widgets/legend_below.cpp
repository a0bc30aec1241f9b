#include "ui/widgets/legend_below.h"

#include <qcustomplot.h>

namespace proclab::ui {

void putLegendBelow(QCustomPlot* plot, int columns) {
    QCPLayoutGrid* layout = plot->plotLayout();
    if (layout->rowCount() > 1 && layout->element(1, 0) == plot->legend)
        return;
    plot->axisRect()->insetLayout()->take(plot->legend);
    layout->addElement(1, 0, plot->legend);
    layout->setRowStretchFactor(1, 0.001); // as tall as its entries, the axes get the rest
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(columns);
    plot->legend->setMargins(QMargins(4, 2, 4, 2));
}

} // namespace proclab::ui
