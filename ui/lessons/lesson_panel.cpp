#include "ui/lessons/lesson_panel.h"

#include "lessons/condition.h"
#include "lessons/event_query.h"
#include "lessons/lesson_body.h"
#include "lessons/run_facts.h"
#include "ui/gui_entry.h"
#include "ui/lessons/lesson_text.h"
#include "ui/lessons/question_form.h"
#include "ui/model/run_model.h"

#include <QApplication>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace proclab::ui {

using namespace proclab::lessons;

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}
QString progressKey(const QString& id) {
    return QStringLiteral("lessons/progress/") + id;
}

} // namespace

LessonPanel::LessonPanel(RunModel* model, QWidget* parent, QString root, QString language)
    : QWidget(parent), model_(model) {
    setObjectName(QStringLiteral("lessonPanel"));
    language_ = (language.isEmpty() ? currentLanguage() : language).toStdString();
    set_ = loadLessons(root.isEmpty() ? lessonsRoot() : root.toStdString(), language_);
    buildUi();
    fillList();
    const int saved = QSettings().value(QStringLiteral("lessons/current"), 0).toInt();
    if (lessonCount() > 0)
        openLesson(std::clamp(saved, 0, lessonCount() - 1));
    else
        text_->showMarkdown(tr("No lessons were found. Set PROCLAB_LESSONS to the lessons "
                               "folder."));
}

void LessonPanel::buildUi() {
    auto* box = new QVBoxLayout(this);
    createWidgets();
    layOut(box);
    connectSignals();
}

void LessonPanel::createWidgets() {
    list_ = new QListWidget(this);
    title_ = new QLabel(this);
    title_->setWordWrap(true);
    QFont big = title_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title_->setFont(big);
    stepLabel_ = new QLabel(this);
    // Wraps between the steps (never inside one): on one line, in English, it held the Lesson
    // dock at 390 px and left the code 200 px at 1024×700.
    stepLabel_->setWordWrap(true);
    text_ = new LessonText(this);
    predictBox_ = new QGroupBox(tr("Your prediction, before the run"), this);
    form_ = new QuestionForm(predictBox_);
    commit_ = new QPushButton(tr("Commit my answers"), this);
    skip_ = new QPushButton(tr("Skip predicting"), this);
    auto* predictLayout = new QVBoxLayout(predictBox_);
    predictLayout->setContentsMargins(6, 4, 6, 4);
    predictLayout->addWidget(form_);
    results_ = new QLabel(this);
    challengeStatus_ = new QLabel(this);
    for (QLabel* l : {results_, challengeStatus_}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setOpenExternalLinks(false);
    }
    back_ = new QPushButton(tr("◀ Back"), this);
    run_ = new QPushButton(tr("▶ Run the lesson's demo"), this);
    next_ = new QPushButton(tr("Next ▶"), this);
    reset_ = new QPushButton(tr("Reset progress"), this);
    revealButton_ = new QPushButton(tr("Reveal the answers"), this);
    teacherButton_ = new QPushButton(tr("Teacher mode"), this);
    teacherButton_->setCheckable(true);
    teacherButton_->setFlat(true);
    teacherButton_->setToolTip(tr("Larger text; after the run the answers stay hidden until "
                                  "you press Reveal"));
}

// The list and title on top, the lesson text above the student's part, the buttons below.
void LessonPanel::layOut(QVBoxLayout* box) {
    auto* nav = new QHBoxLayout;
    nav->addWidget(back_);
    nav->addWidget(run_, 1);
    nav->addWidget(next_);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title_, 1);
    titleRow->addWidget(teacherButton_, 0, Qt::AlignTop);
    titleRow->addWidget(reset_, 0, Qt::AlignTop);
    reset_->setFlat(true);
    // The text above, the student's part below; on a small screen both stay usable.
    auto* lower = new QWidget(this);
    lower_ = lower;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    // The challenge before the results: it is what the student acts on next.
    lowerLayout->addWidget(predictBox_);
    lowerLayout->addWidget(challengeStatus_);
    lowerLayout->addWidget(results_);
    lowerLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    lowerScroll_ = scroll;
    scroll->setWidget(lower);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything in it wraps
    auto* split = new QSplitter(Qt::Vertical, this);
    split_ = split;
    split->addWidget(text_);
    split->addWidget(scroll);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({200, 300}); // proportions: the answers get the larger part
    list_->setMaximumHeight(list_->fontMetrics().height() * 4 + 10);
    // Narrow margins: at 700 px every line goes to the text and the questions.
    box->setContentsMargins(4, 2, 4, 4);
    box->setSpacing(4);
    lowerLayout->setSpacing(4);
    box->addWidget(list_);
    box->addLayout(titleRow);
    box->addWidget(stepLabel_);
    box->addWidget(split, 1);
    // Commit and Skip below the scrolling part: never a scroll away from the questions.
    auto* answerButtons = new QHBoxLayout;
    answerButtons->addWidget(commit_, 1);
    answerButtons->addWidget(skip_);
    box->addLayout(answerButtons);
    box->addWidget(revealButton_);
    box->addLayout(nav);
}

void LessonPanel::connectSignals() {
    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != current_)
            openLesson(row);
    });
    connect(form_, &QuestionForm::answersChanged, this,
            [this] { commit_->setEnabled(form_->allAnswered()); });
    connect(commit_, &QPushButton::clicked, this,
            [this] { step_ == Step::Replay ? commitReplay(false) : commitAnswers(false); });
    connect(skip_, &QPushButton::clicked, this,
            [this] { step_ == Step::Replay ? commitReplay(true) : commitAnswers(true); });
    connect(run_, &QPushButton::clicked, this, [this] {
        const Lesson* l = currentLesson();
        if (!l->scheduler.empty()) { // the student is the scheduler: the run is theirs to step
            setStep(Step::Running);
            emit schedulerRequested(q(l->scheduler));
            return;
        }
        setStep(Step::Running);
        emit runRequested(lessonRequest());
    });
    connect(back_, &QPushButton::clicked, this, [this] { openLesson(current_ - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { openLesson(current_ + 1); });
    connect(reset_, &QPushButton::clicked, this, [this] {
        resetProgress();
        fillList();
        openLesson(current_);
    });
    connect(revealButton_, &QPushButton::clicked, this, [this] {
        if (step_ == Step::Ran)
            reveal();
    });
    connect(teacherButton_, &QPushButton::toggled, this, &LessonPanel::setTeacherMode);
    connect(text_, &LessonText::eventLinkClicked, this, &LessonPanel::moveCursorToEvent);
}

int LessonPanel::lessonCount() const {
    return static_cast<int>(lessonsFor(set_, language_).size());
}

const Lesson* LessonPanel::currentLesson() const {
    const auto& lessons = lessonsFor(set_, language_);
    return current_ >= 0 && current_ < lessonCount() ? &lessons[static_cast<size_t>(current_)]
                                                     : nullptr;
}

RunRequestUi LessonPanel::lessonRequest() const {
    const Lesson* l = currentLesson();
    if (!l)
        return {};
    RunRequestUi r{q(l->demo), q(l->variant), {}};
    for (const auto& [k, v] : l->params)
        r.params[k] = v;
    return r;
}

QString LessonPanel::progressOf(const QString& id) {
    return QSettings().value(progressKey(id)).toString();
}

void LessonPanel::resetProgress() {
    QSettings().remove(QStringLiteral("lessons/progress"));
}

void LessonPanel::fillList() {
    const QSignalBlocker block(list_);
    list_->clear();
    for (const Lesson& l : lessonsFor(set_, language_)) {
        const QString p = progressOf(q(l.id));
        const QString mark = p == QLatin1String("done")       ? QStringLiteral("✓ ")
                             : p == QLatin1String("revealed") ? QStringLiteral("◐ ")
                                                              : QStringLiteral("○ ");
        auto* item = new QListWidgetItem(mark + q(l.title), list_);
        item->setToolTip(q(l.summary));
    }
    list_->setCurrentRow(current_);
}

void LessonPanel::openLesson(int index) {
    if (index < 0 || index >= lessonCount())
        return;
    current_ = index;
    QSettings().setValue(QStringLiteral("lessons/current"), index);
    const Lesson& l = *currentLesson();
    {
        const QSignalBlocker block(list_);
        list_->setCurrentRow(index);
    }
    title_->setText(q(l.title));
    if (replayAt_ >= 0)
        emit futureRevealed();
    replayAt_ = -1;
    predictBox_->setTitle(tr("Your prediction, before the run"));
    text_->setGlossary(set_.glossary.count(language_) ? set_.glossary.at(language_)
                                                      : std::map<std::string, std::string>{});
    text_->showMarkdown(q(l.read));
    form_->setLesson(l);
    form_->setEnabled(true);
    commit_->setEnabled(false);
    answers_.clear();
    results_->clear();
    challengeStatus_->clear();
    emit lessonOpened(q(l.demo), q(l.variant));
    run_->setText(l.scheduler.empty() ? tr("▶ Run the lesson's demo")
                                      : tr("▶ Schedule it yourself (F8)"));
    back_->setEnabled(index > 0);
    next_->setEnabled(index + 1 < lessonCount());
    setStep(Step::Predict);
}

void LessonPanel::setStep(Step s) {
    step_ = s;
    const QStringList names = {tr("1 Read and predict"), tr("2 Run"), tr("3 Reveal"),
                               tr("4 Challenge")};
    // Reveal and challenge show together; teacher mode holds the reveal (Ran) on its own.
    const int from = s == Step::Predict                                                 ? 0
                     : s == Step::ReadyToRun || s == Step::Running || s == Step::Replay ? 1
                                                                                        : 2;
    const int to = s == Step::Challenge || s == Step::Done ? 3 : from;
    QStringList parts;
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names[i].toHtmlEscaped().replace(QLatin1Char(' '), "&nbsp;");
        parts << (i >= from && i <= to ? QStringLiteral("<b><u>%1</u></b>").arg(name) : name);
    }
    stepLabel_->setText(parts.join(QStringLiteral(" → ")));
    predictBox_->setVisible(s == Step::Predict || s == Step::ReadyToRun || s == Step::Running ||
                            s == Step::Replay);
    commit_->setVisible(s == Step::Predict || s == Step::Replay);
    skip_->setVisible(s == Step::Predict || s == Step::Replay);
    // A scheduler lesson's button opens the scheduler again while its run is being stepped.
    run_->setEnabled(s == Step::ReadyToRun || (s == Step::Running && scheduled()));
    run_->setVisible(s == Step::ReadyToRun || s == Step::Running || s == Step::Predict);
    revealButton_->setVisible(s == Step::Ran);
    results_->setVisible(s == Step::Challenge || s == Step::Done || !results_->text().isEmpty());
    challengeStatus_->setVisible(s == Step::Challenge || s == Step::Done);
    // No run while a replay question is asked: it would replace the run being asked about.
    emit runAllowedChanged(s != Step::Predict && s != Step::Running && s != Step::Replay);
    fitLayout();
    // Again once the new questions' and results' layouts have settled (posted requests).
    QTimer::singleShot(0, this, &LessonPanel::fitLayout);
    emit stepChanged();
}

void LessonPanel::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    fitLayout();
}

void LessonPanel::fitLayout() {
    if (!split_)
        return;
    const int line = fontMetrics().height();
    // At ~700 px windows the list goes (Back and Next remain), the rest keeps its room.
    const bool compact = height() < 40 * line;
    list_->setVisible(!compact);
    lower_->layout()->activate();
    const int width = lowerScroll_->viewport()->width();
    const int need =
        lower_->hasHeightForWidth() ? lower_->heightForWidth(width) : lower_->sizeHint().height();
    const int total = split_->height();
    // The text keeps at least 40% (and 6 lines): the questions scroll before the text shrinks
    // to a peephole; Commit and Skip sit below both and never scroll away. A replay question
    // is what the student looks at then (the text was read before the run): it comes first.
    const int textMin = step_ == Step::Replay ? 4 * line : std::max(6 * line, total * 2 / 5);
    const int lowerPart = std::clamp(need + 4, total / 3, std::max(total / 3, total - textMin));
    split_->setSizes({total - lowerPart, lowerPart});
}

void LessonPanel::setTeacherMode(bool on) {
    teacher_ = on;
    {
        const QSignalBlocker block(teacherButton_);
        teacherButton_->setChecked(on);
    }
    QFont f = font();
    f.setPointSizeF(QApplication::font().pointSizeF() * (on ? 1.5 : 1.0));
    setFont(f); // children without a font of their own follow
    emit teacherModeChanged(on);
}

void LessonPanel::commitAnswers(bool skipped) {
    skipped_ = skipped;
    const Lesson& l = *currentLesson();
    answers_.assign(l.questions.size(), Answer{});
    if (!skipped) {
        const std::vector<Answer> given = form_->answers();
        size_t k = 0;
        for (size_t i = 0; i < l.questions.size() && k < given.size(); ++i)
            if (l.questions[i].at.empty())
                answers_[i] = given[k++];
    }
    form_->setEnabled(false);
    setStep(Step::ReadyToRun);
}

} // namespace proclab::ui
