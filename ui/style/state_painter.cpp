#include "ui/style/state_painter.h"

#include "ui/style/theme.h"

#include <QCoreApplication>
#include <QPainterPath>

#include <cmath>

namespace proclab::ui {

// Q_DECLARE_TR_FUNCTIONS gives the context "proclab::ui::States" both at run time and to lupdate,
// which does not see through a helper function.
class States {
    Q_DECLARE_TR_FUNCTIONS(proclab::ui::States)
};

namespace {

enum class Hatch { None, Diagonal, Cross, Vertical, Horizontal, Dots };

void hatch(QPainter& p, const QRectF& r, const QColor& color, Hatch kind) {
    if (kind == Hatch::None || r.width() < 2)
        return;
    p.save();
    p.setClipRect(r, Qt::IntersectClip);
    p.setPen(QPen(color, 1.3));
    const double step = 6;
    if (kind == Hatch::Diagonal || kind == Hatch::Cross) {
        // Anchored to multiples of `step` in x so adjacent rects continue the same stripes.
        const double start = std::floor((r.left() - r.height()) / step) * step;
        for (double x = start; x < r.right(); x += step)
            p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
        if (kind == Hatch::Cross)
            for (double x = start; x < r.right() + r.height(); x += step)
                p.drawLine(QPointF(x, r.top()), QPointF(x + r.height(), r.bottom()));
    } else if (kind == Hatch::Vertical) {
        for (double x = std::floor(r.left() / 4) * 4; x < r.right(); x += 4)
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
    } else if (kind == Hatch::Horizontal) {
        for (double y = r.top() + 2; y < r.bottom(); y += 4)
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    } else if (kind == Hatch::Dots) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        for (double y = r.top() + 2; y < r.bottom(); y += 5)
            for (double x = std::floor(r.left() / 5) * 5 + 2; x < r.right(); x += 5)
                p.drawRect(QRectF(x, y, 1.6, 1.6));
    }
    p.restore();
}
} // namespace

void paintState(QPainter& p, const QRectF& r, LaneState state, const QColor& lane) {
    const Theme& th = theme();
    QColor light = lane;
    light.setAlphaF(0.30f);
    const QColor grey = th.dark() ? QColor(0x75, 0x75, 0x75) : QColor(0xB4, 0xB4, 0xB4);
    const QColor bg = th.background();
    auto fill = [&](const QColor& c) { p.fillRect(r, c); };
    switch (state) {
    case LaneState::Running:
        fill(lane);
        break;
    case LaneState::Sleeping:
        fill(light);
        break;
    case LaneState::Starting:
        fill(bg);
        hatch(p, r, grey, Hatch::Dots);
        break;
    case LaneState::BlockedOnQueue:
        fill(bg);
        hatch(p, r, lane, Hatch::Diagonal);
        break;
    case LaneState::WaitingForLock:
        fill(light);
        hatch(p, r, lane.darker(130), Hatch::Cross);
        break;
    case LaneState::WaitingInJoin:
        fill(grey);
        break;
    case LaneState::AtBarrier:
        fill(bg);
        hatch(p, r, lane.darker(120), Hatch::Vertical);
        break;
    case LaneState::HeldByStepper:
        fill(light);
        hatch(p, r, lane.darker(140), Hatch::Dots);
        break;
    case LaneState::WaitingForGil:
        fill(bg);
        hatch(p, r, lane, Hatch::Horizontal);
        break;
    case LaneState::Idle: {
        // Empty, with a thin thread of the lane's hue: alive, doing nothing.
        fill(bg);
        p.save();
        p.setPen(QPen(lane, 2));
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        p.restore();
        break;
    }
    case LaneState::RecorderCatchingUp: // the tool, not the demo: neutral, never lane-coloured
        fill(th.dark() ? QColor(0x5C, 0x5C, 0x5C) : QColor(0xCC, 0xCC, 0xCC));
        hatch(p, r, grey, Hatch::Horizontal);
        break;
    case LaneState::Exited:
        break;
    }
}

QString stateLabel(LaneState state) {
    switch (state) {
    case LaneState::Starting:
        return States::tr("starting");
    case LaneState::Running:
        return States::tr("running");
    case LaneState::Sleeping:
        return States::tr("sleeping");
    case LaneState::BlockedOnQueue:
        return States::tr("blocked on queue");
    case LaneState::WaitingForLock:
        return States::tr("waiting for lock");
    case LaneState::WaitingInJoin:
        return States::tr("waiting in join");
    case LaneState::AtBarrier:
        return States::tr("at barrier");
    case LaneState::HeldByStepper:
        return States::tr("held by stepper");
    case LaneState::WaitingForGil:
        return States::tr("waiting for GIL");
    case LaneState::Idle:
        return States::tr("idle (waiting for a task)");
    case LaneState::RecorderCatchingUp:
        return States::tr("recorder catching up");
    case LaneState::Exited:
        return States::tr("exited");
    }
    return {};
}

const std::vector<LaneState>& legendStates() {
    static const std::vector<LaneState> states = {
        LaneState::Starting,       LaneState::Running,           LaneState::Sleeping,
        LaneState::BlockedOnQueue, LaneState::WaitingForLock,    LaneState::WaitingInJoin,
        LaneState::AtBarrier,      LaneState::HeldByStepper,     LaneState::WaitingForGil,
        LaneState::Idle,           LaneState::RecorderCatchingUp};
    return states;
}

void paintCross(QPainter& p, QPointF c, double r, const QColor& color, double width) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
    p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
    p.restore();
}

namespace {
// Dashes get flat ends: the raster engine dashes a flat-capped line itself, fast, where round
// caps send every dash through the general stroker (the join arrows of a 16-worker race were
// a third of a timeline frame).
Qt::PenCapStyle capFor(Qt::PenStyle style) {
    return style == Qt::SolidLine ? Qt::RoundCap : Qt::FlatCap;
}
} // namespace

void paintArrow(QPainter& p, QPointF a, QPointF b, const QColor& color, double width,
                Qt::PenStyle style) {
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    const double head = std::min(10.0, len * 0.5);
    const QPointF base = b - u * head;
    p.setPen(QPen(color, width, style, capFor(style)));
    p.drawLine(a, base);
    QPainterPath tip;
    tip.moveTo(b);
    tip.lineTo(base + n * head * 0.45);
    tip.lineTo(base - n * head * 0.45);
    tip.closeSubpath();
    p.setPen(Qt::NoPen);
    p.fillPath(tip, color);
    p.restore();
}

bool clipSegment(QPointF& a, QPointF& b, const QRectF& r) {
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF a0 = a;
    a = a0 + QPointF(dx, dy) * t0;
    b = a0 + QPointF(dx, dy) * t1;
    return true;
}

void paintClippedArrow(QPainter& p, QPointF a, QPointF b, const QRectF& r, const QColor& color,
                       double width, Qt::PenStyle style) {
    const QPointF tip = b;
    if (!clipSegment(a, b, r))
        return;
    if (b == tip) {
        paintArrow(p, a, b, color, width, style);
        return;
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(color, width, style, capFor(style)));
    p.drawLine(a, b);
    p.restore();
}

QString exitLabel(int exitcode) {
    if (exitcode >= 0)
        return States::tr("exit %1").arg(exitcode);
    static const std::pair<int, const char*> kSignals[] = {
        {1, "SIGHUP"},   {2, "SIGINT"},   {3, "SIGQUIT"},  {4, "SIGILL"},
        {6, "SIGABRT"},  {7, "SIGBUS"},   {8, "SIGFPE"},   {9, "SIGKILL"},
        {11, "SIGSEGV"}, {13, "SIGPIPE"}, {14, "SIGALRM"}, {15, "SIGTERM"}};
    QString name = States::tr("signal");
    for (const auto& [n, s] : kSignals)
        if (n == -exitcode)
            name = QString::fromLatin1(s);
    // U+2212 MINUS SIGN reads better than a hyphen at projection size.
    return QStringLiteral("%1 (\u2212%2)").arg(name).arg(-exitcode);
}

} // namespace proclab::ui
