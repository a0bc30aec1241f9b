#include "load_any_trace.h"

#include "atomic_file.h"
#include "chrome_trace.h"
#include "trace_file.h"

namespace proclab {

std::string loadAnyTrace(const std::filesystem::path& path, Trace& out) {
    out.clear();
    std::string bytes;
    if (std::string error = readWholeFile(path, bytes); !error.empty())
        return error;
    std::string error;
    if (looksLikeNativeTrace(bytes)) {
        error = decodeTrace(bytes, out);
    } else {
        // JSON may start with a UTF-8 byte order mark and white space.
        const size_t bom = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
        const size_t first = bytes.find_first_not_of(" \t\r\n", bom);
        if (first != std::string::npos && bytes[first] == '{')
            error = decodeChromeTrace(std::string_view(bytes).substr(bom), out);
        else
            error = "neither a ProcLab trace file nor a ProcLab JSON trace";
    }
    return error.empty() ? std::string() : path.string() + ": " + error;
}

} // namespace proclab
