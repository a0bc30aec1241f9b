// The second half of the lesson flow: the run's end, the reveal and the challenge.
#include "lessons/condition.h"
#include "lessons/event_query.h"
#include "lessons/lesson_body.h"
#include "lessons/run_facts.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_text.h"
#include "ui/lessons/question_form.h"
#include "ui/model/run_model.h"

#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>

namespace proclab::ui {

using namespace proclab::lessons;

namespace {

QString esc(const std::string& s) {
    return lessonLineHtml(s);
}

QString answerText(const Question& q, const Answer& a) {
    if (a.skipped)
        return LessonPanel::tr("(skipped)");
    if (q.kind == QuestionKind::Number)
        return FactValue::of(a.number).display().c_str();
    if (q.kind == QuestionKind::Choice)
        return esc(q.options.at(static_cast<size_t>(a.option)).text);
    return esc(a.process);
}

} // namespace

void LessonPanel::runFinished(bool ok, const QString& message) {
    if (scheduled())
        return; // only the student's stepped runs count: scheduledRunFinished
    // A run of the lesson's demo started from the toolbar after the prediction counts too:
    // the answers are checked against whatever really ran.
    const bool lessonRun =
        step_ == Step::Running || (step_ == Step::ReadyToRun && ok && currentLesson() &&
                                   model_->trace().demo == currentLesson()->demo);
    if (lessonRun) {
        lessonRunEnded(ok, message);
        return;
    }
    if (step_ == Step::Challenge && ok)
        checkChallenge();
}

void LessonPanel::scheduledRunFinished(const QString& levelId, bool ok, const QString& message) {
    if (!scheduled() || levelId.toStdString() != currentLesson()->scheduler)
        return;
    if (step_ == Step::Running || step_ == Step::ReadyToRun)
        lessonRunEnded(ok, message);
    else if (step_ == Step::Challenge && ok)
        checkChallenge();
}

void LessonPanel::lessonRunEnded(bool ok, const QString& message) {
    if (!ok) {
        results_->setText(tr("The run did not finish: %1").arg(message.toHtmlEscaped()));
        setStep(Step::ReadyToRun);
        return;
    }
    emit lessonRunFinished();
    askNextReplayQuestion(0);
}

// The "what happens next?" questions, one at a time, each at its event of this run with the
// future hidden; one whose event this run lacks stays unanswered (the reveal says so).
void LessonPanel::askNextReplayQuestion(size_t from) {
    const Lesson& l = *currentLesson();
    for (size_t i = from; i < l.questions.size(); ++i) {
        if (l.questions[i].at.empty())
            continue;
        const auto hit = resolveEventQuery(model_->trace(), l.questions[i].at);
        if (!hit)
            continue;
        replayAt_ = static_cast<int>(i);
        model_->setCursor(hit->t);
        emit futureHidden(hit->t);
        predictBox_->setTitle(tr("What happens next? The run is shown up to here"));
        form_->setQuestions(l, {i});
        form_->setEnabled(true);
        commit_->setEnabled(false);
        setStep(Step::Replay);
        return;
    }
    afterRun();
}

void LessonPanel::commitReplay(bool skipped) {
    const size_t i = static_cast<size_t>(replayAt_);
    if (!skipped && i < answers_.size())
        answers_[i] = form_->answers().front();
    replayAt_ = -1;
    emit futureRevealed();
    askNextReplayQuestion(i + 1);
}

void LessonPanel::afterRun() {
    if (teacher_)
        setStep(Step::Ran); // the class talks first; the teacher reveals
    else
        reveal();
}

QString LessonPanel::resultsHtml() const {
    const Lesson& l = *currentLesson();
    const RunFacts facts = runFacts(model_->trace());
    // One block per question: the prompt, then the prediction beside the run's value (a
    // narrow dock has no room for a four-column table).
    QString html;
    for (size_t i = 0; i < l.questions.size(); ++i) {
        const Question& qn = l.questions[i];
        const Answer a = i < answers_.size() ? answers_[i] : Answer{};
        const QuestionOutcome o = evaluateQuestion(qn, a, facts);
        const QString mark =
            a.skipped || !o.evaluable
                ? QString()
                : (o.correct ? QStringLiteral("<span style='color:#1a7f37'><b>✓ %1</b></span>")
                                   .arg(tr("right"))
                             : QStringLiteral("<span style='color:#c0392b'><b>✗ %1</b></span>")
                                   .arg(tr("not this time")));
        html += QStringLiteral("<p><b>%1.</b> %2<br>%3: %4 &nbsp;·&nbsp; %5: <b>%6</b> &nbsp;%7")
                    .arg(i + 1)
                    .arg(esc(qn.prompt), tr("your prediction"), answerText(qn, a), tr("this run"),
                         o.evaluable ? esc(o.realValue) : tr("(not in this run)"), mark);
        if (qn.kind == QuestionKind::Choice && !a.skipped && o.evaluable && !o.correct) {
            const std::string& why = qn.options.at(static_cast<size_t>(a.option)).why;
            if (!why.empty())
                html += QStringLiteral("<br><i>%1</i>").arg(esc(why));
        }
        html += QStringLiteral("</p>");
    }
    QStringList notes;
    if (facts.count("stopped") && facts.at("stopped").number != 0)
        notes << tr("This run was cut short: its numbers are not the whole story.");
    if (facts.count("dropped") && facts.at("dropped").number != 0)
        notes << tr("%1 events were dropped: counts taken from events may be too low.")
                     .arg(facts.at("dropped").display().c_str());
    notes << tr("Values are from this run on this machine: a race or a timing can differ next "
                "time.");
    return html + QStringLiteral("<p><small>%1</small></p>").arg(notes.join(QLatin1Char(' ')));
}

QString LessonPanel::challengeHtml(const QString& status) const {
    const Lesson& l = *currentLesson();
    if (!l.challenge)
        return status;
    QString html = QStringLiteral("<b>%1</b> %2").arg(tr("Challenge:"), esc(l.challenge->text));
    if (!l.challenge->hint.empty())
        html += QStringLiteral("<br><i>%1 %2</i>").arg(tr("Hint:"), esc(l.challenge->hint));
    return html + QStringLiteral("<br>") + status;
}

void LessonPanel::reveal() {
    const Lesson& l = *currentLesson();
    const RunFacts facts = runFacts(model_->trace());
    results_->setText(resultsHtml());
    // The whole run, as the explanation tells it: a replay question left the cursor at its
    // event, where the panels' "so far" numbers would contradict the totals in the text.
    model_->setCursor(model_->duration());
    text_->showMarkdown(QString::fromStdString(fillFacts(l.explain, facts)));
    const QString id = QString::fromStdString(l.id);
    if (progressOf(id) != QLatin1String("done"))
        QSettings().setValue(QStringLiteral("lessons/progress/") + id, QStringLiteral("revealed"));
    if (l.challenge) {
        challengeStatus_->setText(challengeHtml(
            l.scheduler.empty()
                ? tr("Change the settings in the toolbar and press Run: your next run is checked.")
                : tr("Press Reset in the scheduler and step again: your next stepped run is "
                     "checked.")));
        setStep(Step::Challenge);
    } else {
        QSettings().setValue(QStringLiteral("lessons/progress/") + id, QStringLiteral("done"));
        setStep(Step::Done);
    }
    fillList();
}

void LessonPanel::checkChallenge() {
    const Lesson& l = *currentLesson();
    const GoalOutcome g = evaluateGoal(l, model_->trace(), runFacts(model_->trace()));
    QStringList lines;
    for (const std::string& s : g.lines)
        lines << esc(s);
    if (g.met) {
        QSettings().setValue(QStringLiteral("lessons/progress/") + QString::fromStdString(l.id),
                             QStringLiteral("done"));
        challengeStatus_->setText(challengeHtml(
            QStringLiteral("<span style='color:#1a7f37'><b>✓ %1</b></span> %2")
                .arg(tr("Challenge met on your run."), lines.join(QStringLiteral("; ")))));
        setStep(Step::Done);
        fillList();
    } else {
        challengeStatus_->setText(
            challengeHtml(QStringLiteral("<span style='color:#c0392b'><b>%1</b></span> %2")
                              .arg(tr("Not yet:"), lines.join(QStringLiteral("; ")))));
        fitLayout();
    }
}

void LessonPanel::moveCursorToEvent(const QString& query) {
    const auto hit = resolveEventQuery(model_->trace(), query.toStdString());
    if (!hit) {
        results_->setToolTip(tr("This run has no such event."));
        return;
    }
    model_->setCursor(hit->t);
}

} // namespace proclab::ui
