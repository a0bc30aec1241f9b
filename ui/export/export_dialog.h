// Asks where to export a view and at what size (PNG at 2× by default).
#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QDoubleSpinBox;

namespace proclab::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
  public:
    ExportDialog(const QString& what, QSize defaultSize, QWidget* parent = nullptr);
    QString path() const;
    QSize size() const;
    double pngScale() const;

  private:
    void browse();
    QLineEdit* path_;
    QSpinBox* width_;
    QSpinBox* height_;
    QDoubleSpinBox* scale_;
};

} // namespace proclab::ui
