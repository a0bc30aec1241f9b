#include "ui/lessons/future_curtain.h"

#include "ui/model/run_model.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace proclab::ui {

namespace {

// An opaque, hatched cover with a line of text: nothing of what lies under it shows through.
class CurtainCover : public QWidget {
  public:
    CurtainCover(QWidget* parent, QString text) : QWidget(parent), text_(std::move(text)) {
        setAttribute(Qt::WA_TransparentForMouseEvents, false); // no hover tips from under it
        setObjectName(QStringLiteral("futureCurtainCover"));   // tests find what is covered
        hide();
    }

  protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        const QPalette pal = palette();
        p.fillRect(rect(), pal.color(QPalette::Window));
        p.fillRect(rect(), QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
        p.setPen(QPen(pal.color(QPalette::Highlight), 3));
        p.drawLine(0, 0, 0, height()); // where the shown part ends
        if (width() < 160)
            return; // too narrow for words: the hatching says it
        QFont f = font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.3);
        p.setFont(f);
        // The words in the part that shows (a panel in a scroll area is larger than its view).
        const QRect seen = visibleRegion().boundingRect();
        const QRect box = (seen.isEmpty() ? rect() : seen).adjusted(12, 12, -12, -12);
        const QRect need =
            p.fontMetrics().boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, text_);
        p.fillRect(need.adjusted(-8, -6, 8, 6), pal.color(QPalette::Base));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text_);
    }

  private:
    QString text_;
};

} // namespace

FutureCurtain::FutureCurtain(RunModel* model, QCustomPlot* timeline, QList<QWidget*> whole,
                             QObject* parent)
    : QObject(parent), model_(model), timeline_(timeline) {
    covers_ << new CurtainCover(timeline, tr("What happens next?\nAnswer in the Lesson panel."));
    timeline->installEventFilter(this);
    for (QWidget* w : whole)
        if (w) {
            covers_ << new CurtainCover(w, tr("Hidden until you answer."));
            w->installEventFilter(this);
        }
    connect(timeline, &QCustomPlot::afterReplot, this, &FutureCurtain::place);
    // The future stays hidden: the cursor cannot be moved past the instant (play, scrub, keys).
    connect(model_, &RunModel::cursorChanged, this, [this](qint64 t) {
        if (covering_ && t > instant_)
            model_->setCursor(instant_);
        place();
    });
}

bool FutureCurtain::eventFilter(QObject* watched, QEvent* e) {
    if (e->type() == QEvent::Resize || e->type() == QEvent::LayoutRequest)
        place();
    return QObject::eventFilter(watched, e);
}

QRect FutureCurtain::coveredRect() const {
    if (!covering_ || !timeline_)
        return {};
    // From the instant to the right end, over every axis rect (lanes and strips below them).
    QRect area;
    for (QCPAxisRect* r : timeline_->axisRects())
        area = area.isNull() ? r->outerRect() : area.united(r->outerRect());
    const double x = timeline_->xAxis->coordToPixel(static_cast<double>(instant_));
    const int left = std::clamp(static_cast<int>(std::lround(x)), area.left(), area.right());
    return QRect(QPoint(left, area.top()), QPoint(timeline_->width() - 1, area.bottom()));
}

void FutureCurtain::cover(qint64 t) {
    covering_ = true;
    instant_ = t;
    if (model_->cursor() != t)
        model_->setCursor(t);
    // The shown past fills most of the timeline (an event at 5 % of the run would leave a
    // sliver to look at); the run's whole range comes back with the answer.
    const double begin = model_->viewBegin();
    if (static_cast<double>(t) > begin)
        model_->setViewRange(begin, static_cast<double>(t) + (static_cast<double>(t) - begin) / 4);
    for (QWidget* c : covers_)
        if (c) {
            c->show();
            c->raise();
        }
    place();
}

void FutureCurtain::lift() {
    if (covering_)
        model_->fitView();
    covering_ = false;
    for (QWidget* c : covers_)
        if (c)
            c->hide();
}

void FutureCurtain::place() {
    if (!covering_)
        return;
    if (covers_.value(0))
        covers_[0]->setGeometry(coveredRect());
    for (int i = 1; i < covers_.size(); ++i)
        if (covers_[i])
            covers_[i]->setGeometry(covers_[i]->parentWidget()->rect());
}

} // namespace proclab::ui
