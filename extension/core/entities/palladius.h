// Chinese names between Pinyin and the Palladius system: Xi Jinping = Си Цзиньпин,
// Li Qiang = Ли Цян, Zhang Hanhui = Чжан Ханьхуэй, Zhao Lijian = Чжао Лицзянь.
//
// Russian writes Chinese names in the Palladius system (Палладий, the Russian standard
// since the 19th century), English in Pinyin; the two spell most syllables differently
// (x = с, q = ц, j and z = цз, zh = чж, r = ж, e = э, -n = нь, -ng = н, hui = хуэй), so
// transliterating the Cyrillic letter by letter (BGN) never gives the Pinyin: "Цян" is
// "tsyan", not "qiang". Both systems write a name syllable by syllable, and a given name's
// syllables together (Jinping = Цзиньпин), so a word that splits wholly into the syllables
// of one system has exactly one spelling in the other, syllable for syllable. The table is
// the standard's: the 400-odd syllables of Mandarin in Pinyin and their Palladius
// spelling, not a list of names.
//
// A word that does not split wholly (most English and Russian words: Lavrov, Сергей) has
// no reading; one that does but reads the same way in both (Li = Ли, Ma = Ма, Ding = Дин)
// adds nothing to the keys. Where a word splits in several ways (xian: xian or xi'an), the
// reading with the fewest syllables that begin with a vowel after the first, then the fewest
// syllables, is taken (Pinyin marks the other with an apostrophe, which splits the word
// here anyway).
//
// Used by queries (transcript_find, snippets, highlights, the FTS5 tokenizer's query side):
// a query word gets the key of its reading as one more alternative, so that a name asked
// for in one system finds it written in the other. The text side and the gazetteer are not
// changed (an index holds the same keys; a gazetteer's aliases name both spellings).
//
// Thread-safety: pure functions over a table built on first use (a thread-safe static).
#pragma once

#include <string>
#include <string_view>

namespace transcript {

// The other system's spelling of a folded word (lower case, as fold() gives it): the
// Palladius Cyrillic of a Latin word made of Pinyin syllables, the Pinyin of a Cyrillic word
// made of Palladius syllables; empty when the word is neither, or a single Latin letter (an
// initial; a single Cyrillic letter may be a syllable: Ван И). Some Russian words split
// into syllables too (путин: pu-ting); their reading is a spelling no text has, so it
// finds nothing more.
std::string palladius_reading(std::string_view folded_word);

// The name key (token_keys.h name_key()) of that reading, when the word has one and it
// differs from the word's own name key; else empty.
std::string palladius_key(std::string_view folded_word);

}  // namespace transcript
