#include "core/entities/name_key.h"

#include "core/entities/person_name.h"
#include "core/entities/token_keys.h"

namespace transcript {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool is_ascii_letter(char c) { return c >= 'a' && c <= 'z'; }

// Rules 1 to 4 of the header: Latin letters to sounds, vowels still as written.
std::string sounds(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const std::size_t n = s.size();
  auto starts = [&](std::size_t i, std::string_view t) { return s.substr(i, t.size()) == t; };
  auto at = [&](std::size_t i) -> char { return i < n ? s[i] : '\0'; };
  std::size_t i = 0;
  if (starts(0, "olek")) {
    out.push_back('a');  // Ukrainian Олекс- is Russian Алекс- (Oleksandr, Oleksii)
    i = 1;
  } else if (starts(0, "ul") && is_vowel(at(2))) {
    out.push_back('v');
    i = 1;
  } else if (starts(0, "ks")) {
    out.push_back('s');  // Pinyin x is Palladius с (Xi = Си), and Xenia = Ксения
    i = 2;
  }
  while (i < n) {
    const char c = s[i];
    if (c == 'Y') {  // the y of цы (name_skeleton())
      out.push_back('i');
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      out.push_back(c);  // another script's letters stay as they are
      ++i;
      continue;
    }
    if (!is_ascii_letter(c)) {
      ++i;
      continue;
    }
    const char next = at(i + 1);
    if ((c == 'a' || c == 'e' || c == 'o') && (next == 'u' || next == 'w')) {
      const char after = at(i + 2);
      const bool end = after == '\0' || !is_ascii_letter(after);
      // Only there: elsewhere au is English and French o (Paul = Поль, Maurice = Морис).
      if (end || starts(i + 2, "sk")) {
        out.push_back(c);
        out.push_back('v');
        i += 2;
        continue;
      }
    }
    struct Rule {
      std::string_view letters;
      char code;
    };
    static constexpr Rule kRules[] = {
        {"shch", 'S'}, {"szcz", 'S'}, {"tsch", 'C'}, {"chzh", 'Z'}, {"tsz", 'i'},
        {"dzh", 'i'},  {"tch", 'C'},  {"sch", 'S'},  {"zh", 'Z'},   {"kh", 'h'},
        {"gh", 'h'},   {"ch", 'C'},   {"sh", 'S'},   {"sz", 'S'},   {"cz", 'C'},
        {"tz", 'T'},   {"dz", 'd'},   {"dj", 'i'},   {"ph", 'f'},   {"th", 't'},
        {"ck", 'k'},   {"ou", 'u'},   {"oo", 'u'},   {"ee", 'i'}};
    bool matched = false;
    for (const Rule& r : kRules) {
      if (r.letters[0] == c && starts(i, r.letters)) {
        out.push_back(r.code);
        i += r.letters.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (c == 't' && next == 's') {
      const char after = at(i + 2);
      out.push_back(after == 'i' || after == 'e' || after == 'y' ? 't' : 'T');
      i += 2;
      continue;
    }
    switch (c) {
      case 'c': out.push_back(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k'); break;
      // Pinyin q (before i or u) is Palladius ц, which before i is a t here (ts above):
      // Qiang = Цян, Qin = Цинь. Elsewhere q is k (Qatar, Qaddafi = Каддафи).
      case 'q': out.push_back(next == 'i' ? 't' : 'k'); break;
      case 'w': out.push_back('v'); break;
      case 'g': out.push_back('g'); break;  // one class with h, after rule 5 (classes())
      case 'j': case 'y': out.push_back('i'); break;
      case 'x': out += "ks"; break;
      case 'z':
        // A final z is ц after a consonant (German: Scholz = Шольц, Merz = Мерц) and с
        // after a vowel (Spanish: Sánchez = Санчес, Díaz = Диас).
        if (i + 1 == n && i > 0 && is_ascii_letter(s[i - 1])) {
          out.push_back(is_vowel(s[i - 1]) ? 's' : 'T');
        } else {
          out.push_back('z');
        }
        break;
      default: out.push_back(c);
    }
    ++i;
  }
  return out;
}

// Rules 5 to 8 on the sounds.
std::string classes(const std::string& p) {
  std::string q;
  q.reserve(p.size());
  for (std::size_t k = 0; k < p.size(); ++k) {
    char c = p[k];
    if (c == 'i' && k + 2 == p.size() && p[k + 1] == 'e') {  // final -ie: Marie = Мари
      q.push_back('i');
      break;
    }
    if (c == 'i' && k + 1 < p.size() && (p[k + 1] == 'e' || p[k + 1] == 'o')) continue;  // ie, io
    if (c == 'o' && k > 0 && p[k - 1] == 'i') c = 'e';  // io -> e (ё)
    // h after a vowel and before a consonant or the end is not heard in English (John =
    // Джон, Abdullah = Абдулла) and is dropped on both sides.
    // A g is heard (Beglov = Беглов), and only then joins h.
    if (c == 'h' && k > 0 && is_vowel(p[k - 1]) && (k + 1 == p.size() || !is_vowel(p[k + 1]))) continue;
    q.push_back(c == 'g' ? 'h' : c);
  }
  if (q.size() > 5 && q.ends_with("kaia")) q.erase(q.size() - 2);
  if (q.size() > 2 && q.ends_with("nh")) q.pop_back();
  // A final e after a consonant is silent in French and English (Poutine, Pierre, Mike)
  // and dropped on both sides.
  if (q.size() > 2 && q.back() == 'e' && !is_vowel(q[q.size() - 2])) q.pop_back();
  std::string out;
  out.reserve(q.size());
  for (std::size_t k = 0; k < q.size();) {
    if (!is_vowel(q[k])) {
      if (out.empty() || out.back() != q[k]) out.push_back(q[k]);
      ++k;
      continue;
    }
    std::size_t end = k;
    while (end < q.size() && is_vowel(q[end])) ++end;
    // A run of vowels is one sound class: 'a' inside the word (Biden = Байден, Cameron =
    // Кэмерон, Nahyan = Нахайян, akanye); at the end, 'i' for e and i, 'a' for a, o, u,
    // which keeps Zelensky from Zelenska and Lavrov from Lavrova.
    // A word's first vowel keeps its class too (a for a and o, i for e and i, u), so
    // that short words stay apart (Un, Jong).
    const char last = q[end - 1];
    if (k == 0) {
      out.push_back(q[0] == 'o' ? 'a' : q[0] == 'e' ? 'i' : q[0]);
    } else {
      out.push_back(end == q.size() && (last == 'e' || last == 'i') ? 'i' : 'a');
    }
    k = end;
  }
  return out;
}

}  // namespace

std::string name_skeleton(std::string_view folded_word) {
  // Rule 3 (ts before i is t) is Belarusian ці; Russian цы (Цыганова, Tsyganova) keeps its
  // ц. The y is lost to i by latin_spelling, so it is marked first: 'Y' is an i that does
  // not soften.
  std::string word;
  word.reserve(folded_word.size());
  for (std::size_t i = 0; i < folded_word.size();) {
    const std::string_view rest = folded_word.substr(i);
    if (rest.starts_with("ы") && word.ends_with("ц")) {
      word.push_back('Y');
      i += rest.size() >= 2 ? 2 : 1;
    } else if (rest[0] == 'y' && word.ends_with("ts")) {
      word.push_back('Y');
      ++i;
    } else {
      word.push_back(rest[0]);
      ++i;
    }
  }
  return classes(sounds(latin_spelling(word)));
}

std::string skeleton_text(std::string_view skeleton) {
  std::string out;
  out.reserve(skeleton.size() + 4);
  for (char c : skeleton) {
    switch (c) {
      case 'Z': out += "zh"; break;
      case 'C': out += "ch"; break;
      case 'S': out += "sh"; break;
      case 'T': out += "ts"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string initial_class(std::string_view folded_word) {
  const std::string latin = latin_spelling(folded_word);
  // J is a class of its own: English J is дж (John = Джон, J. Biden = Joseph Biden),
  // German and Scandinavian J is й (Jens = Йенс, Joachim = Йоахим).
  if (latin.starts_with('j') || latin.starts_with("dzh") || latin.starts_with("dj") ||
      folded_word.starts_with("й")) {
    return "j";
  }
  const std::string s = sounds(latin);
  if (s.empty()) return s;
  if (s[0] == 'i' && s.size() > 1) {
    // Iotated vowels: ya and yu are classes of their own (Yakov, Yury), ye and yo are e
    // (Yevgeny = Евгений, Yosif = Иосиф, as ё is read е).
    if (s[1] == 'a' || s[1] == 'u') return s.substr(0, 2);
    if (s[1] == 'e' || s[1] == 'o') return "e";
  }
  // A code is one byte, except letters of other scripts: keep their whole UTF-8 sequence.
  std::size_t len = 1;
  while (len < s.size() && (static_cast<unsigned char>(s[len]) & 0xC0) == 0x80) ++len;
  return s[0] == 'g' ? "h" : s.substr(0, len);
}

std::string person_name_key(std::string_view name) {
  const PersonName p = read_person_name(name);
  if (p.surname < 0) return {};
  const NameWord& surname = p.words[p.surname];
  if (surname.initial) return {};
  std::string key = skeleton_text(name_skeleton(surname.folded));
  if (key.empty()) return key;
  if (const NameWord* given = p.first_given()) {
    const std::string initial = initial_class(given->folded);
    if (!initial.empty()) {
      key.push_back(' ');
      key += skeleton_text(initial);
    }
  }
  return key;
}

}  // namespace transcript
