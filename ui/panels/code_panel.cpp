#include "ui/panels/code_panel.h"

#include "ui/model/run_model.h"
#include "ui/style/theme.h"

#include <QLabel>
#include <QPainter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace proclab::ui {

namespace {
class Gutter : public QWidget {
  public:
    explicit Gutter(CodeEditor* editor) : QWidget(editor), editor_(editor) {}
    QSize sizeHint() const override { return {editor_->gutterWidth(), 0}; }

  protected:
    void paintEvent(QPaintEvent* e) override { editor_->paintGutter(e); }

  private:
    CodeEditor* editor_;
};
constexpr int kMaxDotsInGutter = 3;
} // namespace

CodeEditor::CodeEditor(QWidget* parent) : QPlainTextEdit(parent), gutter_(new Gutter(this)) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& r, int dy) {
        if (dy)
            gutter_->scroll(0, dy);
        else
            gutter_->update(0, r.y(), gutter_->width(), r.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int CodeEditor::gutterWidth() const {
    const QFontMetrics fm(font());
    // Line number plus room for a few process dots.
    return fm.horizontalAdvance(QStringLiteral("99")) + 10 +
           kMaxDotsInGutter * (fm.height() * 0.8) + 6;
}

void CodeEditor::setMarks(std::map<int, std::vector<int>> lanesByLine) {
    marks_ = std::move(lanesByLine);
    setViewportMargins(gutterWidth(), 0, 0, 0);
    gutter_->update();
}

void CodeEditor::resizeEvent(QResizeEvent* e) {
    QPlainTextEdit::resizeEvent(e);
    const QRect cr = contentsRect();
    gutter_->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeEditor::paintGutter(QPaintEvent* e) {
    QPainter p(gutter_);
    p.setRenderHint(QPainter::Antialiasing);
    const Theme& th = theme();
    p.fillRect(e->rect(), th.dark() ? QColor(0x2B, 0x2D, 0x31) : QColor(0xF3, 0xF3, 0xF3));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const QFontMetrics fm(font());
    const double dot = fm.height() * 0.62;
    const int numW = fm.horizontalAdvance(QStringLiteral("99")) + 6;
    while (block.isValid() && top <= e->rect().bottom()) {
        const int h = qRound(blockBoundingRect(block).height());
        const int line = block.blockNumber() + 1;
        p.setFont(font());
        p.setPen(th.muted());
        p.drawText(QRect(0, top, numW, h), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(line));
        auto it = marks_.find(line);
        if (it != marks_.end()) {
            double x = numW + 6;
            int shown = 0;
            for (int lane : it->second) {
                if (shown++ == kMaxDotsInGutter)
                    break;
                p.setPen(QPen(th.foreground(), 1));
                p.setBrush(th.laneColor(lane));
                p.drawEllipse(QRectF(x, top + (h - dot) / 2, dot, dot));
                x += dot + 3;
            }
        }
        block = block.next();
        top += h;
    }
}

CodePanel::CodePanel(RunModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    setObjectName(QStringLiteral("codePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    header_ = new QLabel(this);
    header_->setTextFormat(Qt::RichText);
    header_->setWordWrap(true);
    editor_ = new CodeEditor(this);
    layout->addWidget(header_);
    layout->addWidget(editor_, 1);
    connect(model_, &RunModel::traceChanged, this, &CodePanel::reload);
    connect(model_, &RunModel::cursorChanged, this, &CodePanel::updateHighlights);
    connect(&theme(), &Theme::changed, this, &CodePanel::applyTheme);
    applyTheme();
    reload();
}

void CodePanel::applyTheme() {
    editor_->setFont(theme().monoFont());
    header_->setFont(theme().labelFont());
    updateHighlights();
}

void CodePanel::reload() {
    lineIndex_ = buildLineIndex(model_->trace());
    const std::string& src = model_->trace().pythonSource;
    if (src != shownSource_) {
        shownSource_ = src;
        editor_->setPlainText(src.empty() ? tr("# No Python source in this run.")
                                          : QString::fromStdString(src));
    }
    updateHighlights();
}

void CodePanel::updateHighlights() {
    const Trace& trace = model_->trace();
    const int64_t t = model_->cursor();
    lines_.clear();
    std::map<int, std::vector<int>> byLine;
    for (int lane = 0; lane < trace.laneCount(); ++lane) {
        const int line = currentLine(lineIndex_, lane, t);
        if (line <= 0)
            continue;
        lines_[lane] = line;
        byLine[line].push_back(lane);
    }
    // Several processes on one line: the line takes the first one's colour; the gutter shows all.
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto& [line, lanes] : byLine) {
        QTextEdit::ExtraSelection sel;
        QColor c = theme().laneColor(lanes.front());
        c.setAlphaF(theme().dark() ? 0.45f : 0.38f);
        sel.format.setBackground(c);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.cursor = QTextCursor(editor_->document()->findBlockByNumber(line - 1));
        sel.cursor.clearSelection();
        selections << sel;
    }
    editor_->setExtraSelections(selections);
    editor_->setMarks(byLine);
    if (!byLine.empty()) {
        // Scroll so the highlighted lines are in view: the last first, then the first, so that
        // both show when they fit and the first wins when they do not.
        for (int line : {byLine.rbegin()->first, byLine.begin()->first}) {
            QTextCursor c(editor_->document()->findBlockByNumber(line - 1));
            editor_->setTextCursor(c);
            editor_->ensureCursorVisible();
        }
    }

    QStringList where;
    for (const auto& [lane, line] : lines_)
        where << QStringLiteral("<span style='color:%1'>●</span> %2: %3")
                     .arg(theme().laneColor(lane).name(), model_->laneName(lane).toHtmlEscaped(),
                          tr("line %1").arg(line));
    header_->setText(where.isEmpty() ? tr("No process is running at the cursor.")
                                     : where.join(QStringLiteral(" &nbsp; ")));
}

} // namespace proclab::ui
