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

QString describeEvent(const RunModel& model, const Event& e) {
    const QString who = model.laneName(e.lane);
    auto lane = [&](int64_t n) { return model.laneName(static_cast<int>(n)); };
    QString what;
    switch (e.kind) {
    case EventKind::ProcessCreated:
        what = Events::tr("created (pid %1)").arg(e.b);
        break;
    case EventKind::ProcessStarted:
        what = Events::tr("started running its own code");
        break;
    case EventKind::ProcessEnding:
        what = Events::tr("is ending with exit code %1").arg(e.b);
        break;
    case EventKind::ProcessExited:
        what = Events::tr("was reaped: %1").arg(exitLabel(static_cast<int>(e.b)));
        break;
    case EventKind::JoinBegin:
        what = Events::tr("calls %1.join() and waits").arg(lane(e.a));
        break;
    case EventKind::JoinEnd:
        what = e.c ? Events::tr("gave up joining %1 (timeout)").arg(lane(e.a))
                   : Events::tr("joined %1 (%2)").arg(lane(e.a), exitLabel(static_cast<int>(e.b)));
        break;
    case EventKind::SleepBegin:
        what = Events::tr("sleeps for %1").arg(TimeAxis::formatDuration(static_cast<double>(e.b)));
        break;
    case EventKind::SleepEnd:
        what = Events::tr("wakes up");
        break;
    case EventKind::QueuePut:
        what = Events::tr("put item #%1 (value %2) on queue %3; depth now %4")
                   .arg(e.b)
                   .arg(e.c)
                   .arg(e.object)
                   .arg(e.a);
        break;
    case EventKind::QueueGet:
        what = Events::tr("got item #%1 (value %2) from queue %3; depth now %4")
                   .arg(e.b)
                   .arg(e.c)
                   .arg(e.object)
                   .arg(e.a);
        break;
    case EventKind::QueueBlocked:
        what = e.a ? Events::tr("blocks in get(): the queue is empty")
                   : Events::tr("blocks in put(): the queue is full");
        break;
    case EventKind::QueueUnblocked:
        what = e.b ? Events::tr("gave up waiting on the queue (timeout)") : Events::tr("can go on");
        break;
    case EventKind::QueueEmptyCheck:
        what = e.b ? Events::tr("asked q.empty(): True (depth %1)").arg(e.a)
                   : Events::tr("asked q.empty(): False (depth %1)").arg(e.a);
        break;
    case EventKind::QueueFullCheck:
        what = e.b ? Events::tr("asked q.full(): True (depth %1)").arg(e.a)
                   : Events::tr("asked q.full(): False (depth %1)").arg(e.a);
        break;
    case EventKind::LockWait:
        what = Events::tr("waits for lock %1 (someone else holds it)").arg(e.object);
        break;
    case EventKind::LockAcquired:
        what = Events::tr("acquired lock %1").arg(e.object);
        break;
    case EventKind::LockReleased:
        what = Events::tr("released lock %1").arg(e.object);
        break;
    case EventKind::CounterLoad:
        what = Events::tr("read counter = %1").arg(e.b);
        break;
    case EventKind::CounterStore:
        what =
            e.c + 1 != e.b
                ? Events::tr("wrote counter = %1, overwriting %2 (lost update!)").arg(e.b).arg(e.c)
                : Events::tr("wrote counter = %1 (was %2)").arg(e.b).arg(e.c);
        break;
    case EventKind::BarrierWait:
        what = Events::tr("waits at the start barrier (%1 arrived)").arg(e.a);
        break;
    case EventKind::BarrierPass:
        what = Events::tr("passes the barrier");
        break;
    case EventKind::StepHold:
        what = e.a ? Events::tr("held before its store") : Events::tr("held before its load");
        break;
    case EventKind::StepRelease:
        what = Events::tr("released by the stepper");
        break;
    case EventKind::PoolTaskDispatched:
        what = Events::tr("dispatched chunk %1 (items %2–%3)").arg(e.a).arg(e.b).arg(e.c - 1);
        break;
    case EventKind::PoolTaskStarted:
        what = Events::tr("starts task %1: square(%2)").arg(e.b).arg(e.c);
        break;
    case EventKind::PoolTaskFinished:
        what = Events::tr("finished task %1 → %2").arg(e.b).arg(e.c);
        break;
    case EventKind::PoolChunkDone:
        what = Events::tr("got chunk %1 back from %2").arg(e.a).arg(lane(e.b));
        break;
    case EventKind::ArrayStore:
        what = Events::tr("wrote arr[%1] = %2 (was %3)").arg(e.a).arg(e.b).arg(e.c);
        break;
    case EventKind::GilWait:
        what = Events::tr("wants the GIL");
        break;
    case EventKind::GilAcquired:
        what = Events::tr("holds the GIL");
        break;
    case EventKind::GilReleased:
        what = Events::tr("releases the GIL");
        break;
    case EventKind::RecorderWaitBegin:
        what = Events::tr("waits for the recorder to catch up (no event is lost)");
        break;
    case EventKind::RecorderWaitEnd:
        what = Events::tr("goes on: the recorder caught up");
        break;
    case EventKind::PhaseBegin:
        what = Events::tr("begins “%1”").arg(QString::fromStdString(model.trace().text(e.b)));
        break;
    case EventKind::PhaseEnd:
        what = Events::tr("ends “%1”").arg(QString::fromStdString(model.trace().text(e.b)));
        break;
    case EventKind::SourceLine:
        what = Events::tr("reaches line %1").arg(e.line);
        break;
    case EventKind::ConsoleOutput:
        what = Events::tr("prints “%1”").arg(QString::fromStdString(model.trace().text(e.b)));
        break;
    case EventKind::Result:
        what = Events::tr("reports a result: %1").arg(e.b);
        break;
    case EventKind::Count_:
        break;
    }
    QString text = QStringLiteral("%1 %2\nt = %3")
                       .arg(who, what, TimeAxis::formatDuration(static_cast<double>(e.t)));
    const QString py = pythonLine(model.trace(), e.line);
    if (!py.isEmpty())
        text += Events::tr("\nline %1:  %2").arg(e.line).arg(py);
    return text;
}

} // namespace proclab::ui
