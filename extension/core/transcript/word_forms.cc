#include "core/transcript/word_forms.h"

#include <algorithm>
#include <initializer_list>

#include "core/text/utf8.h"

namespace transcript {
namespace {

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return s.ends_with(e); });
}

}  // namespace

bool is_sentence_opening_function_word(std::string_view folded) {
  for (std::string_view w : {"в", "во", "на", "по", "с", "со", "к", "ко", "о", "об", "у", "из",
                             "за", "для", "при", "после", "перед", "накануне", "как", "in",
                             "at", "on", "during", "after", "before", "following", "the"}) {
    if (folded == w) return true;
  }
  return false;
}

bool is_past_tense_verb(std::string_view folded, bool capitalised) {
  if (count_chars(folded) < 5) return false;
  if (ends_with_any(folded, {"лся", "лась", "лось", "лись"})) return true;
  return !capitalised && ends_with_any(folded, {"л", "ла", "ло", "ли"});
}

bool is_third_person_verb(std::string_view folded) {
  if (count_chars(folded) < 5) return false;
  return ends_with_any(folded, {"ет", "ёт", "ит", "ется", "ётся", "ится"});
}

bool reads_as_nominative(std::string_view folded) {
  if (count_chars(folded) < 4) return false;
  if (folded.find('-') != std::string_view::npos) return false;
  if (ends_with_any(folded, {"ый", "ий", "ая", "яя"})) return true;
  if (ends_with_any(folded, {"ых", "их"})) return false;
  return ends_with_any(folded, {"б", "в", "г", "д", "ж", "з", "к", "л", "н", "п", "р", "с", "т", "ф",
                                "х", "ц", "ч", "ш", "щ"});
}

bool reads_as_instrumental(std::string_view folded) {
  return count_chars(folded) >= 4 && ends_with_any(folded, {"ом", "ем", "ём", "ым", "им", "ой", "ей", "ою", "ею"});
}

bool reads_as_nominative_adjective(std::string_view folded) {
  return count_chars(folded) >= 5 && ends_with_any(folded, {"ый", "ий", "ая", "яя"});
}

bool reads_as_nominative_given_name(std::string_view folded) {
  if (count_chars(folded) < 3 || folded.find('-') != std::string_view::npos) return false;
  if (ends_with_any(folded, {"ом", "ем", "ём", "ой", "ёй", "ьей", "ией", "ью"})) return false;
  if (ends_with_any(folded, {"а", "я", "й"})) return true;
  return ends_with_any(folded, {"б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т",
                                "ф", "х", "ц", "ч", "ш", "щ"});
}

bool ends_in_a_or_ya(std::string_view folded) {
  return count_chars(folded) >= 4 && ends_with_any(folded, {"а", "я"});
}

}  // namespace transcript
