// The trace file's checksum: XXH64's construction (four independent 64-bit lanes over
// 32-byte stripes, then a merge and an avalanche), so it runs at memory speed instead of one
// multiply per byte. It guards against damage, not against tampering.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace proclab::codec {

namespace detail {
inline constexpr uint64_t kP1 = 0x9E3779B185EBCA87ull;
inline constexpr uint64_t kP2 = 0xC2B2AE3D27D4EB4Full;
inline constexpr uint64_t kP3 = 0x165667B19E3779F9ull;
inline constexpr uint64_t kP4 = 0x85EBCA77C2B2AE63ull;
inline constexpr uint64_t kP5 = 0x27D4EB2F165667C5ull;

inline uint64_t load64(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap64(v);
    return v;
}
inline uint64_t round(uint64_t acc, uint64_t input) {
    return std::rotl(acc + input * kP2, 31) * kP1;
}
inline uint64_t merge(uint64_t acc, uint64_t lane) {
    return (acc ^ round(0, lane)) * kP1 + kP4;
}
} // namespace detail

inline uint64_t fastHash64(std::string_view bytes, uint64_t seed = 0) {
    using namespace detail;
    const char* p = bytes.data();
    const char* const end = p + bytes.size();
    uint64_t h;
    if (bytes.size() >= 32) {
        uint64_t v1 = seed + kP1 + kP2, v2 = seed + kP2, v3 = seed, v4 = seed - kP1;
        for (; end - p >= 32; p += 32) {
            v1 = round(v1, load64(p));
            v2 = round(v2, load64(p + 8));
            v3 = round(v3, load64(p + 16));
            v4 = round(v4, load64(p + 24));
        }
        h = std::rotl(v1, 1) + std::rotl(v2, 7) + std::rotl(v3, 12) + std::rotl(v4, 18);
        h = merge(merge(merge(merge(h, v1), v2), v3), v4);
    } else {
        h = seed + kP5;
    }
    h += bytes.size();
    for (; end - p >= 8; p += 8)
        h = std::rotl(h ^ round(0, load64(p)), 27) * kP1 + kP4;
    for (; p < end; ++p)
        h = std::rotl(h ^ (static_cast<uint8_t>(*p) * kP5), 11) * kP1;
    h ^= h >> 33;
    h *= kP2;
    h ^= h >> 29;
    h *= kP3;
    h ^= h >> 32;
    return h;
}

} // namespace proclab::codec
