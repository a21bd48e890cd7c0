// The tokens of the FTS5 tokenizer `transcript` (issue 6), without SQLite: given a text and
// a mode, the keys FTS5 indexes or looks up, each with its byte span in the original text.
//
// What a word of a document gives (entities/token_keys.h explains the keys):
//  - its token: the word's first name key (folded, Cyrillic transliterated, canonical
//    spelling: Лавров -> lavrov, Sergey -> sergei, Лаврова -> lavrov);
//  - colocated synonyms (same position), with `stem 1`: the other name keys of the word
//    (Лаврову -> lavrov, the nominatives of a Russian case form) and its Snowball stem, so
//    that Lavrov meets Лаврова and sanctions meets sanction. An English stem is written as
//    a word (sanctions -> sanction, as FTS5's porter tokenizer does), so a word that is its
//    own stem (the, sanction) has no synonym; a Russian stem keeps TokenKeyer's tag
//    (санкциями -> "~rsankts"), so that it never meets an English word (Германия's stem
//    is "german");
//  - a word in capitals: "^" + its Latin spelling (US -> ^us, США -> ^ssha), the only key a
//    query word in capitals looks up, so `US` never finds "us" and `UN` never "un-happy";
//  - a capitalised word that does not start a sentence (AnalyzedText::starts_sentence) and
//    may be a common word (entities/common_words.h): "@" + its name keys, the key a person's
//    surname that is also a word asks for (Mr Price -> @price; "the oil price" and "Price
//    rose." have none);
//  - with `entities 1`: "=" + the folded name of the entity of the built-in gazetteer whose
//    mention the word is part of, exactly as transcript_mentions finds them (the longest
//    mention wins, acronyms count only in capitals and names only capitalised): every word of
//    "Соединенных Штатов Америки", "Democratic Republic of the Congo", "С.В.Лавров" carries
//    "=united states", "=dr congo", "=sergey lavrov";
//  - its plain spelling (the name key without the feminine-surname rule: Лаврова -> lavrova)
//    when that differs from every key above, so that prefix queries (`lavrova*`) find it.
// With `translit 0`, every name key and spelling of a word in Cyrillic gets the prefix "#"
// (Лавров -> #lavrov, and ^# / @# for the keys above): Cyrillic words still meet their own
// inflections but no longer Latin words. Russian stems carry their tag anyway ("~r"), and
// entity keys are the point of `entities`, so neither changes.
//
// Modes (FTS5's xTokenize flags):
//  - kDocument: everything above, at one position per word;
//  - kQuery: FTS5 hands over one phrase (a bareword or a quoted string) at a time, and the
//    phrase is read as transcript_find reads it (search/query_terms.h): an entity gives its
//    "=" key alone, at one position; a person's name its surname ("@" + key for a surname
//    that is a word); words give, per word, "^" + spelling for a word in capitals, else the
//    name keys and stem as above;
//  - kPrefix (a query term ending in `*`): the words before the last as in kQuery; the last
//    gives only its plain spelling, with no inflection reduced (`lavr*` -> lavr,
//    `лукаш*` -> lukash), which FTS5 matches as a prefix of the spellings and name keys in
//    the index. The canonical spelling depends on the next letter in two places (ie -> e
//    after a vowel, ii -> i), so a prefix that stops between such letters can miss
//    (`andrei*` does not find Andreyev, indexed as andreev);
//  - kAux (highlight(), snippet()): the tokens alone, no synonyms: FTS5's auxiliary
//    functions skip colocated tokens and need positions only.
// kDocument and kAux yield the same words at the same positions, so FTS5's positions,
// phrases, NEAR and highlight() line up.
//
// Spans are bytes of the original text, start inclusive, end exclusive, where
// transcript_highlight puts its markers: a possessive stays outside ([Lavrov]'s), the full
// stop of an initial inside ([S.] Lavrov); case folding that changes lengths (ß -> ss) never
// shifts them. FTS5 marks positions one by one, so a mention of several words found through
// its entity key is marked word by word ([Соединенных] [Штатов]), where transcript_highlight
// marks the run at once. Invalid UTF-8 bytes separate words (they never reach the folding).
// Words longer than kLongWordBytes folded bytes (a base64 run, a hash) give their spelling
// alone, no synonyms, and never enter TokenKeyer's cache; a token is cut at a character
// boundary to at most kMaxTokenBytes (FTS5_MAX_TOKEN_SIZE, which FTS5 would otherwise cut
// at any byte).
//
// Thread-safety: a TokenStream owns a TokenKeyer (Snowball stemmers, a word cache) and
// reusable buffers: one per FTS5 tokenizer instance, never shared between threads, and not
// re-entrant (tokenize() must not be called again from inside its own sink).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities/analyzed_text.h"
#include "core/entities/entity_matcher.h"
#include "core/entities/token_keys.h"

namespace transcript {

inline constexpr std::size_t kMaxTokenBytes = 32768;
inline constexpr std::size_t kLongWordBytes = 128;

// The options of the tokenizer, in FTS5's style: `tokenize="transcript translit 0 stem 1"`.
struct TokenizerOptions {
  bool translit = true;  // Cyrillic words also meet their Latin transliteration
  bool stem = true;      // inflections and Snowball stems as synonyms
  bool entities = true;  // one-word aliases of countries and organisations meet
};

// Parses the arguments after the tokenizer's name: pairs of an option and 0 or 1. Throws
// InputError without the tokenizer's name (the SQL layer adds it): "unknown option 'colour'",
// "option 'stem' needs a value (0 or 1)", "option 'stem' must be 0 or 1, got 'yes'",
// "option 'stem' given more than once".
TokenizerOptions parse_tokenizer_options(std::span<const std::string_view> args);

enum class TokenMode { kDocument, kQuery, kPrefix, kAux };

struct Token {
  std::string_view text;  // valid until the sink returns
  std::size_t start = 0;  // byte span in the original text
  std::size_t end = 0;
  bool colocated = false;  // a synonym at the position of the token before it
};

// An owning copy of a token, for tests and tools.
struct OwnedToken {
  std::string text;
  std::size_t start = 0;
  std::size_t end = 0;
  bool colocated = false;
  bool operator==(const OwnedToken&) const = default;
};

class TokenStream {
 public:
  // Called for every token; a non-zero return stops tokenize(), which returns it.
  using Sink = int (*)(void* context, const Token& token);

  explicit TokenStream(TokenizerOptions options = {});

  const TokenizerOptions& options() const { return options_; }

  // Yields the tokens of `text` (any bytes: invalid UTF-8 separates words). Returns 0, or
  // the first non-zero value the sink returned.
  int tokenize(std::string_view text, TokenMode mode, void* context, Sink sink);

  // All tokens at once (tests, tools).
  std::vector<OwnedToken> tokens(std::string_view text, TokenMode mode);

 private:
  int tokenize_valid(std::string_view text, std::size_t base, TokenMode mode, void* context,
                     Sink sink);
  int tokenize_query(std::string_view text, std::size_t base, TokenMode mode, void* context,
                     Sink sink);
  // Adds a key to keys_ (truncated, tagged "#" for Cyrillic with translit 0) unless present.
  void add_key(std::string_view key, bool tag);
  // prefix + ("#" when tagged) + key.
  // Adds the Palladius / Pinyin reading's key of a query word, if any (translit 1 only).
  void add_palladius_key(std::string_view folded_word);
  // Adds the keys of a Latin word's readings in the languages names come from, if any
  // (translit 1 only).
  void add_foreign_keys(std::string_view folded_word);
  void add_prefixed(char prefix, std::string_view key, bool tag);
  // The name keys of word i of text_ (the first only unless all_names) and, with all_names
  // and `stem 1`, its stem.
  // Returns the word's keys (TokenKeyer's cache: valid until its next clear).
  const WordKeys& add_word_keys(std::size_t i, bool tag, bool all_names);
  // Passes keys_ to the sink as one position spanning [begin, end).
  int emit(std::size_t begin, std::size_t end, void* context, Sink sink);

  TokenizerOptions options_;
  TokenKeyer keyer_;
  AnalyzedText text_;
  std::vector<std::string> keys_;  // the keys of the current word, token first
  std::size_t key_count_ = 0;      // keys_ in use (the strings keep their capacity)
  std::string spelling_;
  std::string scratch_;
  std::vector<MatchSpan> spans_;
};

}  // namespace transcript
