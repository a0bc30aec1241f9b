// For tests that run the real `proclab` command line and watch process trees through /proc.
#pragma once

#include <QByteArray>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <dirent.h>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <sys/types.h>
#include <vector>

namespace proclab::test {

// build/bin/proclab, beside proclab-engine ($PROCLAB_ENGINE, set by CTest).
inline QString proclabPath() {
    return QFileInfo(qEnvironmentVariable("PROCLAB_ENGINE")).absolutePath() + "/proclab";
}

struct CliResult {
    int exitCode = -1; // -1 when it crashed or did not finish
    QByteArray stdoutText;
    QByteArray stderrText;
};

// Runs proclab with `args`; `env` entries override the environment ("" removes a variable).
inline CliResult runCli(const QStringList& args, const QMap<QString, QString>& env = {}) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it) {
        if (it.value().isEmpty())
            e.remove(it.key());
        else
            e.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(e);
    p.start(proclabPath(), args);
    CliResult r;
    if (!p.waitForFinished(180'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.stdoutText = p.readAllStandardOutput();
    r.stderrText = p.readAllStandardError();
    if (p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    return r;
}

// A process, told apart from a later one with the same pid by its start time.
struct ProcessId {
    pid_t pid = 0;
    unsigned long long start = 0;
};

// Fields of /proc/PID/stat after the command name: state, ppid, start time.
inline bool readStat(pid_t pid, char& state, pid_t& ppid, unsigned long long& start) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const size_t close = text.rfind(')');
    if (close == std::string::npos)
        return false;
    std::istringstream fields(text.substr(close + 2));
    std::string skip;
    fields >> state >> ppid;
    for (int i = 0; i < 17; ++i) // fields 5..21
        fields >> skip;
    fields >> start; // field 22
    return static_cast<bool>(fields);
}

// Alive: it exists, is the same process, and is not a zombie (a zombie is dead, only unreaped).
inline bool isAlive(const ProcessId& p) {
    char state = 0;
    pid_t ppid = 0;
    unsigned long long start = 0;
    return readStat(p.pid, state, ppid, start) && start == p.start && state != 'Z';
}

// Every live descendant of `root`.
inline std::vector<ProcessId> descendants(pid_t root) {
    std::multimap<pid_t, ProcessId> children;
    if (DIR* proc = opendir("/proc")) {
        while (dirent* d = readdir(proc)) {
            const pid_t pid = static_cast<pid_t>(std::atoi(d->d_name));
            char state = 0;
            pid_t ppid = 0;
            unsigned long long start = 0;
            if (pid > 0 && readStat(pid, state, ppid, start) && state != 'Z')
                children.emplace(ppid, ProcessId{pid, start});
        }
        closedir(proc);
    }
    std::vector<ProcessId> out;
    std::vector<pid_t> todo = {root};
    while (!todo.empty()) {
        const pid_t parent = todo.back();
        todo.pop_back();
        const auto [first, last] = children.equal_range(parent);
        for (auto it = first; it != last; ++it) {
            out.push_back(it->second);
            todo.push_back(it->second.pid);
        }
    }
    return out;
}

} // namespace proclab::test
