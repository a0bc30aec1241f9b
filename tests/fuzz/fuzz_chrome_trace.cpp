// libFuzzer target: the Chrome Trace Event JSON loader (no exception may escape it), then
// what `show` does.
#include "fuzz_common.h"
#include "io/chrome_trace.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    proclab::Trace trace;
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    if (proclab::decodeChromeTrace(json, trace).empty())
        proclab::fuzz::useLikeShow(trace);
    return 0;
}
