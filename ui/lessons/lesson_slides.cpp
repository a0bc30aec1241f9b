#include "ui/lessons/lesson_slides.h"

#include "lessons/lesson_body.h"
#include "lessons/lesson_check.h"
#include "lessons/process_names.h"
#include "lessons/run_facts.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_text.h"
#include "ui/model/run_model.h"
#include "ui/timeline/timeline_view.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QTextDocument>
#include <QVBoxLayout>

namespace proclab::ui {

using namespace proclab::lessons;
using Step = LessonPanel::Step;

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QLabel* bigLabel(QWidget* parent, double scale) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    l->setFont(f);
    return l;
}

} // namespace

LessonSlides::LessonSlides(LessonPanel* panel, RunModel* model, QWidget* parent)
    : QWidget(parent, Qt::Window), panel_(panel), model_(model) {
    setObjectName(QStringLiteral("lessonSlides"));
    setWindowTitle(tr("Lesson slides"));
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    heading_ = bigLabel(this, 3.0);
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);
    body_ = new LessonText(this);
    body_->setFrameShape(QFrame::NoFrame);
    QFont text = body_->font();
    text.setPointSizeF(text.pointSizeF() * 2.6);
    body_->setFont(text);
    body_->document()->setDefaultFont(text);
    runPage_ = new QWidget(this);
    auto* runLayout = new QVBoxLayout(runPage_);
    runLayout->setContentsMargins(0, 0, 0, 0);
    timeline_ = new TimelineView(model_, runPage_);
    runStatus_ = bigLabel(runPage_, 1.8);
    runLayout->addWidget(runStatus_);
    runLayout->addWidget(timeline_, 1);
    // Keys are the slides' (a clicker's PageDown must never scroll the text or pan the plot).
    for (QWidget* w : {static_cast<QWidget*>(body_), static_cast<QWidget*>(timeline_)})
        w->setFocusPolicy(Qt::NoFocus);
    auto* pages = new QWidget(this);
    stack_ = new QStackedLayout(pages);
    stack_->addWidget(body_);
    stack_->addWidget(runPage_);
    footer_ = bigLabel(this, 1.1);
    footer_->setAlignment(Qt::AlignRight);
    layout->addWidget(heading_);
    layout->addWidget(pages, 1);
    layout->addWidget(footer_);
    connect(model_, &RunModel::traceChanged, this, [this] {
        if (slide_ == Slide::Run)
            fill();
    });
    connect(panel_, &LessonPanel::stepChanged, this, [this] { fill(); });
    restart();
}

int LessonSlides::questionCount() const {
    const Lesson* l = panel_->currentLesson();
    return l ? static_cast<int>(l->questions.size()) : 0;
}

bool LessonSlides::runOver() const {
    const Step s = panel_->step();
    return s == Step::Ran || s == Step::Challenge || s == Step::Done;
}

void LessonSlides::restart() {
    // The slide that shows where the dock's flow is.
    const Step s = panel_->step();
    shown_ = s == Step::Challenge || s == Step::Done ? questionCount() : 0;
    showSlide(s == Step::Predict                                                 ? Slide::Read
              : s == Step::ReadyToRun || s == Step::Running || s == Step::Replay ? Slide::Run
              : s == Step::Ran                                                   ? Slide::Reveal
                                                                                 : Slide::Explain);
}

void LessonSlides::showSlide(Slide s) {
    slide_ = s;
    fill();
}

void LessonSlides::next() {
    const Lesson* l = panel_->currentLesson();
    if (!l)
        return;
    switch (slide_) {
    case Slide::Read:
        return showSlide(Slide::Predict);
    case Slide::Predict:
        // The class predicted aloud: the dock's form is skipped, and the lesson's run starts.
        if (panel_->step() == Step::Predict)
            panel_->skipButton()->click();
        if (panel_->step() == Step::ReadyToRun)
            panel_->runButton()->click();
        return showSlide(Slide::Run);
    case Slide::Run:
        if (panel_->step() == Step::Replay) // a "what happens next?" asked aloud: go on
            panel_->skipButton()->click();
        else if (runOver())
            showSlide(Slide::Reveal);
        return;
    case Slide::Reveal:
        if (shown_ < questionCount()) { // one answer per click
            ++shown_;
            return fill();
        }
        if (panel_->step() == Step::Ran)
            panel_->revealButton()->click();
        return showSlide(Slide::Explain);
    case Slide::Explain:
        if (l->challenge)
            return showSlide(Slide::Challenge);
        [[fallthrough]];
    case Slide::Challenge:
        if (panel_->currentIndex() + 1 < panel_->lessonCount()) // on to the next lesson
            panel_->openLesson(panel_->currentIndex() + 1);
        return restart();
    }
}

void LessonSlides::back() {
    // Back shows an earlier slide again; what was revealed stays revealed.
    if (slide_ != Slide::Read)
        showSlide(static_cast<Slide>(static_cast<int>(slide_) - 1));
}

void LessonSlides::keyPressEvent(QKeyEvent* e) {
    switch (e->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return next();
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        return back();
    case Qt::Key_Escape:
    case Qt::Key_F11:
        emit leaveRequested();
        return;
    default:
        QWidget::keyPressEvent(e);
    }
}

QString LessonSlides::text() const {
    return heading_->text() + QLatin1Char('\n') +
           (stack_->currentWidget() == runPage_ ? runStatus_->text() : body_->toPlainText());
}

QString LessonSlides::predictMarkdown() const {
    const Lesson& l = *panel_->currentLesson();
    QString md;
    for (size_t i = 0; i < l.questions.size(); ++i) {
        const Question& qn = l.questions[i];
        if (!qn.at.empty())
            continue; // asked on the replay, at its moment
        md += QStringLiteral("**%1.** %2\n\n").arg(i + 1).arg(q(qn.prompt));
        for (size_t k = 0; k < qn.options.size(); ++k)
            md += QStringLiteral("- **%1** %2\n")
                      .arg(QString(QChar(u'A' + static_cast<char16_t>(k))), q(qn.options[k].text));
        if (qn.kind == QuestionKind::Process) {
            QStringList names;
            for (const std::string& n : expectedProcessNames(l.demo, l.params))
                names << q(n);
            md += QStringLiteral("- %1\n").arg(names.join(QStringLiteral(" · ")));
        }
        md += QLatin1Char('\n');
    }
    return md;
}

QString LessonSlides::revealMarkdown() const {
    const Lesson& l = *panel_->currentLesson();
    const RunFacts facts = runFacts(model_->trace());
    QString md;
    for (int i = 0; i < questionCount(); ++i) {
        const Question& qn = l.questions[static_cast<size_t>(i)];
        const QuestionOutcome o = evaluateQuestion(qn, Answer{}, facts);
        const QString value = !o.evaluable ? tr("(not in this run)") : q(o.realValue);
        md += QStringLiteral("**%1.** %2\n\n").arg(i + 1).arg(q(qn.prompt));
        md += i < shown_ ? QStringLiteral("> %1 **%2**\n\n").arg(tr("This run:"), value)
                         : QStringLiteral("> %1 ▒▒▒▒▒▒\n\n").arg(tr("This run:"));
    }
    return md;
}

void LessonSlides::fill() {
    const Lesson* l = panel_->currentLesson();
    if (!l)
        return;
    const QStringList names = {tr("Read"),   tr("Predict"), tr("Run"),
                               tr("Reveal"), tr("Explain"), tr("Challenge")};
    heading_->setText(q(l->title));
    footer_->setText(tr("%1 · PageDown / → next · PageUp / ← back · Esc leaves")
                         .arg(names[static_cast<int>(slide_)]));
    stack_->setCurrentWidget(slide_ == Slide::Run ? runPage_ : static_cast<QWidget*>(body_));
    switch (slide_) {
    case Slide::Read:
        return body_->showMarkdown(q(l->read));
    case Slide::Predict:
        return body_->showMarkdown(tr("## Predict first\n\nDiscuss, then vote.\n\n") +
                                   predictMarkdown());
    case Slide::Run: {
        const Step s = panel_->step();
        const QString replay =
            s == Step::Replay
                ? q(l->questions.at(static_cast<size_t>(panel_->replayQuestion())).prompt)
                : QString();
        runStatus_->setText(s == Step::Replay ? tr("What happens next? %1").arg(replay)
                            : runOver()       ? tr("The run is over. Next: the answers.")
                            : !l->scheduler.empty()
                                ? tr("Step the processes in the scheduler panel (Esc).")
                                : tr("Running on real processes…"));
        return;
    }
    case Slide::Reveal:
        return body_->showMarkdown(revealMarkdown());
    case Slide::Explain:
        return body_->showMarkdown(q(fillFacts(l->explain, runFacts(model_->trace()))));
    case Slide::Challenge: {
        QString md = QStringLiteral("## %1\n\n%2").arg(tr("Challenge"), q(l->challenge->text));
        if (!l->challenge->hint.empty())
            md += QStringLiteral("\n\n*%1 %2*").arg(tr("Hint:"), q(l->challenge->hint));
        return body_->showMarkdown(md);
    }
    }
}

} // namespace proclab::ui
