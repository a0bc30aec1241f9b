#include "barrier.h"

#include "futex.h"

namespace proclab {

void SharedBarrier::wait(Context& ctx, int object) {
    const uint32_t n = arrived.fetch_add(1, std::memory_order_acq_rel) + 1;
    ctx.record(EventKind::BarrierWait, object, n);
    if (n >= parties) {
        open.store(1, std::memory_order_release);
        futex::wakeAll(open);
    } else {
        while (open.load(std::memory_order_acquire) == 0)
            futex::wait(open, 0);
    }
    ctx.record(EventKind::BarrierPass, object);
}

} // namespace proclab
