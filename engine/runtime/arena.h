// One shared-memory arena per run (a memfd: nothing ever appears in /dev/shm). It holds
// everything the processes of a run share: the lane table, one event ring per lane, a text
// heap for printed lines, and the demo's objects (queues, values, locks, pools). Inside it
// there are offsets, never pointers: a spawned process maps it at another address.
#pragma once

#include "ring.h"
#include "util/unique_fd.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

namespace proclab {

inline constexpr int kMaxEntryArgs = 8;

// One lane's row in the arena: who it is, what it runs, and how it ended.
struct LaneSlot {
    std::atomic<int32_t> pid;
    int32_t parent;
    uint8_t startMethod;
    uint8_t isThread;
    char name[40];
    char role[24];
    char entry[48]; // registered entry point the process runs (spawn looks it up by name)
    int64_t args[kMaxEntryArgs];
    char textArg[40];
    uint64_t ringOffset;
    std::atomic<int32_t> exitcode;   // valid when `exited` is 1
    std::atomic<uint32_t> exited;    // set by whoever reaps it
    std::atomic<uint32_t> ready;     // slot and ring are initialised (set last, release)
    std::atomic<uint32_t> announced; // the runner has sent this lane to the stream
    // Stepped mode (see runner/stepper): the lane holds at sync points until permitted.
    std::atomic<uint32_t> holds;   // sync points reached so far
    std::atomic<uint32_t> permits; // sync points released so far
    // Where the lane holds now (valid while holds > permits; written before `holds`): the
    // SyncPoint, the arena offset of the lock or queue it is about to use, and the object's
    // number in the trace. The stepper judges from these whether the lane can move.
    std::atomic<uint32_t> holdPoint;
    std::atomic<uint32_t> holdObjectId;
    std::atomic<uint64_t> holdObject;
    std::atomic<uint32_t> retired; // the runner drained its last record and took its ring back
    // The lane's ProcessCreated record: written by whichever of parent and child gets there
    // first (the parent may be killed between fork() and its record; the child may be killed
    // before it runs), with the parent's time and line from before the fork.
    uint64_t createdNs;
    uint8_t createdLine;
    std::atomic<uint32_t> createdClaimed;
};

struct ArenaHeader {
    uint64_t magic;
    uint32_t version;
    std::atomic<uint32_t> stepped; // 1: racing processes hold at their sync points
    uint64_t size;
    std::atomic<uint64_t> bump; // next free byte (objects, rings)
    std::atomic<uint32_t> laneCount;
    uint32_t ringCapacity;
    uint32_t lossless;      // rings wait when full (a runner drains them) instead of dropping
    uint32_t populateRings; // rings are faulted in before their lane runs
    std::atomic<uint32_t> freeRingsLock;
    uint32_t freeRingCount;
    uint64_t freeRings[kMaxLanes]; // rings of ended lanes, drained, ready for new lanes
    uint64_t textOffset;
    uint64_t textSize;
    std::atomic<uint64_t> textBump;
    std::atomic<uint64_t> textDropped;
    char enginePath[512]; // proclab-engine, for the spawn start method
    char demo[48];
    char variant[48];
    LaneSlot lanes[kMaxLanes];
};

class Arena {
  public:
    struct Options {
        uint64_t objectBytes = 512ull << 20; // sparse: pages cost only when touched
        // Records per lane (the runner sizes it from the run, see ringCapacityFor). A full ring
        // makes its writer wait for the runner (never a loss), so the size only sets how long
        // the runner may fall behind before a writer waits; populated up front, it costs no
        // page fault during the race.
        uint32_t ringCapacity = 1u << 16;
        uint64_t textBytes = 16ull << 20;
        bool lossless = true;      // false: a full ring drops and counts (no runner drains it)
        bool populateRings = true; // false: rings stay sparse (the bench's cold-ring figure)
    };

    Arena() = default;
    Arena(Arena&&) noexcept;
    Arena& operator=(Arena&&) noexcept;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    ~Arena();

    // runtime's convention (README "Error conventions"): the system's error, empty on success,
    // when `out` holds the new arena.
    [[nodiscard]] static std::error_code create(const Options& options, Arena& out);
    // Maps an arena whose fd was inherited (spawn start method). Takes ownership of fd.
    [[nodiscard]] static std::error_code attach(int fd, Arena& out);

    // False for an arena not created or attached yet (or moved from).
    bool valid() const { return base_ != nullptr; }
    int fd() const { return fd_.get(); }
    ArenaHeader& header() const { return *reinterpret_cast<ArenaHeader*>(base_); }
    LaneSlot& lane(int n) const { return header().lanes[n]; }
    EventRing& ring(int n) const { return *at<EventRing>(lane(n).ringOffset); }
    int laneCount() const {
        return static_cast<int>(header().laneCount.load(std::memory_order_acquire));
    }

    template <class T>
    T* at(uint64_t offset) const {
        return reinterpret_cast<T*>(base_ + offset);
    }
    template <class T>
    uint64_t offsetOf(const T* p) const {
        return static_cast<uint64_t>(reinterpret_cast<const char*>(p) - base_);
    }

    // Bump allocation from the object area (aligned to 64 bytes), zero-filled. tryAllocate
    // returns 0 when the arena is full; allocate throws ArenaFull instead, so an unchecked
    // offset 0 never becomes an object on top of the arena's header.
    [[nodiscard]] uint64_t tryAllocate(uint64_t bytes);
    [[nodiscard]] uint64_t allocate(uint64_t bytes);

    // A new T in the object area, constructed from `args` (T{args...}); throws ArenaFull.
    // `bytes` (at least sizeof(T)) gives room for a T followed by its elements.
    template <class T, class... Args>
    T& make(Args&&... args) {
        return *new (at<void>(allocate(sizeof(T)))) T{std::forward<Args>(args)...};
    }
    template <class T>
    T& makeSized(uint64_t bytes) {
        return *new (at<void>(allocate(std::max<uint64_t>(bytes, sizeof(T))))) T{};
    }

    // A new lane with its ring. Returns -1 when all kMaxLanes are taken.
    int addLane(std::string_view name, std::string_view role, int parent, uint8_t startMethod,
                bool isThread = false);

    // Faults the lane's ring into this process (MADV_POPULATE_WRITE, else a touch per page), so
    // that recording never takes a page fault. Called by each Context before it records.
    void populateRing(int lane) const;
    // Runner only: the lane has ended and its ring is drained; its ring serves the next lane.
    void retireLane(int lane);

    // Copies text into the text heap; returns its offset, or UINT64_MAX when the heap is full.
    uint64_t storeText(std::string_view text);
    std::string_view textAt(uint64_t offset, uint64_t length) const;

  private:
    uint64_t takeFreeRing();
    Arena(UniqueFd fd, char* base, uint64_t size) : fd_(std::move(fd)), base_(base), size_(size) {}
    UniqueFd fd_;
    char* base_ = nullptr;
    uint64_t size_ = 0;
};

// The arena has no room left for an object the run asked for (a demo's main reports it and
// exits with 1, see callEntryCatching).
class ArenaFull : public std::runtime_error {
  public:
    explicit ArenaFull(uint64_t bytes)
        : std::runtime_error("the shared arena is full (" + std::to_string(bytes) +
                             " more bytes asked for)") {}
};

void copyName(char* dst, size_t dstSize, std::string_view src);

} // namespace proclab
