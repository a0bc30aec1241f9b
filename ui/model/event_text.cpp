#include "ui/model/event_text.h"

#include "ui/model/run_model.h"
#include "ui/style/state_painter.h"
#include "ui/timeline/time_axis.h"

#include <QCoreApplication>

namespace proclab::ui {

// Q_DECLARE_TR_FUNCTIONS gives the context "proclab::ui::Events" both at run time and to lupdate,
// which does not see through a helper function.
class Events {
    Q_DECLARE_TR_FUNCTIONS(proclab::ui::Events)
};

QString pythonLine(const Trace& trace, int line) {
    if (line <= 0)
        return {};
    const QStringList lines = QString::fromStdString(trace.pythonSource).split(QLatin1Char('\n'));
    if (line > lines.size())
        return {};
    return lines[line - 1].trimmed();
}

namespace {

// A process's life: created, started, ended, joined, asleep.
QString processWords(const RunModel& model, const Event& e) {
    auto lane = [&](int64_t n) { return model.laneName(static_cast<int>(n)); };
    switch (e.kind) {
    case EventKind::ProcessCreated:
        return Events::tr("created (pid %1)").arg(e.b);
    case EventKind::ProcessStarted:
        return Events::tr("started running its own code");
    case EventKind::ProcessEnding:
        return Events::tr("is ending with exit code %1").arg(e.b);
    case EventKind::ProcessExited:
        return Events::tr("was reaped: %1").arg(exitLabel(static_cast<int>(e.b)));
    case EventKind::JoinBegin:
        return Events::tr("calls %1.join() and waits").arg(lane(e.a));
    case EventKind::JoinEnd:
        return e.c ? Events::tr("gave up joining %1 (timeout)").arg(lane(e.a))
                   : Events::tr("joined %1 (%2)").arg(lane(e.a), exitLabel(static_cast<int>(e.b)));
    case EventKind::SleepBegin:
        return Events::tr("sleeps for %1").arg(TimeAxis::formatDuration(static_cast<double>(e.b)));
    case EventKind::SleepEnd:
        return Events::tr("wakes up");
    default:
        return {};
    }
}

// A queue: items in and out, blocking, and the empty()/full() questions.
QString queueWords(const Event& e) {
    switch (e.kind) {
    case EventKind::QueuePut:
        return Events::tr("put item #%1 (value %2) on queue %3; depth now %4")
            .arg(e.b)
            .arg(e.c)
            .arg(e.object)
            .arg(e.a);
    case EventKind::QueueGet:
        return Events::tr("got item #%1 (value %2) from queue %3; depth now %4")
            .arg(e.b)
            .arg(e.c)
            .arg(e.object)
            .arg(e.a);
    case EventKind::QueueBlocked:
        return e.a ? Events::tr("blocks in get(): the queue is empty")
                   : Events::tr("blocks in put(): the queue is full");
    case EventKind::QueueUnblocked:
        return e.b ? Events::tr("gave up waiting on the queue (timeout)") : Events::tr("can go on");
    case EventKind::QueueEmptyCheck:
        return e.b ? Events::tr("asked q.empty(): True (depth %1)").arg(e.a)
                   : Events::tr("asked q.empty(): False (depth %1)").arg(e.a);
    case EventKind::QueueFullCheck:
        return e.b ? Events::tr("asked q.full(): True (depth %1)").arg(e.a)
                   : Events::tr("asked q.full(): False (depth %1)").arg(e.a);
    default:
        return {};
    }
}

// The counter race: locks, loads and stores, the start barrier and the stepper.
QString counterWords(const Event& e) {
    switch (e.kind) {
    case EventKind::LockWait:
        return Events::tr("waits for lock %1 (someone else holds it)").arg(e.object);
    case EventKind::LockAcquired:
        return Events::tr("acquired lock %1").arg(e.object);
    case EventKind::LockReleased:
        return Events::tr("released lock %1").arg(e.object);
    case EventKind::CounterLoad:
        return Events::tr("read counter = %1").arg(e.b);
    case EventKind::CounterStore:
        return e.c + 1 != e.b ? Events::tr("wrote counter = %1, overwriting %2 (lost update!)")
                                    .arg(e.b)
                                    .arg(e.c)
                              : Events::tr("wrote counter = %1 (was %2)").arg(e.b).arg(e.c);
    case EventKind::BarrierWait:
        return Events::tr("waits at the start barrier (%1 arrived)").arg(e.a);
    case EventKind::BarrierPass:
        return Events::tr("passes the barrier");
    case EventKind::StepHold:
        return e.a ? Events::tr("held before its store") : Events::tr("held before its load");
    case EventKind::StepRelease:
        return Events::tr("released by the stepper");
    default:
        return {};
    }
}

// The pool's chunks and tasks, the shared array and the GIL.
QString poolArrayGilWords(const RunModel& model, const Event& e) {
    auto lane = [&](int64_t n) { return model.laneName(static_cast<int>(n)); };
    switch (e.kind) {
    case EventKind::PoolTaskDispatched:
        return Events::tr("dispatched chunk %1 (items %2–%3)").arg(e.a).arg(e.b).arg(e.c - 1);
    case EventKind::PoolTaskStarted:
        return Events::tr("starts task %1: square(%2)").arg(e.b).arg(e.c);
    case EventKind::PoolTaskFinished:
        return Events::tr("finished task %1 → %2").arg(e.b).arg(e.c);
    case EventKind::PoolChunkDone:
        return Events::tr("got chunk %1 back from %2").arg(e.a).arg(lane(e.b));
    case EventKind::ArrayStore:
        return Events::tr("wrote arr[%1] = %2 (was %3)").arg(e.a).arg(e.b).arg(e.c);
    case EventKind::GilWait:
        return Events::tr("wants the GIL");
    case EventKind::GilAcquired:
        return Events::tr("holds the GIL");
    case EventKind::GilReleased:
        return Events::tr("releases the GIL");
    default:
        return {};
    }
}

// The run itself: the recorder, phases, source lines, printed output, results.
QString runWords(const RunModel& model, const Event& e) {
    switch (e.kind) {
    case EventKind::RecorderWaitBegin:
        return Events::tr("waits for the recorder to catch up (no event is lost)");
    case EventKind::RecorderWaitEnd:
        return Events::tr("goes on: the recorder caught up");
    case EventKind::PhaseBegin:
        return Events::tr("begins “%1”").arg(QString::fromStdString(model.trace().text(e.b)));
    case EventKind::PhaseEnd:
        return Events::tr("ends “%1”").arg(QString::fromStdString(model.trace().text(e.b)));
    case EventKind::SourceLine:
        return Events::tr("reaches line %1").arg(e.line);
    case EventKind::ConsoleOutput:
        return Events::tr("prints “%1”").arg(QString::fromStdString(model.trace().text(e.b)));
    case EventKind::Result:
        return Events::tr("reports a result: %1").arg(e.b);
    default:
        return {};
    }
}

// The words after the lane's name: what this event says it did.
QString eventWords(const RunModel& model, const Event& e) {
    switch (e.kind) {
    case EventKind::ProcessCreated:
    case EventKind::ProcessStarted:
    case EventKind::ProcessEnding:
    case EventKind::ProcessExited:
    case EventKind::JoinBegin:
    case EventKind::JoinEnd:
    case EventKind::SleepBegin:
    case EventKind::SleepEnd:
        return processWords(model, e);
    case EventKind::QueuePut:
    case EventKind::QueueGet:
    case EventKind::QueueBlocked:
    case EventKind::QueueUnblocked:
    case EventKind::QueueEmptyCheck:
    case EventKind::QueueFullCheck:
        return queueWords(e);
    case EventKind::LockWait:
    case EventKind::LockAcquired:
    case EventKind::LockReleased:
    case EventKind::CounterLoad:
    case EventKind::CounterStore:
    case EventKind::BarrierWait:
    case EventKind::BarrierPass:
    case EventKind::StepHold:
    case EventKind::StepRelease:
        return counterWords(e);
    case EventKind::PoolTaskDispatched:
    case EventKind::PoolTaskStarted:
    case EventKind::PoolTaskFinished:
    case EventKind::PoolChunkDone:
    case EventKind::ArrayStore:
    case EventKind::GilWait:
    case EventKind::GilAcquired:
    case EventKind::GilReleased:
        return poolArrayGilWords(model, e);
    case EventKind::RecorderWaitBegin:
    case EventKind::RecorderWaitEnd:
    case EventKind::PhaseBegin:
    case EventKind::PhaseEnd:
    case EventKind::SourceLine:
    case EventKind::ConsoleOutput:
    case EventKind::Result:
        return runWords(model, e);
    case EventKind::Count_:
        break;
    }
    return {};
}

} // namespace

// The words stay here, not in PROCLAB_EVENT_KINDS: they are tr() messages, which lupdate finds
// only as literals in ui/ sources and which the Qt-free engine table cannot hold; and most are
// not one format per kind but a choice on the arguments (a join that timed out, an empty()
// that answered True) with lane names, durations and exit labels only the UI can spell. The
// switch in eventWords has no default, so the compiler names a new kind that has no words yet.
QString describeEvent(const RunModel& model, const Event& e) {
    QString text = QStringLiteral("%1 %2\nt = %3")
                       .arg(model.laneName(e.lane), eventWords(model, e),
                            TimeAxis::formatDuration(static_cast<double>(e.t)));
    const QString py = pythonLine(model.trace(), e.line);
    if (!py.isEmpty())
        text += Events::tr("\nline %1:  %2").arg(e.line).arg(py);
    return text;
}

} // namespace proclab::ui
