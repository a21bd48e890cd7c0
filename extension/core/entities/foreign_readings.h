// Names in Latin letters read by the letter rules of the languages they come from, as
// Russian writes them: Barrot = Барро, Jean-Yves = Жан-Ив, José = Хосе, Giorgia = Джорджа,
// Steinmeier = Штайнмайер, Guterres = Гутерриш, Fico = Фицо, Szijjártó = Сийярто.
//
// Russian transcribes a foreign name by its sound in its own language (the practical
// transcription rules every Russian newsroom follows), English keeps its letters. A BGN
// transliteration of the Russian spelling (token_keys.h, name_key.h) therefore meets the
// Latin spelling only where the language reads its letters as English does: French j and g
// before e/i are ж, ch is ш, ou is у, a final t, d, s, x or z is silent; Spanish j is х;
// Italian gi is дж and z is ц; German st at the start is шт, ei is ай, v is ф and z is ц;
// Portuguese final o is у and final s is ш; Polish sz, cz, rz are ш, ч, ж and c is ц;
// Hungarian sz is с and s is ш. A Latin word cannot say which language it is in, so it gets
// one reading per language (French twice: with a final e read and silent, which the
// accents folding took away would tell: Séjourné = Сежурне, Stéphane = Стефан). A
// reading is a Latin spelling of the Russian sound, in the letters latin_spelling() gives
// Cyrillic (zh, kh, ts, ch, sh, y); its key or skeleton is compared with the Russian
// word's. These are each language's letter rules, not a list of names.
//
// Used where a Latin name meets a Cyrillic one: transcript_match's surname and given name
// comparisons (name_match.cc), and queries (a person's name, or a capitalised query word
// that is no common word, gets its readings' keys as alternatives, as it gets its
// Palladius reading: entities/palladius.h). Name keys (transcript_name_key), the index and
// the gazetteer are unchanged.
//
// What they do not give: letters the folding lost (ç, č, ü: Vučić, Türk, François), vowels
// a language drops inside a word (Villepin = Вильпен), and readings that need the word's
// history (Ayrault = Эро).
//
// Thread-safety: pure functions over constant tables.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/entities/analyzed_text.h"

namespace transcript {

// The readings of a folded Latin word (lower case, as fold() gives it: marks removed), each
// distinct and different from the word; empty for a word with no Latin letter.
std::vector<std::string> foreign_readings(std::string_view folded_word);

// The name keys (token_keys.h name_key()) of those readings that differ from the word's
// own name key and, unless `common_words`, are not the key of a common word (common_words.h:
// French "China" read as шина, a tyre, finds nothing it should). A given name in a full
// name's pattern may read as a word (German Walter = Вальтер, also a pistol): the surname
// beside it says it is a name.
std::vector<std::string> foreign_reading_keys(std::string_view folded_word, bool common_words = false);

// Whether word i of a query may be a name from another language, so that it gets its
// readings' keys: Latin, capitalised, and neither a common word nor a month or weekday
// (common_words.h), so that "Paris" and "China" stay words.
bool may_be_foreign_name(const AnalyzedText& text, std::size_t i);

}  // namespace transcript
