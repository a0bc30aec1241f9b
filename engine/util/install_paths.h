// Where ProcLab's pieces are at run time, in one place: the runner (proclab-engine) and the data
// folders (lessons, the Python tracer, the demos' snippets). The same lookups serve a build tree
// (everything in build/bin, data in the source tree) and an installed tree (/usr/bin/proclab,
// /usr/lib/proclab/proclab-engine, /usr/share/proclab/...), so `proclab` runs from any folder.
#pragma once

#include <string>

namespace proclab {

// The folder of the running executable (from /proc/self/exe), without a trailing slash.
std::string executableDir();

// $PROCLAB_ENGINE when set (tests); else proclab-engine beside this executable (build tree);
// else ../lib/proclab/proclab-engine relative to it (installed tree). Returns the first that is
// executable, or the build-tree path when none is, so the caller's error names a real place.
std::string findEngine();

// A data folder such as "lessons" or "pytrace": $PROCLAB_DATA_DIR/NAME when that variable is
// set; else ../share/proclab/NAME relative to this executable (installed tree); else NAME in the
// source tree this binary was built from. Empty when none exists.
std::string findDataDir(const std::string& name);

} // namespace proclab
