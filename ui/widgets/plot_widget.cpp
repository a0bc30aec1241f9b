#include "ui/widgets/plot_widget.h"

#include "ui/style/theme.h"

namespace proclab::ui {

namespace {
bool gVectorPainting = false;

void styleAxis(QCPAxis* axis) {
    const Theme& th = theme();
    const QColor fg = th.foreground();
    axis->setLabelFont(th.labelFont());
    axis->setTickLabelFont(th.smallFont());
    axis->setLabelColor(fg);
    axis->setTickLabelColor(fg);
    axis->setBasePen(QPen(fg, 1));
    axis->setTickPen(QPen(fg, 1));
    axis->setSubTickPen(QPen(th.muted(), 1));
    axis->grid()->setPen(QPen(th.grid(), 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}
} // namespace

PlotWidget::PlotWidget(QWidget* parent) : QCustomPlot(parent) {
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phCacheLabels, true);
    legend->setVisible(true);
    connect(&theme(), &Theme::changed, this, [this] {
        applyTheme();
        replot();
    });
    applyTheme();
}

void PlotWidget::setVectorPainting(bool on) {
    gVectorPainting = on;
}
bool PlotWidget::vectorPainting() {
    return gVectorPainting;
}

void PlotWidget::applyTheme() {
    const Theme& th = theme();
    setBackground(QBrush(th.background()));
    for (QCPAxisRect* rect : axisRects()) {
        rect->setBackground(QBrush(th.background()));
        for (QCPAxis* axis : rect->axes())
            styleAxis(axis);
    }
    legend->setFont(th.smallFont());
    legend->setTextColor(th.foreground());
    QColor legendBg = th.background();
    legendBg.setAlphaF(0.88f);
    legend->setBrush(QBrush(legendBg));
    legend->setBorderPen(QPen(th.muted()));
    legend->setIconSize(28, 14);
}

void PlotWidget::paintEvent(QPaintEvent* event) {
    if (!gVectorPainting) {
        QCustomPlot::paintEvent(event);
        return;
    }
    QCPPainter painter(this);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    toPainter(&painter, width(), height());
}

} // namespace proclab::ui
