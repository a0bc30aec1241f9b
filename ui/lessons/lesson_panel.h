// The Lesson dock: the lessons with their progress, and one lesson's flow —
// Read → Predict (Run stays disabled until the answers are committed or skipped) → Run on real
// processes → Reveal (each prediction beside the run's value, the explanation with the run's
// facts and links that move the time cursor) → Challenge (checked on the student's own next
// run, whatever settings they chose) → Next. Progress is kept in QSettings.
#pragma once

#include "lessons/lesson_check.h"
#include "lessons/lesson_library.h"
#include "ui/model/engine_process.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QGroupBox;
class QScrollArea;
class QSplitter;
class QVBoxLayout;

namespace proclab::ui {

class RunModel;
class LessonText;
class QuestionForm;

class LessonPanel : public QWidget {
    Q_OBJECT
  public:
    // Replay: the run is over and a "what happens next?" question is asked at an event, the
    // timeline's future hidden. Ran: teacher mode, the run is over and the answers wait for
    // the teacher's Reveal.
    enum class Step { Predict, ReadyToRun, Running, Replay, Ran, Challenge, Done };

    // The replay question being asked (an index into the lesson's questions), or -1.
    int replayQuestion() const { return step_ == Step::Replay ? replayAt_ : -1; }
    // Lessons of `root` (default: lessonsRoot()) in `language` (default: the GUI's).
    explicit LessonPanel(RunModel* model, QWidget* parent = nullptr, QString root = {},
                         QString language = {});

    Step step() const { return step_; }
    // True while the student predicts (a lesson is open and not yet answered or skipped), and
    // while a replay question is asked about the run shown (a new run would replace it).
    bool holdsRun() const {
        return currentLesson() && (step_ == Step::Predict || step_ == Step::Replay);
    }
    int lessonCount() const;
    int currentIndex() const { return current_; }
    const proclab::lessons::Lesson* currentLesson() const;
    // What the open lesson runs: its demo, variant and parameters (the toolbar shows them).
    RunRequestUi lessonRequest() const;
    void openLesson(int index);
    QuestionForm* form() const { return form_; }
    QPushButton* commitButton() const { return commit_; }
    QPushButton* skipButton() const { return skip_; }
    QPushButton* runButton() const { return run_; }
    QPushButton* nextButton() const { return next_; }
    QPushButton* revealButton() const { return revealButton_; }
    // Teacher mode: larger text for a projector, and the answers stay hidden after the run
    // until the teacher presses Reveal (the class discusses its predictions first).
    void setTeacherMode(bool on);
    bool teacherMode() const { return teacher_; }
    QLabel* resultLabel() const { return results_; }
    QLabel* challengeLabel() const { return challengeStatus_; }
    LessonText* text() const { return text_; }
    // Progress of a lesson id: "", "revealed" or "done".
    static QString progressOf(const QString& id);
    static void resetProgress();

  public slots:
    // The main window reports every run's end here (the lesson's own and the student's).
    void runFinished(bool ok, const QString& message);
    // The scheduler reports the end of a level's run here: a scheduler lesson's run (and its
    // challenge) is the student's own stepped run of its level.
    void scheduledRunFinished(const QString& levelId, bool ok, const QString& message);
    void moveCursorToEvent(const QString& query);

  signals:
    void runRequested(const proclab::ui::RunRequestUi& request);
    // False while the student predicts: the toolbar's Run waits too.
    void runAllowedChanged(bool allowed);
    // A lesson was opened: the toolbar shows its demo and variant.
    void lessonOpened(const QString& demo, const QString& variant);
    // The lesson's run ended: the toolbar shows its settings for the challenge.
    void lessonRunFinished();
    // A scheduler lesson's run: open the scheduler on this level, for the student to step.
    void schedulerRequested(const QString& levelId);
    void stepChanged();
    void teacherModeChanged(bool on);
    // "What happens next?": show the run up to `t` and hide what comes after, until lifted.
    void futureHidden(qint64 t);
    void futureRevealed();

  protected:
    void resizeEvent(QResizeEvent* e) override;

  private:
    void buildUi();
    void createWidgets();
    void layOut(QVBoxLayout* box);
    void connectSignals();
    // Compact at a projector's 700 px: the lesson list shrinks and the student's part (the
    // predictions, the results, the challenge) gets the height it needs, the text the rest.
    void fitLayout();
    void fillList();
    void setStep(Step s);
    void commitAnswers(bool skipped);
    void reveal();
    void checkChallenge();
    void lessonRunEnded(bool ok, const QString& message);
    void askNextReplayQuestion(size_t from);
    void commitReplay(bool skipped);
    void afterRun();
    bool scheduled() const { return currentLesson() && !currentLesson()->scheduler.empty(); }
    QString resultsHtml() const;
    QString challengeHtml(const QString& status) const;

    RunModel* model_;
    proclab::lessons::LessonSet set_;
    std::string language_;
    int current_ = -1;
    Step step_ = Step::Predict;
    std::vector<proclab::lessons::Answer> answers_;
    bool skipped_ = false;
    int replayAt_ = -1;

    QListWidget* list_ = nullptr;
    QSplitter* split_ = nullptr;
    QScrollArea* lowerScroll_ = nullptr;
    QWidget* lower_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* stepLabel_ = nullptr;
    LessonText* text_ = nullptr;
    QGroupBox* predictBox_ = nullptr;
    QuestionForm* form_ = nullptr;
    QLabel* results_ = nullptr;
    QLabel* challengeStatus_ = nullptr;
    QPushButton* back_ = nullptr;
    QPushButton* commit_ = nullptr;
    QPushButton* skip_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* next_ = nullptr;
    QPushButton* reset_ = nullptr;
    QPushButton* revealButton_ = nullptr;
    QPushButton* teacherButton_ = nullptr;
    bool teacher_ = false;
};

} // namespace proclab::ui
