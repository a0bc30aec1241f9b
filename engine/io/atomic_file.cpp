#include "atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace proclab {

namespace {
std::string systemError(const std::string& what, const std::filesystem::path& path) {
    return what + " " + path.string() + ": " + std::strerror(errno);
}
} // namespace

AtomicFile::~AtomicFile() {
    discard();
}

std::string AtomicFile::open(const std::filesystem::path& path) {
    discard();
    path_ = path;
    // Beside the target, so that rename() stays within one file system and is atomic.
    std::string pattern = (path.has_parent_path() ? path.parent_path() / "" : "").string() + "." +
                          path.filename().string() + ".XXXXXX";
    fd_ = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd_ < 0)
        return error_ = systemError("cannot create a temporary file for", path);
    temp_ = pattern;
    ::fchmod(fd_, 0644); // mkstemp makes it 0600; a trace is an ordinary document
    error_.clear();
    return {};
}

std::string AtomicFile::write(std::string_view bytes) {
    if (fd_ < 0)
        return error_.empty() ? "file not open" : error_;
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error_ = systemError("cannot write", path_);
            discard();
            return error_;
        }
        bytes.remove_prefix(static_cast<size_t>(n));
    }
    return {};
}

std::string AtomicFile::commit() {
    if (fd_ < 0)
        return error_.empty() ? "file not open" : error_;
    if (::fdatasync(fd_) != 0) {
        error_ = systemError("cannot flush", path_);
        discard();
        return error_;
    }
    ::close(fd_);
    fd_ = -1;
    if (::rename(temp_.c_str(), path_.c_str()) != 0) {
        error_ = systemError("cannot replace", path_);
        discard();
        return error_;
    }
    temp_.clear();
    return {};
}

void AtomicFile::discard() {
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (!temp_.empty()) {
        ::unlink(temp_.c_str());
        temp_.clear();
    }
}

std::string writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
    AtomicFile file;
    if (std::string error = file.open(path); !error.empty())
        return error;
    if (std::string error = file.write(bytes); !error.empty())
        return error;
    return file.commit();
}

std::string readWholeFile(const std::filesystem::path& path, std::string& out) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return systemError("cannot open", path);
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return "not a regular file: " + path.string();
    }
    out.clear();
    out.resize(static_cast<size_t>(st.st_size));
    size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = ::read(fd, out.data() + done, out.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            std::string error = systemError("cannot read", path);
            ::close(fd);
            return error;
        }
        if (n == 0)
            break; // the file shrank while we read it
        done += static_cast<size_t>(n);
    }
    out.resize(done);
    ::close(fd);
    return {};
}

} // namespace proclab
