#include "core/entities/person_name.h"

#include <algorithm>

#include "core/entities/analyzed_text.h"
#include "core/entities/token_keys.h"
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

}  // namespace transcript
