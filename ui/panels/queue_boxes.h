// The queue's contents at the cursor, drawn as boxes front-first (what get() returns next on
// the left): the picture a teacher draws on the board, but of what really happened.
#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

namespace proclab::ui {

class RunModel;

class QueueBoxes : public QWidget {
    Q_OBJECT
  public:
    explicit QueueBoxes(RunModel* model, QWidget* parent = nullptr);
    void setQueueSlot(int slot); // position in model->queues()

    struct Box {
        int64_t id = 0;
        int64_t value = 0;
        bool neverGot = false;
        friend bool operator==(const Box&, const Box&) = default;
    };
    // The boxes shown at the cursor, front first.
    std::vector<Box> boxes() const;

    QSize sizeHint() const override { return {420, 120}; }
    QSize minimumSizeHint() const override; // the caption and one row of boxes, no more

  protected:
    void paintEvent(QPaintEvent*) override;

  private:
    RunModel* model_;
    int slot_ = 0;
};

} // namespace proclab::ui
