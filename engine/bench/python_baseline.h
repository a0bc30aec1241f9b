// Python's multiprocessing as a baseline: small python3 -c scripts run through popen, each
// printing one number. Absent python3 means no baseline (the row says SKIP), never a failure.
#pragma once

#include <optional>
#include <string>

namespace proclab::bench {

bool havePython();
// Runs `python3 -c script args...` and parses the last line of its output as a number.
std::optional<double> runPython(const std::string& script, const std::string& args);

// multiprocessing.Queue: items/s of `n` small ints from one producer process to the parent.
std::optional<double> pythonQueueItemsPerSecond(long n, int rounds);
// Pool(2).map(square, range(n), chunksize): tasks/s (chunksize 0: Python's default).
std::optional<double> pythonPoolTasksPerSecond(long n, long chunksize, int rounds);
// `with v.get_lock(): v.value += 1` in 2 processes, `n` each: ns per increment.
std::optional<double> pythonLockedIncrementNs(long n, int rounds);

} // namespace proclab::bench
