// libFuzzer target: `--set key=value` parsing and the request check that follows it. Input:
// "demo\nvariant\nset\nset...". The lesson-file parser has its own (fuzz_lesson_file.cpp).
#include "demos/catalog.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    proclab::RunRequest request;
    int field = 0;
    while (!in.empty()) {
        const size_t nl = in.find('\n');
        const std::string_view line = in.substr(0, nl);
        in.remove_prefix(nl == std::string_view::npos ? in.size() : nl + 1);
        if (field == 0)
            request.demo = line;
        else if (field == 1)
            request.variant = line;
        else {
            std::pair<std::string, std::string> kv;
            if (proclab::parseSet(line, kv).empty())
                request.sets.push_back(kv);
        }
        ++field;
    }
    proclab::DemoRun run;
    (void)proclab::resolveRun(request, run);
    return 0;
}
