// What the scheduler's levels say, translated: title, goal and the texts that explain a win.
#pragma once

#include <QString>
#include <string>

namespace proclab::ui {

struct LevelText {
    QString title;
    QString goal;
    QString win;       // the goal reached, and why it happened
    QString explained; // get-lock: the run ended exact, and why it must
};

LevelText levelText(const std::string& levelId);
// The run ended without reaching the goal.
QString levelMissedText();

} // namespace proclab::ui
