#include "ui/run_files.h"

#include "io/chrome_trace.h"
#include "io/trace_file.h"
#include "ui/model/run_model.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>

namespace proclab::ui {

namespace {
const QString kRecentKey = QStringLiteral("recent/files");

bool isJson(const QString& path) {
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}
} // namespace

RunFiles::RunFiles(QWidget* window, RunModel* model)
    : QObject(window), window_(window), model_(model) {
    // A new run (or a run streaming in) is no longer the file it was opened from.
    connect(model_, &RunModel::traceChanged, this, [this] { path_.clear(); });
}

QString RunFiles::proclabFilter() {
    return tr("ProcLab run (*.proclab)");
}

QString RunFiles::chromeFilter() {
    return tr("Chrome trace for Perfetto (*.json)");
}

QString RunFiles::withRunExtension(const QString& path, const QString& selectedFilter) {
    if (path.isEmpty() || path.endsWith(QLatin1String(".proclab"), Qt::CaseInsensitive) ||
        isJson(path))
        return path;
    const bool chrome = selectedFilter.contains(QLatin1String("*.json"));
    return path + (chrome ? QStringLiteral(".json") : QStringLiteral(".proclab"));
}

QStringList RunFiles::recent() const {
    QStringList out;
    for (const QString& p : QSettings().value(kRecentKey).toStringList())
        if (QFileInfo::exists(p) && !out.contains(p))
            out << p;
    return out;
}

void RunFiles::addRecent(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recent();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
    emit recentChanged();
}

void RunFiles::attachRecentMenu(QMenu* menu) {
    rebuildMenu(menu);
    connect(this, &RunFiles::recentChanged, menu, [this, menu] { rebuildMenu(menu); });
}

void RunFiles::rebuildMenu(QMenu* menu) {
    menu->clear();
    const QStringList files = recent();
    for (int i = 0; i < files.size(); ++i) {
        // &1 … &8: each entry has its own mnemonic.
        const QString text = QStringLiteral("&%1  %2").arg(i + 1).arg(
            QDir::toNativeSeparators(QFileInfo(files[i]).fileName()));
        QAction* a = menu->addAction(text, this, [this, p = files[i]] { emit openRequested(p); });
        a->setToolTip(files[i]);
        a->setStatusTip(files[i]);
    }
    if (files.isEmpty())
        menu->addAction(tr("(no recent runs)"))->setEnabled(false);
    menu->addSeparator();
    QAction* clear = menu->addAction(tr("&Clear List"), this, [this] {
        QSettings().remove(kRecentKey);
        emit recentChanged();
    });
    clear->setEnabled(!files.isEmpty());
}

void RunFiles::setCurrentPath(const QString& path) {
    path_ = path;
}

QString RunFiles::saveTo(const QString& path) {
    if (!model_->hasTrace())
        return tr("There is no run to save yet: press Run first.");
    if (model_->isLive())
        return tr("The run is still going: save it when it has finished.");
    const std::string error = isJson(path) ? saveChromeTrace(model_->trace(), path.toStdString())
                                           : saveTrace(model_->trace(), path.toStdString());
    if (!error.empty())
        return QString::fromStdString(error);
    const QString kept = path; // the traceChanged connection does not fire on save
    path_ = kept;
    addRecent(kept);
    emit saved(kept);
    return {};
}

void RunFiles::save() {
    if (path_.isEmpty()) {
        saveAs();
        return;
    }
    const QString error = saveTo(path_);
    if (!error.isEmpty())
        QMessageBox::warning(window_, tr("Save Run"), error);
}

void RunFiles::saveAs() {
    if (!model_->hasTrace() || model_->isLive()) {
        QMessageBox::information(window_, tr("Save Run As"), saveTo(QString()));
        return;
    }
    QFileDialog dialog(window_, tr("Save Run As"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({proclabFilter(), chromeFilter()});
    dialog.setDefaultSuffix(QStringLiteral("proclab"));
    QSettings settings;
    dialog.setDirectory(settings.value(QStringLiteral("open/dir"), QDir::homePath()).toString());
    if (!model_->trace().demo.empty())
        dialog.selectFile(
            QString::fromStdString(model_->trace().demo + "-" + model_->trace().variant));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString& filter) {
        dialog.setDefaultSuffix(filter.contains(QLatin1String("*.json"))
                                    ? QStringLiteral("json")
                                    : QStringLiteral("proclab"));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path =
        withRunExtension(dialog.selectedFiles().constFirst(), dialog.selectedNameFilter());
    settings.setValue(QStringLiteral("open/dir"), QFileInfo(path).absolutePath());
    const QString error = saveTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(window_, tr("Save Run As"), error);
}

} // namespace proclab::ui
