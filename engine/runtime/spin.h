// Bounded spinning before a futex sleep.
#pragma once

namespace proclab {

// About 2-5 µs of polling: long enough to catch a partner that is running on the other core,
// short enough not to starve one that needs this core.
inline constexpr int kSpinsBeforeSleep = 200;

inline void cpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
}

} // namespace proclab
