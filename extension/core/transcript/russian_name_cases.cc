#include "core/transcript/russian_name_cases.h"

#include <initializer_list>

#include "core/entities/russian_noun_forms.h"
#include "core/transcript/page_metadata.h"
#include "core/transcript/scan.h"
#include "core/transcript/word_forms.h"

namespace transcript {
namespace {

bool ends_with_any(std::string_view folded, std::initializer_list<std::string_view> endings) {
  for (std::string_view e : endings) {
    if (folded.size() > e.size() && folded.ends_with(e)) return true;
  }
  return false;
}

// `word` without its last `bytes`, then `add` (endings are Cyrillic: two bytes a letter).
std::string replace_end(std::string_view word, std::size_t bytes, std::string_view add) {
  std::string out(word.substr(0, word.size() - bytes));
  out.append(add);
  return out;
}

char32_t last_letter(std::string_view folded) {
  std::size_t len = 0;
  char32_t last = 0;
  for (std::size_t i = 0; i < folded.size(); i += len) last = scan::peek(folded, i, len);
  return last;
}

bool is_vowel(char32_t c) { return std::u32string_view(U"аеёиоуыэюя").find(c) != std::u32string_view::npos; }
bool is_hushing(char32_t c) { return std::u32string_view(U"жшчщц").find(c) != std::u32string_view::npos; }

// A capitalised Cyrillic word of two letters or more, with no dot or digit.
bool cyrillic_name_word(std::string_view w) {
  std::size_t len = 0;
  const char32_t c = w.empty() ? 0 : scan::peek(w, 0, len);
  if (scan::script_of(c) != scan::Script::cyrillic || !scan::is_upper(c) || w.size() < 4) return false;
  for (char b : w) {
    if (b == '.' || (b >= '0' && b <= '9')) return false;
  }
  return true;
}

using Case = RussianCase;

// A given name in `c` back to the nominative, or nullopt when its ending is not that case's.
std::optional<std::string> given_nominative(std::string_view w, Case c, bool feminine) {
  const std::string f = scan::fold_word(w);
  if (!feminine) {
    switch (c) {
      case Case::nominative:
        // (Игорь, Илья, Никита too.)
        if (reads_as_nominative_given_name(f) || ends_with_any(f, {"ь"})) return std::string(w);
        return std::nullopt;
      case Case::genitive:
      case Case::accusative: {
        std::string n = undo_russian_genitive(w);
        if (n == w) return std::nullopt;
        return n;
      }
      case Case::dative:
        if (ends_with_any(f, {"ию", "ею", "аю"})) return replace_end(w, 2, "й");  // Евгению, Сергею, Николаю
        if (ends_with_any(f, {"влу"})) return replace_end(w, 4, "ел");              // Павлу
        if (ends_with_any(f, {"ю"})) return is_vowel(last_letter(f.substr(0, f.size() - 2)))
                                               ? std::nullopt
                                               : std::optional<std::string>(replace_end(w, 2, "ь"));  // Игорю
        if (ends_with_any(f, {"у"})) return replace_end(w, 2, "");  // Ивану
        return std::nullopt;
      case Case::instrumental: {
        if (!ends_with_any(f, {"ом", "ем"})) return std::nullopt;
        std::string n = undo_russian_instrumental_given_name(w);
        if (n == w) return std::nullopt;
        return n;
      }
    }
    return std::nullopt;
  }
  switch (c) {
    case Case::nominative:
      if (ends_with_any(f, {"а", "я", "ь"})) return std::string(w);
      return std::nullopt;
    case Case::genitive:
      if (ends_with_any(f, {"ии"})) return replace_end(w, 2, "я");                  // Марии
      if (ends_with_any(f, {"ьи"})) return replace_end(w, 2, "я");                  // Натальи
      if (ends_with_any(f, {"ги", "ки", "хи", "жи", "ши", "чи", "щи"})) return replace_end(w, 2, "а");  // Ольги
      if (ends_with_any(f, {"ы"})) return replace_end(w, 2, "а");                   // Анны
      return std::nullopt;
    case Case::dative:
      if (ends_with_any(f, {"ии"})) return replace_end(w, 2, "я");  // Марии
      if (ends_with_any(f, {"ье"})) return replace_end(w, 2, "я");  // Наталье
      if (ends_with_any(f, {"е"})) return replace_end(w, 2, "а");   // Татьяне
      return std::nullopt;
    case Case::accusative:
      if (ends_with_any(f, {"ю"})) return replace_end(w, 2, "я");  // Марию
      if (ends_with_any(f, {"у"})) return replace_end(w, 2, "а");  // Татьяну
      return std::nullopt;
    case Case::instrumental:
      if (ends_with_any(f, {"ой"})) return replace_end(w, 4, "а");  // Татьяной
      if (ends_with_any(f, {"ей"})) return replace_end(w, 4, "я");  // Натальей, Марией
      return std::nullopt;
  }
  return std::nullopt;
}

// A surname in `c` back to the nominative. A surname that does not decline (a final vowel
// other than the case's, a woman's surname in a consonant) stays as it is.
std::string surname_nominative(std::string_view w, Case c, bool feminine) {
  const std::string f = scan::fold_word(w);
  if (c == Case::nominative) return std::string(w);
  if (!feminine) {
    switch (c) {
      case Case::genitive:
      case Case::accusative:
        return undo_russian_genitive(w);
      case Case::dative:
        if (ends_with_any(f, {"скому", "цкому"})) return replace_end(w, 6, "ий");  // Александровскому
        if (ends_with_any(f, {"у"}) && !is_vowel(last_letter(f.substr(0, f.size() - 2)))) return replace_end(w, 2, "");
        return std::string(w);
      case Case::instrumental:
        if (ends_with_any(f, {"ским", "цким"})) return replace_end(w, 4, "ий");  // Александровским
        if (ends_with_any(f, {"ым", "ом", "ем"})) return replace_end(w, 4, "");  // Лавровым, Хинштейном
        return std::string(w);
      case Case::nominative:
        break;
    }
    return std::string(w);
  }
  // A woman's surname: -ова/-ева/-ина/-ына and -ская decline, others do not.
  if (c == Case::accusative) {
    if (ends_with_any(f, {"скую", "цкую"})) return replace_end(w, 4, "ая");
    if (ends_with_any(f, {"ову", "еву", "ёву", "ину", "ыну"})) return replace_end(w, 2, "а");
    return std::string(w);
  }
  if (ends_with_any(f, {"ской", "цкой"})) return replace_end(w, 4, "ая");
  if (ends_with_any(f, {"овой", "евой", "ёвой", "иной", "ыной"})) return replace_end(w, 4, "а");
  return std::string(w);
}

}  // namespace

std::string undo_russian_instrumental_given_name(std::string_view word) {
  const std::string folded = scan::fold_word(word);
  if (word.size() <= 6 || !(folded.ends_with("ом") || folded.ends_with("ем"))) return std::string(word);
  if (folded.ends_with("ом")) return replace_end(word, 4, "");  // Иваном, Амираном
  // -ем: after a vowel the stem ends in -й (Сергеем, Николаем); after ж, ш, ч, щ, ц in
  // nothing (Францем); after another consonant in a soft sign (Игорем, Лазарем).
  const char32_t last = last_letter(std::string_view(folded).substr(0, folded.size() - 4));
  if (is_vowel(last)) return replace_end(word, 4, "й");
  if (is_hushing(last)) return replace_end(word, 4, "");
  return replace_end(word, 4, "ь");
}

std::string undo_russian_instrumental_surname(std::string_view word) {
  return surname_nominative(word, Case::instrumental, false);
}

std::optional<std::string> russian_name_around_patronymic(std::string_view first, std::string_view second,
                                                          std::string_view third, bool surname_first) {
  const std::string_view given = surname_first ? second : first;
  const std::string_view patronymic = surname_first ? third : second;
  const std::string_view surname = surname_first ? first : third;
  if (!cyrillic_name_word(given) || !cyrillic_name_word(patronymic) || !cyrillic_name_word(surname)) {
    return std::nullopt;
  }
  const std::optional<RussianPatronymic> p = read_russian_patronymic(scan::fold_word(patronymic));
  if (!p) return std::nullopt;
  if (read_russian_patronymic(scan::fold_word(given))) return std::nullopt;
  std::optional<std::string> g = given_nominative(given, p->grammatical_case, p->feminine);
  if (!g) return std::nullopt;
  return *g + " " + surname_nominative(surname, p->grammatical_case, p->feminine);
}

}  // namespace transcript
