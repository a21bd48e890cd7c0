#include "core/entities/name_match.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "core/entities/foreign_readings.h"
#include "core/entities/name_key.h"
#include "core/entities/person_name.h"
#include "core/entities/token_keys.h"

namespace transcript {

double edit_similarity(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return 1.0 - static_cast<double>(row[b.size()]) / static_cast<double>(std::max(a.size(), b.size()));
}

std::size_t transposition_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::size_t> d((n + 1) * (m + 1));
  auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * (m + 1) + j]; };
  for (std::size_t i = 0; i <= n; ++i) at(i, 0) = i;
  for (std::size_t j = 0; j <= m; ++j) at(0, j) = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t v = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1,
                                at(i - 1, j - 1) + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        v = std::min(v, at(i - 2, j - 2) + 1);
      }
      at(i, j) = v;
    }
  }
  return at(n, m);
}

namespace {

// Names are short; anything longer is compared for equality only, so that a hostile
// 10 MB "name" costs linear time.
constexpr std::size_t kMaxEditLength = 64;
// Given names compared in any order (Scorer::score).
constexpr std::size_t kMaxGivenNames = 8;

std::size_t letters(std::string_view folded) {
  std::size_t n = 0;
  for (unsigned char c : folded) n += (c & 0xC0) != 0x80;
  return n;
}

bool is_vowel_code(char c) { return c == 'a' || c == 'i' || c == 'u'; }

// The first sound and the consonants after it: what the given names of one person keep
// across languages (Siarhei, Sergei, Serhiy -> "srh").
std::string consonants(const std::string& skeleton) {
  std::string out;
  for (std::size_t k = 0; k < skeleton.size(); ++k) {
    if (k == 0 || !is_vowel_code(skeleton[k])) out.push_back(skeleton[k]);
  }
  return out;
}

enum class Gender { kUnknown, kMale, kFemale };

Gender gender_of(const NameWord& w) {
  const std::string s = latin_spelling(w.folded);
  if (s.size() < 4) return Gender::kUnknown;
  for (std::string_view e : {"ova", "eva", "ina", "ava", "skaia", "ckaia", "aia", "ska"}) {
    if (s.ends_with(e)) return Gender::kFemale;
  }
  for (std::string_view e : {"ov", "ev", "in", "ski", "cki", "au", "ou"}) {
    if (s.ends_with(e)) return Gender::kMale;
  }
  return Gender::kUnknown;
}

// A surname shows its gender when it is Latin (English text does not inflect names),
// printed beside a full given name (then it is a nominative), or when no case form of the
// other gender ends like it: Лаврова is also the genitive of Лавров, but no form of
// Тихановский ends in -ая, and no form of Лаврова in -ов.
Gender shown_gender(const PersonName& p) {
  const NameWord& s = p.words[p.surname];
  const Gender g = gender_of(s);
  if (s.script == WordScript::kLatin || g == Gender::kMale) return g;
  const NameWord* given = p.first_given();
  if (given && !given->initial) return g;
  return latin_spelling(s.folded).ends_with("aia") ? g : Gender::kUnknown;
}

// Russian women's given names end in -a or -ia, men's mostly in a consonant or -i/-y
// (Alexandra, Alexander; Yevgenia, Yevgeny); -o (Petro, Dmytro) says nothing.
bool feminine_given(const std::string& latin) { return latin.ends_with('a'); }
bool masculine_given(const std::string& latin) {
  return !latin.empty() && (latin.back() == 'i' || !is_vowel_code(latin.back()) || latin.back() == 'y') &&
         latin.back() != 'e' && latin.back() != 'o';
}

std::size_t common_prefix(const std::string& a, const std::string& b) {
  std::size_t k = 0;
  while (k < a.size() && k < b.size() && a[k] == b[k]) ++k;
  return k;
}

class Scorer {
 public:
  explicit Scorer(TokenKeyer& keyer) : keyer_(keyer) {}

  double surname(const NameWord& a, const NameWord& b) {
    const std::string sa = name_skeleton(a.folded), sb = name_skeleton(b.folded);
    if (sa.empty() || sb.empty()) return 0.0;
    if (sa == sb) return 1.0;
    if (a.script != WordScript::kLatin || b.script != WordScript::kLatin) {
      const std::vector<std::string> ka = candidates(a), kb = candidates(b);
      for (const std::string& x : ka) {
        if (std::find(kb.begin(), kb.end(), x) != kb.end()) return 1.0;
      }
      // A Latin surname read as its language reads it (Barrot = Барро, Steinmeier =
      // Штайнмайер, Guterres = Гутерриш: entities/foreign_readings.h).
      if (const NameWord* latin = latin_beside_cyrillic(a, b)) {
        const std::vector<std::string>& other = latin == &a ? kb : ka;
        for (const std::string& r : foreign_readings(latin->folded)) {
          if (std::find(other.begin(), other.end(), name_skeleton(r)) != other.end()) return 1.0;
        }
      }
    }
    // Misprints are counted on the letters in one script, where the skeletons' merged
    // vowels would bring Kerry to Kirby; across scripts, where the letters are already
    // transliterations, on the skeletons (Нахайян ~ Nahyan).
    const bool one_script = a.script == b.script;
    const std::string la = one_script ? latin_spelling(a.folded) : sa;
    const std::string lb = one_script ? latin_spelling(b.folded) : sb;
    if (la.size() > kMaxEditLength || lb.size() > kMaxEditLength) return 0.0;
    const std::size_t d = transposition_distance(la, lb);
    const std::size_t shorter = std::min(letters(a.folded), letters(b.folded));
    if (d <= 1 && shorter >= 5) return 0.85;
    if (d <= 2 && shorter >= 9) return 0.75;
    return 0.5 * (1.0 - static_cast<double>(d) / static_cast<double>(std::max(la.size(), lb.size())));
  }

  double given(const NameWord& a, const NameWord& b) {
    if (a.initial || b.initial) {
      const std::string ia = initial_class(a.folded), ib = initial_class(b.folded);
      if (!ia.empty() && ia == ib) return 1.0;
      // The letters of an initial begin the other's spelling: Y. ~ Yury, I. ~ Iurii.
      const NameWord& initial = a.initial ? a : b;
      const NameWord& other = a.initial ? b : a;
      const std::string li = latin_spelling(initial.folded);
      return !li.empty() && latin_spelling(other.folded).starts_with(li) ? 1.0 : 0.0;
    }
    double g = given_forms(a.folded, b.folded, /*check_gender=*/true);
    if (g < 1.0 && (a.script != WordScript::kLatin || b.script != WordScript::kLatin)) {
      // A Cyrillic given name may be inflected, in a label cut from a title ("Переговоры
      // с Президентом Белоруссии Александром Лукашенко") or in running text: its
      // nominatives meet the other name, and Александра may be Alexander's genitive.
      for (const std::string& x : keyer_.text_keys(a.folded, a.script).names) {
        for (const std::string& y : keyer_.text_keys(b.folded, b.script).names) {
          if (given_forms(x, y, /*check_gender=*/false) >= 1.0) return 1.0;
        }
      }
    }
    if (g < 1.0) {
      // A Latin given name read as its language reads it (Jean = Жан, José = Хосе,
      // Giorgia = Джорджа: entities/foreign_readings.h), against the Cyrillic name's
      // nominatives.
      if (const NameWord* latin = latin_beside_cyrillic(a, b)) {
        const NameWord& cyrillic = latin == &a ? b : a;
        const std::vector<std::string> readings = foreign_readings(latin->folded);
        for (const std::string& r : readings) {
          for (const std::string& y : keyer_.text_keys(cyrillic.folded, cyrillic.script).names) {
            if (given_forms(r, y, /*check_gender=*/false) >= 1.0) return 1.0;
          }
        }
      }
    }
    // Compound given names: one part is enough (Kassym-Jomart ~ Касым-Жомарт).
    if (g < 0.9 && (!a.head.empty() || !b.head.empty())) {
      NameWord ha = a, hb = b;
      if (!a.head.empty()) ha.folded = a.head, ha.head.clear();
      if (!b.head.empty()) hb.folded = b.head, hb.head.clear();
      if (given(ha, hb) >= 1.0) g = 0.9;
    }
    return g;
  }

  // Two given names written out (folded words or Latin keys), without inflection.
  static double given_forms(std::string_view a, std::string_view b, bool check_gender) {
    const std::string la = latin_spelling(a), lb = latin_spelling(b);
    if (check_gender &&
        ((feminine_given(la) && masculine_given(lb)) || (feminine_given(lb) && masculine_given(la)))) {
      return 0.0;
    }
    const std::string ia = initial_class(a), ib = initial_class(b);
    const std::string sa = name_skeleton(a), sb = name_skeleton(b);
    if (sa.empty() || sb.empty()) return 0.0;
    // The skeleton merges vowels; the first sound's class tells Anna from Inna.
    const std::string ca = consonants(sa), cb = consonants(sb);
    if (ia == ib && (sa == sb || (ca.size() >= 2 && ca == cb))) return 1.0;  // Siarhei ~ Sergei
    // English vowels written in Russian by sound (Antony = Энтони): a vowel-initial name
    // with the same consonants.
    if (is_vowel_code(sa[0]) && is_vowel_code(sb[0]) && ca.size() >= 3 && ca.substr(1) == cb.substr(1)) return 0.9;
    // A short form is the start of the long one, two letters shorter or more (Alex,
    // Alexander; Joe, Joseph). Maria and Marina are two names.
    const std::string& ls = la.size() <= lb.size() ? la : lb;
    const std::string& ll = la.size() <= lb.size() ? lb : la;
    if (ia == ib && ls.size() >= 3 && ll.size() >= ls.size() + 2 &&
        common_prefix(ls, ll) >= std::max<std::size_t>(2, ls.size() - 1)) {
      return 0.85;
    }
    return 0.0;
  }

  double score(const PersonName& a, const PersonName& b) {
    if (a.surname < 0 || b.surname < 0) return 0.0;
    const NameWord& sa = a.words[a.surname];
    const NameWord& sb = b.words[b.surname];
    if (sa.initial || sb.initial) return 0.0;
    double s = surname(sa, sb);
    const Gender ga = shown_gender(a), gb = shown_gender(b);
    if (ga != Gender::kUnknown && gb != Gender::kUnknown && ga != gb) s = std::min(s, 0.45);
    const NameWord* fa = a.first_given();
    const NameWord* fb = b.first_given();
    if (fa && fb) {
      double g = given(*fa, *fb);
      if (g < 0.9) {
        // A given name both share, not first on one side: Javad Zarif ~ Mohammad Javad
        // Zarif, Recep Tayyip Erdogan ~ Реджеп Тайип Эрдоган. Among the first
        // kMaxGivenNames of each side: no name has more, and a text of thousands of words
        // would otherwise cost their square (two of 5,000 words took 69 s).
        const std::size_t na = std::min(a.given.size(), kMaxGivenNames);
        const std::size_t nb = std::min(b.given.size(), kMaxGivenNames);
        for (std::size_t x = 0; x < na && g < 0.9; ++x) {
          for (std::size_t y = 0; y < nb && g < 0.9; ++y) {
            if (x == 0 && y == 0) continue;
            const NameWord& wa = a.words[a.given[x]];
            const NameWord& wb = b.words[b.given[y]];
            if (!wa.initial && !wb.initial && given(wa, wb) >= 1.0) g = 0.9;
          }
        }
      }
      s *= 0.25 + 0.75 * g;
      const NameWord* ma = middle(a);
      const NameWord* mb = middle(b);
      if (ma && mb) s *= 0.5 + 0.5 * given(*ma, *mb);
    } else if (fa || fb) {
      s *= 0.9;
    }
    return s;
  }

 private:
  static const NameWord* middle(const PersonName& p) {
    if (p.patronymic >= 0) return &p.words[p.patronymic];
    if (p.given.size() > 1) return &p.words[p.given[1]];
    return nullptr;
  }

  // The Latin one of two words when the other is Cyrillic, else nullptr.
  static const NameWord* latin_beside_cyrillic(const NameWord& a, const NameWord& b) {
    if (a.script == WordScript::kLatin && b.script == WordScript::kCyrillic) return &a;
    if (b.script == WordScript::kLatin && a.script == WordScript::kCyrillic) return &b;
    return nullptr;
  }

  // Skeletons of the nominatives a word may be a form of (its own first).
  std::vector<std::string> candidates(const NameWord& w) {
    std::vector<std::string> out;
    for (const std::string& key : keyer_.text_keys(w.folded, w.script).names) {
      out.push_back(name_skeleton(key));
    }
    return out;
  }

  TokenKeyer& keyer_;
};

// The reading of a name of plain words with its first given name as the surname, when no
// cue ordered it ("Wang Yi").
std::optional<PersonName> other_order(const PersonName& p) {
  if (p.order_known || p.surname < 0 || p.given.empty()) return std::nullopt;
  const int first = p.given[0];
  if (p.words[first].initial) return std::nullopt;
  PersonName other = p;
  other.surname = first;
  other.given.clear();
  for (int k = 0; k < static_cast<int>(p.words.size()); ++k) {
    if (k != first && k != p.patronymic && !p.words[k].particle) other.given.push_back(k);
  }
  return other;
}

}  // namespace

double name_match(std::string_view a, std::string_view b, MatchContext& context,
                  const Gazetteer* gazetteer) {
  if (gazetteer) {
    const auto ta = gazetteer->resolve(a, context.keyer);
    const auto tb = gazetteer->resolve(b, context.keyer);
    for (std::uint32_t t : ta) {
      if (gazetteer->matcher().target(t).kind == "person") continue;
      if (std::find(tb.begin(), tb.end(), t) != tb.end()) return 1.0;
    }
  }
  const PersonName pa = read_person_name(a);
  const PersonName pb = read_person_name(b);
  Scorer scorer(context.keyer);
  double best = scorer.score(pa, pb);
  const auto oa = other_order(pa), ob = other_order(pb);
  // The other order of a name against a single word would make a first name alone a
  // surname: it may say "perhaps" (0.5), never "the same".
  auto reordered = [&](const PersonName& x, const PersonName& y, const PersonName& single_side) {
    const double s = 0.95 * scorer.score(x, y);
    return single_side.given.empty() ? std::min(s, 0.5) : s;
  };
  if (oa) best = std::max(best, reordered(*oa, pb, pb));
  if (ob) best = std::max(best, reordered(pa, *ob, pa));
  if (oa && ob) best = std::max(best, 0.95 * scorer.score(*oa, *ob));
  return std::clamp(best, 0.0, 1.0);
}

}  // namespace transcript
