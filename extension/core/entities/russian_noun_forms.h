// The case forms of a Russian noun written in its nominative, for checking that a word of a
// text is one of them (a country's "Дании" is Дания's; "Данное", "Даниил" and "Дань" are
// not, though their name keys meet Дания's).
//
// Why: name keys (entities/token_keys.h) are lossy on purpose: vowels reduced, any case
// ending taken off, so that a person's name meets its transliterations and inflections
// (Lavrov, Лавров, Лаврова). A single word that names a country or an organisation in
// Cyrillic then also meets common words and other names in Cyrillic: "Самое главное" is
// no Samoa, «Ему» no Yemen, «Малая родина» no Mali, «Чехов» no Czechia. A word of a text
// in Cyrillic that is a whole mention of such an entity must therefore be a case form of
// one of its one-word Russian names.
//
// The forms: the stem and the endings of the noun's declension by its nominative's ending,
// singular (Дания: дани|я и ю ей ею; Украина: украин|а ы и е у ой ою; Беларусь:
// беларус|ь и ью; Китай: кита|й я ю ем е; Казахстан: казахстан| а у ом е) and, for a
// plural name in ы, plural (Нидерланды: нидерланд|ы ов ам ами ах). A name ending in another
// vowel (Мали, Перу, Конго, Того) or in a vowel and а (Самоа, Никарагуа; but Гвинея,
// Корея decline) is indeclinable: its one form. Ё is read as е on both sides. The endings are a superset where a class
// has variants (а-stems take ы or и after a velar): a check against other words, not a
// grammar.
//
// Thread-safety: values and pure functions.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace transcript {

struct RussianNounForms {
  std::string stem;                           // folded, ё as е
  std::span<const std::string_view> endings;  // each appended to the stem gives a form
  // A noun in a consonant after е or о may drop that vowel in its other forms (Египет:
  // Египта, Египтом): the stem without it, for the endings after the nominative's.
  std::string fleeting;
};

// The forms of the noun whose nominative (any case, one word of Cyrillic letters and
// hyphens) is `nominative`.
RussianNounForms russian_noun_forms(std::string_view nominative);

// Whether `word` (any case) is one of the forms.
bool is_russian_noun_form(const RussianNounForms& forms, std::string_view word);
// The same for a word already folded (transcript::fold(), as AnalyzedText::word() gives it):
// no case folding, only ё read as е.
bool is_folded_russian_noun_form(const RussianNounForms& forms, std::string_view folded_word);

// The cases a name takes beside a verb or a preposition ("с Сергеем Викторовичем Лавровым",
// "к Прилепину Евгению Николаевичу").
enum class RussianCase { nominative, genitive, dative, accusative, instrumental };

struct RussianPatronymic {
  RussianCase grammatical_case;
  bool feminine;
};

// The case and gender of a patronymic, folded: -ович/-евич/-ич and -овна/-евна/-ична with
// the endings of those cases ("николаевичем", "алексеевне"); nullopt for any other word. A
// man's accusative is read as his genitive, a woman's prepositional as her dative.
std::optional<RussianPatronymic> read_russian_patronymic(std::string_view folded);

}  // namespace transcript
