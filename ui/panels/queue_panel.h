// The Queue dock: depth over time on the shared time axis, the items in the queue at the
// cursor, and the counts (put / got / never got) that tell whether the consumer lost any.
#pragma once

#include "ui/widgets/room_aware_panel.h"

class QLabel;
class QComboBox;

namespace proclab::ui {

class RunModel;
class PlotWidget;
class QueueBoxes;

class QueuePanel : public RoomAwarePanel {
    Q_OBJECT
  public:
    explicit QueuePanel(RunModel* model, QWidget* parent = nullptr);
    QueueBoxes* boxes() const { return boxes_; }
    PlotWidget* plot() const { return plot_; }
    QString summaryText() const;

    bool chartShown() const; // false in a dock too low for it (fitToRoom)

  protected:
    void fitToRoom() override;

  private:
    static constexpr int kChartData = 80; // px of depth above the axes; less is a strip
    void rebuild();
    void applyTheme();

    RunModel* model_;
    QComboBox* queueChoice_;
    QLabel* summary_;
    PlotWidget* plot_;
    QueueBoxes* boxes_;
    int slot_ = 0;
};

} // namespace proclab::ui
