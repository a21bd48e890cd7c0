// What one phrase of a query means, decided once for transcript_find (search/query.h) and
// for the FTS5 tokenizer's query side (search/token_stream.h), so that `MATCH q` and
// `transcript_find(text, q) > 0` keep the same rows.
//
// A phrase is a bareword or a "quoted string" of the query (search/query_syntax.h). Read in
// this order:
//  1. no word at all ("_", "") — an empty phrase, which FTS5 leaves out of the expression;
//  2. the whole phrase names an entity of the built-in gazetteer (Gazetteer::resolve in
//     ScanMode::kQuery): "OSCE", "ОБСЕ", "Belarus", "\"DR Congo\"", "Lavrov",
//     "\"Sergey Lavrov\"". It matches that entity's mentions, exactly those
//     transcript_mentions reports (the longest wins: "UN Security Council" is not a mention
//     of the UN). A word in capitals must be in capitals to name an entity, and a common word
//     in lower case names none: `US` and `UN` are entities, `us` stays the pronoun, while
//     `osce` and `россия`, which are no words, still name theirs;
//  3. two to four capitalised words, none in capitals, none a country or an organisation by
//     itself (only a quoted string can hold several words): a person's name
//     ("\"George W. Bush\"", "\"Ned Price\""). It matches where the surname is
//     printed, alone or with given names or initials, in any script and inflection
//     (entities/entity_patterns.h), with the surname rule for surnames that are words;
//  4. otherwise words in order (a phrase), each by its name keys and stem, any case; a word
//     in capitals (two letters or more, or the whole phrase in capitals: `G20`) is an
//     acronym and matches only a word in capitals. A prefix (`lavr*`) is always words.
//
// FTS5 query tokens (one vector of alternatives per position):
//  - entity: one position, "=" + the folded entity name (the key the tokenizer gives every
//    word of a mention in a document);
//  - person: one position, the surname's name key, with "@" in front when the surname is a
//    common word (the tokenizer's key for a capitalised word that does not start a sentence);
//    for a surname that is a month name (May), the whole name in order;
//  - words: per word, "^" + its Latin spelling for an acronym (the key of a word in capitals),
//    else its name keys and stem as the tokenizer gives a document's words.
//
// Thread-safety: functions; the TokenKeyer is per connection (or per tokenizer).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities/gazetteer.h"
#include "core/entities/person_name.h"
#include "core/entities/token_keys.h"

namespace transcript {

enum class TermKind { kEmpty, kEntity, kPerson, kWords };

struct TermReading {
  TermKind kind = TermKind::kEmpty;
  std::vector<std::uint32_t> targets;  // kEntity: targets of the gazetteer
  PersonName person;                   // kPerson
};

// `gazetteer` is the built-in one (the tokenizer knows no other); `entities` false reads no
// phrase as an entity (the tokenizer's `entities 0`).
TermReading read_term(std::string_view text, bool prefix, const Gazetteer& gazetteer,
                      TokenKeyer& keyer, bool entities = true);

// The key an entity's mentions carry in an FTS5 index: "=" + the folded entity name.
std::string entity_key(std::string_view entity);

// Key prefixes of the tokenizer (token_stream.h): a word in capitals, and a capitalised word
// that does not start a sentence.
inline constexpr char kAcronymPrefix = '^';
inline constexpr char kProperPrefix = '@';

}  // namespace transcript
