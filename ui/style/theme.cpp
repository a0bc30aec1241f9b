#include "ui/style/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <array>

namespace proclab::ui {

namespace {
// Orange, sky blue, bluish green, yellow, blue, reddish purple (vermillion is kept for errors).
constexpr std::array<QRgb, 6> kOkabeIto = {0xE69F00, 0x56B4E9, 0x009E73,
                                           0xF0E442, 0x0072B2, 0xCC79A7};
} // namespace

Theme& Theme::instance() {
    static Theme* t = new Theme; // lives as long as the app; never destroyed after QApplication
    return *t;
}

QColor Theme::laneColor(int lane) const {
    if (lane < 0)
        return muted();
    return QColor::fromRgb(kOkabeIto[static_cast<size_t>(lane) % kOkabeIto.size()]);
}

QColor Theme::laneTextColor(int lane) const {
    QColor c = laneColor(lane);
    // Darken light hues on a light background and lighten dark ones on a dark background.
    if (!dark_ && c.lightnessF() > 0.45)
        return c.darker(c == QColor(0xF0E442) ? 210 : 150);
    if (dark_ && c.lightnessF() < 0.5)
        return c.lighter(160);
    return c;
}

QColor Theme::foreground() const {
    return dark_ ? QColor(0xEE, 0xEE, 0xEE) : QColor(0x1A, 0x1A, 0x1A);
}
QColor Theme::background() const {
    return dark_ ? QColor(0x20, 0x22, 0x25) : QColor(Qt::white);
}
QColor Theme::grid() const {
    return dark_ ? QColor(0x44, 0x47, 0x4C) : QColor(0xDD, 0xDD, 0xDD);
}
QColor Theme::muted() const {
    return dark_ ? QColor(0x99, 0x99, 0x99) : QColor(0x77, 0x77, 0x77);
}
QColor Theme::cursor() const {
    return dark_ ? QColor(0xFF, 0xFF, 0xFF) : QColor(0x00, 0x00, 0x00);
}

QBrush Theme::stateBrush(LaneState state, const QColor& lane) const {
    QColor light = lane;
    light.setAlphaF(0.35f);
    const QColor grey = dark_ ? QColor(0x80, 0x80, 0x80) : QColor(0xA0, 0xA0, 0xA0);
    switch (state) {
    case LaneState::Running:
        return QBrush(lane);
    case LaneState::Sleeping:
        return QBrush(light);
    case LaneState::Starting:
        return QBrush(grey, Qt::Dense6Pattern);
    case LaneState::BlockedOnQueue:
        return QBrush(lane, Qt::BDiagPattern);
    case LaneState::WaitingForLock:
        return QBrush(lane, Qt::DiagCrossPattern);
    case LaneState::WaitingInJoin:
        return QBrush(grey);
    case LaneState::AtBarrier:
        return QBrush(lane, Qt::VerPattern);
    case LaneState::HeldByStepper:
        return QBrush(lane, Qt::Dense4Pattern);
    case LaneState::WaitingForGil:
        return QBrush(lane, Qt::HorPattern);
    case LaneState::RecorderCatchingUp: // the tool, not the demo: neutral, never lane-coloured
        return QBrush(dark_ ? QColor(0x5C, 0x5C, 0x5C) : QColor(0xCC, 0xCC, 0xCC));
    case LaneState::Idle:
    case LaneState::Exited:
        return QBrush(Qt::NoBrush);
    }
    return QBrush(lane);
}

double Theme::basePointSize() const {
    if (basePointSize_ <= 0)
        basePointSize_ = std::max(11.0, QApplication::font().pointSizeF() / scale_);
    return basePointSize_;
}

QFont Theme::labelFont() const {
    QFont f = QApplication::font();
    f.setPointSizeF(std::max(12.0, basePointSize()) * scale_);
    return f;
}

QFont Theme::smallFont() const {
    QFont f = QApplication::font();
    f.setPointSizeF(std::max(11.0, basePointSize() - 1) * scale_);
    return f;
}

QFont Theme::titleFont() const {
    QFont f = labelFont();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    return f;
}

QFont Theme::bigNumberFont() const {
    QFont f = labelFont();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    return f;
}

QFont Theme::monoFont() const {
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(13.0 * scale_);
    return f;
}

void Theme::setTextScale(double s) {
    s = std::clamp(s, 0.6, 3.0);
    if (s == scale_)
        return;
    const double base = basePointSize(); // taken before the application font changes
    scale_ = s;
    if (qApp) {
        QFont f = QApplication::font();
        f.setPointSizeF(base * scale_);
        QApplication::setFont(f);
    }
    emit changed();
}

void Theme::setDark(bool dark) {
    if (dark == dark_)
        return;
    dark_ = dark;
    if (qApp) {
        QPalette p = QApplication::style()->standardPalette();
        if (dark_) {
            p.setColor(QPalette::Window, QColor(0x2B, 0x2D, 0x31));
            p.setColor(QPalette::WindowText, foreground());
            p.setColor(QPalette::Base, background());
            p.setColor(QPalette::AlternateBase, QColor(0x2B, 0x2D, 0x31));
            p.setColor(QPalette::Text, foreground());
            p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3B));
            p.setColor(QPalette::ButtonText, foreground());
            p.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xB2));
            p.setColor(QPalette::HighlightedText, Qt::white);
            p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3B));
            p.setColor(QPalette::ToolTipText, foreground());
        }
        QApplication::setPalette(p);
    }
    emit changed();
}

} // namespace proclab::ui
