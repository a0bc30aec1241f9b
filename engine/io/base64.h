// Base64 (RFC 4648, with padding): how the Chrome trace JSON carries the native trace bytes.
#pragma once

#include <string>
#include <string_view>

namespace proclab {

std::string base64Encode(std::string_view bytes);
// Returns false on a character outside the alphabet or a bad length.
bool base64Decode(std::string_view text, std::string& out);

} // namespace proclab
