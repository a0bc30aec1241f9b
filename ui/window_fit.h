// Keeps the main window usable when it is small (a 1024×700 projector): the side panels never
// take more than about 40 % of the width, so the timeline and its replay slider keep the rest,
// the code panel always has room for at least kMinCodeLines lines of the snippet, and it widens
// (within that share) until the snippet's longest line shows whole, but it never takes more
// than two fifths of its column's height from the demo's panel below it. The other side panels
// scroll inside their dock when the window is too short for all of them, instead of pushing the
// window's minimum height past the screen (1024×700 with code and the queue panel).
#pragma once

#include <QObject>

class QMainWindow;

namespace proclab::ui {

class WindowFit : public QObject {
    Q_OBJECT
  public:
    static constexpr int kMinCodeLines = 10;
    static constexpr double kMaxSideShare = 0.42;
    static constexpr double kBothSidesShare = 0.32; // each side, when both have panels
    explicit WindowFit(QMainWindow* window);

    // Applies both rules now (also called after every resize and theme change).
    void fit();
    // Refits whenever a dock is shown or hidden (the Scheduler opened with F8 kept 40 % of a
    // 1024 px window): call once every dock exists.
    void watchDocks();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void scrollTallPanels();
    void scaleDockTitles();
    void scheduleFit();
    void reserveCodeLines();
    void capSidePanels();
    void widenForCode();
    void leaveThePanelItsShare();
    double sideShare() const;

    QMainWindow* window_;
    bool pending_ = false;
};

} // namespace proclab::ui
