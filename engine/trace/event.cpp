#include "event.h"

#include <iterator>

namespace proclab {
namespace {
constexpr EventKindInfo kKinds[] = {
#define PROCLAB_EVENT_KIND_INFO(kind, name, edge, state, object, a, b, c)                          \
    {name, StateEdge::edge, LaneState::state, object, a, b, c},
    PROCLAB_EVENT_KINDS(PROCLAB_EVENT_KIND_INFO)
#undef PROCLAB_EVENT_KIND_INFO
};
static_assert(std::size(kKinds) == static_cast<size_t>(EventKind::Count_));
constexpr EventKindInfo kUnknownKind = {"unknown", StateEdge::None, LaneState::Running, "", "", "",
                                        ""};
} // namespace

const EventKindInfo& eventKindInfo(EventKind kind) {
    const auto i = static_cast<size_t>(kind);
    return i < std::size(kKinds) ? kKinds[i] : kUnknownKind;
}

std::string_view eventKindName(EventKind kind) {
    return eventKindInfo(kind).name;
}

bool eventKindFromName(std::string_view name, EventKind& out) {
    for (size_t i = 0; i < std::size(kKinds); ++i) {
        if (kKinds[i].name == name) {
            out = static_cast<EventKind>(i);
            return true;
        }
    }
    return false;
}

std::string_view startMethodName(StartMethod m) {
    switch (m) {
    case StartMethod::Fork:
        return "fork";
    case StartMethod::Spawn:
        return "spawn";
    case StartMethod::Thread:
        return "thread";
    case StartMethod::Forkserver:
        return "forkserver";
    }
    return "unknown";
}

} // namespace proclab
