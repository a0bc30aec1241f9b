// The Console dock: what the processes printed, time-stamped and coloured by process, in the
// order it happened. Lines printed after the cursor are dimmed; clicking a line moves the
// cursor there. Runner diagnostics appear after the run's own lines.
#pragma once

#include <QWidget>

class QTableWidget;

namespace proclab::ui {

class RunModel;

class ConsolePanel : public QWidget {
    Q_OBJECT
  public:
    explicit ConsolePanel(RunModel* model, QWidget* parent = nullptr);
    QTableWidget* table() const { return table_; }

  public slots:
    void addRunnerMessage(const QString& line);
    void clearRunnerMessages();

  private:
    void rebuild();
    void updateDimming();
    void applyTheme();

    RunModel* model_;
    QTableWidget* table_;
    QStringList runnerMessages_;
    quint64 shownRun_ = 0; // RunModel::runId() of the rows shown
    int shownConsole_ = 0; // console lines (not runner messages) in the table
    int shownLines_ = -1;
};

} // namespace proclab::ui
