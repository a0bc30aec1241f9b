#include "ui/style/theme_icons.h"

#include "ui/style/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace proclab::ui {

namespace {
QPainterPath triangle(double x, double top, double w, double h, bool pointsRight) {
    QPainterPath p;
    if (pointsRight) {
        p.moveTo(x, top);
        p.lineTo(x + w, top + h / 2);
        p.lineTo(x, top + h);
    } else {
        p.moveTo(x + w, top);
        p.lineTo(x, top + h / 2);
        p.lineTo(x + w, top + h);
    }
    p.closeSubpath();
    return p;
}

// The shape on a 64×64 canvas.
QPainterPath shape(ThemeIcon kind) {
    QPainterPath p;
    switch (kind) {
    case ThemeIcon::Run:
    case ThemeIcon::Play:
        p.addPath(triangle(16, 8, 38, 48, true));
        break;
    case ThemeIcon::Stop:
        p.addRoundedRect(12, 12, 40, 40, 4, 4);
        break;
    case ThemeIcon::Pause:
        p.addRect(14, 10, 13, 44);
        p.addRect(37, 10, 13, 44);
        break;
    case ThemeIcon::ToStart:
        p.addRect(10, 12, 8, 40);
        p.addPath(triangle(20, 12, 34, 40, false));
        break;
    case ThemeIcon::StepBack:
        p.addPath(triangle(4, 14, 28, 36, false));
        p.addPath(triangle(32, 14, 28, 36, false));
        break;
    case ThemeIcon::StepForward:
        p.addPath(triangle(4, 14, 28, 36, true));
        p.addPath(triangle(32, 14, 28, 36, true));
        break;
    case ThemeIcon::ToEnd:
        p.addPath(triangle(10, 12, 34, 40, true));
        p.addRect(46, 12, 8, 40);
        break;
    }
    return p;
}

QColor colour(ThemeIcon kind) {
    const Theme& t = theme();
    // Run is green and Stop red in both themes, as on any media player; the rest follow text.
    if (kind == ThemeIcon::Run)
        return t.dark() ? QColor(0x3D, 0xC9, 0x8F) : QColor(0x00, 0x87, 0x5F);
    if (kind == ThemeIcon::Stop)
        return t.dark() ? QColor(0xFF, 0x5A, 0x4F) : t.wrong();
    return t.foreground();
}

QPixmap render(ThemeIcon kind, const QColor& c, int size) {
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 64.0, size / 64.0);
    p.fillPath(shape(kind), c);
    return pm;
}
} // namespace

QIcon themeIcon(ThemeIcon kind) {
    QIcon icon;
    QColor disabled = theme().muted();
    disabled.setAlphaF(0.45f);
    for (int size : {16, 24, 32, 48, 64, 96}) {
        icon.addPixmap(render(kind, colour(kind), size), QIcon::Normal);
        icon.addPixmap(render(kind, disabled, size), QIcon::Disabled);
    }
    return icon;
}

} // namespace proclab::ui
