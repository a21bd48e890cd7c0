#include "core/entities/foreign_readings.h"

#include <algorithm>
#include <cstdint>
#include <span>

#include "core/entities/common_words.h"
#include "core/entities/token_keys.h"

namespace transcript {
namespace {

// Where a rule applies, besides its letters being there (flags).
enum Where : std::uint8_t {
  kAnywhere = 0,
  kStart = 1,           // at the start of the word (or of a part after a hyphen)
  kEnd = 2,             // at its end
  kBeforeFront = 4,     // before e, i or y
  kBeforeVowel = 8,     // before a vowel
  kBeforeBack = 16,     // before a, o or u
  kBeforeConsonant = 32,  // before a consonant (not at the end)
  kAfterVowel = 64,     // after a vowel
  kNotBeforeVowel = 128,  // before a consonant or at the end
};

struct Rule {
  std::string_view from;
  std::string_view to;
  std::uint8_t where = kAnywhere;
};

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }
bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool applies(const Rule& r, std::string_view w, std::size_t i) {
  if (!w.substr(i).starts_with(r.from)) return false;
  const std::size_t after = i + r.from.size();
  const bool at_end = after == w.size() || !is_letter(w[after]);
  const char next = at_end ? '\0' : w[after];
  const bool at_start = i == 0 || !is_letter(w[i - 1]);
  if ((r.where & kStart) && !at_start) return false;
  if ((r.where & kEnd) && !at_end) return false;
  if ((r.where & kBeforeFront) && !(next == 'e' || next == 'i' || next == 'y')) return false;
  if ((r.where & kBeforeVowel) && !is_vowel(next)) return false;
  if ((r.where & kBeforeBack) && !(next == 'a' || next == 'o' || next == 'u')) return false;
  if ((r.where & kBeforeConsonant) && (at_end || is_vowel(next))) return false;
  if ((r.where & kNotBeforeVowel) && !at_end && is_vowel(next)) return false;
  if ((r.where & kAfterVowel) && (at_start || !is_vowel(w[i - 1]))) return false;
  return true;
}

// Left to right, the first rule that applies at a position (longer spellings listed first).
std::string rewrite(std::string_view w, std::span<const Rule> rules) {
  std::string out;
  out.reserve(w.size() + 8);
  for (std::size_t i = 0; i < w.size();) {
    const Rule* hit = nullptr;
    if (is_letter(w[i])) {
      for (const Rule& r : rules) {
        if (applies(r, w, i)) {
          hit = &r;
          break;
        }
      }
    }
    if (hit) {
      out.append(hit->to);
      i += hit->from.size();
    } else {
      out.push_back(w[i++]);
    }
  }
  return out;
}

// French: Barrot = Барро, Jean-Yves = Жан-Ив, Le Maire = Ле Мэр, Bruno = Брюно,
// Laurent = Лоран, Darmanin = Дарманен, Jacques = Жак, Charles = Шарль. `kFrenchFinalE`
// reads a final e as a vowel (Séjourné = Сежурне); kFrench drops it (Stéphane = Стефан).
#define FRENCH_RULES(FINAL_E)                                                                 \
  {"eaux", "o", kEnd}, {"eau", "o"}, {"aux", "o", kEnd}, {"ou", "u"}, {"oi", "ua"},            \
      {"ain", "en", kNotBeforeVowel}, {"ein", "en", kNotBeforeVowel}, {"au", "o"},            \
      {"ai", "e"}, {"ei", "e"}, {"eu", "e"}, {"cqu", "k"}, {"ch", "sh"}, {"ph", "f"},          \
      {"th", "t"}, {"qu", "k"}, {"gu", "g", kBeforeFront}, {"gn", "n"},                        \
      {"ge", "zh", kBeforeBack}, {"je", "zh", kBeforeBack}, {"g", "zh", kBeforeFront},         \
      {"j", "zh"}, {"c", "s", kBeforeFront}, {"in", "en", kNotBeforeVowel},                    \
      {"im", "en", kBeforeConsonant}, {"en", "an", kBeforeConsonant},                          \
      {"em", "an", kBeforeConsonant}, {"es", "", kEnd}, {"er", "e", kEnd}, {"ez", "e", kEnd},  \
      {"et", "e", kEnd}, {"e", FINAL_E, kEnd}, {"t", "", kEnd}, {"d", "", kEnd},               \
      {"s", "", kEnd}, {"x", "", kEnd}, {"z", "", kEnd}, {"s", "z", kAfterVowel | kBeforeVowel}, \
      {"u", "yu"}, {"y", "i"}

constexpr Rule kFrench[] = {FRENCH_RULES("")};
constexpr Rule kFrenchFinalE[] = {FRENCH_RULES("e")};
#undef FRENCH_RULES

// Spanish and Catalan: José = Хосе, Juan = Хуан, Jorge = Хорхе, Sánchez = Санчес,
// Guillermo = Гильермо, Borrell = Боррель.
constexpr Rule kSpanish[] = {
    {"ll", "l"},  {"ch", "ch"}, {"j", "kh"}, {"gu", "g", kBeforeFront}, {"g", "kh", kBeforeFront},
    {"qu", "k"},  {"c", "s", kBeforeFront},  {"z", "s"}, {"h", ""}, {"y", "i", kEnd},
};

// Italian: Giorgia = Джорджа, Luigi = Луиджи, Gentiloni = Джентилони, Draghi = Драги,
// Tajani = Таяни, Cicerone = Чичероне, Scioscia = Шоша.
constexpr Rule kItalian[] = {
    {"sci", "sh", kBeforeVowel}, {"sce", "she"}, {"sci", "shi"}, {"gli", "l", kBeforeVowel},
    {"gli", "li"}, {"gi", "dzh", kBeforeVowel}, {"ge", "dzhe"}, {"gi", "dzhi"},
    {"ci", "ch", kBeforeVowel}, {"ce", "che"}, {"ci", "chi"}, {"ch", "k"}, {"gh", "g"},
    {"gn", "n"}, {"zz", "ts"}, {"z", "ts"}, {"qu", "kv"}, {"h", ""}, {"j", "y"},
};

// German: Steinmeier = Штайнмайер, Scholz = Шольц, Merz = Мерц, Volker = Фолькер,
// Walter = Вальтер, Baerbock = Бербок, Sigmar = Зигмар, Wadephul = Вадефуль.
constexpr Rule kGerman[] = {
    {"tsch", "ch"}, {"sch", "sh"}, {"st", "sht", kStart}, {"sp", "shp", kStart}, {"ei", "ay"},
    {"ey", "ay"},   {"ai", "ay"},  {"eu", "oy"},  {"ie", "i"},  {"ae", "e"},  {"oe", "e"},
    {"ue", "yu"},   {"ch", "kh"},  {"ck", "k"},   {"tz", "ts"}, {"z", "ts"},  {"ph", "f"},
    {"th", "t"},    {"v", "f"},    {"w", "v"},    {"j", "y"},   {"s", "z", kStart | kBeforeVowel},
    {"qu", "kv"},
};

// Portuguese: Guterres = Гутерриш, António = Антониу, Bolsonaro = Болсонару,
// Jair = Жаир, Celso = Селсу.
constexpr Rule kPortuguese[] = {
    {"nh", "ny"}, {"ao", "an", kEnd}, {"es", "ish", kEnd}, {"s", "sh", kEnd}, {"o", "u", kEnd},
    {"im", "in", kEnd}, {"om", "on", kEnd}, {"um", "un", kEnd}, {"x", "sh"}, {"ch", "sh"},
    {"j", "zh"}, {"gu", "g", kBeforeFront}, {"g", "zh", kBeforeFront}, {"qu", "k", kBeforeFront},
    {"c", "s", kBeforeFront}, {"s", "z", kAfterVowel | kBeforeVowel}, {"h", "", kStart},
};

// Polish, Czech and Slovak: Fico = Фицо, Morawiecki = Моравецкий, Kaczyński = Качиньский.
constexpr Rule kWestSlavic[] = {
    {"szcz", "shch"}, {"sz", "sh"}, {"cz", "ch"}, {"rz", "zh"}, {"ch", "kh"},
    {"ie", "e"},      {"c", "ts"},  {"w", "v"},   {"j", "y"},
};

// Hungarian: Szijjártó = Сийярто, Orbán = Орбан, Gyurcsány = Дюрчань.
constexpr Rule kHungarian[] = {
    {"sz", "s"}, {"cs", "ch"}, {"zs", "zh"}, {"gy", "d"}, {"ny", "n"},
    {"ly", "y"}, {"ty", "t"},  {"s", "sh"},  {"c", "ts"}, {"j", "y"},
};

constexpr std::span<const Rule> kLanguages[] = {kFrench,     kFrenchFinalE, kSpanish,  kItalian,
                                                kGerman,     kPortuguese,   kWestSlavic, kHungarian};

}  // namespace

std::vector<std::string> foreign_readings(std::string_view folded_word) {
  std::vector<std::string> out;
  if (!std::any_of(folded_word.begin(), folded_word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return out;
  }
  for (std::span<const Rule> rules : kLanguages) {
    std::string r = rewrite(folded_word, rules);
    if (r.empty() || r == folded_word || std::find(out.begin(), out.end(), r) != out.end()) continue;
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<std::string> foreign_reading_keys(std::string_view folded_word, bool common_words) {
  std::vector<std::string> keys;
  const std::string own = name_key(folded_word);
  for (const std::string& r : foreign_readings(folded_word)) {
    std::string key = name_key(r);
    if (key.empty() || key == own || (!common_words && is_common_name_key(key))) continue;
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  }
  return keys;
}

bool may_be_foreign_name(const AnalyzedText& text, std::size_t i) {
  return text.words()[i].script == WordScript::kLatin && text.shape(i).capitalised &&
         !is_common_word(text.word(i)) && !is_calendar_word(text.word(i));
}

}  // namespace transcript
