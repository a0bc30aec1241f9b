// The start of a GUI test: settings in a test folder (never the user's) and cleared, and the
// application font runGui() sets (never below 11 pt), so that what a test measures is what the
// app shows.
#pragma once

#include <QApplication>
#include <QFont>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace proclab::testing {

inline void startGuiTest() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ProcLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ProcLabTest"));
    QSettings().clear();
    QFont f = QApplication::font();
    f.setPointSizeF(11);
    QApplication::setFont(f);
}

} // namespace proclab::testing
