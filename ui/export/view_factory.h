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
// nullptr for an unknown name. A finished run whose cursor was left at its end (no instant
// chosen) is shown at its telling instant (interestingInstant) on a copy of the model that the
// returned widget owns; `model` itself is never changed.
std::unique_ptr<QWidget> makeExportView(const QString& view, RunModel* model);

} // namespace proclab::ui
