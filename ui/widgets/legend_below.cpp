#include "ui/widgets/legend_below.h"

#include <qcustomplot.h>

#include <QEvent>

#include <algorithm>
#include <vector>

namespace proclab::ui {

namespace {

// Refits the legend's columns when its plot is resized (the entries stay, the width changes).
class LegendRefit : public QObject {
  public:
    explicit LegendRefit(QCustomPlot* plot) : QObject(plot), plot_(plot) {}

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == plot_ && event->type() == QEvent::Resize)
            fitLegendColumns(plot_->legend, static_cast<QResizeEvent*>(event)->size().width());
        return QObject::eventFilter(watched, event);
    }

  private:
    QCustomPlot* plot_;
};

} // namespace

int fitLegendColumns(QCPLegend* legend, int width) {
    // Rows of legend take height from the data: as many columns as fit, each as wide as its
    // widest entry (a few long labels must not force one entry a row). The grid is laid out
    // again only when told to; cells may be empty after that, hence the null check.
    std::vector<int> widths;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem* item = legend->item(i))
            widths.push_back(item->minimumOuterSizeHint().width() + 14);
    const int n = static_cast<int>(widths.size());
    int columns = 1;
    for (int c = std::max(1, n); c > 1; --c) {
        int total = 0;
        for (int col = 0; col < c; ++col) {
            int widest = 0;
            for (int i = col; i < n; i += c)
                widest = std::max(widest, widths[static_cast<size_t>(i)]);
            total += widest;
        }
        if (total <= width - 24) {
            columns = c;
            break;
        }
    }
    legend->setWrap(columns);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    return columns;
}

void putLegendBelow(QCustomPlot* plot) {
    QCPLayoutGrid* layout = plot->plotLayout();
    if (layout->rowCount() > 1 && layout->element(1, 0) == plot->legend)
        return;
    plot->axisRect()->insetLayout()->take(plot->legend);
    layout->addElement(1, 0, plot->legend);
    layout->setRowStretchFactor(1, 0.001); // as tall as its entries, the axes get the rest
    plot->legend->setMargins(QMargins(4, 2, 4, 2));
    fitLegendColumns(plot->legend, plot->width());
    plot->installEventFilter(new LegendRefit(plot));
}

} // namespace proclab::ui
