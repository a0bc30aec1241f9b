#include "test_support.h"

#include "io/engine_client.h"

#include <cstdlib>
#include <dirent.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace proclab::test {

std::string enginePath() {
    const char* env = std::getenv("PROCLAB_ENGINE");
    return env ? env : "proclab-engine";
}

EngineRun runEngine(const std::vector<std::string>& args, const std::string& stdinText,
                    int timeoutSeconds) {
    EngineRunOptions options;
    options.stdinText = stdinText;
    options.timeoutSeconds = timeoutSeconds;
    EngineRunResult r = proclab::runEngine(enginePath(), args, options);
    EngineRun out;
    out.trace = std::move(r.trace);
    out.end = r.end;
    out.exitCode = r.exitCode;
    out.stderrText = std::move(r.stderrText);
    out.error = std::move(r.error);
    return out;
}

EngineRun runDemo(const std::string& demo, const std::string& variant,
                  const std::map<std::string, std::string>& sets,
                  const std::vector<std::string>& extraArgs) {
    std::vector<std::string> args = {"run", demo};
    if (!variant.empty())
        args.insert(args.end(), {"--variant", variant});
    for (const auto& [k, v] : sets)
        args.insert(args.end(), {"--set", k + "=" + v});
    args.insert(args.end(), extraArgs.begin(), extraArgs.end());
    return runEngine(args);
}

std::vector<std::string> proclabShmLeftovers() {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/dev/shm", ec)) {
        const std::string name = entry.path().filename().string();
        if (name.find("proclab") != std::string::npos)
            names.push_back(name);
    }
    return names;
}

std::vector<int> childrenOfThisProcess() {
    std::vector<int> pids;
    const int self = getpid();
    DIR* proc = opendir("/proc");
    if (!proc)
        return pids;
    while (dirent* d = readdir(proc)) {
        const int pid = std::atoi(d->d_name);
        if (pid <= 0)
            continue;
        std::ifstream stat("/proc/" + std::string(d->d_name) + "/stat");
        std::string line;
        std::getline(stat, line);
        // Field 4 (ppid) comes after the command name in parentheses, which may hold spaces.
        const size_t close = line.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 2));
        char state = 0;
        int ppid = 0;
        rest >> state >> ppid;
        if (ppid == self)
            pids.push_back(pid);
    }
    closedir(proc);
    return pids;
}

} // namespace proclab::test
