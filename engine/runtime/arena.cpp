#include "arena.h"

#include <cerrno>
#include <cstring>
#include <new>
#include <sched.h>
#include <sys/mman.h>
#include <unistd.h>

namespace proclab {
namespace {
constexpr uint64_t kMagic = 0x50524f434c414231ull; // "PROCLAB1"
constexpr uint32_t kVersion = 2;
#ifndef MADV_POPULATE_WRITE
constexpr int MADV_POPULATE_WRITE = 23; // Linux 5.14
#endif

uint64_t alignUp(uint64_t v, uint64_t a) {
    return (v + a - 1) & ~(a - 1);
}
} // namespace

void copyName(char* dst, size_t dstSize, std::string_view src) {
    const size_t n = std::min(src.size(), dstSize - 1);
    std::memcpy(dst, src.data(), n);
    dst[n] = '\0';
}

Arena::Arena(Arena&& other) noexcept
    : fd_(std::move(other.fd_)), base_(std::exchange(other.base_, nullptr)),
      size_(std::exchange(other.size_, 0)) {}

Arena& Arena::operator=(Arena&& other) noexcept {
    if (this != &other) {
        if (base_)
            munmap(base_, size_);
        fd_ = std::move(other.fd_);
        base_ = std::exchange(other.base_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

Arena::~Arena() {
    if (base_)
        munmap(base_, size_);
}

std::error_code Arena::create(const Options& options, Arena& out) {
    const uint64_t ringBytes = alignUp(EventRing::bytesFor(options.ringCapacity), 4096);
    const uint64_t headerBytes = alignUp(sizeof(ArenaHeader), 4096);
    const uint64_t textBytes = alignUp(options.textBytes, 4096);
    const uint64_t size =
        headerBytes + textBytes + ringBytes * kMaxLanes + alignUp(options.objectBytes, 4096);

    UniqueFd fd(memfd_create("proclab-arena", MFD_CLOEXEC));
    if (!fd.valid() || ftruncate(fd.get(), static_cast<off_t>(size)) != 0) {
        return std::error_code(errno, std::generic_category());
    }
    void* base = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd.get(), 0);
    if (base == MAP_FAILED) {
        return std::error_code(errno, std::generic_category());
    }
    Arena arena(std::move(fd), static_cast<char*>(base), size);
    auto* h = new (base) ArenaHeader{}; // memfd pages start zeroed; construct the atomics
    h->magic = kMagic;
    h->version = kVersion;
    h->size = size;
    h->ringCapacity = options.ringCapacity;
    h->lossless = options.lossless ? 1 : 0;
    h->populateRings = options.populateRings ? 1 : 0;
    h->textOffset = headerBytes;
    h->textSize = textBytes;
    h->bump.store(headerBytes + textBytes, std::memory_order_relaxed);
    out = std::move(arena);
    return {};
}

std::error_code Arena::attach(int rawFd, Arena& out) {
    UniqueFd fd(rawFd);
    ArenaHeader probe;
    if (pread(fd.get(), &probe, sizeof(probe), 0) != static_cast<ssize_t>(sizeof(probe))) {
        return std::error_code(errno ? errno : EINVAL, std::generic_category());
    }
    if (probe.magic != kMagic || probe.version != kVersion) {
        return std::make_error_code(std::errc::invalid_argument);
    }
    void* base = mmap(nullptr, probe.size, PROT_READ | PROT_WRITE, MAP_SHARED, fd.get(), 0);
    if (base == MAP_FAILED) {
        return std::error_code(errno, std::generic_category());
    }
    out = Arena(std::move(fd), static_cast<char*>(base), probe.size);
    return {};
}

uint64_t Arena::tryAllocate(uint64_t bytes) {
    const uint64_t size = alignUp(bytes, 64);
    const uint64_t offset = header().bump.fetch_add(size, std::memory_order_relaxed);
    if (offset + size > size_)
        return 0;
    return offset; // memfd pages are zero until first written; bump never reuses space
}

uint64_t Arena::allocate(uint64_t bytes) {
    const uint64_t offset = tryAllocate(bytes);
    if (offset == 0)
        throw ArenaFull(bytes);
    return offset;
}

int Arena::addLane(std::string_view name, std::string_view role, int parent, uint8_t startMethod,
                   bool isThread) {
    ArenaHeader& h = header();
    // Reserve the ring first so that a lane is never visible without one: a ring an ended
    // lane gave back (already faulted in), else a new one.
    uint64_t ringOffset = takeFreeRing();
    if (ringOffset == 0)
        ringOffset = tryAllocate(EventRing::bytesFor(h.ringCapacity));
    if (ringOffset == 0)
        return -1;
    const uint32_t n = h.laneCount.load(std::memory_order_relaxed);
    uint32_t index = n;
    // Several threads of one process may add lanes at once (GIL demo): claim by CAS.
    while (true) {
        if (index >= static_cast<uint32_t>(kMaxLanes))
            return -1;
        LaneSlot& slot = h.lanes[index];
        int32_t expected = 0;
        if (slot.pid.compare_exchange_strong(expected, -1))
            break;
        ++index;
    }
    LaneSlot& slot = h.lanes[index];
    slot.parent = parent;
    slot.startMethod = startMethod;
    slot.isThread = isThread ? 1 : 0;
    copyName(slot.name, sizeof slot.name, name);
    copyName(slot.role, sizeof slot.role, role);
    slot.ringOffset = ringOffset;
    at<EventRing>(ringOffset)->init(h.ringCapacity, static_cast<int>(index), h.lossless != 0);
    slot.ready.store(1, std::memory_order_release);
    // Publish: the runner only drains lanes below laneCount.
    uint32_t count = h.laneCount.load(std::memory_order_relaxed);
    while (count < index + 1 &&
           !h.laneCount.compare_exchange_weak(count, index + 1, std::memory_order_release)) {
    }
    return static_cast<int>(index);
}

namespace {
class FreeRingsGuard {
  public:
    explicit FreeRingsGuard(ArenaHeader& h) : h_(h) {
        while (h_.freeRingsLock.exchange(1, std::memory_order_acquire))
            sched_yield();
    }
    ~FreeRingsGuard() { h_.freeRingsLock.store(0, std::memory_order_release); }
    FreeRingsGuard(const FreeRingsGuard&) = delete;
    FreeRingsGuard& operator=(const FreeRingsGuard&) = delete;

  private:
    ArenaHeader& h_;
};
} // namespace

uint64_t Arena::takeFreeRing() {
    ArenaHeader& h = header();
    FreeRingsGuard guard(h);
    return h.freeRingCount > 0 ? h.freeRings[--h.freeRingCount] : 0;
}

void Arena::retireLane(int lane) {
    ArenaHeader& h = header();
    LaneSlot& slot = h.lanes[lane];
    if (slot.retired.exchange(1) != 0)
        return;
    FreeRingsGuard guard(h);
    if (h.freeRingCount < static_cast<uint32_t>(kMaxLanes))
        h.freeRings[h.freeRingCount++] = slot.ringOffset;
}

void Arena::populateRing(int n) const {
    const ArenaHeader& h = header();
    if (!h.populateRings)
        return;
    const uint64_t page = 4096;
    const uint64_t begin = lane(n).ringOffset & ~(page - 1);
    const uint64_t end = alignUp(lane(n).ringOffset + EventRing::bytesFor(h.ringCapacity), page);
    if (madvise(base_ + begin, end - begin, MADV_POPULATE_WRITE) == 0)
        return;
    // Older kernels: touch each page without changing it (an atomic add of zero).
    for (uint64_t o = begin; o < end; o += page)
        __atomic_fetch_add(reinterpret_cast<uint64_t*>(base_ + o), 0, __ATOMIC_RELAXED);
}

uint64_t Arena::storeText(std::string_view text) {
    ArenaHeader& h = header();
    const uint64_t offset = h.textBump.fetch_add(text.size(), std::memory_order_relaxed);
    if (offset + text.size() > h.textSize) {
        h.textDropped.fetch_add(1, std::memory_order_relaxed);
        return UINT64_MAX;
    }
    std::memcpy(base_ + h.textOffset + offset, text.data(), text.size());
    return offset;
}

std::string_view Arena::textAt(uint64_t offset, uint64_t length) const {
    const ArenaHeader& h = header();
    if (offset == UINT64_MAX || offset + length > h.textSize)
        return {};
    return {base_ + h.textOffset + offset, static_cast<size_t>(length)};
}

} // namespace proclab
