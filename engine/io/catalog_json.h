// The demo catalog as JSON and as text, for `list`.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace proclab {

nlohmann::json catalogJson();
std::string catalogText();

} // namespace proclab
