// Figure 3: Pool(2).map(square, range(n)) at chunksize 1 and at Python's default chunksize,
// against Python's Pool(2).map with the same chunksizes.
#include "bench.h"
#include "python_baseline.h"
#include "support.h"

#include "runtime/pool.h"

#include <numeric>
#include <optional>
#include <stdexcept>

namespace proclab::bench {
namespace {

int64_t square(Context&, int64_t x, int64_t) {
    return x * x;
}

// One map; returns tasks/s. Counts wrong results in `bad`.
double mapRound(Pool& pool, const std::vector<int64_t>& data, int64_t chunksize, int64_t& bad) {
    const uint64_t t0 = nowNs();
    const std::vector<int64_t> results = pool.map("square", data, chunksize);
    const uint64_t t1 = nowNs();
    if (results.size() != data.size())
        ++bad;
    for (size_t i = 0; i < results.size() && i < data.size(); ++i)
        if (results[i] != data[i] * data[i])
            ++bad;
    return static_cast<double>(data.size()) * 1e9 / static_cast<double>(t1 - t0);
}

} // namespace

void benchPool(const Options& o, Report& report) {
    registerPoolWorkerEntry();
    registerPoolFunction("square", square);
    const int64_t n = o.quick ? 50'000 : 200'000;
    // Each item is two records in a worker's ring, each chunk two in main's (dispatched,
    // done): 1M-record rings hold a round; drained after each.
    std::vector<int64_t> data(static_cast<size_t>(n));
    std::iota(data.begin(), data.end(), 0);

    const long pyN = o.quick ? 20'000 : 100'000;
    std::vector<double> one, deflt, pyOne, pyDefault;
    int64_t bad = 0;
    uint64_t dropped = 0;
    // A fresh pool (and arena) a round: the pool's task table holds 1M entries and a worker
    // indexes it without wrapping (see the report), so a pool's life stays under 1M tasks.
    // Ours and Python's rounds alternate (ABAB), so that load on the machine hits both.
    for (int r = 0; r < o.rounds; ++r) {
        auto run = makeRun(1u << 20, 1ull << 30);
        Pool pool(*run->self, 2);
        if (pool.start())
            throw std::runtime_error("cannot start the pool");
        mapRound(pool, std::vector<int64_t>(data.begin(), data.begin() + n / 10), 1, bad);
        dropped += run->drainAll();
        one.push_back(mapRound(pool, data, 1, bad));
        dropped += run->drainAll();
        if (const auto py = pythonPoolTasksPerSecond(pyN, 1, 1))
            pyOne.push_back(*py);
        deflt.push_back(mapRound(pool, data, 0, bad));
        dropped += run->drainAll();
        if (const auto py = pythonPoolTasksPerSecond(pyN * 10, 0, 1))
            pyDefault.push_back(*py);
        pool.close();
        pool.join();
    }
    const int pyRounds = static_cast<int>(pyOne.size());
    auto medianOrNone = [](const std::vector<double>& v) {
        return v.empty() ? std::optional<double>() : std::optional<double>(median(v));
    };

    report.rows.push_back({"pool", "Pool(2).map, chunksize 1", "tasks/s", median(one),
                           "Python Pool(2).map chunksize=1", medianOrNone(pyOne),
                           Target{false, 30}});
    report.rows.push_back(
        {"pool", "Pool(2).map, default chunksize (" + std::to_string(defaultChunksize(n, 2)) + ")",
         "tasks/s", median(deflt), "Python Pool(2).map default", medianOrNone(pyDefault),
         std::nullopt});
    report.note("pool", std::to_string(n) +
                            " tasks a map, fork workers, a fresh pool a round; rings 1M records, "
                            "drained after each map; dropped " +
                            std::to_string(dropped) + ", wrong results " + std::to_string(bad));
    if (pyOne.empty() || pyDefault.empty())
        report.note("pool", "python3 not found or failed: no Python baseline");
    else
        report.note("pool", "Python: " + std::to_string(pyN) + " tasks at chunksize 1, " +
                                std::to_string(pyN * 10) + " at the default, " +
                                std::to_string(pyRounds) + " rounds, alternated with ours");
}

} // namespace proclab::bench
