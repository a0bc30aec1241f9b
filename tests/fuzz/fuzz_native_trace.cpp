// libFuzzer target: the native trace decoder (.proclab files), then what `show` does. Each
// input is tried twice: as it is, and with its last 8 bytes replaced by the right checksum, so
// that the fuzzer reaches the metadata and event parsing behind the checksum check.
#include "fuzz_common.h"
#include "io/byte_codec.h"
#include "io/trace_file.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace {
void decodeAndUse(std::string_view bytes) {
    proclab::Trace trace;
    if (proclab::decodeTrace(bytes, trace).empty())
        proclab::fuzz::useLikeShow(trace);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    decodeAndUse(bytes);
    if (size >= 8) {
        std::string fixed(bytes.substr(0, size - 8));
        const uint64_t sum = proclab::codec::fnv1a64(fixed);
        proclab::codec::ByteWriter writer(fixed);
        writer.fixed64(sum); // little-endian, as the file has it
        decodeAndUse(fixed);
    }
    return 0;
}
