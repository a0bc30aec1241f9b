// The GIL dock (gil-vs-processes): the same CPU-bound job in N threads under one interpreter
// lock and in N processes, their wall times side by side, the speedup, and how many cores this
// machine has: N processes cannot give N× on fewer than N cores, and the panel says so rather
// than printing a bare "speedup 0.9×".
#pragma once

#include "ui/widgets/room_aware_panel.h"

class QLabel;

namespace proclab::ui {

class RunModel;
class PlotWidget;

class GilPanel : public RoomAwarePanel {
    Q_OBJECT
  public:
    explicit GilPanel(RunModel* model, QWidget* parent = nullptr);

    QString speedupText() const;
    QString noteText() const;
    PlotWidget* plot() const { return plot_; }
    // This machine's cores (tests may pretend another machine).
    void setCores(int cores);
    bool barsShown() const; // false in a dock too low for them (fitToRoom)

  protected:
    void fitToRoom() override;

  private:
    void rebuild();
    void applyTheme();

    RunModel* model_;
    QLabel* speedup_;
    QLabel* note_;
    PlotWidget* plot_;
    int cores_;
};

} // namespace proclab::ui
