// Help → User Guide (a short guide for a teacher's first lesson), Keyboard Shortcuts (read from
// the window's own menus, so the list is never out of date) and About (with the version).
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QMenuBar;
class QWidget;

namespace proclab::ui {

// Every menu action that has a shortcut: (menu path without '&', shortcuts as the user reads
// them), in menu order.
QList<QPair<QString, QString>> menuShortcuts(const QMenuBar* menus);

// The guide as HTML: a few steps and, when `menus` is given, the table of shortcuts.
QString userGuideHtml(const QMenuBar* menus);

void showUserGuide(QWidget* parent, const QMenuBar* menus);
void showShortcuts(QWidget* parent, const QMenuBar* menus);
void showAbout(QWidget* parent);

// "0.1.0": the project's version from CMake.
QString proclabVersion();

} // namespace proclab::ui
