// A demo panel that lays itself out for the room its dock shows: numbers beside a chart in a
// low, wide dock, a chart left out when it would be a strip (1024×700 leaves a panel ~200 px
// under the code's ten lines). In a dock the panel sits in a scroll area (WindowFit): when the
// window gets lower, the viewport shrinks while the panel keeps its minimum height and gets no
// resize of its own, so the viewport's resizes are what is watched.
#pragma once

#include <QWidget>

namespace proclab::ui {

class RoomAwarePanel : public QWidget {
    Q_OBJECT
  public:
    explicit RoomAwarePanel(QWidget* parent = nullptr);

  protected:
    // The space the panel is shown in: its parent's (the dock's viewport), else its own. A
    // layout chosen on it cannot flip back and forth: the choice does not change it.
    QSize room() const;
    // Chooses the layout for room(); called on every resize of the panel or of its parent.
    virtual void fitToRoom() = 0;

    void resizeEvent(QResizeEvent* e) override;
    bool event(QEvent* e) override;
    bool eventFilter(QObject* watched, QEvent* e) override;
};

} // namespace proclab::ui
