#include "core/entities/person_name.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_set>

#include "core/entities/analyzed_text.h"
#include "core/entities/country_names.h"
#include "core/entities/official_country_names.h"
#include "core/entities/title_words.h"
#include "core/entities/token_keys.h"
#include "core/text/case_fold.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

std::size_t letter_count(std::string_view folded) {
  std::size_t n = 0;
  for (unsigned char c : folded) n += !is_continuation_byte(c);
  return n;
}

void assign_roles(PersonName& p, int surname) {
  p.surname = surname;
  p.given.clear();
  for (int k = 0; k < static_cast<int>(p.words.size()); ++k) {
    if (k != p.surname && k != p.patronymic) p.given.push_back(k);
  }
}

}  // namespace

PersonName parse_person_name(std::string_view name) {
  PersonName p;
  AnalyzedText text;
  text.analyze(name);
  for (std::size_t i = 0; i < text.size(); ++i) {
    NameWord w;
    w.folded = std::string(text.word(i));
    w.key = name_key(w.folded);
    w.script = text.words()[i].script;
    const WordShape shape = text.shape(i);
    w.capitalised = shape.capitalised;
    const std::size_t letters = letter_count(w.folded);
    w.all_caps = shape.all_caps && letters >= 2;
    w.initial = letters == 1 || (letters == 2 && text.words()[i].dot_after);
    p.words.push_back(std::move(w));
  }
  if (p.words.empty()) return p;

  std::vector<int> plain;  // not initials
  for (int k = 0; k < static_cast<int>(p.words.size()); ++k) {
    if (!p.words[k].initial) plain.push_back(k);
  }
  if (plain.empty()) {
    assign_roles(p, static_cast<int>(p.words.size()) - 1);
    return p;
  }
  for (int k : plain) {
    if (plain.size() > 1 && k != plain.front() && is_patronymic_key(p.words[k].key)) p.patronymic = k;
  }
  const bool has_initials = plain.size() < p.words.size();
  std::vector<int> caps;
  for (int k : plain) {
    if (p.words[k].all_caps) caps.push_back(k);
  }
  p.order_known = true;
  if (plain.size() == 1) {
    assign_roles(p, plain[0]);
  } else if (caps.size() == 1) {
    assign_roles(p, caps[0]);
  } else if (p.patronymic >= 0 && p.patronymic == plain.back() && plain.size() >= 3) {
    assign_roles(p, plain.front());
  } else if (has_initials && !p.words.back().initial) {
    assign_roles(p, plain.back());
  } else if (has_initials) {
    assign_roles(p, plain.front());  // "Лавров С.В."
  } else {
    int last = plain.back();
    if (last == p.patronymic) last = plain[plain.size() - 2];
    assign_roles(p, last);
    p.order_known = p.patronymic >= 0;
  }
  return p;
}

namespace {

std::vector<NameWord> name_words(std::string_view part) {
  std::vector<NameWord> out;
  AnalyzedText text;
  text.analyze(part);
  for (std::size_t i = 0; i < text.size(); ++i) {
    NameWord w;
    w.folded = std::string(text.word(i));
    w.key = name_key(w.folded);
    w.script = text.words()[i].script;
    const WordShape shape = text.shape(i);
    w.capitalised = shape.capitalised;
    w.all_caps = shape.all_caps && letter_count(w.folded) >= 2;
    w.initial = letter_count(w.folded) == 1 && text.words()[i].dot_after;
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace

PersonName person_name_from_parts(std::string_view given, std::string_view patronymic,
                                  std::string_view surname) {
  PersonName p;
  p.order_known = true;
  for (NameWord& w : name_words(given)) {
    p.given.push_back(static_cast<int>(p.words.size()));
    p.words.push_back(std::move(w));
  }
  for (NameWord& w : name_words(patronymic)) {
    p.patronymic = static_cast<int>(p.words.size());
    p.words.push_back(std::move(w));
  }
  std::vector<NameWord> s = name_words(surname);
  if (!s.empty()) {
    p.surname = static_cast<int>(p.words.size());
    p.words.push_back(std::move(s.back()));
  }
  return p;
}

std::optional<PersonName> with_first_word_as_surname(const PersonName& name) {
  if (name.order_known || name.words.size() < 2 || name.surname == 0) return std::nullopt;
  PersonName other = name;
  assign_roles(other, 0);
  return other;
}

std::vector<std::string> initial_keys_of(const NameWord& word) {
  std::vector<std::string> keys;
  if (word.folded.empty()) return keys;
  std::size_t pos = 0;
  decode_utf8(word.folded, pos);
  keys.push_back(initial_key(word.folded.substr(0, pos)));
  // Latin initials of Russian names are often two letters (Yu., Zh., Sh.), and a Cyrillic
  // letter may give two Latin ones (Ю -> iu): admit the one-letter and two-letter forms.
  if (keys[0].size() > 2) keys.push_back(keys[0].substr(0, 2));
  if (keys[0].size() == 2 && word.folded.size() >= 2 && static_cast<unsigned char>(word.folded[0]) < 0x80) {
    const std::string two = initial_key(word.folded.substr(0, 2));
    static constexpr std::string_view kDigraphs[] = {".iu", ".ia", ".zh", ".kh", ".ts", ".ch", ".sh", ".ie"};
    if (std::find(std::begin(kDigraphs), std::end(kDigraphs), two) != std::end(kDigraphs)) {
      keys.push_back(two);
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

// ---------------------------------------------------------------------------------------
// read_person_name()

namespace {

// Step 1 of the header: brackets out, carons and cedillas written as digraphs.
std::string clean_name_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  int depth = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t cp = decode_utf8(text, pos);
    if (cp == '(' || cp == '[') {
      ++depth;
      continue;
    }
    if ((cp == ')' || cp == ']') && depth > 0) {
      --depth;
      out.push_back(' ');
      continue;
    }
    if (depth > 0) continue;
    const char* digraph = nullptr;
    switch (u_tolower(static_cast<UChar32>(cp))) {
      // ç is Turkish ч (Çavuşoğlu = Чавушоглу) more often than French с in these pages.
      case U'č': case U'ć': case U'ç': digraph = "ch"; break;
      case U'š': case U'ś': case U'ș': case U'ş': digraph = "sh"; break;
      case U'ž': case U'ź': case U'ż': digraph = "zh"; break;
      case U'ț': case U'ţ': digraph = "ts"; break;
      case U'ř': digraph = "rzh"; break;
      case U'đ': digraph = "dj"; break;
      default: break;
    }
    if (!digraph) {
      out.append(text.substr(start, pos - start));
      continue;
    }
    std::string letters(digraph);
    if (u_isupper(static_cast<UChar32>(cp))) {
      // One capital at the start of a word (Čapek -> Chapek), all capitals in a word of
      // capitals (VUČIĆ -> VUCHICH), so the capitals cue still sees it.
      std::size_t peek = pos;
      const char32_t next = peek < text.size() ? decode_utf8(text, peek) : 0;
      const bool prev_upper = !out.empty() && out.back() >= 'A' && out.back() <= 'Z';
      const bool all = u_isupper(static_cast<UChar32>(next)) || (prev_upper && !u_islower(static_cast<UChar32>(next)));
      for (std::size_t k = 0; k < letters.size(); ++k) {
        if (all || k == 0) letters[k] = static_cast<char>(letters[k] - 'a' + 'A');
      }
    }
    out += letters;
  }
  return out;
}

// Step 2: the parts of a name text.
std::vector<std::string_view> split_parts(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t begin = 0;
  auto cut = [&](std::size_t end, std::size_t next) {
    parts.push_back(text.substr(begin, end - begin));
    begin = next;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ',' || c == ';' || c == '/') {
      cut(i, i + 1);
    } else if (c == ' ' && i + 2 < text.size()) {
      // " - ", " – ", " — "
      std::size_t dash = 0;
      if (text[i + 1] == '-') dash = 1;
      if (text.substr(i + 1, 3) == "\u2013" || text.substr(i + 1, 3) == "\u2014") dash = 3;
      if (dash && i + 1 + dash < text.size() && text[i + 1 + dash] == ' ') {
        cut(i, i + 2 + dash);
        i += 1 + dash;
      }
    }
  }
  parts.push_back(text.substr(begin));
  return parts;
}

struct RawWord {
  std::string folded;
  std::string head;  // first part of a hyphenated word
  std::string_view original;
  WordScript script = WordScript::kLatin;
  std::uint8_t roles = 0;
  std::size_t letters = 0;
  bool initial = false;
  bool capitalised = false;
  bool all_caps = false;
  bool lower = false;  // starts with a lower-case letter
  bool hyphen_before = false;
};

bool is_hyphen(std::string_view between) {
  return between == "-" || between == "\u2010" || between == "\u2011";
}

std::vector<RawWord> raw_words(std::string_view part) {
  std::vector<RawWord> out;
  AnalyzedText text;
  text.analyze(part);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.words()[i].script == WordScript::kDigits) continue;
    RawWord w;
    w.folded = std::string(text.word(i));
    w.script = text.words()[i].script;
    w.letters = letter_count(w.folded);
    const WordShape shape = text.shape(i);
    w.capitalised = shape.capitalised;
    w.lower = !shape.capitalised;
    w.all_caps = shape.all_caps && w.letters >= 2;
    w.roles = title_roles(w.folded);
    // "Mr." and "Dr." are words, "Yu." is an initial; "в" and "y" without a full stop are
    // a preposition ("Посол России в США") and a particle (Ortega y Gasset).
    const bool dot = text.words()[i].dot_after;
    w.initial = (w.letters == 1 && (dot || !(w.roles & (kConnector | kParticle)))) ||
                (w.letters == 2 && dot && !is_title(w.roles) && !(w.roles & kSuffix));
    w.original = part.substr(text.original_begin(i), text.original_end(i) - text.original_begin(i));
    if (i > 0 && !out.empty()) {
      const std::size_t from = text.original_full_end(i - 1), to = text.original_begin(i);
      w.hyphen_before = to > from && is_hyphen(part.substr(from, to - from));
    }
    out.push_back(std::move(w));
  }
  return out;
}

// The first n letters of a folded word, and how many it has.
std::string_view first_letters(std::string_view folded, int n) {
  std::size_t pos = 0;
  for (int k = 0; k < n && pos < folded.size(); ++k) decode_utf8(folded, pos);
  return folded.substr(0, pos);
}

// Whether a folded word may begin a country name, in any case form, judged by its first
// letters: four for words of five letters or more (Russian case endings change the last
// one or two: России, Сербии), else three (Кубы). country_code() folds with ICU on every
// call (about 2 us); this keeps it to the words that may be countries, and not to Sergey
// (Serbia) or Maria.
bool may_begin_country(std::string_view folded) {
  using Set = std::unordered_set<std::string, TransparentHash, std::equal_to<>>;
  static const auto prefixes = [] {
    std::pair<Set, Set> out;  // three letters, four letters
    auto add = [&](std::string_view name) {
      const std::string f = fold(name);
      std::size_t end = 0;
      while (end < f.size() && f[end] != ' ' && f[end] != '-' && f[end] != ',' && f[end] != '(') ++end;
      const std::string_view word = std::string_view(f).substr(0, end);
      out.first.emplace(first_letters(word, 3));
      if (letter_count(word) >= 4) out.second.emplace(first_letters(word, 4));
    };
    for (const CountryName& c : cldr_country_names()) add(c.name);
    for (const OfficialCountryName& c : official_country_names()) add(c.name);
    add("saint");  // country_code() reads Saint as St.
    return out;
  }();
  if (letter_count(folded) >= 5) return prefixes.second.contains(first_letters(folded, 4));
  return prefixes.first.contains(first_letters(folded, 3));
}

bool patronymic_shaped(const RawWord& w) { return !w.initial && is_patronymic_key(name_key(w.folded)); }

bool surname_shaped(const RawWord& w) {
  if (w.initial || w.letters < 5) return false;
  const std::string s = latin_spelling(w.folded);
  for (std::string_view e : {"ov", "ev", "ova", "eva", "ski", "skaia", "ckaia", "enko", "uk",
                             "shvili", "dze", "au", "ou", "ovich", "evich"}) {
    if (s.ends_with(e)) return true;
  }
  return false;
}

// How a part is read: `cased` says whether capitals carry information (a name printed
// all in capitals or all in lower case gives none).
class PartReader {
 public:
  PartReader(const std::vector<RawWord>& w, bool cased) : w_(w), cased_(cased) {}

  // The index of the first name word, with or without the modifier rule.
  std::size_t leading(bool modifiers) const {
    const std::size_t n = w_.size();
    std::size_t i = 0;
    if (n > 1 && w_[0].folded == "the") i = 1;
    // H.E., and French or Spanish S.E. (Son Excellence, Su Excelencia).
    if (i + 2 < n && (w_[i].folded == "h" || w_[i].folded == "s") && w_[i + 1].folded == "e") {
      i += 2;
    }
    bool titled = false, after_connector = false, place_ended = false;
    while (i < n) {
      const RawWord& x = w_[i];
      if (i + 1 < n && is_abbreviated_honorific(x.folded, w_[i + 1].folded)) {
        i += 2;
        titled = true;
        continue;
      }
      // After a courtesy title "M." is Monsieur and "D." Don ("S.E. M. Jean-Yves Le Drian",
      // "Sr. D. José Manuel Albares"), not the given name's initial.
      const std::string_view before = i > 0 ? std::string_view(w_[i - 1].folded) : std::string_view();
      const bool spanish_before = before == "sr" || before == "sra" || before == "excmo" || before == "excma";
      if (x.initial && i + 1 < n && !w_[i + 1].initial &&
          ((x.folded == "m" && before == "e") || (x.folded == "d" && spanish_before))) {
        ++i;
        titled = true;
        continue;
      }
      if (is_title(x.roles) && !x.initial) {
        titled = true;
        // Russian puts the office's object in the genitive without a preposition
        // ("Заместитель Председателя Правительства Александр Новак"): a Cyrillic title
        // opens a phrase as "of" does.
        if (x.script == WordScript::kCyrillic) after_connector = true;
        ++i;
        continue;
      }
      if (!titled) {
        if (modifiers && !x.initial && (x.capitalised || !cased_) && office_within(i + 1, 3)) {
          ++i;
          continue;
        }
        break;
      }
      if ((x.roles & kConnector) && !x.initial) {
        after_connector = true;
        place_ended = false;
        ++i;
        continue;
      }
      if (cased_ && x.lower && !x.initial) {
        ++i;
        continue;
      }
      if (const std::size_t len = place_length(i, n)) {
        i += len;
        place_ended = true;
        continue;
      }
      const std::size_t rest = n - i;
      if (cased_ && x.all_caps && rest > needed(i)) {
        ++i;
        continue;
      }
      if (after_connector && !place_ended && rest > needed(i)) {
        ++i;
        continue;
      }
      break;
    }
    return i;
  }

  // A country in front of a whole name, without an office ("Germany Angela Merkel", left
  // by a label cut after "of"): the index of the name's first word, else 0.
  std::size_t country_before_name() const {
    if (w_.size() < 3 || (cased_ && w_[0].lower)) return 0;
    const std::size_t len = place_length(0, w_.size());
    return len && w_.size() - len >= 2 && needed(len) == w_.size() - len ? len : 0;
  }

  // One past the last name word of w[b, n).
  std::size_t trailing(std::size_t b) const {
    std::size_t e = w_.size();
    while (e > b + 1 && (w_[e - 1].roles & kSuffix)) --e;
    for (std::size_t k = b + 1; k + 1 < e; ++k) {
      if (!(w_[k].roles & kOffice)) continue;
      bool office_phrase = true;
      for (std::size_t j = k; j < e && office_phrase;) {
        if (is_title(w_[j].roles) || (w_[j].roles & kConnector) || (cased_ && w_[j].lower)) {
          ++j;
        } else if (const std::size_t len = place_length(j, e)) {
          j += len;
        } else {
          office_phrase = false;
        }
      }
      if (office_phrase) return k;
    }
    return e;
  }

  // The words a name at the end of w[i, n) needs, counted from the end: a surname with
  // its initials, or three words with a patronymic, or two names with the particles
  // between and in front of them ("Mohammed bin Zayed Al Nahyan").
  std::size_t needed(std::size_t i) const {
    const std::size_t n = w_.size();
    const std::size_t rest = n - i;
    if (rest <= 1) return rest;
    if (w_[n - 1].initial) {  // Лавров С.В.
      std::size_t k = n - 1;
      while (k > i && w_[k].initial) --k;
      return n - k;
    }
    if (w_[n - 2].initial) {  // С.В.Лавров, Joseph R. Biden
      std::size_t k = n - 2;
      while (k > i && w_[k - 1].initial) --k;
      std::size_t count = n - k;
      if (n - 1 - k == 1 && k > i && !w_[k - 1].initial && !is_title(w_[k - 1].roles) &&
          !place_length(k - 1, k)) {
        ++count;  // one middle initial after a given name
      }
      return count;
    }
    if (rest >= 3 && (patronymic_shaped(w_[n - 2]) || patronymic_shaped(w_[n - 1]))) return 3;
    std::size_t j = n, names = 0;
    while (j > i && names < 2) {
      --j;
      if (!(w_[j].roles & kParticle) || j + 1 == n) ++names;
    }
    while (j > i + 1 && (w_[j - 1].roles & kParticle)) j -= 2;  // "bin Zayed": one more
    return n - j;
  }

 private:
  bool office_within(std::size_t from, std::size_t span) const {
    for (std::size_t j = from; j < w_.size() && j < from + span; ++j) {
      if (w_[j].roles & (kOffice | kRank)) return true;
      if (!(w_[j].capitalised || !cased_) || w_[j].initial) return false;
    }
    return false;
  }

  // The number of words from i that name a country ("Russia", "России", "Russian
  // Federation", "США"), 0 when none.
  std::size_t place_length(std::size_t i, std::size_t end) const {
    if (!may_begin_country(w_[i].folded)) return 0;
    for (std::size_t len = std::min<std::size_t>(3, end - i); len >= 1; --len) {
      // As printed: abbreviations ("США") are countries only in capitals.
      std::string phrase;
      bool ok = true;
      for (std::size_t k = i; k < i + len; ++k) {
        if (w_[k].initial || (cased_ && w_[k].lower && k == i)) ok = false;
        if (!phrase.empty()) phrase.push_back(' ');
        phrase += w_[k].original;
      }
      if (ok && country_code(phrase)) return len;
    }
    return 0;
  }

  const std::vector<RawWord>& w_;
  bool cased_;
};

struct NamePart {
  std::vector<RawWord> words;  // the name words, hyphenated words joined
  bool country = false;
  bool suffixes = false;  // only suffixes ("Jr.")
};

// Step 5: words joined by hyphens.
std::vector<RawWord> join_hyphenated(std::vector<RawWord> words) {
  std::vector<RawWord> out;
  for (RawWord& w : words) {
    if (w.hyphen_before && !out.empty()) {
      RawWord& first = out.back();
      if (is_title(first.roles) && (is_title(w.roles) || (w.roles & kConnector))) {
        out.push_back(std::move(w));  // Vice-President, Secretary-General
        continue;
      }
      if (w.roles & kSuffix) continue;  // Primakov-mladshiy
      if (first.roles & kParticle) {  // al-Assad
        w.capitalised = w.capitalised || first.capitalised;
        w.lower = !w.capitalised;
        w.hyphen_before = first.hyphen_before;
        first = std::move(w);
        continue;
      }
      if (first.head.empty()) first.head = first.folded;
      first.folded += w.folded;
      first.original = std::string_view(first.original.data(),
                                        static_cast<std::size_t>(w.original.data() + w.original.size() - first.original.data()));
      first.letters += w.letters;
      first.initial = false;
      first.all_caps = first.all_caps && w.all_caps;
      first.roles = title_roles(first.folded);  // "г-н" is "гн", an honorific
      continue;
    }
    out.push_back(std::move(w));
  }
  return out;
}

// `first` is true for the first part, which is the name unless it holds only titles.
NamePart read_part(std::string_view text, bool cased, bool first) {
  NamePart part;
  std::vector<RawWord> words = join_hyphenated(raw_words(text));
  if (words.empty()) return part;
  part.suffixes = std::all_of(words.begin(), words.end(), [](const RawWord& w) { return w.roles & kSuffix; });
  // country_code() folds with ICU on every call: ask only where the answer matters.
  part.country = !first && !part.suffixes && country_code(text).has_value();
  const PartReader reader(words, cased);
  // The modifier rule may run up to a rank that is a surname ("Martin Luther King III"):
  // when it leaves no name word but suffixes, read again without it.
  const auto name_left = [&](std::size_t from) {
    return std::any_of(words.begin() + static_cast<long>(std::min(from, words.size())), words.end(),
                       [](const RawWord& w) { return !(w.roles & kSuffix); });
  };
  std::size_t b = reader.leading(/*modifiers=*/true);
  if (!name_left(b)) b = reader.leading(/*modifiers=*/false);
  if (!name_left(b) && b < words.size()) return part;  // only suffixes: "Jr."
  if (b == 0) b = reader.country_before_name();
  if (b >= words.size()) {
    // Only titles: no name, except a rank alone or after an honorific ("King", "Mr King").
    const std::size_t n = words.size();
    if ((words[n - 1].roles & kRank) && !(words[n - 1].roles & kOffice) &&
        (n == 1 || (words[n - 2].roles & kHonorific))) {
      b = n - 1;
    } else {
      return part;
    }
  }
  const std::size_t e = reader.trailing(b);
  words.erase(words.begin() + static_cast<long>(e), words.end());
  words.erase(words.begin(), words.begin() + static_cast<long>(b));
  part.words = std::move(words);
  return part;
}

NameWord name_word(const RawWord& w) {
  NameWord out;
  out.folded = w.folded;
  out.key = name_key(w.folded);
  out.script = w.script;
  out.initial = w.initial;
  out.capitalised = w.capitalised;
  out.all_caps = w.all_caps;
  out.head = w.head;
  return out;
}

// Step 6: the roles of the words.
PersonName name_of(const std::vector<RawWord>& words, bool surname_first) {
  PersonName p;
  for (const RawWord& w : words) p.words.push_back(name_word(w));
  const int n = static_cast<int>(words.size());
  for (int k = 1; k + 1 < n; ++k) {
    if ((words[k].roles & kParticle) && !words[k].initial) p.words[k].particle = true;
  }
  std::vector<int> plain;
  bool has_initials = false;
  for (int k = 0; k < n; ++k) {
    if (p.words[k].particle) continue;
    if (p.words[k].initial) {
      has_initials = true;
    } else {
      plain.push_back(k);
    }
  }
  if (plain.empty()) return p;  // initials only: no surname

  std::vector<int> caps;
  bool any_not_caps = false;
  for (int k : plain) {
    if (words[k].all_caps) {
      caps.push_back(k);
    } else {
      any_not_caps = true;
    }
  }
  p.order_known = true;
  const std::size_t m = plain.size();
  if (surname_first) {
    p.surname = plain[0];
  } else if (caps.size() == 1 && any_not_caps) {
    p.surname = caps[0];
  } else if (m >= 3 && patronymic_shaped(words[plain[1]])) {
    p.surname = plain.back();  // Sergey Viktorovich Lavrov, Roman Arkadyevich Abramovich
  } else if (m >= 3 && patronymic_shaped(words[plain.back()])) {
    p.surname = plain[0];  // Лавров Сергей Викторович
  } else if (has_initials) {
    p.surname = p.words.back().initial ? plain[0] : plain.back();
  } else if (m == 2 && surname_shaped(words[plain[0]]) != surname_shaped(words[plain[1]])) {
    p.surname = surname_shaped(words[plain[0]]) ? plain[0] : plain[1];
  } else {
    p.surname = plain.back();
    p.order_known = m == 1;
  }
  if (m >= 3) {
    // The patronymic: a patronymic-shaped word other than the surname and the first given
    // name.
    bool first_given_seen = false;
    for (int k : plain) {
      if (k == p.surname) continue;
      if (!first_given_seen) {
        first_given_seen = true;
        continue;
      }
      if (patronymic_shaped(words[k])) {
        p.patronymic = k;
        break;
      }
    }
  }
  for (int k = 0; k < n; ++k) {
    if (k != p.surname && k != p.patronymic && !p.words[k].particle) p.given.push_back(k);
  }
  return p;
}

}  // namespace

PersonName read_person_name(std::string_view name) {
  const std::string text = clean_name_text(name);
  const std::vector<std::string_view> texts = split_parts(text);
  // Capitals carry information only when the text mixes them with lower case.
  bool upper = false, lower = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto c = static_cast<UChar32>(decode_utf8(text, pos));
    upper = upper || u_isupper(c);
    lower = lower || u_islower(c);
  }
  const bool cased = upper && lower;

  std::vector<NamePart> parts;
  for (std::size_t k = 0; k < texts.size(); ++k) {
    NamePart part = read_part(texts[k], cased, parts.empty());
    if (part.words.empty()) continue;
    if (!parts.empty() && (part.country || part.suffixes)) continue;
    parts.push_back(std::move(part));
  }
  if (parts.empty()) return {};
  const std::vector<RawWord>& first = parts[0].words;
  const auto plain_count = [](const std::vector<RawWord>& words) {
    return std::count_if(words.begin(), words.end(), [](const RawWord& w) { return !w.initial; });
  };
  if (plain_count(first) == 1 && first.size() == 1 && parts.size() > 1) {
    // "Lavrov, Sergey Viktorovich": the list order. The given part must look like names.
    const std::vector<RawWord>& given = parts[1].words;
    const bool names = given.size() <= 3 && std::all_of(given.begin(), given.end(), [&](const RawWord& w) {
      return !is_title(w.roles) && (!cased || w.capitalised) && !(cased && w.all_caps && !w.initial);
    });
    if (names) {
      std::vector<RawWord> words = first;
      words.insert(words.end(), given.begin(), given.end());
      return name_of(words, /*surname_first=*/true);
    }
  }
  return name_of(first, /*surname_first=*/false);
}

}  // namespace transcript
