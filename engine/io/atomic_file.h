// A file that appears at its path whole or not at all: written to a temporary file beside it,
// renamed over the path on commit(), removed if anything fails or commit() is never called.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace proclab {

class AtomicFile {
  public:
    AtomicFile() = default;
    ~AtomicFile(); // discards the temporary file unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Creates the temporary file. Returns an error message, empty on success.
    std::string open(const std::filesystem::path& path);
    // Appends bytes. Returns an error message, empty on success; after an error the file is
    // discarded and further writes fail.
    std::string write(std::string_view bytes);
    // Flushes to disk and renames the temporary file over the path.
    std::string commit();

  private:
    void discard();
    std::filesystem::path path_;
    std::filesystem::path temp_;
    int fd_ = -1;
    std::string error_;
};

// The whole file at once.
std::string writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// Reads a whole file. Returns an error message, empty on success.
std::string readWholeFile(const std::filesystem::path& path, std::string& out);

} // namespace proclab
