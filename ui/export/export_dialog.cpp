#include "ui/export/export_dialog.h"

#include "ui/export/exporter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace proclab::ui {

ExportDialog::ExportDialog(const QString& what, QSize defaultSize, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Export %1").arg(what));
    QSettings settings;
    auto* form = new QFormLayout(this);
    auto* pathRow = new QHBoxLayout;
    path_ = new QLineEdit(this);
    const QString dir = settings.value(QStringLiteral("export/dir"), QDir::homePath()).toString();
    path_->setText(QDir(dir).filePath(QStringLiteral("proclab-%1.png").arg(what)));
    auto* browse = new QPushButton(tr("Browse…"), this);
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File (.png, .svg, .pdf):"), pathRow);
    width_ = new QSpinBox(this);
    height_ = new QSpinBox(this);
    for (QSpinBox* s : {width_, height_}) {
        s->setRange(kMinExportSide, kMaxExportSide);
        s->setSuffix(tr(" px"));
    }
    width_->setValue(defaultSize.width());
    height_->setValue(defaultSize.height());
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(width_);
    sizeRow->addWidget(height_);
    form->addRow(tr("Size:"), sizeRow);
    scale_ = new QDoubleSpinBox(this);
    scale_->setRange(1, 4);
    scale_->setSingleStep(0.5);
    scale_->setValue(2);
    scale_->setSuffix(QStringLiteral("×"));
    form->addRow(tr("PNG pixel scale:"), scale_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(this, &QDialog::accepted, this, [this] {
        QSettings().setValue(QStringLiteral("export/dir"), QFileInfo(path()).absolutePath());
    });
}

void ExportDialog::browse() {
    const QString p = QFileDialog::getSaveFileName(
        this, windowTitle(), path_->text(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!p.isEmpty())
        path_->setText(p);
}

QString ExportDialog::path() const {
    return path_->text();
}
QSize ExportDialog::size() const {
    return {width_->value(), height_->value()};
}
double ExportDialog::pngScale() const {
    return scale_->value();
}

} // namespace proclab::ui
