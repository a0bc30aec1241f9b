// What the proclab binary calls: the GUI, and the headless export behind
// `proclab run ... --export FILE --view VIEW`.
#pragma once

#include "trace/trace.h"

#include <QString>

#include <string>

namespace proclab::ui {

// Creates the QApplication and the main window, runs the event loop; returns its exit code.
int runGui(int argc, char** argv);

// The user-interface language: "zh_CN" (简体中文) or "en". The environment variable
// PROCLAB_LANG (zh_CN, zh, en, ...) wins, then the setting "view/language" (the View → Language
// menu), then the system locale: any Chinese locale gives "zh_CN", anything else "en".
// Needs QCoreApplication's organisation and application names set (for QSettings).
QString chosenLanguage();

// Installs ProcLab's translation for `language` ("zh_CN" or "en"), and Qt's own (qtbase) when it
// is installed, replacing any installed before; "en" is the source language. Call it before
// building widgets: they are not retranslated. Returns false if ProcLab's catalogue for a
// non-English language could not be loaded (the UI then stays in English).
bool installTranslators(const QString& language);

// The language last passed to installTranslators(), "en" before any.
QString currentLanguage();

// Renders `view` ("timeline", "queue", "counter", "pool", "code", "console", "window") of a
// finished Trace to `path` (.png at 2x scale, .svg, .pdf) at width x height logical pixels.
// Returns an error message, empty on success; writes nothing on error.
// QApplication: if none exists yet, this creates one on the "offscreen" platform (kept for the
// rest of the process), so a command-line caller needs no display and no Qt code of its own.
// A caller that already has a QApplication keeps it. Unless installTranslators() has been called
// already, the views get the language of chosenLanguage(), so PROCLAB_LANG=zh_CN exports
// Chinese views.
std::string exportTraceView(const proclab::Trace& trace, const std::string& view,
                            const std::string& path, int width, int height);

} // namespace proclab::ui
