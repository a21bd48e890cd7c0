// Snippets and highlights: excerpts of a text around the hits of a query (issue 5), the core
// of transcript_snippet, transcript_snippets and transcript_highlight.
//
// Choosing the window, in FTS5 snippet() order (fts5_aux.c), counted in words (text_boundaries.h):
//  - the candidates are, for each hit, (a) max_tokens words centred on the hits that follow
//    it: the window starts (max_tokens - span) / 2 words before the hit, where span is the
//    words from the hit to the end of the last hit that fits, and slides back from the
//    text's end so as to stay max_tokens words long; (b) max_tokens words from the start of
//    the sentence that holds the hit, when that start is fewer than max_tokens words back;
//  - a window scores 1000 for each distinct term among the hits that start inside it, 1 for
//    each repeat, plus 100 when it starts a sentence (120 when it starts the text); the first
//    best candidate wins, so ties go to the earliest;
//  - the chosen window then snaps to a sentence: a sentence that starts within its first
//    quarter (and before its first hit) becomes its start, the words freed being added at
//    the end, and a sentence that starts within its last quarter after its last hit is cut
//    off. Its edges widen over punctuation that belongs to the words inside (a closing full
//    stop, quotes, brackets: "«[ОБСЕ]».") when only such marks stand before a space.
// Edges are word boundaries, so no word and no grapheme is split; an ellipsis marks an edge
// that has words beyond it. Every hit inside the window is marked, a hit that crosses an
// edge up to the edge; overlapping hits, and hits with only spaces or tabs between them,
// become one marked run; a marked run never ends before a combining mark. Markers and
// ellipses are inserted into the original text: what lies between them is a verbatim piece
// of the input. With no hit, the snippet is the text's first max_tokens words.
//
// Fragments (transcript_snippets): up to max_fragments windows chosen greedily, each the best
// window, as above, that does not overlap those already chosen and holds a hit, where terms
// already shown count as repeats (1) and new terms count 1000; returned in text order. The
// first fragment chosen is transcript_snippet's window.
//
// Speed: the hits come from Query::hits (one scan of the text). The words around the hits
// (max_tokens + 1 on each side) are read once into a table, with a sentence-start flag per
// word from one forward walk of ICU's sentence iterator; candidate windows are index
// arithmetic on it. ICU iterators only walk near the hits, never over the whole text.
//
// Thread-safety: pure functions, but the TextBoundaries passed in (ICU iterators) is
// per-connection state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/query.h"
#include "core/search/text_boundaries.h"

namespace transcript {

struct SnippetOptions {
  std::string_view open = "[";
  std::string_view close = "]";
  std::string_view ellipsis = "…";
  int max_tokens = 16;  // words in the window, at least 1
};

struct SnippetFragment {
  std::size_t start_byte = 0, end_byte = 0;  // the excerpt in the input, without markers
  std::int64_t start_char = 0, end_char = 0;  // the same in code points
  std::int64_t score = 0;
  std::string text;  // the excerpt with markers and ellipses
};

// The best window of `text` for `hits` (from Query::hits on the same text, any order).
// `boundaries` is reset to `text`.
SnippetFragment best_snippet(std::string_view text, const std::vector<QueryHit>& hits,
                             TextBoundaries& boundaries, const SnippetOptions& options);

// Up to max_fragments (at least 1) non-overlapping windows, in text order; with no hit, one
// fragment, the text's opening words (score 0); none for a text without words.
std::vector<SnippetFragment> snippet_fragments(std::string_view text,
                                               const std::vector<QueryHit>& hits,
                                               TextBoundaries& boundaries,
                                               const SnippetOptions& options, int max_fragments);

// The whole text with every hit marked (runs merged as in snippets).
std::string highlight(std::string_view text, const std::vector<QueryHit>& hits,
                      std::string_view open, std::string_view close);

}  // namespace transcript
