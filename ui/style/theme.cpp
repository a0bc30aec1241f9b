#include "ui/style/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <array>
#include <cmath>

namespace proclab::ui {

namespace {
// Okabe–Ito first (vermillion is kept for errors; its yellow darkened from F0E442, which all
// but vanishes on white through a projector), then ten more hues chosen for the largest
// smallest Lab distance to every earlier one, to red and to the grey of "waiting" fills.
// tst_theme checks that no two of the sixteen are close.
constexpr std::array<QRgb, 16> kLaneColors = {
    0xE69F00, 0x56B4E9, 0x009E73, 0xD8C200, 0x0072B2, 0xCC79A7, 0x4B0092, 0x66A61E,
    0xB15928, 0xE7298A, 0xDDCC77, 0x3F5F00, 0x7F3C8D, 0x00CED1, 0x8C564B, 0xFB9A99};
} // namespace

Theme& Theme::instance() {
    static Theme* t = new Theme; // lives as long as the app; never destroyed after QApplication
    return *t;
}

QColor Theme::laneColor(int lane) const {
    if (lane < 0)
        return muted();
    return QColor::fromRgb(kLaneColors[static_cast<size_t>(lane) % kLaneColors.size()]);
}

QColor Theme::laneTextColor(int lane) const {
    // Darkened (light theme) or lightened (dark theme) in small steps until it reaches the
    // WCAG contrast for normal text, 4.5:1, against the view background: yellow on white and
    // indigo on black are otherwise unreadable, most of all through a projector.
    QColor c = laneColor(lane);
    for (int step = 0; step < 20 && contrastRatio(c, background()) < 4.5; ++step)
        c = dark_ ? c.lighter(112) : c.darker(112);
    return c;
}

double Theme::contrastRatio(const QColor& a, const QColor& b) {
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
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
        // A platform theme may give menus, dock titles and tool buttons fonts of their own,
        // which the application font alone leaves untouched: presentation mode must enlarge
        // those too.
        for (const char* cls : {"QMenu", "QMenuBar", "QToolBar", "QToolButton", "QComboBox",
                                "QStatusBar", "QHeaderView", "QTipLabel"})
            QApplication::setFont(f, cls);
        // QDockWidget paints its title with the title font it took when it was built, unless
        // its own font differs from its class font: the class gets a font that differs only in
        // an unseen detail, and WindowFit gives every dock the current font explicitly.
        QFont marker = f;
        marker.setKerning(!f.kerning());
        QApplication::setFont(marker, "QDockWidget");
    }
    emit changed();
}

namespace {
QPalette darkPalette(const QColor& text, const QColor& base) {
    QPalette p = QApplication::style()->standardPalette();
    const QColor window(0x2B, 0x2D, 0x31);
    const QColor button(0x3A, 0x3D, 0x42);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    // Fusion draws frames, check boxes and menu check marks from these: without them they are
    // light-theme greys, invisible on a dark window.
    p.setColor(QPalette::Light, QColor(0x5A, 0x5E, 0x64));
    p.setColor(QPalette::Midlight, QColor(0x4A, 0x4D, 0x52));
    p.setColor(QPalette::Mid, QColor(0x3A, 0x3D, 0x42));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1B, 0x1E));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xB2));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8A, 0x8A, 0x8A));
    // Disabled controls must look disabled: dimmed text, flatter buttons.
    const QColor dim(0x74, 0x76, 0x7A);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Light, window);
    return p;
}
} // namespace

void Theme::setDark(bool dark) {
    if (dark == dark_)
        return;
    dark_ = dark;
    if (qApp) {
        QApplication::setPalette(dark_ ? darkPalette(foreground(), background())
                                       : QApplication::style()->standardPalette());
    }
    emit changed();
}

} // namespace proclab::ui
