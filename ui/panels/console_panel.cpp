#include "ui/panels/console_panel.h"

#include "ui/model/run_model.h"
#include "ui/style/theme.h"
#include "ui/timeline/time_axis.h"

#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace proclab::ui {

namespace {
QIcon swatch(const QColor& c) {
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(c.darker(140), 1));
    p.setBrush(c);
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pm);
}
constexpr int kTimeRole = Qt::UserRole + 1;
} // namespace

ConsolePanel::ConsolePanel(RunModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    setObjectName(QStringLiteral("consolePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    table_ = new QTableWidget(0, 3, this);
    table_->setHorizontalHeaderLabels({tr("time"), tr("process"), tr("printed")});
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setShowGrid(false);
    table_->setWordWrap(false);
    layout->addWidget(table_);
    connect(table_, &QTableWidget::cellClicked, this, [this](int row, int) {
        const QVariant t = table_->item(row, 0)->data(kTimeRole);
        if (t.isValid())
            model_->setCursor(t.toLongLong());
    });
    connect(model_, &RunModel::traceChanged, this, &ConsolePanel::rebuild);
    connect(model_, &RunModel::cursorChanged, this, &ConsolePanel::updateDimming);
    connect(model_, &RunModel::liveChanged, this, [this](bool live) {
        if (live)
            clearRunnerMessages();
    });
    connect(&theme(), &Theme::changed, this, &ConsolePanel::applyTheme);
    applyTheme();
}

void ConsolePanel::applyTheme() {
    table_->setFont(theme().monoFont());
    shownLines_ = -1;
    rebuild();
}

void ConsolePanel::addRunnerMessage(const QString& line) {
    runnerMessages_ << line;
    shownLines_ = -1;
    rebuild();
}

void ConsolePanel::clearRunnerMessages() {
    runnerMessages_.clear();
    shownLines_ = -1;
    rebuild();
}

void ConsolePanel::rebuild() {
    if (model_->runId() != shownRun_) {
        // Another run (a new one, an opened file, another demo chosen): nothing of the old
        // one may stay, not even when it had as many lines.
        shownRun_ = model_->runId();
        if (!model_->isLive())
            runnerMessages_.clear();
        shownLines_ = -1;
    }
    const auto& lines = model_->console();
    const int total = static_cast<int>(lines.size()) + static_cast<int>(runnerMessages_.size());
    if (total == shownLines_) {
        updateDimming();
        return;
    }
    // Follow the last line, as a terminal does, unless the reader has scrolled up to read.
    const QScrollBar* bar = table_->verticalScrollBar();
    const bool follow = model_->isLive() || bar->value() >= bar->maximum();
    // Lines only ever get appended during a run; rebuild from the first console line the
    // table does not hold yet (runner messages sit below them and are always redone).
    const int from =
        shownLines_ < 0 ? 0 : std::min<int>(shownConsole_, static_cast<int>(lines.size()));
    table_->setRowCount(from);
    const Theme& th = theme();
    table_->setRowCount(total);
    for (int i = from; i < static_cast<int>(lines.size()); ++i) {
        const ConsoleLine& l = lines[static_cast<size_t>(i)];
        auto* time = new QTableWidgetItem(
            QStringLiteral("+%1").arg(TimeAxis::formatDuration(static_cast<double>(l.t))));
        time->setData(kTimeRole, QVariant::fromValue<qlonglong>(l.t));
        time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* who = new QTableWidgetItem(swatch(th.laneColor(l.lane)), model_->laneName(l.lane));
        who->setForeground(th.laneTextColor(l.lane));
        auto* text = new QTableWidgetItem(QString::fromStdString(l.text));
        table_->setItem(i, 0, time);
        table_->setItem(i, 1, who);
        table_->setItem(i, 2, text);
    }
    for (int k = 0; k < runnerMessages_.size(); ++k) {
        const int row = static_cast<int>(lines.size()) + k;
        table_->setItem(row, 0, new QTableWidgetItem(QString()));
        table_->setItem(row, 1, new QTableWidgetItem(tr("runner")));
        auto* text = new QTableWidgetItem(runnerMessages_[k]);
        table_->setItem(row, 2, text);
        for (int c = 0; c < 3; ++c)
            table_->item(row, c)->setForeground(th.muted());
    }
    shownLines_ = total;
    shownConsole_ = static_cast<int>(lines.size());
    table_->resizeRowsToContents();
    if (follow)
        table_->scrollToBottom();
    updateDimming();
}

void ConsolePanel::updateDimming() {
    const auto& lines = model_->console();
    const int64_t cursor = model_->cursor();
    const Theme& th = theme();
    for (int i = 0; i < static_cast<int>(lines.size()) && i < table_->rowCount(); ++i) {
        const bool future = lines[static_cast<size_t>(i)].t > cursor;
        QTableWidgetItem* text = table_->item(i, 2);
        QTableWidgetItem* time = table_->item(i, 0);
        if (!text || !time)
            continue;
        text->setForeground(future ? th.muted() : th.foreground());
        time->setForeground(th.muted());
        QFont f = text->font();
        f.setItalic(future);
        text->setFont(f);
    }
}

} // namespace proclab::ui
