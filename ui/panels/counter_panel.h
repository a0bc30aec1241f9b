// The Counter dock: expected vs actual value over time with the gap (the lost updates)
// shaded, the three numbers a class remembers in large type, and "Run N trials" with a
// histogram of final values, because one race run can lose nothing by chance.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace proclab::ui {

class RunModel;
class PlotWidget;
class TrialRunner;

class CounterPanel : public QWidget {
    Q_OBJECT
  public:
    explicit CounterPanel(RunModel* model, QWidget* parent = nullptr);

    // The numbers as shown: expected, final, lost.
    QString expectedText() const;
    QString finalText() const;
    QString lostText() const;
    PlotWidget* plot() const { return plot_; }
    PlotWidget* histogram() const { return histogram_; }
    // Shows a histogram of these final values (also used by tests without the runner).
    void showTrials(const QVector<qint64>& finals, qint64 expected);

  private:
    void rebuild();
    void applyTheme();
    void runTrials();

    RunModel* model_;
    QLabel* expected_;
    QLabel* final_;
    QLabel* lost_;
    QLabel* note_;
    PlotWidget* plot_;
    QSpinBox* trialCount_;
    QPushButton* trialButton_;
    QLabel* trialStatus_;
    PlotWidget* histogram_;
    TrialRunner* trials_;
};

} // namespace proclab::ui
