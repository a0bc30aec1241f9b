// proclab: the front end, without Qt. `list`, `run` and `show` (without an export) run here,
// so a terminal command starts without loading the GUI's libraries; the window, exports and
// every other command are proclab-gui's, started in this process's place (exec).
#include "fast_path.h"

#include "util/install_paths.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

// proclab-gui beside this executable: build/bin in a build tree, /usr/bin installed.
std::string guiPath() {
    return proclab::executableDir() + "/proclab-gui";
}

} // namespace

int main(int argc, char** argv) {
    if (const std::optional<int> code = proclab::front::runFastPath(argc, argv))
        return *code;
    std::fflush(stdout);
    const std::string gui = guiPath();
    execv(gui.c_str(), argv);
    std::fprintf(stderr, "proclab: cannot start %s: %s\n", gui.c_str(), std::strerror(errno));
    return 1;
}
