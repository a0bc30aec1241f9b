// The Memory dock (memory-isolation): the parent's and the child's copies of the global side by
// side, next to the one shared Value. Each value appears when the demo reported it (it follows
// the replay cursor), so a class can predict before it is shown.
#pragma once

#include <QWidget>

class QLabel;

namespace proclab::ui {

class RunModel;

class MemoryPanel : public QWidget {
    Q_OBJECT
  public:
    explicit MemoryPanel(RunModel* model, QWidget* parent = nullptr);

    QString parentText() const;
    QString childText() const;
    QString sharedText() const;

  private:
    void rebuild();
    void applyTheme();

    RunModel* model_;
    QLabel* parentValue_;
    QLabel* childValue_;
    QLabel* sharedValue_;
    QLabel* note_;
};

} // namespace proclab::ui
