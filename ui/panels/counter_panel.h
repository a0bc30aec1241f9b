// The Counter dock: expected vs actual value over time with the gap (the lost updates)
// shaded; the numbers a class remembers in large type, at the replay cursor (the value then,
// the updates lost so far); and "Run N trials" of the toolbar's settings with a histogram of
// final values per variant, because one race run can lose nothing by chance.
#pragma once

#include "ui/model/engine_process.h"

#include "ui/widgets/room_aware_panel.h"

#include <functional>
#include <map>

class QBoxLayout;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace proclab {
struct CounterLedger;
}

namespace proclab::ui {

class RunModel;
class PlotWidget;
class TrialRunner;

class CounterPanel : public RoomAwarePanel {
    Q_OBJECT
  public:
    explicit CounterPanel(RunModel* model, QWidget* parent = nullptr);

    // The numbers as shown: expected, the counter's value at the cursor (its final value at
    // the end), the updates lost until the cursor, increments never run (a stopped run).
    QString expectedText() const;
    QString finalText() const;
    QString lostText() const;
    QString notDoneText() const;
    QString noteText() const;
    // Why "lost so far" is more than the final "lost" (empty when it is not, or hidden).
    QString lostExplanation() const;
    bool lostExplanationShown() const; // false in a dock too low for it (then in a tooltip)
    PlotWidget* plot() const { return plot_; }
    // The histogram of the variant shown last (nullptr before any trial).
    PlotWidget* histogram() const;
    int histogramCount() const { return static_cast<int>(histograms_.size()); }
    QString histogramTitle(int i) const;
    QPushButton* trialButton() const { return trialButton_; }
    TrialRunner* trials() const { return trials_; }
    // Shows a histogram of these final values under `label` (also used by tests without the
    // runner). Each label (variant and settings) keeps its own histogram, side by side.
    void showTrials(const QVector<qint64>& finals, qint64 expected,
                    const QString& label = QString());
    // Where "Run N trials" takes its demo, variant and settings from: the toolbar.
    void setRequestSource(std::function<RunRequestUi()> source);

    // Whether the numbers stand beside the chart (a wide, low panel) rather than above it.
    bool numbersBeside() const { return beside_; }

  signals:
    void trialsRunningChanged(bool running);

  protected:
    void fitToRoom() override;

  private:
    // The three numbers at one moment: expected − value = lost, whatever the cursor.
    struct AtCursor {
        int64_t expected = 0;
        int64_t value = 0;
        int64_t lost = 0;
        bool atEnd = true; // the cursor is at (or past) the run's last store
    };

    void buildNumbers();
    void buildChart();
    void buildTrialBar();
    void connectTrials();
    void rebuild();
    void showNoCounter();
    AtCursor atCursor(const CounterLedger& c) const;
    QString runNote(const CounterLedger& c, const AtCursor& at) const;
    void plotLedger(const CounterLedger& c);
    void arrange(bool beside, bool stacked);
    void nameCurves();
    void fitExplanation(const QSize& room);
    void setBodyStretch();
    void fitNumbers();
    void updateNumbers();
    void explainLost(bool atEnd);
    void applyTheme();
    void runTrials();
    void trialsEnded(const QString& status);
    void drawHistogram(PlotWidget* plot, const QVector<qint64>& finals, qint64 expected);

    struct Histogram {
        QString label;
        PlotWidget* plot = nullptr;
        QLabel* title = nullptr;
    };

    RunModel* model_;
    QLabel* expected_;
    QLabel* expectedCaption_;
    QLabel* final_;
    QLabel* finalCaption_;
    QLabel* lost_;
    QLabel* lostCaption_;
    QLabel* lostWhy_;      // lost so far above the final lost: later stores brought some back
    int64_t peakLost_ = 0; // the highest "lost so far" of the run on screen (after it ended)
    QLabel* notDone_;
    QLabel* notDoneCaption_;
    QLabel* note_;
    PlotWidget* plot_;
    QGridLayout* numbers_;
    QBoxLayout* body_;
    QBoxLayout* main_;
    QBoxLayout* words_;
    QVBoxLayout* chartColumn_; // the chart, and in a low dock the trial button under it
    QWidget* trialBar_;        // the trial count, button and status
    bool beside_ = true;       // arrange(false, false) in the constructor sets both
    bool stacked_ = true;
    // False in a dock too low for the long account of lost-and-regained updates: it goes to the
    // note's tooltip instead (fitToRoom), so the chart keeps its axis.
    bool explanationFits_ = true;
    bool lowDock_ =
        false; // fitToRoom: too low for the numbers, the note and the button in a column
    QBoxLayout* trialRow_;
    QSpinBox* trialCount_;
    QPushButton* trialButton_;
    QLabel* trialStatus_;
    QHBoxLayout* histogramRow_;
    std::vector<Histogram> histograms_; // oldest first; at most kMaxHistograms
    int lastHistogram_ = -1;
    TrialRunner* trials_;
    QString trialLabel_;
    std::function<RunRequestUi()> requestSource_;
};

} // namespace proclab::ui
