#include "ui/lessons/question_form.h"

#include "lessons/process_names.h"
#include "ui/lessons/lesson_text.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace proclab::ui {

using namespace proclab::lessons;

namespace {

class OptionLabel : public QLabel {
  public:
    OptionLabel(const QString& text, QRadioButton* radio, QWidget* parent)
        : QLabel(text, parent), radio_(radio) {
        setWordWrap(true);
        setTextFormat(Qt::RichText); // lessonLineHtml: escaped, `code` in a fixed font
    }

  protected:
    void mouseReleaseEvent(QMouseEvent*) override { radio_->click(); }

  private:
    QRadioButton* radio_;
};

} // namespace

QuestionForm::QuestionForm(QWidget* parent) : QWidget(parent) {
    new QVBoxLayout(this);
    layout()->setContentsMargins(0, 0, 0, 0);
}

void QuestionForm::setLesson(const Lesson& lesson) {
    std::vector<size_t> before;
    for (size_t i = 0; i < lesson.questions.size(); ++i)
        if (lesson.questions[i].at.empty())
            before.push_back(i);
    setQuestions(lesson, before);
}

void QuestionForm::setQuestions(const Lesson& lesson, const std::vector<size_t>& which) {
    // The old inputs go, rows (nested layouts) with them.
    for (QWidget* w : findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        delete w;
    while (QLayoutItem* item = layout()->takeAt(0))
        delete item;
    inputs_.clear();
    auto* box = static_cast<QVBoxLayout*>(layout());
    for (size_t index : which) {
        const Question& q = lesson.questions.at(index);
        auto* prompt = new QLabel(
            QStringLiteral("<b>%1.</b> %2").arg(index + 1).arg(lessonLineHtml(q.prompt)), this);
        prompt->setWordWrap(true);
        box->addWidget(prompt);
        Input in{q.kind};
        if (q.kind == QuestionKind::Number) {
            in.number = new QLineEdit(this);
            in.number->setPlaceholderText(tr("your prediction (a number)"));
            in.number->setValidator(new QDoubleValidator(in.number));
            connect(in.number, &QLineEdit::textChanged, this, &QuestionForm::answersChanged);
            box->addWidget(in.number);
        } else if (q.kind == QuestionKind::Choice) {
            in.choice = new QButtonGroup(this);
            for (size_t i = 0; i < q.options.size(); ++i) {
                // A radio button's own text never wraps: a long option would make the dock
                // scroll sideways. The text is a wrapping label beside it that clicks it.
                auto* radio = new QRadioButton(this);
                auto* text = new OptionLabel(lessonLineHtml(q.options[i].text), radio, this);
                auto* row = new QHBoxLayout;
                row->addWidget(radio, 0, Qt::AlignTop);
                row->addWidget(text, 1);
                in.choice->addButton(radio, static_cast<int>(i));
                box->addLayout(row);
            }
            connect(in.choice, &QButtonGroup::idClicked, this, &QuestionForm::answersChanged);
        } else {
            in.process = new QComboBox(this);
            for (const std::string& name : expectedProcessNames(lesson.demo, lesson.params))
                in.process->addItem(QString::fromStdString(name));
            in.process->setPlaceholderText(tr("choose a process"));
            in.process->setCurrentIndex(-1);
            connect(in.process, &QComboBox::currentIndexChanged, this,
                    &QuestionForm::answersChanged);
            box->addWidget(in.process);
        }
        inputs_.push_back(in);
    }
    layout()->activate(); // the new inputs' sizes reach the scroll area at once
    updateGeometry();
}

bool QuestionForm::allAnswered() const {
    for (const Input& in : inputs_) {
        if (in.number && !in.number->hasAcceptableInput())
            return false;
        if (in.choice && in.choice->checkedId() < 0)
            return false;
        if (in.process && in.process->currentIndex() < 0)
            return false;
    }
    return true;
}

std::vector<Answer> QuestionForm::answers() const {
    std::vector<Answer> out;
    for (const Input& in : inputs_) {
        Answer a;
        if (in.number && in.number->hasAcceptableInput()) {
            a.skipped = false;
            a.number = QLocale().toDouble(in.number->text());
        } else if (in.choice && in.choice->checkedId() >= 0) {
            a.skipped = false;
            a.option = in.choice->checkedId();
        } else if (in.process && in.process->currentIndex() >= 0) {
            a.skipped = false;
            a.process = in.process->currentText().toStdString();
        }
        out.push_back(a);
    }
    return out;
}

void QuestionForm::answerNumber(int i, double value) {
    inputs_.at(static_cast<size_t>(i)).number->setText(QLocale().toString(value, 'g', 12));
}

void QuestionForm::answerOption(int i, int option) {
    inputs_.at(static_cast<size_t>(i)).choice->button(option)->click();
}

void QuestionForm::answerProcess(int i, const QString& name) {
    QComboBox* c = inputs_.at(static_cast<size_t>(i)).process;
    c->setCurrentIndex(c->findText(name));
}

} // namespace proclab::ui
