// transcript_mentions: every mention of a gazetteer's entities in a text, in text order,
// with code point offsets into the original text and the surface as printed.
//
// The text is folded and cut into words once (AnalyzedText), scanned once by the
// gazetteer's matcher, and each match is mapped back through the fold map and counted in
// code points once, left to right. A possessive ending stays outside the span
// ("[Belarus]’s").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"

namespace transcript {

struct Mention {
  std::string_view entity;   // views into the gazetteer: valid while it lives
  std::string_view kind;
  std::string_view code;     // empty when none
  std::string_view surface;  // a view into the text
  std::int64_t start_char = 0;
  std::int64_t end_char = 0;
};

// Valid UTF-8 in (the SQLite layer checks it first). `out` is cleared first.
void find_mentions(std::string_view text, const Gazetteer& gazetteer, MatchContext& context,
                   std::vector<Mention>& out);

}  // namespace transcript
