#include "ui/widgets/cursor_sync.h"

#include "ui/model/run_model.h"
#include "ui/style/theme.h"
#include "ui/timeline/time_ticker.h"

#include <qcustomplot.h>

namespace proclab::ui {

void followTimeWindow(QCustomPlot* plot, QCPAxis* axis, RunModel* model, bool shareRange) {
    installTimeTicker(axis);
    if (!plot->layer(QStringLiteral("cursor"))) {
        plot->addLayer(QStringLiteral("cursor"), plot->layer(QStringLiteral("main")),
                       QCustomPlot::limAbove);
        plot->layer(QStringLiteral("cursor"))->setMode(QCPLayer::lmBuffered);
    }
    auto* line = new QCPItemStraightLine(plot);
    line->setLayer(QStringLiteral("cursor"));
    line->setSelectable(false);
    line->point1->setAxes(axis, axis->axisRect()->axis(QCPAxis::atLeft));
    line->point2->setAxes(axis, axis->axisRect()->axis(QCPAxis::atLeft));
    auto place = [plot, line, model] {
        const double t = static_cast<double>(model->cursor());
        line->setPen(QPen(theme().cursor(), 2));
        line->point1->setCoords(t, 0);
        line->point2->setCoords(t, 1);
        plot->layer(QStringLiteral("cursor"))->replot();
    };
    QObject::connect(model, &RunModel::cursorChanged, plot, place);
    QObject::connect(&theme(), &Theme::changed, plot, place);

    place();
    if (!shareRange)
        return;
    auto syncing = std::make_shared<bool>(false);
    auto toAxis = [plot, axis, syncing](double b, double e) {
        if (*syncing)
            return;
        *syncing = true;
        axis->setRange(b, e);
        *syncing = false;
        plot->replot(QCustomPlot::rpQueuedReplot);
    };
    QObject::connect(model, &RunModel::viewRangeChanged, plot, toAxis);
    QObject::connect(axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), plot,
                     [model, syncing](const QCPRange& r) {
                         if (*syncing)
                             return;
                         *syncing = true;
                         model->setViewRange(r.lower, r.upper);
                         *syncing = false;
                     });
    axis->setRange(model->viewBegin(), model->viewEnd());
}

} // namespace proclab::ui
