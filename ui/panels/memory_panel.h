// The Memory dock (memory-isolation): the parent's and the child's copies of the global side by
// side, next to the one shared Value. Each value appears when the demo reported it (it follows
// the replay cursor), so a class can predict before it is shown.
#pragma once

#include "ui/widgets/room_aware_panel.h"

class QLabel;

namespace proclab::ui {

class RunModel;

class MemoryPanel : public RoomAwarePanel {
    Q_OBJECT
  public:
    explicit MemoryPanel(RunModel* model, QWidget* parent = nullptr);

    QString parentText() const;
    QString childText() const;
    QString sharedText() const;

  protected:
    void fitToRoom() override;

  private:
    void rebuild();
    void applyTheme();
    void applyFonts();

    RunModel* model_;
    QLabel* parentValue_;
    QLabel* childValue_;
    QLabel* sharedValue_;
    QLabel* note_;
    bool compact_ = false; // smaller type in a low dock (fitToRoom)
};

} // namespace proclab::ui
