#include "python_baseline.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace proclab::bench {
namespace {

// The scripts use the fork context explicitly (what ProcLab's fork figures compare with) and
// report the median of their rounds. No single quotes: they are passed inside '...'.
constexpr const char* kQueueScript = R"(
import multiprocessing as mp, statistics, sys, time
def produce(q, n):
    for i in range(n):
        q.put(i)
if __name__ == "__main__":
    ctx = mp.get_context("fork")
    n, rounds = int(sys.argv[1]), int(sys.argv[2])
    rates = []
    for _ in range(rounds):
        q = ctx.Queue()
        p = ctx.Process(target=produce, args=(q, n))
        p.start()
        q.get()
        t = time.perf_counter()
        for _ in range(n - 1):
            q.get()
        rates.append((n - 1) / (time.perf_counter() - t))
        p.join()
    print(statistics.median(rates))
)";

constexpr const char* kPoolScript = R"(
import multiprocessing as mp, statistics, sys, time
def square(x):
    return x * x
if __name__ == "__main__":
    ctx = mp.get_context("fork")
    n, chunksize, rounds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rates = []
    with ctx.Pool(2) as pool:
        pool.map(square, range(100))
        for _ in range(rounds):
            t = time.perf_counter()
            pool.map(square, range(n), chunksize=chunksize or None)
            rates.append(n / (time.perf_counter() - t))
    print(statistics.median(rates))
)";

constexpr const char* kLockScript = R"(
import multiprocessing as mp, statistics, sys, time
def work(v, n, start):
    start.wait()
    for _ in range(n):
        with v.get_lock():
            v.value += 1
if __name__ == "__main__":
    ctx = mp.get_context("fork")
    n, rounds = int(sys.argv[1]), int(sys.argv[2])
    costs = []
    for _ in range(rounds):
        v = ctx.Value("q", 0)
        start = ctx.Barrier(3)
        ps = [ctx.Process(target=work, args=(v, n, start)) for _ in range(2)]
        for p in ps:
            p.start()
        start.wait()
        t = time.perf_counter()
        for p in ps:
            p.join()
        costs.append((time.perf_counter() - t) * 1e9 / (2 * n))
        assert v.value == 2 * n
    print(statistics.median(costs))
)";

} // namespace

bool havePython() {
    static const bool present = std::system("command -v python3 >/dev/null 2>&1") == 0;
    return present;
}

std::optional<double> runPython(const std::string& script, const std::string& args) {
    if (!havePython())
        return std::nullopt;
    const std::string command = "python3 -c '" + script + "' " + args + " 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return std::nullopt;
    std::string out;
    char buf[256];
    while (fgets(buf, sizeof buf, pipe))
        out = buf; // keep the last line
    if (pclose(pipe) != 0 || out.empty())
        return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(out.c_str(), &end);
    if (end == out.c_str())
        return std::nullopt;
    return value;
}

std::optional<double> pythonQueueItemsPerSecond(long n, int rounds) {
    return runPython(kQueueScript, std::to_string(n) + " " + std::to_string(rounds));
}

std::optional<double> pythonPoolTasksPerSecond(long n, long chunksize, int rounds) {
    return runPython(kPoolScript, std::to_string(n) + " " + std::to_string(chunksize) + " " +
                                      std::to_string(rounds));
}

std::optional<double> pythonLockedIncrementNs(long n, int rounds) {
    return runPython(kLockScript, std::to_string(n) + " " + std::to_string(rounds));
}

} // namespace proclab::bench
