#include "load_any_trace.h"

#include "atomic_file.h"
#include "chrome_trace.h"
#include "trace_file.h"
#include "util/unique_fd.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <sys/stat.h>
#include <unistd.h>

namespace proclab {
namespace {

// What a path names, in words, when it is not a regular file.
std::string fileKind(mode_t mode) {
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a pipe (FIFO)";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    return "not a regular file";
}

enum class TraceKind { Native, Json, Neither };

TraceKind sniff(std::string_view head) {
    if (looksLikeNativeTrace(head))
        return TraceKind::Native;
    // JSON may start with a UTF-8 byte order mark and white space.
    const size_t bom = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    const size_t first = head.find_first_not_of(" \t\r\n", bom);
    return first != std::string_view::npos && head[first] == '{' ? TraceKind::Json
                                                                 : TraceKind::Neither;
}

std::string gib(uint64_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f GiB", static_cast<double>(bytes) / (1u << 30));
    return buf;
}

// The first bytes of a regular file, read without following a path that changed type since
// stat (O_NONBLOCK: a FIFO swapped in meanwhile cannot make us wait).
std::string readHead(const std::filesystem::path& path, std::string& head, uint64_t& size) {
    const UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (!fd.valid())
        return std::string("cannot open: ") + std::strerror(errno);
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0)
        return std::string("cannot read: ") + std::strerror(errno);
    if (!S_ISREG(st.st_mode))
        return "is " + fileKind(st.st_mode) + ", not a trace file";
    size = static_cast<uint64_t>(st.st_size);
    head.resize(4096);
    const ssize_t n = ::pread(fd.get(), head.data(), head.size(), 0);
    if (n < 0)
        return std::string("cannot read: ") + std::strerror(errno);
    head.resize(static_cast<size_t>(n));
    return {};
}

std::string loadChecked(const std::filesystem::path& path, Trace& out) {
    // stat first: opening a FIFO for reading would wait for a writer forever.
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return std::string("cannot open: ") + std::strerror(errno);
    if (!S_ISREG(st.st_mode))
        return "is " + fileKind(st.st_mode) + ", not a trace file";
    std::string head;
    uint64_t size = 0;
    if (std::string error = readHead(path, head, size); !error.empty())
        return error;
    const TraceKind kind = sniff(head);
    if (kind == TraceKind::Neither)
        return "neither a ProcLab trace file nor a ProcLab JSON trace";
    // Decided by the first bytes; only now is the whole file read, and only if it is of a
    // size a trace can have.
    if (size > kMaxTraceFileBytes)
        return "is " + gib(size) + ", larger than any trace ProcLab loads (" +
               gib(kMaxTraceFileBytes) + ")";
    std::string bytes;
    if (std::string error = readWholeFile(path, bytes); !error.empty())
        return error;
    if (kind == TraceKind::Native)
        return decodeTrace(bytes, out);
    const size_t bom = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    return decodeChromeTrace(std::string_view(bytes).substr(bom), out);
}

} // namespace

std::string loadAnyTrace(const std::filesystem::path& path, Trace& out) {
    out.clear();
    std::string error;
    try {
        error = loadChecked(path, out);
    } catch (const std::bad_alloc&) {
        error = "not enough memory to load it";
    } catch (const std::exception& e) {
        // The decoders report what they find; this is the last line for what they did not.
        error = std::string("cannot be read as a trace: ") + e.what();
    }
    if (!error.empty())
        out.clear();
    return error.empty() ? std::string() : path.string() + ": " + error;
}

} // namespace proclab
