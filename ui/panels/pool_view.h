// The Pool dock: which worker ran which task. Each worker is a row of its tasks in the order it
// ran them, each slice labelled "x → x²"; thick bars mark where a chunk (one message to the
// worker) ends; below, the list map() returns, in input order whatever order the work was done.
// Slices are equal-width, not time-proportional: square(x) takes nanoseconds next to the
// microseconds of dispatch, so time-proportional slices would be invisible. The timeline shows
// the timing.
#pragma once

#include <QWidget>

#include <cstddef>
#include <map>
#include <vector>

class QPainter;

namespace proclab {
struct PoolAnalysis;
struct PoolTask;
} // namespace proclab

namespace proclab::ui {

class RunModel;

class PoolView : public QWidget {
    Q_OBJECT
  public:
    explicit PoolView(RunModel* model, QWidget* parent = nullptr);

    // Per worker lane, the labels of its tasks in the order it ran them (empty: idle worker).
    std::vector<std::pair<int, QStringList>> rows() const;
    // The result list as shown ("[1, 4, 9, 16, 25]").
    QString resultText() const;
    // Why the work was spread as it was: which worker ran everything, task vs start-up time.
    QString explanation() const;

    QSize sizeHint() const override { return {520, 300}; }
    QSize minimumSizeHint() const override; // rows, results and legend; the why can go to a tooltip

    // Per worker lane, its tasks in the order it started them; idle workers have empty rows.
    using WorkerRows = std::map<int, std::vector<const PoolTask*>>;

  protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent* e) override;

  private:
    void takeTrace();
    // The rows' shared geometry: name column, row height, width of one task's slice.
    struct RowGeometry {
        int nameW = 0;
        int rowH = 0;
        double slotW = 0;
    };
    // The paint steps, top to bottom; each returns the y below what it drew where the next
    // step needs it.
    int paintHeader(QPainter& p, const PoolAnalysis& pool, size_t workers);
    int paintWorkerRows(QPainter& p, const WorkerRows& rows, int y, int rowsBottom);
    void paintIdleRow(QPainter& p, int y, const RowGeometry& g);
    void paintTaskRow(QPainter& p, int worker, const std::vector<const PoolTask*>& tasks, int y,
                      const RowGeometry& g);
    void paintResultList(QPainter& p, const PoolAnalysis& pool, int y, int resultH);
    // Draws the legend from `top` (or only measures it); returns its height.
    int paintLegend(QPainter* p, int top) const; // null: only measures
    int resultHeight() const;
    int neededHeight(bool withExplanation) const;

    RunModel* model_;
    size_t workers_ = 0; // rows of the run on screen (takeTrace)
    QString why_;        // its explanation()
};

} // namespace proclab::ui
