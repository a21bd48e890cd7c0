// The per-connection working state of matching: the TokenKeyer (stemmers and key cache,
// not thread-safe) and reusable buffers for the text being scanned. One MatchContext per
// connection, created on first use and freed with the connection; everything it is used
// with (gazetteers, compiled queries) is immutable and may be shared.
#pragma once

#include <vector>

#include "core/entities/analyzed_text.h"
#include "core/entities/entity_matcher.h"
#include "core/entities/token_keys.h"

namespace transcript {

struct MatchContext {
  TokenKeyer keyer;
  AnalyzedText text;
  std::vector<MatchSpan> spans;
};

}  // namespace transcript
