// Common words of English and Russian: whether a surname is also a word (Price, Bush, Rice,
// Brown, May, Gates, Белый, Мороз), so that the word does not count as the person.
//
// Where the words come from: Debian's word lists, read when the project is configured and
// compiled into the library (extension/core/CMakeLists.txt): wamerican-small (about 50,000
// English words with their inflected forms) and hunspell-ru (about 146,000 Russian lemmas;
// the affix flags are cut off). Lines that start with a capital are proper nouns of the list
// (Moscow, Brown the name), not common words, and are skipped, and so are Russian lemmas in
// -ов, -ев, -ин, -ын: possessive adjectives (петров "Peter's") are the shape of most Russian
// surnames and rare as words. Month and weekday names
// (from ICU's date symbols, English and Russian) are kept apart: English writes them with a
// capital, so a capital on them says nothing (is_calendar_word).
//
// Words are compared by their Latin spelling (entities/token_keys.h: folded, Cyrillic
// transliterated, canonical spelling), so that a surname typed in one script is checked
// against the words of both ("Moroz" is a word, since мороз is one).
//
// Cost: the lists are parsed once per process, on first use (tens of milliseconds), into
// two sorted vectors; a look-up is a binary search. Callers decide once per pattern (a
// query, a gazetteer alias) or cache per word (TokenKeyer), never per row.
//
// Thread-safety: immutable after the first use (a thread-safe static).
#pragma once

#include <string_view>

namespace transcript {

// True when the folded word is a common word of either language (its Latin spelling is the
// spelling of a word of the lists).
bool is_common_word(std::string_view folded_word);

// True when `name_key` (token_keys.h name_key()) is the name key of a common word. A
// superset of is_common_word() on keys: what the FTS5 tokenizer asks of a text word's
// candidate keys, so that every text form a surname pattern accepts is covered.
bool is_common_name_key(std::string_view name_key);

// True when the folded word is an English or Russian month or weekday name (ICU's
// DateFormatSymbols), whose capital in English is spelling, not a sign of a name.
bool is_calendar_word(std::string_view folded_word);

}  // namespace transcript
