// Where a demo process can be held in stepped mode ("you are the scheduler"): just before each
// action on a shared object. Only these actions order what processes do to each other, so a
// list of releases at these points fixes the whole outcome (see runner/stepper.h).
#pragma once

#include <cstdint>
#include <string_view>

namespace proclab {

enum class SyncPoint : uint32_t {
    Load = 0,    // about to read a Value (then adds in its register: LOAD, ADD 1)
    Store = 1,   // about to write its register back into the Value
    Acquire = 2, // about to try lock.acquire() (it may not succeed: then it cannot move)
    Release = 3, // about to lock.release()
    Put = 4,     // about to q.put(x) (it cannot move while the queue is full)
    Get = 5,     // about to q.get() (it cannot move while the queue is empty)
    Empty = 6,   // about to ask q.empty()
    Count_
};

inline std::string_view syncPointName(SyncPoint p) {
    constexpr std::string_view names[] = {"load", "store", "acquire", "release",
                                          "put",  "get",   "empty"};
    const auto i = static_cast<uint32_t>(p);
    return i < static_cast<uint32_t>(SyncPoint::Count_) ? names[i] : std::string_view("?");
}

} // namespace proclab
