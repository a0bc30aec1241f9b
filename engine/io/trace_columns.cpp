#include "trace_columns.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace proclab {
namespace {

static_assert(std::endian::native == std::endian::little,
              "the column codec stores little-endian values with plain copies");

int widthFor(uint64_t v) {
    return v <= 0xff ? 1 : v <= 0xffff ? 2 : v <= 0xffffffffull ? 4 : 8;
}
int widthIndex(int width) {
    return width == 1 ? 0 : width == 2 ? 1 : width == 4 ? 2 : 3;
}
constexpr int kWidths[4] = {1, 2, 4, 8};
// What an exception costs beside the fixed slot: its index gap and value as varints.
constexpr size_t kExceptionBytes = 10;

// The width that makes the column smallest: a few wide values (a pid, a long pause) become
// exceptions instead of widening every slot.
template <class Get>
int bestWidth(size_t n, Get get) {
    size_t count[4] = {};
    for (size_t i = 0; i < n; ++i)
        ++count[widthIndex(widthFor(get(i)))];
    int best = 8;
    size_t bestCost = SIZE_MAX, wider = n;
    for (int k = 0; k < 4; ++k) {
        wider -= count[k]; // values that do not fit kWidths[k]
        const size_t cost = n * static_cast<size_t>(kWidths[k]) + wider * kExceptionBytes;
        if (cost < bestCost) {
            bestCost = cost;
            best = kWidths[k];
        }
    }
    return best;
}

template <class UInt, class Get>
void putFixed(char* out, size_t n, Get get) {
    for (size_t i = 0; i < n; ++i) {
        const auto v = static_cast<UInt>(get(i));
        std::memcpy(out + i * sizeof(UInt), &v, sizeof(UInt));
    }
}

// Appends: width byte, n fixed slots (0 where the value does not fit), exception count,
// then (index gap, value) varint pairs for the values that did not fit.
template <class Get>
void putColumn(std::string& out, size_t n, Get get) {
    const int width = bestWidth(n, get);
    const uint64_t limit = width == 8 ? UINT64_MAX : (uint64_t(1) << (8 * width)) - 1;
    auto fitted = [&](size_t i) {
        const uint64_t v = get(i);
        return v <= limit ? v : 0;
    };
    out.push_back(static_cast<char>(width));
    size_t at = out.size();
    out.resize(at + n * static_cast<size_t>(width));
    char* p = out.data() + at;
    switch (width) {
    case 1:
        putFixed<uint8_t>(p, n, fitted);
        break;
    case 2:
        putFixed<uint16_t>(p, n, fitted);
        break;
    case 4:
        putFixed<uint32_t>(p, n, fitted);
        break;
    default:
        putFixed<uint64_t>(p, n, fitted);
        break;
    }
    codec::ByteWriter w(out);
    size_t exceptions = 0;
    for (size_t i = 0; i < n && width < 8; ++i)
        exceptions += get(i) > limit ? 1 : 0;
    w.varint(exceptions);
    size_t last = 0;
    for (size_t i = 0; i < n && exceptions > 0; ++i) {
        if (get(i) > limit) {
            w.varint(i - last);
            w.varint(get(i));
            last = i;
        }
    }
}

template <class UInt, class T, class Convert>
void getFixed(const char* in, size_t n, T* out, Convert convert) {
    for (size_t i = 0; i < n; ++i) {
        UInt v;
        std::memcpy(&v, in + i * sizeof(UInt), sizeof(UInt));
        out[i] = convert(static_cast<uint64_t>(v));
    }
}

// Reads a width byte + n values through convert; false when truncated or the width is bad.
template <class T, class Convert>
bool getColumn(codec::ByteReader& r, size_t n, std::vector<T>& out, Convert convert) {
    uint8_t width = 0;
    std::string_view bytes;
    if (!r.byte(width) || (width != 1 && width != 2 && width != 4 && width != 8) ||
        n > r.remaining() / width || !r.raw(n * width, bytes))
        return false;
    out.resize(n);
    switch (width) {
    case 1:
        getFixed<uint8_t>(bytes.data(), n, out.data(), convert);
        break;
    case 2:
        getFixed<uint16_t>(bytes.data(), n, out.data(), convert);
        break;
    case 4:
        getFixed<uint32_t>(bytes.data(), n, out.data(), convert);
        break;
    default:
        getFixed<uint64_t>(bytes.data(), n, out.data(), convert);
        break;
    }
    uint64_t exceptions = 0;
    if (!r.varint(exceptions) || exceptions > n || exceptions > r.remaining() / 2)
        return false;
    uint64_t index = 0;
    for (uint64_t k = 0; k < exceptions; ++k) {
        uint64_t gap = 0, value = 0;
        if (!r.varint(gap) || !r.varint(value) || gap > n - index || (k > 0 && gap == 0) ||
            index + gap >= n)
            return false;
        index += gap;
        out[index] = convert(value);
    }
    return true;
}

bool getBytes(codec::ByteReader& r, size_t n, std::vector<uint8_t>& out) {
    std::string_view bytes;
    if (!r.raw(n, bytes))
        return false;
    out.assign(reinterpret_cast<const uint8_t*>(bytes.data()),
               reinterpret_cast<const uint8_t*>(bytes.data()) + n);
    return true;
}

} // namespace

void encodeEventColumns(const Trace& trace, std::string& out) {
    const size_t n = trace.size();
    const auto t = trace.times();
    const auto a = trace.aColumn();
    const auto b = trace.bColumn();
    const auto c = trace.cColumn();
    // Times never decrease, so each delta fits an unsigned 64-bit value.
    auto delta = [&](size_t i) {
        return i == 0 ? uint64_t(0) : static_cast<uint64_t>(t[i]) - static_cast<uint64_t>(t[i - 1]);
    };
    auto getA = [&](size_t i) { return static_cast<uint64_t>(a[i]); };
    auto getB = [&](size_t i) { return codec::zigzag(b[i]); };
    auto getC = [&](size_t i) { return codec::zigzag(c[i]); };
    codec::ByteWriter w(out);
    w.varint(n);
    w.svarint(n ? t[0] : 0);
    putColumn(out, n, delta);
    for (const auto bytes :
         {trace.laneColumn(), trace.kindColumn(), trace.objectColumn(), trace.lineColumn()})
        out.append(reinterpret_cast<const char*>(bytes.data()), n);
    putColumn(out, n, getA);
    putColumn(out, n, getB);
    putColumn(out, n, getC);
}

std::string decodeEventColumns(codec::ByteReader& r, TraceColumns& out) {
    uint64_t count = 0;
    int64_t first = 0;
    // Each event takes at least 8 bytes (4 one-byte columns, 4 slots of 1 byte or more).
    if (!r.varint(count) || count > r.remaining() / 8)
        return "bad event count (more events than the file can hold)";
    if (!r.svarint(first))
        return "truncated first event time";
    const auto n = static_cast<size_t>(count);
    if (!getColumn(r, n, out.t, [](uint64_t v) { return static_cast<int64_t>(v); }))
        return "truncated or bad event times";
    // Prefix sum; a sum past the int64 range is damage, never wrapped.
    int64_t time = first;
    bool overflow = false;
    for (size_t i = 0; i < n; ++i) {
        const int64_t d = out.t[i]; // a width-8 value above INT64_MAX arrives negative
        overflow |= d < 0;
        overflow |= __builtin_add_overflow(time, d, &time);
        out.t[i] = time;
    }
    if (overflow)
        return "event times overflow";
    if (!getBytes(r, n, out.lane) || !getBytes(r, n, out.kind) || !getBytes(r, n, out.object) ||
        !getBytes(r, n, out.line))
        return "truncated event byte columns";
    const uint8_t maxKind = n ? *std::max_element(out.kind.begin(), out.kind.end()) : 0;
    if (maxKind >= static_cast<uint8_t>(EventKind::Count_))
        return "unknown event kind " + std::to_string(maxKind);
    bool aFits = true;
    if (!getColumn(r, n, out.a, [&aFits](uint64_t v) {
            aFits &= v <= UINT32_MAX;
            return static_cast<uint32_t>(v);
        }))
        return "truncated event argument a";
    if (!aFits)
        return "bad event argument a";
    auto unzig = [](uint64_t v) { return codec::unzigzag(v); };
    if (!getColumn(r, n, out.b, unzig) || !getColumn(r, n, out.c, unzig))
        return "truncated event arguments b, c";
    return {};
}

} // namespace proclab
