#include "core/entities/russian_noun_forms.h"

#include <algorithm>
#include <array>

#include "core/entities/token_keys.h"
#include "core/text/case_fold.h"

namespace transcript {
namespace {

// Reads ё as е in a folded word, in place.
void read_yo_as_e(std::string& folded_word) {
  for (std::size_t at = folded_word.find("\u0451"); at != std::string::npos; at = folded_word.find("\u0451", at)) {
    folded_word.replace(at, 2, "\u0435");
  }
}

// Folded, with ё read as е.
std::string folded(std::string_view word) {
  std::string f = fold(word);
  read_yo_as_e(f);
  return f;
}

bool is_vowel(std::string_view letter) {
  static constexpr std::array<std::string_view, 10> kVowels = {"а", "е", "ё", "и", "о",
                                                               "у", "ы", "э", "ю", "я"};
  return std::find(kVowels.begin(), kVowels.end(), letter) != kVowels.end();
}

// The endings by declension (see the header).
constexpr std::string_view kIya[] = {"ия", "ии", "ию", "ией", "иею"};
constexpr std::string_view kA[] = {"а", "ы", "и", "е", "у", "ой", "ою"};
constexpr std::string_view kYa[] = {"я", "и", "е", "ю", "ей", "ею"};
constexpr std::string_view kSoft[] = {"ь", "и", "ью", "я", "ю", "ем", "е"};
constexpr std::string_view kYot[] = {"й", "я", "ю", "ем", "е"};
constexpr std::string_view kPluralY[] = {"ы", "ов", "ам", "ами", "ах"};
constexpr std::string_view kHard[] = {"", "а", "у", "ом", "е"};
constexpr std::string_view kOne[] = {""};

}  // namespace

RussianNounForms russian_noun_forms(std::string_view nominative) {
  RussianNounForms out;
  std::string w = folded(nominative);
  // The last letter and the one before it (two bytes each in Cyrillic).
  auto letter_from_end = [&](std::size_t k) -> std::string_view {
    return w.size() >= 2 * k ? std::string_view(w).substr(w.size() - 2 * k, 2) : std::string_view();
  };
  const std::string_view last = letter_from_end(1), before = letter_from_end(2);
  auto cut = [&](std::size_t letters, std::span<const std::string_view> endings) {
    out.stem = w.substr(0, w.size() - 2 * letters);
    out.endings = endings;
  };
  if (last == "я" && before == "и") {
    cut(2, kIya);
  } else if (last == "а" && is_vowel(before)) {
    cut(0, kOne);  // Самоа, Никарагуа: indeclinable
  } else if (last == "а") {
    cut(1, kA);
  } else if (last == "я") {
    cut(1, kYa);
  } else if (last == "ь") {
    cut(1, kSoft);
  } else if (last == "й") {
    cut(1, kYot);
  } else if (last == "ы") {
    cut(1, kPluralY);
  } else if (is_vowel(last)) {
    cut(0, kOne);  // Перу, Конго, Того, Мали
  } else {
    cut(0, kHard);
    if ((before == "е" || before == "о") && w.size() >= 8) {
      out.fleeting = w.substr(0, w.size() - 4);
      out.fleeting += last;
    }
  }
  return out;
}

bool is_russian_noun_form(const RussianNounForms& forms, std::string_view word) {
  return is_folded_russian_noun_form(forms, fold(word));
}

bool is_folded_russian_noun_form(const RussianNounForms& forms, std::string_view folded_word) {
  // (Most words are not the name at all: the stem's first byte rules them out at once.)
  if (forms.stem.empty() || folded_word.size() < forms.stem.size() - 2 ||
      (folded_word.substr(0, 1) != forms.stem.substr(0, 1))) {
    return false;
  }
  std::string with_e;  // (only for a word with ё)
  std::string_view w = folded_word;
  if (w.find("\u0451") != std::string_view::npos) {
    with_e = w;
    read_yo_as_e(with_e);
    w = with_e;
  }
  auto ends_in = [&](const std::string& stem, std::span<const std::string_view> endings) {
    if (stem.empty() || !w.starts_with(stem)) return false;
    const std::string_view ending = w.substr(stem.size());
    return std::find(endings.begin(), endings.end(), ending) != endings.end();
  };
  return ends_in(forms.stem, forms.endings) ||
         ends_in(forms.fleeting, std::span<const std::string_view>(kHard).subspan(1));
}

std::optional<RussianPatronymic> read_russian_patronymic(std::string_view folded) {
  struct Form {
    std::string_view ending;
    std::string_view nominative;
    RussianCase grammatical_case;
    bool feminine;
  };
  static constexpr Form kForms[] = {
      {"ичем", "ич", RussianCase::instrumental, false}, {"ича", "ич", RussianCase::genitive, false},
      {"ичу", "ич", RussianCase::dative, false},        {"ич", "ич", RussianCase::nominative, false},
      {"ной", "на", RussianCase::instrumental, true},   {"ны", "на", RussianCase::genitive, true},
      {"не", "на", RussianCase::dative, true},          {"ну", "на", RussianCase::accusative, true},
      {"на", "на", RussianCase::nominative, true},
  };
  for (const Form& f : kForms) {
    if (!folded.ends_with(f.ending)) continue;
    std::string nominative(folded.substr(0, folded.size() - f.ending.size()));
    nominative.append(f.nominative);
    if (!is_patronymic_key(name_key(nominative))) return std::nullopt;
    return RussianPatronymic{f.grammatical_case, f.feminine};
  }
  return std::nullopt;
}

}  // namespace transcript
