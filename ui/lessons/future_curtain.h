// "What happens next?": while a student answers a question asked at an event of the replay,
// the timeline is shown up to that instant and its future is covered, and views that would
// give the answer away (the console's later lines) are covered whole. The cursor cannot move
// past the instant until the curtain is lifted. A widget on top of the views, so the views
// themselves know nothing of it.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QCustomPlot;
class QWidget;

namespace proclab::ui {

class RunModel;

class FutureCurtain : public QObject {
    Q_OBJECT
  public:
    // `timeline` is covered right of the instant; each of `whole` is covered entirely.
    FutureCurtain(RunModel* model, QCustomPlot* timeline, QList<QWidget*> whole,
                  QObject* parent = nullptr);

    bool covering() const { return covering_; }
    qint64 instant() const { return instant_; }
    // The timeline's covered rectangle, in its own coordinates (empty when not covering).
    QRect coveredRect() const;

  public slots:
    void cover(qint64 t);
    void lift();

  protected:
    bool eventFilter(QObject* watched, QEvent* e) override;

  private:
    void place();

    RunModel* model_;
    QPointer<QCustomPlot> timeline_;
    QList<QPointer<QWidget>> covers_; // [0]: the timeline's
    bool covering_ = false;
    qint64 instant_ = 0;
};

} // namespace proclab::ui
