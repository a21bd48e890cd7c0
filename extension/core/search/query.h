// The query of transcript_find, transcript_snippet(s) and transcript_highlight, compiled once
// and run on many rows: FTS5's query language with MATCH's meaning (issue 17).
//
// Syntax: search/query_syntax.h (FTS5's: implicit AND, AND, OR, NOT, parentheses,
// "phrases", NEAR(a b, N), prefix `lavr*`, `^` for the text's first word, `a + b`; column
// filters and anything unparsable are errors). Each phrase means what search/query_terms.h
// says (an entity of the gazetteer, a person's name, or words), the same reading the FTS5
// tokenizer gives the same string, so `transcript_find(text, q) > 0` holds for the rows
// `MATCH q` returns on a `transcript`-tokenized table.
//
// Evaluation, per text: the text is folded and cut into words once; every phrase finds its
// instances (word spans):
//  - an entity: the mentions of the gazetteer (one scan, shared by the entity phrases, so the
//    longest mention wins as in transcript_mentions) whose entity is the phrase's;
//  - a person or words: its own matcher (entities/entity_matcher.h);
//  - a prefix: words whose keys (name keys, spelling, English stem) start with the prefix's
//    spelling, after the phrase's other words;
//  - `^`: only an instance that starts at the first word.
// NEAR keeps the instances that lie close enough, as FTS5 counts it: with M the last start,
// each phrase has an instance starting at or after M - (its length) - N, where an entity or
// a person is one token long (one key in the index) at any of its words. AND needs every
// child, OR any, `a NOT b` a without b. The hits of a text are the instances of the phrases
// that make it match (FTS5 clears the others the same way: fts5ExprCheckPoslists), in text
// order, a span found by two phrases once; transcript_find counts them, the snippet
// functions mark them. A phrase repeated in a query is one phrase.
//
// Hits are code point offsets into the original text, with byte offsets too; `term` says
// which phrase matched, for "distinct terms score more than repeats".
//
// Thread-safety: a Query is immutable after compile() — cache it per statement
// (sqlite3_set_auxdata) and share it; hits() and count() need the connection's MatchContext.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities/entity_matcher.h"
#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"
#include "core/search/query_syntax.h"
#include "core/search/query_terms.h"

namespace transcript {

struct QueryHit {
  std::uint32_t term = 0;
  std::size_t start_byte = 0, end_byte = 0;    // in the original text
  std::int64_t start_char = 0, end_char = 0;   // code points, end exclusive
};

class Query {
 public:
  // Throws InputError with a message that quotes nothing of the text (the SQL layer adds the
  // function's name): search/query_syntax.h lists them.
  static Query compile(std::string_view query, const Gazetteer& gazetteer, MatchContext& context);

  Query(Query&&) noexcept;
  Query& operator=(Query&&) noexcept;
  ~Query();

  std::size_t term_count() const;
  // How phrase i was read: "entity", "person", "words" or "empty", and its text.
  const std::string& term_text(std::size_t i) const;
  std::string_view term_kind(std::size_t i) const;

  // The hits in `text` (valid UTF-8) when the query matches it, else none; `out` is cleared
  // first. The first form analyses the whole text; the second the part `focus` gives
  // (focus(text): the same hits; tests compare the two).
  void hits(std::string_view text, MatchContext& context, std::vector<QueryHit>& out) const;
  struct Focus {
    bool none = false;
    std::size_t begin = 0, end = 0;
    bool valid_utf8 = false;  // the check read every byte: the text is valid UTF-8
  };
  void hits(std::string_view text, MatchContext& context, std::vector<QueryHit>& out, const Focus& focus) const;
  // False only when the query cannot match `bytes`: a sound check on the raw bytes, before
  // folding and splitting (entities/skeleton_filter.h), so that rows without a hit cost a
  // fraction of a scan. Any bytes may come; a false says they are valid UTF-8 (so a caller
  // may ask before validating a row, as transcript_find does).
  bool may_match(std::string_view bytes) const;
  // The same check, run over all of `bytes`, with where hits can lie: `none` when there can
  // be none (the bytes are then valid UTF-8, as after may_match()'s false), else the byte
  // span [begin, end) that count() analyses instead of the whole text: from a few
  // words before the first word that can be part of a match to a few after the last
  // (entities/skeleton_filter.h's candidates(), widened so that every scan of the analysis
  // sees there what it sees in the whole text). The whole text when the check cannot tell
  // (a prefix phrase, a phrase with too many patterns, a character the check does not read).
  // `valid_utf8` when the check read every byte (then the bytes are valid UTF-8, and a
  // caller need not validate them again).
  Focus focus(std::string_view bytes) const;
  // The number of hits (transcript_find): 0 when the query does not match. The second form
  // takes focus(text) from a caller that asked already.
  std::int64_t count(std::string_view text, MatchContext& context) const;
  std::int64_t count(std::string_view text, MatchContext& context, const Focus& focus) const;

 private:
  struct Impl;
  Query();
  std::unique_ptr<Impl> impl_;
};

}  // namespace transcript
