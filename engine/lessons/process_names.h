// The names of the processes a demo will have (its timeline's lanes) before it runs: what a
// student chooses from when a lesson asks "which process ...", read from the demo's spec
// (DemoSpec::children). Tests hold it to real runs.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace proclab::lessons {

std::vector<std::string> expectedProcessNames(const std::string& demo,
                                              const std::map<std::string, int64_t>& params);

} // namespace proclab::lessons
