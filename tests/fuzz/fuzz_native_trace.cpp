// libFuzzer target: the native trace decoder (.proclab files), then what `show` does.
#include "fuzz_common.h"
#include "io/trace_file.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    proclab::Trace trace;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (proclab::decodeTrace(bytes, trace).empty())
        proclab::fuzz::useLikeShow(trace);
    return 0;
}
