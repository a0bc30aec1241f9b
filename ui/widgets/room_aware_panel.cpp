#include "ui/widgets/room_aware_panel.h"

#include <QEvent>

namespace proclab::ui {

RoomAwarePanel::RoomAwarePanel(QWidget* parent) : QWidget(parent) {
    if (parent) // a parent given now sends no ParentChange
        parent->installEventFilter(this);
}

QSize RoomAwarePanel::room() const {
    return parentWidget() ? parentWidget()->size() : size();
}

void RoomAwarePanel::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    fitToRoom();
}

bool RoomAwarePanel::event(QEvent* e) {
    if (e->type() == QEvent::ParentAboutToChange && parentWidget())
        parentWidget()->removeEventFilter(this);
    if (e->type() == QEvent::ParentChange && parentWidget())
        parentWidget()->installEventFilter(this);
    return QWidget::event(e);
}

bool RoomAwarePanel::eventFilter(QObject* watched, QEvent* e) {
    if (watched == parentWidget() && e->type() == QEvent::Resize)
        fitToRoom();
    return QWidget::eventFilter(watched, e);
}

} // namespace proclab::ui
