// A person's name cut into its parts: given name, patronymic, surname, initials.
//
// Pages print names in several orders and forms: "Sergey Lavrov", "С.В.Лавров",
// "Лавров Сергей Викторович", "ДАРЧИЕВ Александр Никитич", "Lavrov S.". parse_person_name()
// reads the cues that these forms carry, in this order:
//   - a word in capitals among words that are not ("ДАРЧИЕВ") is the surname;
//   - one or two letters followed by a full stop are initials;
//   - a word shaped like a patronymic (-ович, -евна, -ovich …) is the patronymic, and when it
//     ends a name of three words the surname comes first (Russian official order);
//   - otherwise the last word that is not an initial is the surname.
// With no cue at all (two plain words) the order is a guess; `order_known` says so, and
// with_first_word_as_surname() gives the other reading, which name_match() also tries.
//
// read_person_name() reads a name as people write it, with the words around it that are not
// name parts (titles, offices, suffixes, annotations); see its comment. It is what
// transcript_match and transcript_name_key read; parse_person_name() reads gazetteer
// aliases and queries, which hold names only.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/word_tokens.h"

namespace transcript {

struct NameWord {
  std::string folded;  // folded word, possessive removed
  std::string key;     // name_key(folded)
  WordScript script = WordScript::kLatin;
  bool initial = false;
  bool capitalised = false;
  bool all_caps = false;
  bool particle = false;  // bin, al, von, de inside a name (read_person_name only)
  std::string head;       // the first part of a hyphenated word (Kassym of Kassym-Jomart)
};

struct PersonName {
  std::vector<NameWord> words;  // as printed, in order
  int surname = -1;             // index into words, -1 for an empty name
  int patronymic = -1;          // -1 when none
  std::vector<int> given;       // given names and initials, in order
  bool order_known = false;

  const NameWord* first_given() const { return given.empty() ? nullptr : &words[given[0]]; }
};

PersonName parse_person_name(std::string_view name);

// A name as printed in a speaker label, a list or a caption, read in this order:
//  1. Annotations in brackets go ("William Hague (Richmond, Yorks)"), and Latin letters
//     with a caron or cedilla are written out as the digraphs they stand for (č, ć, ç ->
//     ch, š, ș, ş -> sh, ž -> zh, ț -> ts), so that Vučić meets Вучич and Çavuşoğlu
//     Чавушоглу (French ç, which is с, is rarer in names than Turkish ç).
//  2. The text is cut at commas, semicolons and spaced dashes. A part that is only an
//     office ("Foreign Minister of Russia"), only suffixes ("Jr.") or a country is not the
//     name. "Lavrov, Sergey" (one word, then given names) is the list order, surname first.
//  3. In each part, the words in front of the name go: honorifics, offices and ranks
//     ("Mr", "Foreign Minister", "Crown Prince"), the capitalised words that qualify them
//     ("Russian", "Sberbank", "US" in front of an office up to three words on), and after
//     an office its place phrase: lower-case words ("министр иностранных дел"), countries in
//     any case form ("России", "of the Russian Federation", "в США"), abbreviations in
//     capitals ("МИД"), and after a connector ("of", "for", "по") or a Russian office word
//     (Russian puts the office's object in the genitive: "Заместитель Председателя
//     Правительства") capitalised words as long as the rest still holds a whole name ("of
//     Abu Dhabi Mohammed bin Zayed Al Nahyan").
//     A rank at the end stays (John Major, Martin Luther King); a name that is only titles
//     is no name, except a rank after an honorific ("Mr King"). Without an office, a
//     country in front of a whole name goes too ("Germany Angela Merkel").
//  4. After the name go suffixes (Jr., III, младший) and an office phrase of two words or
//     more ("Sergey Lavrov Foreign Minister", "Vladimir Putin President of Russia").
//  5. (Done first.) Words joined by a hyphen are one word (Rimsky-Korsakov, Jean-Yves,
//     Amir-Abdollahian), except a particle in front (al-Assad is Assad), a suffix behind
//     (Primakov-mladshiy) and titles (Vice-President, пресс-секретарь stay titles).
//     Particles (bin, al, von, de …) that are not the first word are kept as `particle`
//     words, neither surname nor given name.
//  6. The surname: a word in capitals among words that are not; the first word of three
//     when the last is a patronymic (Лавров Сергей Викторович) unless the second is one
//     (Roman Arkadyevich Abramovich); the first word when initials end the name (Lavrov
//     S.V.); the first of two words when it has a surname ending (-ov, -ev, -ova, -sky,
//     -skaya, -enko, -uk, -shvili, -dze, Belarusian -au) and the second has none; else the
//     last word. A patronymic is a patronymic-shaped word of a name of three words or
//     more (in two words, Lukashevich and Vučić are surnames).
// `order_known` is false for two or more plain words that none of these cues ordered.
PersonName read_person_name(std::string_view name);

// A name whose parts are known (the built-in list): `given` may hold several words.
PersonName person_name_from_parts(std::string_view given, std::string_view patronymic,
                                  std::string_view surname);

// The reading of a name of two or more plain words with the first word as the surname
// ("Lavrov Sergey"); nullopt when the order was known.
std::optional<PersonName> with_first_word_as_surname(const PersonName& name);

// The initial keys a given name or an initial can be written with: "Сергей" -> {".s"},
// "Юрий" -> {".iu", ".i"}, "Yury" -> {".i", ".iu"}, "Yu." -> {".iu", ".i"}.
std::vector<std::string> initial_keys_of(const NameWord& word);

}  // namespace transcript
