#include "cli_checks.h"

#include "io/engine_client.h"

#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace proclab::cli {

QString checkWritable(const QString& file) {
    if (file.isEmpty())
        return {};
    const QFileInfo info(file);
    if (info.isDir())
        return "cannot write " + file + ": it is a folder";
    if (!info.absoluteDir().exists())
        return "cannot write " + file + ": the folder " + info.absolutePath() + " does not exist";
    if (info.exists() && !info.isFile())
        return "cannot write " + file + ": it is not a regular file";
    // The file is written as a temporary beside it, then renamed: that is what must work.
    QByteArray probe = QFile::encodeName(info.absolutePath() + "/.proclab-probe-XXXXXX");
    const int fd = ::mkostemp(probe.data(), O_CLOEXEC);
    if (fd < 0)
        return "cannot write " + file + ": " + QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    ::unlink(probe.constData());
    return {};
}

QString parseTimeout(const QString& text, double& seconds) {
    bool ok = false;
    seconds = text.trimmed().toDouble(&ok);
    std::string problem = checkTimeout(ok ? seconds : -1);
    if (problem.empty())
        return {};
    return QString::fromStdString(problem) + ", got '" + text.left(40) + "'";
}

namespace {

bool hasDisplay(const QStringList& arguments) {
    // -platform NAME on the command line, else QT_QPA_PLATFORM, else Qt's default (xcb).
    QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    const qsizetype at = arguments.indexOf("-platform");
    if (at >= 0 && at + 1 < arguments.size())
        platform = arguments.at(at + 1);
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true; // offscreen, vnc, eglfs...: they need no display server
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int checkGuiLaunch(const QStringList& arguments) {
    // The first argument, when not an option for Qt, must be a saved run to open.
    if (arguments.size() >= 2 && !arguments.at(1).startsWith('-') &&
        !QFileInfo(arguments.at(1)).isFile()) {
        const QString what = QFileInfo::exists(arguments.at(1)) ? "is not a file to open"
                                                                : "is no command and no file";
        std::fprintf(stderr, "proclab: '%s' %s (commands: list, run, show; see proclab --help)\n",
                     qPrintable(arguments.at(1)), qPrintable(what));
        return 2;
    }
    if (!hasDisplay(arguments)) {
        std::fprintf(stderr, "proclab: no display to open the window on (DISPLAY and "
                             "WAYLAND_DISPLAY are not set); on a terminal use proclab list, "
                             "run or show (see proclab --help)\n");
        return 2;
    }
    return -1;
}

} // namespace proclab::cli
