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
