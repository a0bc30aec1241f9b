#include "text_lines.h"

namespace proclab::cli {

std::string shortenLine(std::string_view line, size_t limit) {
    if (line.size() <= limit)
        return std::string(line);
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 character
    return std::string(line.substr(0, cut)) + " ... (" + std::to_string(line.size() - cut) +
           " more characters; --json prints the whole line)";
}

std::string shortenLines(std::string_view text, size_t limit) {
    std::string out;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        out += shortenLine(text.substr(0, nl), limit);
        if (nl == std::string_view::npos)
            break;
        out += '\n';
        text.remove_prefix(nl + 1);
    }
    return out;
}

} // namespace proclab::cli
