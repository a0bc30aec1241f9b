#include "ui/scheduler/scheduler_panel.h"

#include "demos/catalog.h"
#include "ui/model/run_model.h"
#include "ui/scheduler/level_text.h"
#include "ui/scheduler/step_runner.h"
#include "ui/scheduler/step_text.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace proclab::ui {
namespace {

QLabel* wrapping(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

// The line of the Python snippet, trimmed; empty when out of range.
QString pythonLine(const std::string& source, int line) {
    if (line <= 0)
        return {};
    const QStringList lines = QString::fromStdString(source).split('\n');
    return line <= lines.size() ? lines[line - 1].trimmed().section(QStringLiteral("  #"), 0, 0)
                                : QString();
}

// The text broken into lines at each of `breaks` (kept after the break, but for spaces).
QString twoLines(QString text, const QStringList& breaks) {
    for (const QString& b : breaks)
        text.replace(b, b.trimmed().isEmpty() ? QStringLiteral("\n")
                                              : QLatin1Char('\n') + b.trimmed());
    return text;
}

} // namespace

SchedulerPanel::SchedulerPanel(RunModel* model, QWidget* parent)
    : QWidget(parent), model_(model), runner_(new StepRunner(model, this)) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    levels_ = new QComboBox(this);
    for (const SchedulerLevel& l : schedulerLevels())
        levels_->addItem(levelText(l.id).title);
    top->addWidget(levels_, 1);
    layout->addLayout(top);
    goal_ = wrapping(this);
    QFont goalFont = goal_->font();
    goalFont.setBold(true);
    goal_->setFont(goalFont);
    layout->addWidget(goal_);

    rows_ = new QGridLayout;
    rows_->setColumnStretch(2, 1);
    layout->addLayout(rows_);
    shared_ = wrapping(this);
    QFont big = shared_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    shared_->setFont(big);
    layout->addWidget(shared_);
    steps_ = wrapping(this);
    layout->addWidget(steps_);

    auto* buttons = new QHBoxLayout;
    undo_ = new QPushButton(this);
    reset_ = new QPushButton(this);
    letOs_ = new QPushButton(this);
    buttons->addWidget(undo_);
    buttons->addWidget(reset_);
    buttons->addWidget(letOs_);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    status_ = wrapping(this);
    status_->setMargin(8);
    layout->addWidget(status_);
    message_ = wrapping(this);
    layout->addWidget(message_);
    layout->addStretch(1);

    for (int key = 1; key <= 9; ++key) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::Key_0 + key), this);
        connect(shortcut, &QShortcut::activated, this, [this, key] {
            if (QPushButton* b = stepButton(key); b && b->isEnabled())
                step(key);
        });
    }
    connect(levels_, &QComboBox::activated, this, &SchedulerPanel::selectLevel);
    connect(undo_, &QPushButton::clicked, this, &SchedulerPanel::undo);
    connect(reset_, &QPushButton::clicked, this, &SchedulerPanel::reset);
    connect(letOs_, &QPushButton::clicked, this, &SchedulerPanel::letOsSchedule);
    connect(model_, &RunModel::traceChanged, this, &SchedulerPanel::refresh);
    connect(runner_, &StepRunner::refused, this, [this](const QString& line) {
        waiting_ = false;
        message_->setText(line);
        refresh();
    });
    connect(runner_, &StepRunner::finished, this, [this](bool ok, const QString& message) {
        runEnded_ = true;
        waiting_ = false;
        if (!ok && !message.isEmpty())
            message_->setText(message);
        refresh();
        emit levelRunEnded(QString::fromStdString(level().id), ok, message);
    });
    retranslate();
    buildRows(0);
    refresh();
}

SchedulerPanel::~SchedulerPanel() {
    // The runner ends its run on deletion, which ends the model's live run: not into us, half
    // destroyed.
    if (model_)
        disconnect(model_, nullptr, this, nullptr);
    delete runner_;
}

const SchedulerLevel& SchedulerPanel::level() const {
    return schedulerLevels()[static_cast<size_t>(levelIndex_)];
}

QPushButton* SchedulerPanel::stepButton(int lane) const {
    return lane >= 1 && lane <= buttons_.size() ? buttons_[lane - 1] : nullptr;
}

int SchedulerPanel::stepLanes() const {
    const SchedulerLevel& l = level();
    RunRequest request{l.demo, l.variant, {}};
    for (const auto& kv : l.params)
        request.sets.push_back(kv);
    DemoRun run;
    if (!resolveRun(request, run).empty())
        return 0;
    const DemoSpec* spec = findDemo(l.demo);
    return spec && spec->stepLanes ? spec->stepLanes(run) : 0;
}

bool SchedulerPanel::settled() const {
    if (!active_ || waiting_ || !runner_->isRunning() || runner_->freeRunning())
        return false;
    bool anyCanMove = false;
    for (const LaneStepState& l : state_.lanes) {
        if (l.block == StepBlock::Moving)
            return false;
        anyCanMove = anyCanMove || l.canMove();
    }
    return anyCanMove;
}

void SchedulerPanel::retranslate() {
    undo_->setText(tr("Undo"));
    undo_->setToolTip(tr("Run the same steps minus the last on fresh processes: only the sync "
                         "points order what they share, so the result is the same every time"));
    reset_->setText(tr("Reset"));
    reset_->setToolTip(tr("Start the level again on fresh processes"));
    letOs_->setText(tr("Let the OS schedule"));
    letOs_->setToolTip(tr("Release every process: from here the OS decides who runs"));
}

void SchedulerPanel::selectLevel(int index) {
    if (index < 0 || index >= static_cast<int>(schedulerLevels().size()))
        return;
    levelIndex_ = index;
    levels_->setCurrentIndex(index);
    reset();
}

bool SchedulerPanel::selectLevelId(const QString& id) {
    const auto& levels = schedulerLevels();
    for (size_t i = 0; i < levels.size(); ++i)
        if (levels[i].id == id.toStdString()) {
            selectLevel(static_cast<int>(i));
            return true;
        }
    return false;
}

void SchedulerPanel::reset() {
    message_->clear();
    startWith({});
}

void SchedulerPanel::undo() {
    if (taken_.isEmpty())
        return;
    QList<int> replay = taken_;
    replay.removeLast();
    message_->setText(tr("Undo: the same %n step(s) again, on fresh processes with new pids. "
                         "Same steps, same result: only the sync points order what they share.",
                         nullptr, static_cast<int>(replay.size())));
    startWith(replay);
}

void SchedulerPanel::startWith(const QList<int>& replay) {
    active_ = true;
    announced_ = false;
    runEnded_ = false;
    outcome_ = LevelOutcome::Playing;
    taken_.clear();
    state_ = StepState{};
    // A replay is one long step: the buttons wait until all of it has been taken.
    waiting_ = !replay.isEmpty();
    releasesBefore_ = static_cast<int>(replay.size()) - 1;
    buildRows(stepLanes());
    goal_->setText(levelText(level().id).goal);
    runner_->start(level(), replay);
    refresh();
}

void SchedulerPanel::step(int lane) {
    if (!settled() || !stepButton(lane) || !stepButton(lane)->isEnabled())
        return;
    waiting_ = true;
    releasesBefore_ = static_cast<int>(taken_.size());
    message_->clear();
    runner_->step(lane);
    refresh();
}

void SchedulerPanel::letOsSchedule() {
    runner_->letOsSchedule();
    message_->setText(tr("The OS schedules from here: every process runs when and as long as "
                         "the OS lets it."));
    refresh();
}

void SchedulerPanel::buildRows(int lanes) {
    qDeleteAll(buttons_);
    qDeleteAll(names_);
    qDeleteAll(actions_);
    qDeleteAll(locals_);
    buttons_.clear();
    names_.clear();
    actions_.clear();
    locals_.clear();
    for (int lane = 1; lane <= lanes; ++lane) {
        auto* button = new QPushButton(tr("Step %1").arg(lane), this);
        button->setToolTip(tr("Release process %1 to its next sync point (key %1)").arg(lane));
        connect(button, &QPushButton::clicked, this, [this, lane] { step(lane); });
        auto* name = new QLabel(this);
        auto* action = wrapping(this);
        auto* locals = new QLabel(this);
        rows_->addWidget(button, lane, 0);
        rows_->addWidget(name, lane, 1);
        rows_->addWidget(action, lane, 2);
        rows_->addWidget(locals, lane, 3);
        buttons_ << button;
        names_ << name;
        actions_ << action;
        locals_ << locals;
    }
}

void SchedulerPanel::refresh() {
    const bool ours = active_ && model_->trace().demo == level().demo &&
                      model_->trace().variant == level().variant;
    const Trace& trace = model_->trace();
    if (ours) {
        state_ = stepState(trace, static_cast<int>(buttons_.size()), runner_->freeRunning());
        if (level().demo == "counter-race")
            state_.hasCounter = true; // Value('i', 0) before anyone stored
        if (level().demo == "shared-array")
            for (uint32_t i = 0; i < std::stoul(level().params.at("length")); ++i)
                state_.cells.try_emplace(i, 0); // 0.0's bits are 0
        if (!runner_->freeRunning() || runEnded_) {
            QList<int> releases;
            for (size_t i = 0; i < trace.size(); ++i)
                if (trace.kind(i) == EventKind::StepRelease && trace.laneOf(i) >= 1 &&
                    trace.laneOf(i) <= buttons_.size())
                    releases << trace.laneOf(i);
            if (!runner_->freeRunning())
                taken_ = releases;
        }
        bool moving = false;
        for (const LaneStepState& l : state_.lanes)
            moving = moving || l.block == StepBlock::Moving;
        if (waiting_ && taken_.size() > releasesBefore_ && !moving)
            waiting_ = false;
        outcome_ = levelOutcome(level(), trace, runEnded_);
    }
    if (ours && !announced_) {
        announced_ = true;
        emit levelRunShown();
    }
    const bool isArray = level().demo == "shared-array";
    for (int i = 0; i < buttons_.size(); ++i) {
        const LaneStepState* l =
            ours && i < static_cast<int>(state_.lanes.size()) ? &state_.lanes[i] : nullptr;
        buttons_[i]->setEnabled(l && l->canMove() && settled());
        // The name over its pid, the register over the steps: narrow columns, so the rows
        // never get wider than the dock (at 1024x700 the Chinese texts were cut short).
        names_[i]->setText(l ? twoLines(laneTitle(*l), {QStringLiteral(" ("), QStringLiteral("（")})
                             : tr("process %1").arg(i + 1));
        QString action = l ? nextActionText(*l, state_, isArray) : QString();
        if (l && l->holding && !action.isEmpty()) {
            const QString py = pythonLine(trace.pythonSource, l->line);
            if (!py.isEmpty())
                action = py + QStringLiteral("  ⟶  ") + action;
        }
        const QString why = l ? blockText(*l, state_) : QString();
        actions_[i]->setText(why.isEmpty() ? action
                                           : (action.isEmpty() ? why : action + "\n" + why));
        buttons_[i]->setToolTip(why.isEmpty() ? tr("Release process %1 to its next sync point "
                                                   "(key %1)")
                                                    .arg(i + 1)
                                              : why);
        locals_[i]->setText(l ? twoLines(localsText(*l, isArray), {QStringLiteral("   ")})
                              : QString());
    }
    shared_->setText(ours ? sharedText(state_) : QString());
    QStringList steps;
    for (int lane : taken_)
        steps << QString::number(lane);
    steps_->setText(active_
                        ? tr("Steps: %1").arg(steps.isEmpty() ? tr("none yet") : steps.join(' '))
                        : tr("Pick a level: its processes start and hold at their first "
                             "sync point."));
    undo_->setEnabled(active_ && !taken_.isEmpty());
    letOs_->setEnabled(runner_->isRunning() && !runner_->freeRunning());
    reset_->setText(active_ ? tr("Reset") : tr("Start"));
    showOutcome();
}

void SchedulerPanel::showOutcome() {
    const LevelText text = levelText(level().id);
    QString shown;
    QString colour;
    switch (outcome_) {
    case LevelOutcome::Won:
        shown = tr("Level won! %1").arg(text.win);
        colour = QStringLiteral("#1b7f3b");
        break;
    case LevelOutcome::Explained:
        shown = text.explained;
        colour = QStringLiteral("#1f5fa8");
        break;
    case LevelOutcome::Missed:
        shown = levelMissedText();
        colour = QStringLiteral("#a8561f");
        break;
    case LevelOutcome::Playing:
        break;
    }
    status_->setText(shown);
    status_->setVisible(!shown.isEmpty());
    status_->setStyleSheet(shown.isEmpty() ? QString()
                                           : QStringLiteral("QLabel { color: white; background: "
                                                            "%1; border-radius: 4px; }")
                                                 .arg(colour));
}

} // namespace proclab::ui
