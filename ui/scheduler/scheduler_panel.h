// "You are the scheduler": pick a level, then step real processes through it one sync point at
// a time. One Step button per process (keys 1–9) says what that process will do next, or why
// it cannot move; beside them its own values, and the shared value or queue. The goal is
// checked live on the run's trace. Undo reruns the steps minus the last on fresh processes
// (the same steps always give the same result); Reset starts over; "Let the OS schedule"
// releases everyone.
#pragma once

#include "trace/scheduler_levels.h"
#include "trace/step_state.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QGridLayout;

namespace proclab::ui {

class RunModel;
class StepRunner;

class SchedulerPanel : public QWidget {
    Q_OBJECT
  public:
    explicit SchedulerPanel(RunModel* model, QWidget* parent = nullptr);
    ~SchedulerPanel() override;

    // Test seams: the level shown, its outcome so far, the steps taken, the rows' buttons.
    const SchedulerLevel& level() const;
    LevelOutcome outcome() const { return outcome_; }
    const QList<int>& stepsTaken() const { return taken_; }
    QPushButton* stepButton(int lane) const;
    QPushButton* undoButton() const { return undo_; }
    QPushButton* resetButton() const { return reset_; }
    QPushButton* letOsButton() const { return letOs_; }
    QLabel* statusLabel() const { return status_; }
    const StepState& state() const { return state_; }
    // Ready for the next step: nothing on its way between sync points, and some process can
    // move (a process still starting only has its own button disabled).
    bool settled() const;

  signals:
    // The model shows this level's run (its first events have come): the window follows it
    // (toolbar, docks), as it follows any run.
    void levelRunShown();
    // A level's run ended (every process done, or the runner gave up): a lesson built on the
    // level checks its questions and challenge on it.
    void levelRunEnded(const QString& levelId, bool ok, const QString& message);

  public slots:
    void selectLevel(int index);
    // Selects and starts the level with this id (false: no such level).
    bool selectLevelId(const QString& id);
    void reset();
    void undo();
    void step(int lane);
    void letOsSchedule();

  private:
    void startWith(const QList<int>& replay);
    void buildRows(int lanes);
    void refresh();
    void showOutcome();
    void retranslate();
    int stepLanes() const;

    QPointer<RunModel> model_; // the window's: it may go first when the window closes
    StepRunner* runner_;
    int levelIndex_ = 0;
    bool active_ = false; // the model shows our run
    bool runEnded_ = false;
    bool waiting_ = false;   // a step was sent and has not shown up yet
    bool announced_ = false; // levelRunShown() sent for this run
    int releasesBefore_ = 0;
    QList<int> taken_;
    StepState state_;
    LevelOutcome outcome_ = LevelOutcome::Playing;

    QComboBox* levels_;
    QLabel* goal_;
    QGridLayout* rows_;
    QList<QPushButton*> buttons_;
    QList<QLabel*> names_;
    QList<QLabel*> actions_;
    QList<QLabel*> locals_;
    QLabel* shared_;
    QLabel* steps_;
    QPushButton* undo_;
    QPushButton* reset_;
    QPushButton* letOs_;
    QLabel* status_;
    QLabel* message_;
};

} // namespace proclab::ui
