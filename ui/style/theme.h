// Colours and fonts shared by every view, so that a lane has the same hue in the timeline,
// the console and the code panel, and presentation mode enlarges everything at once.
#pragma once

#include "trace/analysis.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QObject>

namespace proclab::ui {

class Theme : public QObject {
    Q_OBJECT
  public:
    static Theme& instance();

    // Sixteen distinct hues, Okabe–Ito first (distinguishable with the common colour-vision
    // deficiencies), then repeating. Red (vermillion) is left out on purpose: red means "went
    // wrong" here.
    static constexpr int kDistinctLaneColors = 16;
    QColor laneColor(int lane) const;
    // The lane colour made readable as text on the current background (yellow on white is not).
    QColor laneTextColor(int lane) const;
    // WCAG contrast ratio of two colours, 1 (same) to 21 (black on white).
    static double contrastRatio(const QColor& a, const QColor& b);
    QColor wrong() const { return QColor(0xD5, 0x00, 0x00); }
    QColor foreground() const;
    QColor background() const;
    QColor grid() const;
    QColor muted() const;
    QColor cursor() const;

    // The neutral colour state fills are shown with in legends (lanes differ in hue).
    QColor legendLaneColor() const { return QColor(0x55, 0x55, 0x55); }

    // Fonts: the label font is never below 11 pt, times the text zoom.
    QFont labelFont() const;
    QFont smallFont() const; // still >= 11 pt
    QFont titleFont() const;
    QFont bigNumberFont() const;
    QFont monoFont() const;
    double textScale() const { return scale_; }
    bool dark() const { return dark_; }

    void setTextScale(double s);
    void setDark(bool dark);

  signals:
    void changed();

  private:
    Theme() = default;
    // The application font's size at scale 1, taken once: the text zoom scales the whole
    // application font (menus, toolbar, tables) from it, and the view fonts derive from it.
    double basePointSize() const;
    mutable double basePointSize_ = 0;
    double scale_ = 1.0;
    bool dark_ = false;
};

// Shorthand for views.
inline Theme& theme() {
    return Theme::instance();
}

} // namespace proclab::ui
