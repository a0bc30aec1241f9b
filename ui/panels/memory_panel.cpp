#include "ui/panels/memory_panel.h"

#include "ui/model/run_model.h"
#include "ui/panels/result_at.h"
#include "ui/style/theme.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace proclab::ui {

namespace {
// One box: what it is (a caption above), the value in large type.
QLabel* valueBox(QWidget* parent, QGridLayout* grid, int column, const QString& caption,
                 const QString& where) {
    auto* frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* box = new QVBoxLayout(frame);
    auto* cap = new QLabel(caption, frame);
    cap->setWordWrap(true);
    cap->setAlignment(Qt::AlignCenter);
    auto* value = new QLabel(QStringLiteral("?"), frame);
    value->setAlignment(Qt::AlignCenter);
    value->setObjectName(QStringLiteral("value"));
    auto* sub = new QLabel(where, frame);
    sub->setObjectName(QStringLiteral("where"));
    sub->setWordWrap(true);
    frame->setToolTip(where); // also when a low dock leaves the line out
    sub->setAlignment(Qt::AlignCenter);
    box->addWidget(cap);
    box->addWidget(value, 1);
    box->addWidget(sub);
    grid->addWidget(frame, 0, column);
    return value;
}

QString shown(std::optional<int64_t> v) {
    return v ? QString::number(*v) : QStringLiteral("?");
}
} // namespace

MemoryPanel::MemoryPanel(RunModel* model, QWidget* parent) : RoomAwarePanel(parent), model_(model) {
    setObjectName(QStringLiteral("memoryPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    parentValue_ = valueBox(this, grid, 0, tr("parent: counter"), tr("the parent's own copy"));
    childValue_ = valueBox(this, grid, 1, tr("child: counter"), tr("the child's own copy"));
    sharedValue_ =
        valueBox(this, grid, 2, tr("shared.value"), tr("one copy in shared memory, seen by both"));
    grid->setColumnMinimumWidth(2, 10);
    for (int column = 0; column < 3; ++column) // three equal boxes: none is the odd one out
        grid->setColumnStretch(column, 1);
    layout->addLayout(grid, 1);
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    layout->addWidget(note_);
    connect(model_, &RunModel::traceChanged, this, &MemoryPanel::rebuild);
    connect(model_, &RunModel::cursorChanged, this, &MemoryPanel::rebuild);
    connect(&theme(), &Theme::changed, this, &MemoryPanel::applyTheme);
    applyTheme();
}

QString MemoryPanel::parentText() const {
    return parentValue_->text();
}
QString MemoryPanel::childText() const {
    return childValue_->text();
}
QString MemoryPanel::sharedText() const {
    return sharedValue_->text();
}

void MemoryPanel::applyTheme() {
    applyFonts();
    rebuild();
}

void MemoryPanel::applyFonts() {
    QFont big = theme().bigNumberFont();
    if (compact_)
        big.setPointSizeF(big.pointSizeF() * 0.7);
    const QFont words = compact_ ? theme().smallFont() : theme().labelFont();
    for (QLabel* l : findChildren<QLabel*>()) {
        l->setFont(l->objectName() == QLatin1String("value") ? big : words);
        // Where each copy lives: the note under the boxes says it too, and the box's tooltip.
        if (l->objectName() == QLatin1String("where"))
            l->setVisible(!compact_);
    }
}

void MemoryPanel::fitToRoom() {
    // At 1024×700 the dock is ~200 px: three boxes of caption, number and where it lives, and
    // the note under them, were taller than that and the note scrolled out of view. There the
    // type is smaller (the numbers still the largest on the panel) and the boxes' "where it
    // lives" lines go to their tooltips.
    const bool compact = room().height() < 300;
    if (compact != compact_) {
        compact_ = compact;
        applyFonts();
    }
}

void MemoryPanel::rebuild() {
    const Trace& t = model_->trace();
    const int64_t at = model_->cursor();
    const auto parentV = resultAt(t, ResultKey::ParentGlobal, at);
    const auto childV = resultAt(t, ResultKey::ChildGlobal, at);
    const auto sharedV = resultAt(t, ResultKey::SharedValue, at);
    parentValue_->setText(shown(parentV));
    childValue_->setText(shown(childV));
    sharedValue_->setText(shown(sharedV));
    const bool differ = parentV && childV && *parentV != *childV;
    parentValue_->setStyleSheet(differ ? QStringLiteral("color: %1").arg(theme().wrong().name())
                                       : QString());
    if (t.demo != "memory-isolation") {
        note_->setText(tr("This run has no memory-isolation demo."));
        return;
    }
    if (!parentV || !childV) {
        note_->setText(tr("Predict: the child adds 100 to both. What will the parent print?"));
        return;
    }
    const QString how =
        t.variant == "spawn"
            ? tr("spawn started a fresh interpreter in the child: it re-ran the module, got its "
                 "own counter and changed only that.")
            : tr("fork gave the child a copy of the parent's memory: its counter += 100 changed "
                 "only the copy.");
    note_->setText(how + QLatin1Char(' ') +
                   tr("The Value lives in shared memory: there is one, so the parent sees the "
                      "child's +100."));
}

} // namespace proclab::ui
