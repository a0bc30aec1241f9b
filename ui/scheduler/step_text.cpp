#include "ui/scheduler/step_text.h"

#include <QCoreApplication>
#include <QStringList>
#include <bit>

namespace proclab::ui {
namespace {

QString t(const char* text) {
    return QCoreApplication::translate("Scheduler", text);
}

// Array cells are recorded as the bits of their double.
QString cellValue(int64_t recorded, bool isArray) {
    if (!isArray)
        return QString::number(recorded);
    return QString::number(std::bit_cast<double>(static_cast<uint64_t>(recorded)), 'f', 1);
}

QString target(const LaneStepState& lane, bool isArray) {
    return isArray ? QStringLiteral("arr[%1]").arg(lane.detail) : QStringLiteral("counter");
}

} // namespace

QString laneTitle(const LaneStepState& lane) {
    if (lane.pid > 0)
        return t(QT_TRANSLATE_NOOP("Scheduler", "%1 (pid %2)"))
            .arg(QString::fromStdString(lane.name))
            .arg(lane.pid);
    return lane.name.empty() ? t(QT_TRANSLATE_NOOP("Scheduler", "process %1")).arg(lane.lane)
                             : QString::fromStdString(lane.name);
}

QString nextActionText(const LaneStepState& lane, const StepState& state, bool isArray) {
    if (!lane.holding)
        return {};
    switch (lane.point) {
    case SyncPoint::Load:
        return t(QT_TRANSLATE_NOOP("Scheduler", "LOAD %1 → register, then ADD 1"))
            .arg(target(lane, isArray));
    case SyncPoint::Store:
        return t(QT_TRANSLATE_NOOP("Scheduler", "STORE register (%1) → %2"))
            .arg(cellValue(lane.value, isArray), target(lane, isArray));
    case SyncPoint::Acquire:
        return QStringLiteral("lock.acquire()");
    case SyncPoint::Release:
        return QStringLiteral("lock.release()");
    case SyncPoint::Put:
        return QStringLiteral("q.put(%1)").arg(lane.value);
    case SyncPoint::Get:
        return QStringLiteral("q.get()");
    case SyncPoint::Empty:
        return QStringLiteral("q.empty() → %1")
            .arg(state.queue.empty() ? QStringLiteral("True") : QStringLiteral("False"));
    case SyncPoint::Count_:
        break;
    }
    return {};
}

QString blockText(const LaneStepState& lane, const StepState& state) {
    switch (lane.block) {
    case StepBlock::None:
        return {};
    case StepBlock::NotStarted:
        return t(QT_TRANSLATE_NOOP(
            "Scheduler", "not at its first step yet (starting, or main has not started it)"));
    case StepBlock::Moving:
        return t(QT_TRANSLATE_NOOP("Scheduler", "running to its next step…"));
    case StepBlock::Finished:
        return t(QT_TRANSLATE_NOOP("Scheduler", "finished"));
    case StepBlock::LockHeld: {
        const auto holder = static_cast<size_t>(lane.lockHolder - 1);
        const QString name = holder < state.lanes.size()
                                 ? QString::fromStdString(state.lanes[holder].name)
                                 : QString::number(lane.lockHolder);
        return t(QT_TRANSLATE_NOOP("Scheduler",
                                   "cannot move: the lock is held by %1, acquire() would wait"))
            .arg(name);
    }
    case StepBlock::QueueEmpty:
        return t(
            QT_TRANSLATE_NOOP("Scheduler", "cannot move: the queue is empty, get() would wait"));
    case StepBlock::QueueFull:
        return t(QT_TRANSLATE_NOOP(
                     "Scheduler",
                     "cannot move: the queue is full (%1 of maxsize %2), put() would wait"))
            .arg(state.queue.size())
            .arg(lane.detail);
    case StepBlock::FreeRunning:
        return t(QT_TRANSLATE_NOOP("Scheduler", "the OS schedules it now"));
    }
    return {};
}

QString localsText(const LaneStepState& lane, bool isArray) {
    QStringList parts;
    if (lane.point == SyncPoint::Load || lane.point == SyncPoint::Store || lane.hasRegister)
        parts << t(QT_TRANSLATE_NOOP("Scheduler", "register: %1"))
                     .arg(lane.hasRegister ? cellValue(lane.registerValue, isArray)
                                           : QStringLiteral("—"));
    if (lane.hasItem)
        parts << t(QT_TRANSLATE_NOOP("Scheduler", "item: %1")).arg(lane.lastItem);
    parts << t(QT_TRANSLATE_NOOP("Scheduler", "steps: %1")).arg(lane.steps);
    return parts.join(QStringLiteral("   "));
}

QString sharedText(const StepState& state) {
    QStringList parts;
    if (!state.cells.empty()) {
        QStringList cells;
        for (const auto& [index, value] : state.cells)
            cells << cellValue(value, true);
        parts << t(QT_TRANSLATE_NOOP("Scheduler", "arr = [%1]"))
                     .arg(cells.join(QStringLiteral(", ")));
    } else if (state.hasCounter) {
        parts << t(QT_TRANSLATE_NOOP("Scheduler", "counter = %1")).arg(state.counter);
    }
    if (state.hasQueue) {
        QStringList items;
        for (int64_t v : state.queue)
            items << QString::number(v);
        const QString size =
            state.maxsize > 0
                ? t(QT_TRANSLATE_NOOP("Scheduler", "%1 of maxsize %2"))
                      .arg(state.queue.size())
                      .arg(state.maxsize)
                : t(QT_TRANSLATE_NOOP("Scheduler", "%1 items")).arg(state.queue.size());
        parts << t(QT_TRANSLATE_NOOP("Scheduler", "queue = [%1]  (%2)"))
                     .arg(items.join(QStringLiteral(", ")), size);
    }
    return parts.join(QStringLiteral("     "));
}

} // namespace proclab::ui
