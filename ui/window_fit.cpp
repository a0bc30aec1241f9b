#include "ui/window_fit.h"

#include "ui/style/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>

namespace proclab::ui {

WindowFit::WindowFit(QMainWindow* window) : QObject(window), window_(window) {
    scrollTallPanels();
    scaleDockTitles();
    window_->installEventFilter(this);
    // A new snippet may have longer lines: widen the code panel when it has to.
    auto* code = window_->findChild<QDockWidget*>(QStringLiteral("codeDock"));
    if (auto* editor = code ? code->findChild<QPlainTextEdit*>() : nullptr)
        connect(editor->document(), &QTextDocument::contentsChanged, this, &WindowFit::scheduleFit);
    connect(&theme(), &Theme::changed, this, [this] {
        // Fonts reach the widgets through posted events: measure after them.
        QTimer::singleShot(0, this, &WindowFit::fit);
    });
}

bool WindowFit::eventFilter(QObject* watched, QEvent* event) {
    if (watched == window_ && (event->type() == QEvent::Resize || event->type() == QEvent::Show) &&
        !pending_)
        scheduleFit();
    return QObject::eventFilter(watched, event);
}

void WindowFit::scheduleFit() {
    if (pending_)
        return;
    pending_ = true; // once per burst of resizes, after the layout has settled
    QTimer::singleShot(0, this, [this] {
        pending_ = false;
        fit();
    });
}

void WindowFit::scrollTallPanels() {
    for (QDockWidget* d : window_->findChildren<QDockWidget*>()) {
        const QString name = d->objectName();
        QWidget* content = d->widget();
        if (!content || name == QLatin1String("codeDock") || name == QLatin1String("consoleDock") ||
            qobject_cast<QAbstractScrollArea*>(content))
            continue;
        auto* area = new QScrollArea(d);
        area->setObjectName(name + QStringLiteral("Scroll"));
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(content); // takes the panel out of the dock
        d->setWidget(area);
    }
}

void WindowFit::scaleDockTitles() {
    // See Theme::setTextScale: an explicit font that differs from the class font makes the
    // dock paint its title (and size its title bar) with it, so presentation mode enlarges it.
    QFont f = QApplication::font();
    f.setKerning(f.kerning()); // set explicitly, or the class font's would be taken
    for (QDockWidget* d : window_->findChildren<QDockWidget*>())
        d->setFont(f);
}

void WindowFit::watchDocks() {
    for (QDockWidget* d : window_->findChildren<QDockWidget*>())
        connect(d, &QDockWidget::visibilityChanged, this, &WindowFit::scheduleFit,
                Qt::UniqueConnection);
}

void WindowFit::fit() {
    scaleDockTitles();
    reserveCodeLines();
    capSidePanels();
    widenForCode();
    leaveThePanelItsShare();
}

void WindowFit::leaveThePanelItsShare() {
    // Below the code sits the demo's own panel (queue, counter, pool…): the story of the run.
    // A window made larger (maximised on a projector, presentation mode) gave most of the new
    // height to the code panel and left the queue's chart 30 px: the code keeps its ten lines
    // and at most two fifths of the column, the panel takes the rest.
    auto* code = window_->findChild<QDockWidget*>(QStringLiteral("codeDock"));
    if (!code || !code->isVisible() || code->isFloating())
        return;
    QDockWidget* panel = nullptr;
    for (QDockWidget* d : window_->findChildren<QDockWidget*>()) {
        if (d == code || !d->isVisible() || d->isFloating() ||
            window_->dockWidgetArea(d) != window_->dockWidgetArea(code) ||
            d->visibleRegion().isEmpty() || d->geometry().top() < code->geometry().bottom())
            continue;
        panel = d; // the first shown below the code (a tab behind another has no region)
        break;
    }
    if (!panel)
        return;
    const int column = code->height() + panel->height();
    const int codeShare = std::max(code->minimumSizeHint().height(), column * 2 / 5);
    if (code->height() > codeShare + 24) // a few pixels more are not worth a jump
        window_->resizeDocks({code, panel}, {codeShare, column - codeShare}, Qt::Vertical);
}

void WindowFit::widenForCode() {
    auto* dock = window_->findChild<QDockWidget*>(QStringLiteral("codeDock"));
    auto* editor = dock ? dock->findChild<QPlainTextEdit*>() : nullptr;
    if (!editor || !dock->isVisible() || dock->isFloating())
        return;
    // Without wrapping, the layout's width is the longest line's, in pixels.
    const double longest = editor->document()->documentLayout()->documentSize().width();
    const int missing = static_cast<int>(longest + 2 * editor->document()->documentMargin()) -
                        editor->viewport()->width() + 4;
    const int cap = static_cast<int>(window_->width() * sideShare());
    const int wanted = std::min(dock->width() + missing, cap);
    if (missing > 0 && wanted > dock->width())
        window_->resizeDocks({dock}, {wanted}, Qt::Horizontal);
}

void WindowFit::reserveCodeLines() {
    auto* dock = window_->findChild<QDockWidget*>(QStringLiteral("codeDock"));
    auto* editor = dock ? dock->findChild<QPlainTextEdit*>() : nullptr;
    if (!editor)
        return;
    const QFontMetrics fm(editor->font());
    // Half a line to spare: a line cut at the bottom edge does not count as shown.
    const int lines = fm.lineSpacing() * kMinCodeLines + fm.lineSpacing() / 2;
    // Frame, document margin, and a horizontal scroll bar for lines wider than the panel.
    const int chrome = 2 * editor->frameWidth() +
                       2 * static_cast<int>(editor->document()->documentMargin()) +
                       editor->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    editor->setMinimumHeight(lines + chrome);
}

double WindowFit::sideShare() const {
    // With panels on both sides (the Lesson or the Scheduler left, code right), each side at
    // 42 % left the timeline and the code 200 px each at 1024 px: both sides get less then.
    bool left = false, right = false;
    for (QDockWidget* d : window_->findChildren<QDockWidget*>()) {
        if (!d->isVisible() || d->isFloating())
            continue;
        left = left || window_->dockWidgetArea(d) == Qt::LeftDockWidgetArea;
        right = right || window_->dockWidgetArea(d) == Qt::RightDockWidgetArea;
    }
    return left && right ? kBothSidesShare : kMaxSideShare;
}

void WindowFit::capSidePanels() {
    const int cap = static_cast<int>(window_->width() * sideShare());
    QList<QDockWidget*> wide;
    QList<int> widths;
    for (QDockWidget* d : window_->findChildren<QDockWidget*>()) {
        const Qt::DockWidgetArea area = window_->dockWidgetArea(d);
        if (d->isVisible() && !d->isFloating() &&
            (area == Qt::RightDockWidgetArea || area == Qt::LeftDockWidgetArea) &&
            d->width() > cap) {
            wide << d;
            widths << cap;
        }
    }
    if (!wide.isEmpty())
        window_->resizeDocks(wide, widths, Qt::Horizontal);
}

} // namespace proclab::ui
