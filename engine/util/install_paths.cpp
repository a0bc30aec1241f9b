#include "util/install_paths.h"

#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PROCLAB_SOURCE_DIR
#define PROCLAB_SOURCE_DIR ""
#endif

namespace proclab {
namespace {

bool isExecutableFile(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(path.c_str(), X_OK) == 0;
}

bool isDirectory(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string fromEnvironment(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

} // namespace

std::string executableDir() {
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    const std::string self = n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
    const size_t slash = self.rfind('/');
    return slash == std::string::npos ? std::string(".") : self.substr(0, slash);
}

std::string findEngine() {
    if (std::string env = fromEnvironment("PROCLAB_ENGINE"); !env.empty())
        return env;
    const std::string dir = executableDir();
    const std::string beside = dir + "/proclab-engine";
    if (isExecutableFile(beside))
        return beside;
    const std::string installed = dir + "/../lib/proclab/proclab-engine";
    return isExecutableFile(installed) ? installed : beside;
}

std::string findDataDir(const std::string& name) {
    if (std::string env = fromEnvironment("PROCLAB_DATA_DIR"); !env.empty())
        return isDirectory(env + "/" + name) ? env + "/" + name : std::string();
    const std::string installed = executableDir() + "/../share/proclab/" + name;
    if (isDirectory(installed))
        return installed;
    const std::string source = std::string(PROCLAB_SOURCE_DIR) + "/" + name;
    return !std::string(PROCLAB_SOURCE_DIR).empty() && isDirectory(source) ? source : std::string();
}

} // namespace proclab
