#include "ui/lessons/lesson_walk.h"

#include "lessons/process_names.h"
#include "ui/demo_toolbar.h"
#include "ui/gui_entry.h"
#include "ui/lessons/future_curtain.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_text.h"
#include "ui/lessons/question_form.h"
#include "ui/main_window.h"
#include "ui/scheduler/scheduler_panel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <stdexcept>

namespace proclab::ui {

namespace {

using Step = LessonPanel::Step;

// What the walk's student does at the scheduler: 1 2 1 2 interleaves the two read-add-write
// sequences, so one update is lost (lesson 15's challenge).
const QString kSteps = QStringLiteral("1 2 1 2");
constexpr int kRunTimeoutMs = 180'000;

struct WalkError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Lets the event loop run until `done` holds; false after `ms`.
bool waitFor(const std::function<bool()>& done, int ms) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void settle(int ms = 400) {
    waitFor([] { return false; }, ms); // layouts and the plot's queued replot
}

void require(bool ok, const QString& what) {
    if (!ok)
        throw WalkError(what.toStdString());
}

class Walk {
  public:
    Walk(MainWindow* window, QString dir) : window_(window), dir_(std::move(dir)) {
        panel_ = window->findChild<LessonPanel*>();
        scheduler_ = window->findChild<SchedulerPanel*>();
        toolbar_ = window->findChild<DemoToolbar*>();
        curtain_ = panel_ ? panel_->findChild<FutureCurtain*>() : nullptr;
    }

    int run() {
        const QString language = currentLanguage();
        require(panel_ && scheduler_ && toolbar_ && curtain_, QStringLiteral("no lesson dock"));
        window_->resize(1024, 700);
        window_->findChild<QDockWidget*>(QStringLiteral("lessonDock"))->show();
        require(panel_->lessonCount() > 0, QStringLiteral("no lessons found"));
        const QString only = qEnvironmentVariable("PROCLAB_LESSON_WALK_ONLY");
        int walked = 0;
        for (int i = 0; i < panel_->lessonCount(); ++i) {
            open(i);
            const QString id = QString::fromStdString(panel_->currentLesson()->id);
            if (!only.isEmpty() && id != only)
                continue;
            name_ =
                QStringLiteral("%1-%2-%3").arg(i + 1, 2, 10, QLatin1Char('0')).arg(id, language);
            try {
                walkOpenLesson();
            } catch (const WalkError& e) {
                std::fprintf(stderr, "lesson-walk: FAILED %s: %s\n", qPrintable(name_), e.what());
                return 1;
            }
            ++walked;
        }
        if (walked == 0) {
            std::fprintf(stderr, "lesson-walk: FAILED: no lesson '%s'\n", qPrintable(only));
            return 1;
        }
        std::printf("lesson-walk: %d lessons in %s walked to their challenge\n", walked,
                    qPrintable(language));
        return 0;
    }

  private:
    // The student's way to a lesson: Next from the one before, else the list.
    void open(int i) {
        if (i == panel_->currentIndex() + 1 && panel_->nextButton()->isEnabled())
            panel_->nextButton()->click();
        else
            panel_->openLesson(i);
    }

    bool scheduled() const { return !panel_->currentLesson()->scheduler.empty(); }

    void walkOpenLesson() {
        require(panel_->step() == Step::Predict, QStringLiteral("the lesson does not ask first"));
        require(!panel_->runButton()->isEnabled() && !toolbar_->runAction()->isEnabled(),
                QStringLiteral("Run is not held while predicting"));
        settle(200);
        shoot(QStringLiteral("predict-"));
        answerAll();
        require(panel_->commitButton()->isEnabled(),
                QStringLiteral("Commit stays disabled with every question answered"));
        panel_->commitButton()->click();
        require(panel_->runButton()->isEnabled(), QStringLiteral("Run stays disabled"));
        panel_->runButton()->click();
        if (scheduled())
            playSteps();
        QStringList done;
        done << QStringLiteral("predicted") << QStringLiteral("ran");
        while (true) {
            require(waitFor([this] { return panel_->step() != Step::Running; }, kRunTimeoutMs),
                    QStringLiteral("the lesson's run did not end within 180 s"));
            require(panel_->step() != Step::ReadyToRun,
                    QStringLiteral("the run failed: ") + panel_->resultLabel()->text());
            if (panel_->step() != Step::Replay)
                break;
            answerReplay();
            done << QStringLiteral("replay answered");
        }
        require(panel_->step() == Step::Challenge || panel_->step() == Step::Done,
                QStringLiteral("no reveal after the run"));
        settle();
        require(!panel_->resultLabel()->text().isEmpty(), QStringLiteral("no results shown"));
        require(!panel_->text()->toPlainText().contains(QStringLiteral("{{")),
                QStringLiteral("a fact is left unfilled in the explanation"));
        shoot(QStringLiteral("reveal-"));
        done << QStringLiteral("revealed");
        if (panel_->step() == Step::Challenge)
            done << tryChallenge();
        std::printf("lesson-walk: %s: %s\n", qPrintable(name_),
                    qPrintable(done.join(QStringLiteral(", "))));
        std::fflush(stdout);
    }

    // A prediction for every question: the first option, the first process, 4 for a number
    // (a plain guess: some come out right, some wrong, as a student's would).
    void answerAll() {
        QuestionForm* form = panel_->form();
        int input = 0;
        for (const auto& q : panel_->currentLesson()->questions) {
            if (!q.at.empty())
                continue;
            answer(form, input++, q.kind);
        }
    }

    void answer(QuestionForm* form, int input, proclab::lessons::QuestionKind kind) {
        using proclab::lessons::QuestionKind;
        if (kind == QuestionKind::Number)
            form->answerNumber(input, 4);
        else if (kind == QuestionKind::Choice)
            form->answerOption(input, 0);
        else
            form->answerProcess(input, QString::fromStdString(firstProcess()));
    }

    std::string firstProcess() const {
        const auto* l = panel_->currentLesson();
        const auto names = proclab::lessons::expectedProcessNames(l->demo, l->params);
        require(!names.empty(), QStringLiteral("no process to choose"));
        return names.front();
    }

    void answerReplay() {
        settle();
        require(curtain_->covering(), QStringLiteral("the replay question hides nothing"));
        require(!toolbar_->runAction()->isEnabled(),
                QStringLiteral("Run is not held during the replay question"));
        shoot(QStringLiteral("replay-"));
        const auto& q =
            panel_->currentLesson()->questions.at(static_cast<size_t>(panel_->replayQuestion()));
        answer(panel_->form(), 0, q.kind);
        require(panel_->commitButton()->isEnabled(),
                QStringLiteral("Commit stays disabled on the replay question"));
        panel_->commitButton()->click();
        require(!curtain_->covering(), QStringLiteral("the curtain stays after the answer"));
    }

    void playSteps() {
        for (const QString& s : kSteps.split(QLatin1Char(' '))) {
            QPushButton* b = scheduler_->stepButton(s.toInt());
            require(waitFor([&] { return b && scheduler_->settled() && b->isEnabled(); },
                            kRunTimeoutMs),
                    QStringLiteral("the scheduler's step %1 never became possible").arg(s));
            b->click();
        }
    }

    // The student's own second run, with the settings the toolbar shows (a stepped one for a
    // scheduler lesson): the challenge must be checked on it, met or not.
    QString tryChallenge() {
        const QString before = panel_->challengeLabel()->text();
        if (scheduled()) {
            scheduler_->resetButton()->click();
            playSteps();
        } else {
            require(toolbar_->runAction()->isEnabled(),
                    QStringLiteral("the toolbar's Run is disabled at the challenge"));
            toolbar_->runAction()->trigger();
        }
        require(waitFor(
                    [&] {
                        return panel_->step() == Step::Done ||
                               panel_->challengeLabel()->text() != before;
                    },
                    kRunTimeoutMs),
                QStringLiteral("the challenge was not checked on the second run"));
        return panel_->step() == Step::Done ? QStringLiteral("challenge met")
                                            : QStringLiteral("challenge checked (not yet met)");
    }

    void shoot(const QString& prefix) {
        const QPixmap shot = window_->screen()->grabWindow(window_->winId());
        const QString path = dir_ + QLatin1Char('/') + prefix + name_ + QStringLiteral(".png");
        require(!shot.isNull() && shot.save(path), QStringLiteral("could not save ") + path);
    }

    MainWindow* window_;
    QString dir_;
    QString name_;
    LessonPanel* panel_ = nullptr;
    SchedulerPanel* scheduler_ = nullptr;
    DemoToolbar* toolbar_ = nullptr;
    FutureCurtain* curtain_ = nullptr;
};

} // namespace

void startLessonWalkIfAsked(MainWindow* window) {
    const QString dir = qEnvironmentVariable("PROCLAB_LESSON_WALK");
    if (dir.isEmpty())
        return;
    QTimer::singleShot(1000, window, [window, dir] {
        QDir().mkpath(dir);
        QApplication::exit(Walk(window, dir).run());
    });
}

} // namespace proclab::ui
