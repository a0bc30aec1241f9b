// "Run N trials": the same demo N times, one after another (never in parallel: parallel runs
// would compete for the two cores and change the race being measured), collecting each
// run's final counter value for the histogram.
#pragma once

#include "ui/model/engine_process.h"

#include <QObject>
#include <QProcess>
#include <QVector>

namespace proclab::ui {

class TrialRunner : public QObject {
    Q_OBJECT
  public:
    explicit TrialRunner(QObject* parent = nullptr);
    ~TrialRunner() override;

    bool isRunning() const {
        return remaining_ > 0 || (process_ && process_->state() != QProcess::NotRunning);
    }
    const QVector<qint64>& finals() const { return finals_; }
    qint64 expected() const { return expected_; }

  public slots:
    void start(const proclab::ui::RunRequestUi& request, int trials);
    void cancel();

  signals:
    void trialFinished(int done, int total, qint64 finalValue);
    void failed(const QString& message);
    void allFinished();

  private:
    void next();

    QProcess* process_ = nullptr;
    RunRequestUi request_;
    int total_ = 0;
    int remaining_ = 0;
    QVector<qint64> finals_;
    qint64 expected_ = 0;
};

} // namespace proclab::ui
