// The Array dock (shared-array): each element's expected value next to its final value, and its
// lost updates in red, counted exactly as for the counter (each store records what it replaced).
#pragma once

#include <QWidget>

class QLabel;

namespace proclab::ui {

class RunModel;
class PlotWidget;

class ArrayPanel : public QWidget {
    Q_OBJECT
  public:
    explicit ArrayPanel(RunModel* model, QWidget* parent = nullptr);

    QString summaryText() const;
    PlotWidget* plot() const { return plot_; }

  protected:
    void resizeEvent(QResizeEvent* event) override;

  private:
    void rebuild();
    void applyTheme();

    RunModel* model_;
    QLabel* summary_;
    PlotWidget* plot_;
};

} // namespace proclab::ui
