// The query syntax of transcript_find, transcript_snippet and transcript_highlight, compiled
// once and run on many rows.
//
// Syntax (SURFACE.md): words, "quoted phrases" and OR. `a b` needs both a and b; `a OR b`
// needs either; OR binds loosest (`a b OR c` is (a AND b) OR c). OR must be in capitals,
// as in FTS5. Errors (InputError): an empty query, an unterminated quote, OR at either end
// or twice in a row.
//
// What a term matches:
//  - a phrase or word sequence that names an entity of the gazetteer (any alias, any case:
//    "OSCE", "Лукашенко", "Belarus", "UN Security Council") matches every alias of that
//    entity with the gazetteer's rules (acronyms only in capitals, so `US` never counts
//    `us`; demonyms such as Belarusian are not aliases);
//  - otherwise, unquoted capitalised words (two to four, "Sergey Lavrov") or a quoted
//    capitalised name are a person: full name, surname alone, initials and surname, in any
//    script, case and inflection, never the given name alone; one capitalised word is a
//    surname;
//  - anything else is the words in order, each by name key or stem key (`sanctions`
//    matches `sanction`).
// A query's terms are compiled into one EntityMatcher (target = term), so a row is scanned
// once whatever the number of terms, and the longest term wins where two overlap.
//
// Hits (the spans snippets and highlights mark) are code point offsets into the original
// text, with byte offsets too, in text order; `term` says which term matched, for "distinct
// terms score more than repeats".
//
// Thread-safety: a Query is immutable after compile() — cache it per statement
// (sqlite3_set_auxdata) and share it; hits() and count() need the connection's
// MatchContext.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities/entity_matcher.h"
#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"

namespace transcript {

struct QueryHit {
  std::uint32_t term = 0;
  std::size_t start_byte = 0, end_byte = 0;    // in the original text
  std::int64_t start_char = 0, end_char = 0;   // code points, end exclusive
};

class Query {
 public:
  // Throws InputError with a message that quotes nothing (the SQL layer adds the name and
  // the value): "empty query", "unterminated quote", "OR without a term".
  static Query compile(std::string_view query, const Gazetteer& gazetteer, MatchContext& context);

  std::size_t term_count() const { return terms_.size(); }
  // How term i was read: "entity", "person" or "words", and its text.
  const std::string& term_text(std::size_t i) const { return terms_[i].text; }
  const std::string& term_kind(std::size_t i) const { return terms_[i].kind; }

  // The hits in `text`, from branches whose terms all occur; `out` is cleared first.
  void hits(std::string_view text, MatchContext& context, std::vector<QueryHit>& out) const;
  // The number of hits (transcript_find). Checks the raw bytes first (a sound prefilter,
  // entities/skeleton_filter.h), so that rows without a hit cost a fraction of a scan.
  std::int64_t count(std::string_view text, MatchContext& context) const;

 private:
  struct Term {
    std::string text;
    std::string kind;
  };
  void scan(std::string_view text, MatchContext& context, bool prefilter) const;
  std::vector<bool> satisfied_terms(const std::vector<MatchSpan>& spans) const;

  std::vector<Term> terms_;
  std::vector<std::vector<std::uint32_t>> branches_;  // OR of ANDs of term ids
  EntityMatcher matcher_;
};

}  // namespace transcript
