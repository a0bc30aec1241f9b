// Makes a fresh view of a model for an export, so that exporting at a chosen size never
// disturbs the views on screen.
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace proclab::ui {

class RunModel;

// "timeline", "queue", "counter", "pool", "code", "console", "window".
QStringList exportableViews();
// nullptr for an unknown name.
std::unique_ptr<QWidget> makeExportView(const QString& view, RunModel* model);

} // namespace proclab::ui
