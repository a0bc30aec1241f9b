// Little helpers to write and read the native trace format: LEB128 varints (zigzag for signed
// values), length-prefixed strings, all independent of the machine's byte order. The reader
// never reads past its end: every read reports failure instead.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace proclab::codec {

inline uint64_t zigzag(int64_t v) {
    return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63);
}
inline int64_t unzigzag(uint64_t v) {
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
}

class ByteWriter {
  public:
    explicit ByteWriter(std::string& out) : out_(out) {}
    void raw(std::string_view bytes) { out_.append(bytes); }
    void byte(uint8_t b) { out_.push_back(static_cast<char>(b)); }
    void fixed32(uint32_t v) {
        for (int i = 0; i < 4; ++i)
            byte(static_cast<uint8_t>(v >> (8 * i)));
    }
    void fixed64(uint64_t v) {
        for (int i = 0; i < 8; ++i)
            byte(static_cast<uint8_t>(v >> (8 * i)));
    }
    void varint(uint64_t v) {
        char buf[10];
        size_t n = 0;
        while (v >= 0x80) {
            buf[n++] = static_cast<char>((v & 0x7f) | 0x80);
            v >>= 7;
        }
        buf[n++] = static_cast<char>(v);
        out_.append(buf, n);
    }
    void svarint(int64_t v) { varint(zigzag(v)); }
    void string(std::string_view s) {
        varint(s.size());
        out_.append(s);
    }

  private:
    std::string& out_;
};

class ByteReader {
  public:
    explicit ByteReader(std::string_view in) : in_(in) {}
    size_t remaining() const { return in_.size() - pos_; }
    size_t position() const { return pos_; }

    bool raw(size_t n, std::string_view& out) {
        if (n > remaining())
            return false;
        out = in_.substr(pos_, n);
        pos_ += n;
        return true;
    }
    bool byte(uint8_t& out) {
        if (remaining() < 1)
            return false;
        out = static_cast<uint8_t>(in_[pos_++]);
        return true;
    }
    bool fixed32(uint32_t& out) {
        uint64_t v = 0;
        if (!fixed(4, v))
            return false;
        out = static_cast<uint32_t>(v);
        return true;
    }
    bool fixed64(uint64_t& out) { return fixed(8, out); }
    bool varint(uint64_t& out) {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos_ >= in_.size())
                return false;
            const auto b = static_cast<uint8_t>(in_[pos_++]);
            v |= static_cast<uint64_t>(b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                out = v;
                return true;
            }
        }
        return false; // more than 10 bytes: not a varint we wrote
    }
    bool svarint(int64_t& out) {
        uint64_t v = 0;
        if (!varint(v))
            return false;
        out = unzigzag(v);
        return true;
    }
    bool string(std::string& out) {
        uint64_t n = 0;
        std::string_view bytes;
        if (!varint(n) || n > remaining() || !raw(static_cast<size_t>(n), bytes))
            return false;
        out.assign(bytes);
        return true;
    }

  private:
    bool fixed(int n, uint64_t& out) {
        if (remaining() < static_cast<size_t>(n))
            return false;
        uint64_t v = 0;
        for (int i = 0; i < n; ++i)
            v |= static_cast<uint64_t>(static_cast<uint8_t>(in_[pos_ + static_cast<size_t>(i)]))
                 << (8 * i);
        pos_ += static_cast<size_t>(n);
        out = v;
        return true;
    }

    std::string_view in_;
    size_t pos_ = 0;
};

// FNV-1a, 64 bits: catches a damaged file that would otherwise decode into wrong events.
inline uint64_t fnv1a64(std::string_view bytes) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (const char ch : bytes) {
        h ^= static_cast<uint8_t>(ch);
        h *= 0x100000001b3ull;
    }
    return h;
}

} // namespace proclab::codec
