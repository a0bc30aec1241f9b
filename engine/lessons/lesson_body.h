// The Markdown body of a lesson: split at `<!-- reveal -->`, checked (links only to events,
// no HTML, no images, facts only in the explanation), and filled with a run's facts.
#pragma once

#include "lesson.h"
#include "run_facts.h"

#include <string>
#include <string_view>
#include <vector>

namespace proclab::lessons {

// Splits the body (its lines, the first being file line `firstLine`) into out.read and
// out.explain and appends what is wrong with it to `errors`. Uses out.demo for fact names.
void splitBody(const std::vector<std::string_view>& lines, int firstLine, Lesson& out,
               std::vector<Diagnostic>& errors);

struct BodyRef {
    std::string name; // a fact name or an event query or a glossary term
    int line = 0;     // file line
};
// The event queries linked from `text` ([...](event:QUERY)), facts used as {{NAME}}, and
// glossary terms written [[TERM]]; `firstLine` numbers the text's first line.
std::vector<BodyRef> eventLinks(std::string_view text, int firstLine);
std::vector<BodyRef> factRefs(std::string_view text, int firstLine);
std::vector<BodyRef> glossaryRefs(std::string_view text, int firstLine);

// `text` with every {{NAME}} replaced by the fact's value; names the run lacks go to
// `missing` and stay visible as {{NAME}}.
std::string fillFacts(std::string_view text, const RunFacts& facts,
                      std::vector<std::string>* missing = nullptr);

} // namespace proclab::lessons
