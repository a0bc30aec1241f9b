// Overlays of the processes' life: the start flag and the end mark of each lane (exit code,
// crash ✕, "stopped" square), and the join arrows from a waiting parent to the child's exit.
#include "ui/model/run_model.h"
#include "ui/style/state_painter.h"
#include "ui/style/theme.h"
#include "ui/timeline/timeline_overlay.h"

#include <QCoreApplication>

#include <algorithm>

namespace proclab::ui {

namespace {

QString timelineTr(const char* text) {
    return QCoreApplication::translate("proclab::ui::TimelineView", text);
}

// A lane still open when a cut-short run ended was stopped too, though its exit was never
// recorded (the runner gave up on it).
bool laneStopped(const RunModel& m, const LaneTimeline& tl) {
    const bool neverEnded = !tl.life.exited && m.cutShort() && !m.isLive();
    return tl.life.stopped || (neverEnded && !tl.states.empty());
}

class LifeMarksOverlay : public TimelineOverlay {
  public:
    bool present(const RunModel& m) const override { return !m.lanes().empty(); }

    void draw(OverlayCanvas& c) const override {
        for (size_t lane = 0; lane < c.model.lanes().size(); ++lane)
            drawLane(c, static_cast<int>(lane));
    }

    std::vector<OverlayLegendEntry> legend(const RunModel& m) const override {
        bool crashed = false, exited = false, stopped = m.cutShort() && !m.isLive();
        for (const LaneTimeline& tl : m.lanes()) {
            crashed |= tl.life.crashed();
            exited |= tl.life.exited && !tl.life.crashed() && !tl.life.stopped;
            stopped |= tl.life.stopped;
        }
        std::vector<OverlayLegendEntry> out;
        if (exited)
            out.push_back(
                {timelineTr(QT_TRANSLATE_NOOP("proclab::ui::TimelineView", "exit (code)")),
                 [](QPainter& p, const QRectF& r) {
                     p.setPen(QPen(theme().foreground(), 3));
                     p.drawLine(QPointF(r.center().x(), r.top()),
                                QPointF(r.center().x(), r.bottom()));
                 }});
        if (crashed)
            out.push_back(
                {timelineTr(QT_TRANSLATE_NOOP("proclab::ui::TimelineView", "crashed (signal)")),
                 [](QPainter& p, const QRectF& r) {
                     paintCross(p, r.center(), r.height() * 0.4, theme().wrong(), 3);
                 }});
        if (stopped)
            out.push_back(
                {timelineTr(
                     QT_TRANSLATE_NOOP("proclab::ui::TimelineView", "stopped (Stop pressed)")),
                 [](QPainter& p, const QRectF& r) {
                     p.setPen(QPen(theme().foreground(), 1.5));
                     p.setBrush(theme().muted());
                     const double s = r.height() * 0.6;
                     p.drawRect(QRectF(r.center().x() - s / 2, r.center().y() - s / 2, s, s));
                 }});
        return out;
    }

  private:
    static void drawLane(OverlayCanvas& c, int lane) {
        const LaneTimeline& tl = c.model.lanes()[static_cast<size_t>(lane)];
        const Lifetime& life = tl.life;
        QCPPainter* p = c.p;
        const double y = c.y(lane);
        const double h = c.lanes.barHeight();
        const Theme& th = theme();
        if (life.started >= 0 && life.started >= c.t0 && life.started <= c.t1) {
            // A small flag at the start: the moment the child runs its own code.
            const double x = c.x(static_cast<double>(life.started));
            p->setPen(QPen(th.foreground(), 2));
            p->drawLine(QPointF(x, y - h / 2 - 5), QPointF(x, y + h / 2));
            QPolygonF flag;
            flag << QPointF(x, y - h / 2 - 5) << QPointF(x + 7, y - h / 2 - 2)
                 << QPointF(x, y - h / 2 + 1);
            p->setBrush(th.foreground());
            p->drawPolygon(flag);
        }
        const bool stopped = laneStopped(c.model, tl);
        int64_t endT = life.ended >= 0 ? life.ended : life.reaped;
        if (!life.exited && stopped)
            endT = tl.states.back().end;
        if ((!life.exited && !stopped) || endT < 0 || endT < c.t0 || endT > c.t1)
            return;
        const double x = c.x(static_cast<double>(endT));
        QFont f = th.smallFont();
        f.setBold(life.crashed());
        p->setFont(f);
        if (stopped) {
            // Ended by Stop (or the runner's time-out): a neutral square, not a red crash.
            p->setPen(QPen(th.foreground(), 1.5));
            p->setBrush(th.muted());
            const double r = h * 0.3 + 2;
            p->drawRect(QRectF(x - r, y - r, 2 * r, 2 * r));
            c.stats.obstacles.marks.emplace_back(x - r, y - r, 2 * r, 2 * r);
            ++c.stats.stopMarks;
            c.lanes.drawExitLabel(
                p, QCoreApplication::translate("proclab::ui::LanesPlottable", "stopped"), f,
                th.foreground(), x + r + 4, x - r - 4, y);
            return;
        }
        if (life.crashed()) {
            const double r = h * 0.45 + 3;
            paintCross(*p, QPointF(x, y), r, th.wrong(), 4);
            c.stats.obstacles.marks.emplace_back(x - r, y - r, 2 * r, 2 * r);
            ++c.stats.crashMarks;
        } else {
            p->setPen(QPen(th.foreground(), 3));
            p->drawLine(QPointF(x, y - h / 2 - 3), QPointF(x, y + h / 2 + 3));
            c.stats.obstacles.marks.emplace_back(x - 2, y - h / 2 - 3, 4, h + 6);
            ++c.stats.exitMarks;
        }
        c.lanes.drawExitLabel(p, exitLabel(life.exitcode), f,
                              life.crashed() ? th.wrong() : th.foreground(), x + h * 0.45 + 6,
                              x - h * 0.45 - 6, y);
    }
};

class JoinOverlay : public TimelineOverlay {
  public:
    bool present(const RunModel& m) const override { return !m.joins().empty(); }

    void draw(OverlayCanvas& c) const override {
        const auto& lanes = c.model.lanes();
        for (const JoinArrow& j : c.model.joins()) {
            if (j.end < c.t0 || j.begin > c.t1)
                continue;
            // From the parent where it starts waiting to the child's exit mark, which lets join
            // return (join itself returns a little later, when the parent notices). A child
            // that had already exited gets the arrow too: join found it gone at once.
            int64_t end = j.end;
            if (!j.timedOut && j.child >= 0 && j.child < static_cast<int>(lanes.size())) {
                const Lifetime& child = lanes[static_cast<size_t>(j.child)].life;
                const int64_t exit = child.ended >= 0 ? child.ended : child.reaped;
                if (child.exited && exit >= 0 && exit <= j.end)
                    end = exit;
            }
            const QPointF a(c.x(static_cast<double>(j.begin)), c.y(j.parent));
            const QPointF b(c.x(static_cast<double>(end)), c.y(j.child));
            const double dir = b.y() > a.y() ? 1 : -1;
            const double inset = c.lanes.barHeight() / 2;
            const QPointF from = a + QPointF(0, dir * inset), tip = b - QPointF(0, dir * inset);
            paintClippedArrow(*c.p, from, tip, c.lanes.clip(),
                              j.timedOut ? theme().wrong() : theme().muted(), 1.8, Qt::DashLine);
            c.stats.obstacles.lines.emplace_back(from, tip);
            c.stats.joinArrowTips.push_back(tip);
            ++c.stats.joinArrows;
        }
    }

    std::vector<OverlayLegendEntry> legend(const RunModel& m) const override {
        std::vector<OverlayLegendEntry> out;
        out.push_back({timelineTr(QT_TRANSLATE_NOOP("proclab::ui::TimelineView",
                                                    "join: parent waits for child")),
                       [](QPainter& p, const QRectF& r) {
                           paintArrow(p, r.topLeft(), r.bottomRight(), theme().muted(), 1.8,
                                      Qt::DashLine);
                       }});
        if (std::any_of(m.joins().begin(), m.joins().end(),
                        [](const JoinArrow& j) { return j.timedOut; }))
            out.push_back({timelineTr(QT_TRANSLATE_NOOP("proclab::ui::TimelineView",
                                                        "join timed out (child still running)")),
                           [](QPainter& p, const QRectF& r) {
                               paintArrow(p, r.topLeft(), r.bottomRight(), theme().wrong(), 1.8,
                                          Qt::DashLine);
                           }});
        return out;
    }
};

} // namespace

std::unique_ptr<TimelineOverlay> makeLifeMarksOverlay() {
    return std::make_unique<LifeMarksOverlay>();
}
std::unique_ptr<TimelineOverlay> makeJoinOverlay() {
    return std::make_unique<JoinOverlay>();
}

} // namespace proclab::ui
