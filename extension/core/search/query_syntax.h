// FTS5's query syntax, parsed without FTS5: the one query language of transcript_find, the
// snippet functions and MATCH over a `transcript`-tokenized table (issue 17).
//
// The grammar is FTS5's (fts5parse.y, https://sqlite.org/fts5.html section 3):
//   query   := or
//   or      := and ("OR" and)*
//   and     := not ("AND" not)*
//   not     := list ("NOT" list)*                 NOT binds tightest; it is binary
//   list    := "(" or ")" | group group*           groups side by side: implicit AND
//   group   := "^"? phrase | "NEAR" "(" phrase+ ("," digits)? ")"
//   phrase  := string "*"? ("+" string "*"?)*      a bareword or a "quoted string"
// A bareword is a run of ASCII letters, digits, '_' and any non-ASCII character; in a
// quoted string "" stands for one '"'. AND, OR, NOT and NEAR are keywords only in capitals
// (NEAR only before "("); `and` is a word. A parenthesised expression stands alone between
// operators (`(a) b` is an error, as in FTS5). NEAR's distance defaults to 10.
//
// What FTS5 offers and this parser refuses:
//  - column filters (`text:`, `{a b}:`, `-text:`): "column filters are not supported in
//    query: 'text:'" — the functions search one text;
//  - anything else FTS5 would not parse: "syntax error in query near 'x'" (or "at the end
//    of the query"), "unterminated quote in query", "expected integer after NEAR's comma,
//    got 'x'", and "empty query" for a query without a token.
//
// A phrase keeps its text (pieces joined by '+' are joined by a space, which is what FTS5's
// concatenation of their tokens amounts to) and whether it is a prefix (`lavr*`) or must
// open the text (`^`). What the text means — an entity, a person, words — is decided by
// search/query_terms.h, by the same rules the FTS5 tokenizer applies to the same string.
//
// Thread-safety: pure functions.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace transcript {

struct QueryNode {
  enum class Kind { kPhrase, kNear, kAnd, kOr, kNot };
  Kind kind = Kind::kPhrase;
  // kAnd, kOr: two or more; kNot: left, right; kNear: its phrases.
  std::vector<QueryNode> children;
  // kPhrase:
  std::string text;
  bool prefix = false;   // the last word is a prefix (`lavr*`)
  bool initial = false;  // `^`: must start the text
  // kNear:
  int distance = 10;
};

// Throws InputError (messages above, without the SQL name).
QueryNode parse_query(std::string_view query);

}  // namespace transcript
