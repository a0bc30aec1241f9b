// The inputs for a lesson's questions: a line edit for a number, radio buttons for a choice,
// a combo box of the demo's process names for "which process". Reads back the answers.
#pragma once

#include "lessons/lesson.h"
#include "lessons/lesson_check.h"

#include <QWidget>
#include <vector>

class QButtonGroup;
class QComboBox;
class QLineEdit;

namespace proclab::ui {

class QuestionForm : public QWidget {
    Q_OBJECT
  public:
    explicit QuestionForm(QWidget* parent = nullptr);
    // The questions asked before the run (those without `at`).
    void setLesson(const proclab::lessons::Lesson& lesson);
    // These questions of the lesson (indices into lesson.questions), numbered as in the lesson.
    void setQuestions(const proclab::lessons::Lesson& lesson, const std::vector<size_t>& which);
    // The answers in the order of the questions shown.
    bool allAnswered() const;
    std::vector<proclab::lessons::Answer> answers() const;
    // Test access: fill question i with a number / option / process name.
    void answerNumber(int i, double value);
    void answerOption(int i, int option);
    void answerProcess(int i, const QString& name);

  signals:
    void answersChanged();

  private:
    struct Input {
        proclab::lessons::QuestionKind kind;
        QLineEdit* number = nullptr;
        QButtonGroup* choice = nullptr;
        QComboBox* process = nullptr;
    };
    std::vector<Input> inputs_;
};

} // namespace proclab::ui
