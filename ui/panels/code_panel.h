// The Code dock: the Python snippet the run mirrors, with the line each process is at (at the
// cursor) highlighted in that process's colour, and a gutter naming the processes there.
#pragma once

#include "trace/analysis.h"

#include <QPlainTextEdit>
#include <QWidget>

#include <map>

class QLabel;

namespace proclab::ui {

class RunModel;

class CodeEditor : public QPlainTextEdit {
    Q_OBJECT
  public:
    explicit CodeEditor(QWidget* parent = nullptr);
    void setMarks(std::map<int, std::vector<int>> lanesByLine); // line -> lanes there
    int gutterWidth() const;
    void paintGutter(QPaintEvent* e);

  protected:
    void resizeEvent(QResizeEvent* e) override;

  private:
    QWidget* gutter_;
    std::map<int, std::vector<int>> marks_;
};

class CodePanel : public QWidget {
    Q_OBJECT
  public:
    explicit CodePanel(RunModel* model, QWidget* parent = nullptr);
    // lane -> line highlighted at the cursor (lanes at no line are absent).
    std::map<int, int> highlightedLines() const { return lines_; }
    CodeEditor* editor() const { return editor_; }

  private:
    void reload();
    void updateHighlights();
    void applyTheme();

    RunModel* model_;
    QLabel* header_;
    CodeEditor* editor_;
    std::map<int, int> lines_;
    std::string shownSource_;
    proclab::LineIndex lineIndex_; // built once per trace (again as events arrive), not per frame
};

} // namespace proclab::ui
