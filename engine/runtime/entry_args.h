// A child's inputs travel in its lane slot, which a spawned process can read before it knows
// anything else. Each entry point declares a struct of its inputs; the parent packs one into
// ProcessSpec::args and the child reads the same struct back, field by name, never by position.
#pragma once

#include "arena.h"

#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

namespace proclab {

template <class T>
concept EntryArgs = std::is_trivially_copyable_v<T> && sizeof(T) <= sizeof(LaneSlot::args);

// The words of ProcessSpec::args that carry `args`.
template <EntryArgs T>
std::vector<int64_t> packEntryArgs(const T& args) {
    std::vector<int64_t> words((sizeof(T) + sizeof(int64_t) - 1) / sizeof(int64_t), 0);
    std::memcpy(words.data(), &args, sizeof(T));
    return words;
}

// The inputs the parent packed for this child.
template <EntryArgs T>
T entryArgs(const LaneSlot& slot) {
    T args{};
    std::memcpy(&args, slot.args, sizeof(T));
    return args;
}

} // namespace proclab
