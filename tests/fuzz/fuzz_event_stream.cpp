// libFuzzer target: the runner's event stream decoder, fed in chunks of varying size (the
// first byte picks the chunking) as a pipe delivers them; then what `show` does with the
// events that arrived, whole or cut short.
#include "fuzz_common.h"
#include "io/stream.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    const size_t chunk = 1 + data[0] * 7u;
    std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    proclab::StreamDecoder decoder;
    size_t firstNew = 0;
    decoder.onEvents = [&](size_t first) { firstNew = std::min(first, decoder.trace().size()); };
    while (!bytes.empty()) {
        const size_t n = std::min(chunk, bytes.size());
        if (!decoder.feed(bytes.substr(0, n)))
            break;
        bytes.remove_prefix(n);
    }
    (void)decoder.partialBytes();
    proclab::fuzz::useLikeShow(decoder.trace());
    return 0;
}
