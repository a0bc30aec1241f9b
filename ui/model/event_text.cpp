#include "ui/model/event_text.h"

#include "ui/model/run_model.h"
#include "ui/style/state_painter.h"
#include "ui/timeline/time_axis.h"

#include <QCoreApplication>

namespace proclab::ui {

namespace {
QString trE(const char* s) {
    return QCoreApplication::translate("proclab::ui::Events", s);
}
} // namespace

QString pythonLine(const Trace& trace, int line) {
    if (line <= 0)
        return {};
    const QStringList lines = QString::fromStdString(trace.pythonSource).split(QLatin1Char('\n'));
    if (line > lines.size())
        return {};
    return lines[line - 1].trimmed();
}

QString describeEvent(const RunModel& model, const Event& e) {
    const QString who = model.laneName(e.process);
    auto lane = [&](int64_t n) { return model.laneName(static_cast<int>(n)); };
    QString what;
    switch (e.kind) {
    case EventKind::ProcessCreated:
        what = trE("created (pid %1)").arg(e.b);
        break;
    case EventKind::ProcessStarted:
        what = trE("started running its own code");
        break;
    case EventKind::ProcessEnding:
        what = trE("is ending with exit code %1").arg(e.b);
        break;
    case EventKind::ProcessExited:
        what = trE("was reaped: %1").arg(exitLabel(static_cast<int>(e.b)));
        break;
    case EventKind::JoinBegin:
        what = trE("calls %1.join() and waits").arg(lane(e.a));
        break;
    case EventKind::JoinEnd:
        what = e.c ? trE("gave up joining %1 (timeout)").arg(lane(e.a))
                   : trE("joined %1 (%2)").arg(lane(e.a), exitLabel(static_cast<int>(e.b)));
        break;
    case EventKind::SleepBegin:
        what = trE("sleeps for %1").arg(TimeAxis::formatDuration(static_cast<double>(e.b)));
        break;
    case EventKind::SleepEnd:
        what = trE("wakes up");
        break;
    case EventKind::QueuePut:
        what = trE("put item #%1 (value %2) on queue %3; depth now %4")
                   .arg(e.b)
                   .arg(e.c)
                   .arg(e.object)
                   .arg(e.a);
        break;
    case EventKind::QueueGet:
        what = trE("got item #%1 (value %2) from queue %3; depth now %4")
                   .arg(e.b)
                   .arg(e.c)
                   .arg(e.object)
                   .arg(e.a);
        break;
    case EventKind::QueueBlocked:
        what = e.a ? trE("blocks in get(): the queue is empty")
                   : trE("blocks in put(): the queue is full");
        break;
    case EventKind::QueueUnblocked:
        what = e.b ? trE("gave up waiting on the queue (timeout)") : trE("can go on");
        break;
    case EventKind::QueueEmptyCheck:
        what = e.b ? trE("asked q.empty(): True (depth %1)").arg(e.a)
                   : trE("asked q.empty(): False (depth %1)").arg(e.a);
        break;
    case EventKind::LockWait:
        what = trE("waits for lock %1 (someone else holds it)").arg(e.object);
        break;
    case EventKind::LockAcquired:
        what = trE("acquired lock %1").arg(e.object);
        break;
    case EventKind::LockReleased:
        what = trE("released lock %1").arg(e.object);
        break;
    case EventKind::CounterLoad:
        what = trE("read counter = %1").arg(e.b);
        break;
    case EventKind::CounterStore:
        what = e.c + 1 != e.b
                   ? trE("wrote counter = %1, overwriting %2 (lost update!)").arg(e.b).arg(e.c)
                   : trE("wrote counter = %1 (was %2)").arg(e.b).arg(e.c);
        break;
    case EventKind::BarrierWait:
        what = trE("waits at the start barrier (%1 arrived)").arg(e.a);
        break;
    case EventKind::BarrierPass:
        what = trE("passes the barrier");
        break;
    case EventKind::StepHold:
        what = e.a ? trE("held before its store") : trE("held before its load");
        break;
    case EventKind::StepRelease:
        what = trE("released by the stepper");
        break;
    case EventKind::PoolTaskDispatched:
        what = trE("dispatched chunk %1 (items %2–%3)").arg(e.a).arg(e.b).arg(e.c - 1);
        break;
    case EventKind::PoolTaskStarted:
        what = trE("starts task %1: square(%2)").arg(e.b).arg(e.c);
        break;
    case EventKind::PoolTaskFinished:
        what = trE("finished task %1 → %2").arg(e.b).arg(e.c);
        break;
    case EventKind::PoolChunkDone:
        what = trE("got chunk %1 back from %2").arg(e.a).arg(lane(e.b));
        break;
    case EventKind::ArrayStore:
        what = trE("wrote arr[%1] = %2 (was %3)").arg(e.a).arg(e.b).arg(e.c);
        break;
    case EventKind::GilWait:
        what = trE("wants the GIL");
        break;
    case EventKind::GilAcquired:
        what = trE("holds the GIL");
        break;
    case EventKind::GilReleased:
        what = trE("releases the GIL");
        break;
    case EventKind::PhaseBegin:
        what = trE("begins “%1”").arg(QString::fromStdString(model.trace().text(e.b)));
        break;
    case EventKind::PhaseEnd:
        what = trE("ends “%1”").arg(QString::fromStdString(model.trace().text(e.b)));
        break;
    case EventKind::SourceLine:
        what = trE("reaches line %1").arg(e.line);
        break;
    case EventKind::ConsoleOutput:
        what = trE("prints “%1”").arg(QString::fromStdString(model.trace().text(e.b)));
        break;
    case EventKind::Result:
        what = trE("reports a result: %1").arg(e.b);
        break;
    case EventKind::Count_:
        break;
    }
    QString text = QStringLiteral("%1 %2\nt = %3")
                       .arg(who, what, TimeAxis::formatDuration(static_cast<double>(e.t)));
    const QString py = pythonLine(model.trace(), e.line);
    if (!py.isEmpty())
        text += trE("\nline %1:  %2").arg(e.line).arg(py);
    return text;
}

} // namespace proclab::ui
