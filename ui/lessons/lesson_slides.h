// Teacher mode in presentation mode (F11): the open lesson as full-screen slides for a
// projector — Read, Predict (the questions, no answers), Run (the timeline, large), Reveal (each
// answer hidden until the teacher's next click), Explain, Challenge. Next and Back are what a
// presenter's clicker sends: PageDown/PageUp, the arrow keys, Space; Esc leaves. The slides
// drive the Lesson dock's own flow (the class predicts aloud: the dock's predictions are
// skipped), so the dock and the slides always agree.
#pragma once

#include <QWidget>

class QLabel;
class QStackedLayout;

namespace proclab::ui {

class LessonPanel;
class LessonText;
class RunModel;
class TimelineView;

class LessonSlides : public QWidget {
    Q_OBJECT
  public:
    enum class Slide { Read, Predict, Run, Reveal, Explain, Challenge };

    LessonSlides(LessonPanel* panel, RunModel* model, QWidget* parent = nullptr);

    Slide slide() const { return slide_; }
    // On the Reveal slide: how many answers are shown so far.
    int answersShown() const { return shown_; }
    QString text() const; // the slide's text as shown (for tests)
    TimelineView* timeline() const { return timeline_; }

  public slots:
    void next();
    void back();
    // The Lesson dock's lesson changed (or its step): show its first slide / follow it.
    void restart();

  signals:
    void leaveRequested();

  protected:
    void keyPressEvent(QKeyEvent* e) override;

  private:
    void showSlide(Slide s);
    void fill();
    QString predictMarkdown() const;
    QString revealMarkdown() const;
    bool runOver() const;
    int questionCount() const;

    LessonPanel* panel_;
    RunModel* model_;
    Slide slide_ = Slide::Read;
    int shown_ = 0;
    QLabel* heading_;
    QLabel* footer_;
    LessonText* body_;
    TimelineView* timeline_;
    QLabel* runStatus_;
    QWidget* runPage_;
    QStackedLayout* stack_;
};

} // namespace proclab::ui
