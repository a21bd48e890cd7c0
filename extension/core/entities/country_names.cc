// The country table and the lookup name -> ISO 3166-1 alpha-2 (country_names.h says where
// the names come from).
//
// How country_code() matches:
//   1. Both the name and every form of the table are cut into words (letters and digits;
//      "&" is the word "and"), each word folded with ICU case folding, "ё" read as "е", and
//      accents removed from Latin letters only (removing them from Cyrillic would turn "й"
//      into "и").
//   2. An exact match of all words wins; where two countries share a form, the lower rank
//      (canonical, then CLDR, iso-codes, our data, other languages) wins.
//   3. Otherwise Russian inflection: each Russian word of a known form stands for the set
//      of its case forms, generated from its nominative ending (declension_forms()), and a
//      name matches when every word is in the corresponding set. Words are matched one by
//      one, not by agreeing case, because complements keep their case ("Соединенных Штатов
//      Америки", "Республики Корея"). Generating forms from the nominative, rather than
//      cutting endings off the query, keeps "Нигерии" (Nigeria) apart from "Нигера"
//      (Niger). All-capital abbreviations ("США", "ОАЭ") do not decline.
//   4. A leading Russian preposition ("в США", "во Франции", "из России") or English
//      "the" is ignored.
//   5. Failing those, the name is read as transcript_mentions reads text, with the built-in
//      gazetteer (whose countries are this table): one mention of one country covering the
//      whole name (after a leading preposition) gives its code ("Кыргызстан" through the
//      transliteration of "Kyrgyzstan"), so that the function never misses a name the
//      mentions find.
// A name that matches forms of two different countries at the same step is ambiguous and
// gives nullopt.
#include "core/entities/country_names.h"

#include "core/entities/analyzed_text.h"
#include "core/entities/gazetteer.h"
#include "core/entities/official_country_names.h"
#include "core/entities/token_keys.h"

#include "core/text/case_fold.h"
#include "core/text/lines.h"
#include "core/text/utf8.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/region.h>
#include <unicode/strenum.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

namespace transcript {
namespace {

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

struct Word {
  std::string folded;
  bool cyrillic = false;
  bool all_caps = false;  // printed in capitals, at least two letters: an abbreviation
};

// Case fold, ё -> е, accents off Latin letters. Works on one word.
std::string fold_word(icu::UnicodeString word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  word.foldCase();
  word.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0451)),
                      icu::UnicodeString(static_cast<UChar32>(0x0435)));
  if (U_FAILURE(status)) return to_utf8(word);
  icu::UnicodeString decomposed = nfd->normalize(word, status);
  if (U_FAILURE(status)) return to_utf8(word);
  icu::UnicodeString kept;
  bool after_latin = false;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) {
      if (after_latin) continue;
    } else {
      UErrorCode script_status = U_ZERO_ERROR;
      after_latin = uscript_getScript(c, &script_status) == USCRIPT_LATIN;
    }
    kept.append(c);
  }
  icu::UnicodeString composed = nfc->normalize(kept, status);
  return to_utf8(U_SUCCESS(status) ? composed : kept);
}

// The words of a name: runs of letters, digits and combining marks. "&" counts as "and";
// the Russian abbreviations "о-в"/"о-ва" (island(s)) are read in full.
// The same for text made only of ASCII and the basic Russian alphabet (А-я, Ё, ё), the
// labels and places the parsers ask about on almost every page: no ICU, same words (folding
// these letters is lowering them, ё -> е; both paths gave the same words for every label
// and place of the 1,659 corpus pages when this was written). False when the text holds
// any other character.
bool split_basic_words(std::string_view text, std::vector<Word>& words) {
  Word current;
  int letters = 0;
  auto flush = [&] {
    if (current.folded.empty()) return;
    current.all_caps = current.all_caps && letters >= 2;
    words.push_back(std::move(current));
    current = Word{};
    current.all_caps = true;
    letters = 0;
  };
  current.all_caps = true;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        ++letters;
        if (c >= 'a') current.all_caps = false;
        current.folded.push_back(static_cast<char>(c >= 'a' ? c : c + 32));
      } else if (c >= '0' && c <= '9') {
        current.folded.push_back(static_cast<char>(c));
      } else {
        flush();
        if (c == '&') words.push_back({"and", false, false});
      }
      continue;
    }
    if ((c != 0xD0 && c != 0xD1) || i + 1 >= text.size()) return false;
    const auto c1 = static_cast<unsigned char>(text[i + 1]);
    if ((c1 & 0xC0) != 0x80) return false;
    char32_t cp = (static_cast<char32_t>(c & 0x1F) << 6) | (c1 & 0x3F);
    if (!((cp >= 0x410 && cp <= 0x44F) || cp == 0x401 || cp == 0x451)) return false;
    i += 2;
    ++letters;
    current.cyrillic = true;
    if (cp >= 0x430) current.all_caps = false;  // а-я, ё
    if (cp <= 0x42F && cp >= 0x410) cp += 0x20;
    if (cp == 0x401 || cp == 0x451) cp = 0x435;  // ё -> е
    append_utf8(current.folded, cp);
  }
  flush();
  return true;
}

std::vector<Word> split_icu_words(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::vector<Word> words;
  icu::UnicodeString current;
  bool cyrillic = false;
  bool caps = true;
  int letters = 0;
  auto flush = [&] {
    if (current.isEmpty()) return;
    Word w;
    w.folded = fold_word(current);
    w.cyrillic = cyrillic;
    w.all_caps = caps && letters >= 2;
    words.push_back(std::move(w));
    current.remove();
    cyrillic = false;
    caps = true;
    letters = 0;
  };
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK) {
      current.append(c);
      if (u_isalpha(c)) {
        ++letters;
        if (!u_isupper(c)) caps = false;
        UErrorCode status = U_ZERO_ERROR;
        if (uscript_getScript(c, &status) == USCRIPT_CYRILLIC) cyrillic = true;
      }
    } else {
      flush();
      if (c == '&') words.push_back({"and", false, false});
    }
  }
  flush();
  return words;
}

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  if (!split_basic_words(text, words)) words = split_icu_words(text);
  // о-в / о-ва: the hyphen has split them into "о" + "в"/"ва".
  std::vector<Word> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].folded == "о" && i + 1 < words.size() &&
        (words[i + 1].folded == "в" || words[i + 1].folded == "ва")) {
      out.push_back({words[i + 1].folded == "в" ? "остров" : "острова", true, false});
      ++i;
    } else {
      out.push_back(std::move(words[i]));
    }
  }
  for (Word& w : out) {
    if (w.folded == "saint") w.folded = "st";  // CLDR writes "St. Lucia"
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The last Cyrillic letter of a folded word before a cut, for the spelling rules
// (after г к х ж ш щ ч the Russian genitive is -и, not -ы).
bool stem_ends_in(std::string_view stem, std::initializer_list<std::string_view> letters) {
  for (std::string_view l : letters)
    if (ends_with(stem, l)) return true;
  return false;
}

// Every case form (singular, and plural where the nominative is plural or could be) of a
// folded Russian word, generated from its nominative ending. Over-generation is harmless
// (a form nobody writes never matches); under-generation loses a match. Words ending in
// -о, -е, -и, -у, -ю, -э (Того, Чили, Перу, Кабо-Верде) do not decline.
std::set<std::string> declension_forms(const std::string& w) {
  std::set<std::string> forms{w};
  auto with = [&](std::size_t cut, std::initializer_list<const char*> endings) {
    std::string stem = w.substr(0, w.size() - cut);
    if (stem.empty()) return;
    for (const char* e : endings) forms.insert(stem + e);
  };
  if (ends_with(w, "ия")) {
    with(4, {"ия", "ии", "ию", "ией"});
  } else if (ends_with(w, "ея")) {
    with(4, {"ея", "еи", "ею", "еей"});
  } else if (ends_with(w, "ая")) {  // adjective, feminine: Южная, Доминиканская
    with(4, {"ой", "ую", "ою"});
  } else if (ends_with(w, "я")) {  // Ангилья, Майотта-like soft nouns
    with(2, {"и", "е", "ю", "ей"});
  } else if (ends_with(w, "ые")) {  // adjective, plural: Соединенные, Объединенные
    with(4, {"ых", "ым", "ыми"});
  } else if (ends_with(w, "ие")) {  // Сейшельские, Бермудские
    with(4, {"их", "им", "ими"});
  } else if (ends_with(w, "ое")) {  // Американское, Соединенное
    with(4, {"ого", "ому", "ым", "ом"});
  } else if (ends_with(w, "ый") || ends_with(w, "ой")) {  // Южный
    with(4, {"ого", "ому", "ым", "ом"});
  } else if (ends_with(w, "ий")) {  // adjective or noun: Маврикий
    with(4, {"его", "ему", "им", "ем", "ия", "ию", "ии", "ого", "ому", "ом"});
  } else if (ends_with(w, "ы")) {  // plural nouns: Штаты, Мальдивы, Нидерланды
    with(2, {"", "ов", "ам", "ами", "ах"});
  } else if (ends_with(w, "а")) {  // Америка, Куба, Польша; also plural острова
    std::string stem = w.substr(0, w.size() - 2);
    if (stem.empty()) return forms;
    bool soft = stem_ends_in(stem, {"г", "к", "х", "ж", "ш", "щ", "ч"});
    bool sibilant = stem_ends_in(stem, {"ж", "ш", "щ", "ч", "ц"});
    for (const char* e : {"е", "у", "ою", "ов", "ам", "ами", "ах"}) forms.insert(stem + e);
    forms.insert(stem + (soft ? "и" : "ы"));
    forms.insert(stem + (sibilant ? "ей" : "ой"));
  } else if (ends_with(w, "ь")) {  // Беларусь (f.), Израиль (m.)
    with(2, {"и", "ью", "я", "ю", "ем", "е"});
  } else if (ends_with(w, "й")) {  // Китай, Бруней, Уругвай
    with(2, {"я", "ю", "ем", "е"});
  } else if (ends_with(w, "о") || ends_with(w, "е") || ends_with(w, "и") ||
             ends_with(w, "у") || ends_with(w, "ю") || ends_with(w, "э")) {
    // indeclinable
  } else {  // consonant: Египет, Кипр, Казахстан
    for (const char* e : {"а", "у", "ом", "ем", "е"}) forms.insert(w + e);
    // A fleeting vowel before the last consonant: Египет -> Египта, Египте.
    std::size_t last = w.size();
    while (last > 0 && is_continuation_byte(static_cast<unsigned char>(w[last - 1]))) --last;
    if (last >= 2) {  // w[last - 1] is the lead byte of the last letter
      std::string before = w.substr(0, last - 1);
      if (ends_with(before, "е") || ends_with(before, "о")) {
        std::string stem = before.substr(0, before.size() - 2) + w.substr(last - 1);
        for (const char* e : {"а", "у", "ом", "ем", "е"}) forms.insert(stem + e);
      }
    }
  }
  return forms;
}

struct KnownForm {
  std::string code;
  int priority = 0;  // lower wins on exact matches
  std::vector<std::string> words;            // folded nominative
  std::vector<std::set<std::string>> cases;  // per word: every accepted form
};

const char* kPrepositions[] = {"в", "во", "из", "на", "для", "к", "ко", "с", "со", "от",
                               "по", "о", "об", "при", "до", "у", "the"};

class Index {
 public:
  Index() {
    // A form equal to its code ("US") would make the English word "us" a country.
    for (const CountryForm& f : country_forms()) {
      if (f.name != f.code) add(f.code, f.name, f.rank);
    }
  }

  std::optional<std::string> find(std::string_view name) const {
    std::vector<Word> words = split_words(name);
    if (words.size() > 1) {
      for (const char* p : kPrepositions) {
        if (words.front().folded == p) {
          words.erase(words.begin());
          break;
        }
      }
    }
    if (words.empty()) return std::nullopt;
    std::string key;
    for (const Word& w : words) key += w.folded + " ";
    if (auto it = exact_.find(key); it != exact_.end()) return it->second.code;

    auto candidates = by_first_case_.find(words.front().folded);
    if (candidates == by_first_case_.end()) return std::nullopt;
    std::set<std::string> codes;
    for (std::size_t idx : candidates->second) {
      const KnownForm& f = forms_[idx];
      if (f.cases.size() != words.size()) continue;
      bool all = true;
      for (std::size_t i = 0; i < words.size() && all; ++i)
        all = f.cases[i].count(words[i].folded) > 0;
      if (all) codes.insert(f.code);
    }
    if (codes.size() == 1) return *codes.begin();
    return std::nullopt;  // none, or ambiguous
  }

 private:
  struct Exact {
    std::string code;
    int priority;
  };

  void add(const std::string& code, std::string_view name, int priority) {
    std::vector<Word> words = split_words(name);
    // find() ignores a leading "the" of the name looked up: so must the forms
    // (iso-codes: "the State of Eritrea").
    if (words.size() > 1 && words.front().folded == "the") words.erase(words.begin());
    if (words.empty()) return;
    KnownForm f;
    f.code = code;
    f.priority = priority;
    std::string key;
    for (const Word& w : words) {
      f.words.push_back(w.folded);
      key += w.folded + " ";
      if (w.cyrillic && !w.all_caps)
        f.cases.push_back(declension_forms(w.folded));
      else
        f.cases.push_back({w.folded});
    }
    auto it = exact_.find(key);
    if (it == exact_.end() || priority < it->second.priority) exact_[key] = {code, priority};
    std::size_t idx = forms_.size();
    for (const std::string& first : f.cases.front()) by_first_case_[first].push_back(idx);
    forms_.push_back(std::move(f));
  }

  std::vector<KnownForm> forms_;
  std::unordered_map<std::string, Exact> exact_;  // folded words joined by spaces
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_case_;
};

void add_bundle_forms(std::vector<CountryName>& out, const std::set<std::string>& codes,
                      const char* lang) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UResourceBundle, decltype(&ures_close)> bundle(
      ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "region", lang, &status), ures_close);
  if (U_FAILURE(status)) return;
  for (auto [key, form] : {std::pair{"Countries%short", "short"},
                           std::pair{"Countries%variant", "variant"}}) {
    UErrorCode table_status = U_ZERO_ERROR;
    std::unique_ptr<UResourceBundle, decltype(&ures_close)> table(
        ures_getByKey(bundle.get(), key, nullptr, &table_status), ures_close);
    if (U_FAILURE(table_status)) continue;
    while (ures_hasNext(table.get())) {
      UErrorCode item_status = U_ZERO_ERROR;
      const char* code = nullptr;
      int32_t length = 0;
      const UChar* value = ures_getNextString(table.get(), &length, &code, &item_status);
      if (U_FAILURE(item_status) || code == nullptr || !codes.count(code)) continue;
      std::string name = to_utf8(icu::UnicodeString(value, length));
      // English short "US" for US: a code, not a name; as a name it would make the
      // pronoun "us" a country.
      if (name == code) continue;
      out.push_back({code, name, lang, form});
    }
  }
}

}  // namespace

const std::vector<CountryName>& cldr_country_names() {
  static const std::vector<CountryName> names = [] {
    std::vector<CountryName> out;
    std::set<std::string> codes;
    for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) {
      std::string code = *c;
      bool named = false;
      for (const char* lang : {"en", "ru"}) {
        icu::UnicodeString display;
        icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale(lang), display);
        std::string name = to_utf8(display);
        if (name.empty() || name == code) continue;  // no real name in CLDR
        out.push_back({code, name, lang, "standard"});
        named = true;
      }
      if (named) codes.insert(code);
    }
    for (const char* lang : {"en", "ru"}) add_bundle_forms(out, codes, lang);
    return out;
  }();
  return names;
}

namespace {

// A country's name in one language, from a generated list.
struct IsoForm {
  std::string code;
  std::string lang;
  std::string name;
};

// The lines "RU de Russland" of a generated list (one string: a table of pointers would
// cost the shared library a relocation per pointer).
std::vector<IsoForm> read_forms(std::string_view lines) {
  std::vector<IsoForm> out;
  for (const Line& l : split_lines(lines)) {
    const std::string_view line = l.text;
    if (line.size() < 7 || line[2] != ' ' || line[5] != ' ') continue;
    out.push_back({std::string(line.substr(0, 2)), std::string(line.substr(3, 2)), std::string(line.substr(6))});
  }
  return out;
}

// Every ISO 3166-1 name, official long name and common name from iso-codes, in English,
// Russian, Spanish, French, German and Portuguese (generated, see gen_country_forms.py iso).
constexpr std::string_view kIsoFormLines =
#include "core/entities/country_forms_data.inc"
    ;

// CLDR's names in Spanish, French, German and Portuguese that iso-codes' translations lack
// ("Russie", "Russland", "Rusia", "Corea del Sur"), the same way (generated, see
// gen_country_forms.py cldr).
constexpr std::string_view kCldrFormLines =
#include "core/entities/cldr_country_forms_data.inc"
    ;

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
}

// A CLDR display string as running text writes it: "&" is "and", "St." is "Saint", a
// typographic apostrophe is "'" and a trailing parenthesis is left out.
std::string as_text(std::string_view display, const std::string& lang) {
  std::string s(display);
  if (lang == "en") {
    replace_all(s, " & ", " and ");
    if (s.starts_with("St. ")) s.replace(0, 4, "Saint ");
    replace_all(s, "’", "'");
  } else {
    replace_all(s, " & ", " и ");
  }
  const std::size_t open = s.find(" (");
  if (open != std::string::npos && s.back() == ')') s.resize(open);
  return s;
}

struct Table {
  std::vector<CountryForm> forms;
  std::map<std::string, std::string, std::less<>> entity;  // code -> canonical English name
};

Table build_table() {
  Table t;
  const std::vector<IsoForm> iso_forms = read_forms(kIsoFormLines);
  const std::vector<CountryName>& cldr = cldr_country_names();
  std::set<std::string> codes;
  for (const CountryName& n : cldr) codes.insert(n.code);
  // Canonical names: data first, then CLDR's standard name as text writes it.
  for (const CommonCountryName& c : common_country_names()) t.entity.emplace(c.code, c.name);
  for (const CountryName& n : cldr) {
    if (n.lang == "en" && n.form == "standard") t.entity.emplace(n.code, as_text(n.name, n.lang));
  }
  std::set<std::string> seen;  // code + lang + name
  auto add = [&](const std::string& code, const std::string& lang, const std::string& name,
                 const char* source, int rank) {
    // A form equal to its code is an acronym only our data gives ("US"): running text
    // matches it in capitals only; whole-name look-ups leave it out (Index).
    if (name.empty() || (name == code && std::string_view(source) != "transcript") ||
        !codes.count(code)) {
      return;
    }
    if (!seen.insert(code + '\x1f' + lang + '\x1f' + name).second) return;
    t.forms.push_back({code, lang, name, source, rank * 2 + (lang != "en")});
  };
  for (const auto& [code, name] : t.entity) add(code, "en", name, "transcript", 0);
  // A text form that two countries would share ("Virgin Islands" without its qualifier,
  // "Конго" from "Конго (ДРК)" while iso-codes calls the other Congo so) names neither.
  std::map<std::string, std::set<std::string>> text_codes;
  for (const CountryName& n : cldr) {
    text_codes[fold(as_text(n.name, n.lang))].insert(n.code);
    text_codes[fold(n.name)].insert(n.code);
  }
  for (const IsoForm& f : iso_forms) text_codes[fold(f.name)].insert(f.code);
  for (const OfficialCountryName& f : official_country_names()) text_codes[fold(f.name)].insert(f.code);
  for (const char* form : {"standard", "short", "variant"}) {
    const int rank = std::string_view(form) == "standard" ? 1 : std::string_view(form) == "short" ? 2 : 3;
    for (const CountryName& n : cldr) {
      if (n.form != form) continue;
      add(n.code, n.lang, n.name, "cldr", rank);
      const std::string text = as_text(n.name, n.lang);
      if (text_codes[fold(text)].size() == 1) add(n.code, n.lang, text, "cldr-text", rank);
    }
  }
  for (const IsoForm& f : iso_forms) {
    if (f.lang == "en" || f.lang == "ru") {
      add(f.code, f.lang, f.name, "iso-codes", 4);
    }
  }
  for (const OfficialCountryName& f : official_country_names()) {
    add(f.code, f.lang, f.name, "transcript", 5);
  }
  // English writes Saint as "Saint", "St." and (British style) "St": every form in one
  // spelling is known in the others (St Kitts and Nevis, St. Lucia, Saint Vincent …).
  const std::size_t english_forms = t.forms.size();
  for (std::size_t i = 0; i < english_forms; ++i) {
    const CountryForm f = t.forms[i];
    if (f.lang != "en") continue;
    for (std::string_view from : {"Saint ", "St. ", "St "}) {
      if (!f.name.starts_with(from)) continue;
      for (std::string_view to : {"Saint ", "St. ", "St "}) {
        if (to != from) add(f.code, "en", std::string(to) + f.name.substr(from.size()), "cldr-text", 3);
      }
    }
  }
  for (const IsoForm& f : iso_forms) {
    if (f.lang != "en" && f.lang != "ru") {
      add(f.code, f.lang, f.name, "iso-codes", 6);
    }
  }
  for (const IsoForm& f : read_forms(kCldrFormLines)) add(f.code, f.lang, f.name, "cldr", 6);
  return t;
}

const Table& table() {
  static const Table t = build_table();
  return t;
}

// Step 5 of country_code(): the whole name as one mention of one country.
std::optional<std::string> mention_code(std::string_view name) {
  thread_local TokenKeyer keyer;
  AnalyzedText text;
  text.analyze(name);
  if (text.size() == 0) return std::nullopt;
  std::string_view rest = name;
  if (text.size() > 1) {
    for (const char* p : kPrepositions) {
      if (text.word(0) == p) rest = name.substr(text.original_begin(1));
    }
  }
  const Gazetteer& g = builtin_gazetteer();
  const std::vector<std::uint32_t> targets = g.resolve(rest, keyer);
  if (targets.size() != 1) return std::nullopt;
  const MatchTarget& target = g.matcher().target(targets[0]);
  if (target.kind != "country" || target.code.empty()) return std::nullopt;
  return target.code;
}

}  // namespace

const std::vector<CountryForm>& country_forms() { return table().forms; }

const std::string& country_entity_name(std::string_view code) {
  static const std::string none;
  const auto& names = table().entity;
  auto it = names.find(code);
  return it == names.end() ? none : it->second;
}

bool has_un_status(std::string_view code) {
  static const std::set<std::string, std::less<>> codes = [] {
    std::set<std::string, std::less<>> out;
    for (std::string_view c : un_observer_codes()) out.emplace(c);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Region* un = icu::Region::getInstance("UN", status);
    if (U_FAILURE(status) || !un) return out;
    std::unique_ptr<icu::StringEnumeration> members(un->getContainedRegions(status));
    if (U_FAILURE(status) || !members) return out;
    while (const char* c = members->next(nullptr, status)) out.emplace(c);
    return out;
  }();
  return codes.count(code) > 0;
}

namespace {

std::optional<std::string> look_up_country_code(std::string_view name) {
  static const Index index;
  if (auto code = index.find(name)) return code;
  if (name.size() > 200) return std::nullopt;
  return mention_code(name);
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace

std::optional<std::string> country_code(std::string_view name) {
  // The parsers ask about the same labels, places and office words on every page: the
  // answers for short names are kept per thread (at most kMemo of them, then forgotten).
  constexpr std::size_t kMemo = 4096, kMaxMemoBytes = 64;
  if (name.size() > kMaxMemoBytes) return look_up_country_code(name);
  thread_local std::unordered_map<std::string, std::optional<std::string>, StringHash, std::equal_to<>> memo;
  if (auto it = memo.find(name); it != memo.end()) return it->second;
  std::optional<std::string> code = look_up_country_code(name);
  if (memo.size() >= kMemo) memo.clear();
  memo.emplace(std::string(name), code);
  return code;
}

}  // namespace transcript
