// Switching the interface language without a restart: the translators are replaced and the
// main window is built again, so every tr() text is read anew (menus, docks, panels, the
// catalog's demo texts), while the run on screen, the demo, variant and parameters chosen, the
// layout, the theme and presentation mode stay as they were.
#pragma once

#include <QString>

class QMenu;

namespace proclab::ui {

class MainWindow;

// Adds View → Language to `menu`: each language named in itself, the current one checked.
void addLanguageMenu(QMenu* menu, MainWindow* window);

// Switches now, or when the run that is streaming in has finished (a run is never cut short for
// a language). Remembers the choice for the next start. Returns the window that now shows the
// run: a new one, `window` itself while waiting, or `window` when `language` is already shown.
MainWindow* requestLanguage(MainWindow* window, const QString& language);

} // namespace proclab::ui
