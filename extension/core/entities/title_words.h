// Words printed around a person's name that are not part of it: honorifics ("Mr", "Dr.",
// "господин"), offices ("President", "Foreign Minister", "министр"), ranks and titles of
// nobility ("General", "King", "Sheikh"), suffixes ("Jr.", "III", "младший"), the
// connectors of an office's place phrase ("of", "for", "по") and the particles inside
// names ("bin", "al", "von", "де").
//
// The lists cover English, Russian, French, Spanish, Portuguese, German, Ukrainian and
// Turkish (its offices: Dışişleri Bakanı, Cumhurbaşkanı Sözcüsü; Sayın = Mr/Ms). Words are
// looked up folded (core/text/case_fold.h: lower case, no Latin accents, ё as е), one word
// at a time as the word tokenizer cuts them, so "Vice-President" is "vice" + "president"
// and "г-н" is "г" + "н" (see is_abbreviated_honorific()).
//
// A word may have several roles: "de" connects an office to its place ("Ministro de
// Asuntos Exteriores") and is a particle inside a name ("Charles de Gaulle"); "senior" opens
// an office ("Senior Adviser") and ends a name ("Bush Senior"). The reader of names
// (person_name.h) decides by position.
//
// Ranks are kept apart from offices because they are also surnames (John Major, Martin
// Luther King): a reader strips a rank in front of a name, never one that ends it.
//
// The turns parser's speaker labels (core/transcript/speaker_label.cc) keep their own list
// for now; this one is meant to replace it (the roles here say more than one flag).
//
// Thread-safety: immutable tables built on first use.
#pragma once

#include <cstdint>
#include <string_view>

namespace transcript {

enum TitleRole : std::uint8_t {
  kHonorific = 1 << 0,  // Mr, Mrs, Dr, Sir, господин: directly before a name
  kOffice = 1 << 1,     // President, Minister, Secretary, CEO, министр, ministre
  kRank = 1 << 2,       // General, King, Prince, Sheikh: may also be a surname
  kSuffix = 1 << 3,     // Jr, Sr, III, младший: after a name
  kConnector = 1 << 4,  // of, for, the, по: inside an office's phrase
  kParticle = 1 << 5,   // bin, al, von, de: inside a name, never its first word
};

// The roles of a folded word (a bit set of TitleRole), 0 for an ordinary word.
std::uint8_t title_roles(std::string_view folded_word);

inline bool is_title(std::uint8_t roles) { return roles & (kHonorific | kOffice | kRank); }

// "г-н", "г-жа": the Russian abbreviated honorifics, two words to the tokenizer; and
// Malaysia's "Tan Sri" (a style, not a given name before Sri).
bool is_abbreviated_honorific(std::string_view first_folded, std::string_view second_folded);

// A German compound that ends in a noun of office, four bytes or more before it
// ("bundesaußenministerin", "regierungssprecher", "staatssekretär"): `lower_word` in lower
// case with its umlauts, as speaker labels read it. title_roles() knows the same compounds
// in fold()'s spelling ("staatssekretar").
bool is_german_office_compound(std::string_view lower_word);

}  // namespace transcript
