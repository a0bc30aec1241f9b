#include "lane_name.h"

namespace proclab {

std::string laneName(const Trace& trace, int lane) {
    if (lane >= 0 && lane < trace.laneCount() &&
        !trace.lanes[static_cast<size_t>(lane)].name.empty())
        return trace.lanes[static_cast<size_t>(lane)].name;
    return "lane-" + std::to_string(lane);
}

} // namespace proclab
