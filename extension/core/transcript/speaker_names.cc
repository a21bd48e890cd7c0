#include "core/transcript/speaker_names.h"

#include <algorithm>

#include "core/entities/token_keys.h"
#include "core/transcript/office_phrase.h"
#include "core/transcript/scan.h"
#include "core/transcript/speaker_label.h"

namespace transcript {
namespace {

bool is_suffix(std::string_view folded) {
  return folded == "jr" || folded == "sr" || folded == "ii" || folded == "iii" || folded == "iv" ||
         folded == "jr." || folded == "sr." || folded == "младший" || folded == "старший";
}

bool is_patronymic(std::string_view folded) {
  for (std::string_view e : {"ович", "евич", "овна", "евна", "ична", "инична", "ьич"}) {
    if (folded.size() > e.size() + 2 && folded.ends_with(e)) return true;
  }
  return false;
}

std::string strip_dots(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  return scan::fold_word(w);
}

char32_t first_letter(std::string_view folded) {
  if (folded.empty()) return 0;
  std::size_t len;
  return scan::peek(folded, 0, len);
}

}  // namespace

NameParts split_name(std::string_view name) {
  NameParts p;
  std::vector<std::string_view> words = split_words(name);
  while (!words.empty() && is_suffix(strip_dots(words.back()))) words.pop_back();
  while (!words.empty() && is_courtesy_title(strip_dots(words.front()))) words.erase(words.begin());
  p.words = words.size();
  if (words.empty()) return p;
  // Initials joined to the surname: "С.В.Лавров", "S.Lavrov".
  std::string_view last = words.back();
  const std::size_t dot = last.rfind('.');
  if (dot != std::string_view::npos && dot + 1 < last.size()) {
    p.surname = scan::fold_word(last.substr(dot + 1));
    if (p.initial == 0 && words.size() == 1) p.initial = first_letter(scan::fold_word(last.substr(0, dot)));
    if (words.size() > 1) p.initial = first_letter(strip_dots(words.front()));
    return p;
  }
  // Surname first: "Лавров Сергей Викторович".
  if (words.size() == 3 && is_patronymic(strip_dots(words[2]))) {
    p.surname = strip_dots(words[0]);
    p.first = strip_dots(words[1]);
    p.initial = first_letter(p.first);
    p.full_first = true;
    return p;
  }
  p.surname = strip_dots(last);
  for (std::size_t k = 0; k + 1 < words.size(); ++k) p.givens.push_back(strip_dots(words[k]));
  if (words.size() >= 2) {
    const std::string_view f = words.front();
    const std::string folded = strip_dots(f);
    p.initial = first_letter(folded);
    // "M." / "J" is an initial; "Sergey" a first name.
    std::size_t letters = 0, len;
    for (std::size_t i = 0; i < folded.size(); i += len) {
      scan::peek(folded, i, len);
      ++letters;
    }
    if (letters >= 2 && f.find('.') == std::string_view::npos) {
      p.first = folded;
      p.full_first = true;
    }
  }
  return p;
}

void PageNames::add(std::string_view name, bool surname_first) {
  if (name.empty()) return;
  const std::string key(name);
  auto it = index_.find(key);
  if (it != index_.end()) {
    ++forms_[it->second].count;
    return;
  }
  Form f;
  f.text = key;
  f.parts = split_name(name);
  if (const std::vector<std::string_view> words = split_words(name); surname_first && words.size() == 2) {
    NameParts p;
    p.surname = strip_dots(words[0]);
    p.first = strip_dots(words[1]);
    p.givens = {p.first};
    p.initial = first_letter(p.first);
    p.full_first = true;
    p.words = 2;
    f.parts = std::move(p);
  }
  f.count = 1;
  f.order = forms_.size();
  index_.emplace(key, forms_.size());
  forms_.push_back(std::move(f));
}

namespace {

// The same given name, or two transliterations of it ("Nikolai" / "Nikolay", "Sergei" /
// "Sergey", "Yevgeny" / "Evgeny": entities/token_keys.h's canonical spelling).
bool same_first(const std::string& a, const std::string& b) {
  return a == b || (!a.empty() && !b.empty() && latin_spelling(a) == latin_spelling(b));
}

}  // namespace

std::string PageNames::canonical(std::string_view name) const {
  // A recorded form is read as it was recorded (a surname first, perhaps).
  const auto known = index_.find(std::string(name));
  const NameParts me = known != index_.end() ? forms_[known->second].parts : split_name(name);
  if (me.surname.empty()) return std::string(name);
  auto compatible = [](const NameParts& a, const NameParts& b) {
    // A misprinted surname with the same full first name: "Angela Markel" / "Angela Merkel".
    if (a.surname != b.surname) {
      return a.full_first && b.full_first && same_first(a.first, b.first) && scan::one_misprint(a.surname, b.surname);
    }
    if (a.initial == 0 || b.initial == 0) return true;
    if (a.full_first && b.full_first) {
      return same_first(a.first, b.first) || std::find(a.givens.begin(), a.givens.end(), b.first) != a.givens.end() ||
             std::find(b.givens.begin(), b.givens.end(), a.first) != b.givens.end();
    }
    return a.initial == b.initial;
  };
  // The full first names this surname has on the page: two means two people.
  std::vector<std::string> firsts;
  for (const Form& f : forms_) {
    if (f.parts.surname == me.surname && f.parts.full_first &&
        std::none_of(firsts.begin(), firsts.end(), [&](const std::string& x) { return same_first(x, f.parts.first); })) {
      firsts.push_back(f.parts.first);
    }
  }
  const Form* best = nullptr;
  for (const Form& f : forms_) {
    if (!compatible(me, f.parts)) continue;
    // Without a first name of its own, a form fits only when the page has one person of
    // that surname (with a given initial: one of that initial).
    if (!me.full_first) {
      std::size_t fitting = 0;
      for (const std::string& first : firsts) {
        if (me.initial == 0 || first_letter(first) == me.initial) ++fitting;
      }
      if (fitting > 1) return std::string(name);
    }
    if (!best) {
      best = &f;
      continue;
    }
    auto rank = [](const Form& x) { return std::make_tuple(x.parts.full_first, x.parts.initial != 0); };
    if (rank(f) != rank(*best)) {
      if (rank(f) > rank(*best)) best = &f;
      continue;
    }
    if (f.count != best->count) {
      if (f.count > best->count) best = &f;
      continue;
    }
    if (f.parts.words != best->parts.words) {
      if (f.parts.words < best->parts.words) best = &f;
      continue;
    }
  }
  // A bare surname that no fuller form shares may be the first word of a name written
  // surname first (East Asian order: "PRIME MINISTER LEE" / "Prime Minister Lee Hsien Loong",
  // "PRESIDENT MOON" / "President Moon Jae-in"): that name, when the page has one such.
  if (me.words == 1 && me.initial == 0 && (!best || best->parts.words == 1)) {
    const Form* surname_first = nullptr;
    for (const Form& f : forms_) {
      if (f.parts.words < 2 || f.parts.words > 3 || f.parts.givens.empty() || f.parts.surname == me.surname ||
          f.parts.givens.front() != me.surname) {
        continue;
      }
      if (surname_first && surname_first->text != f.text) return best ? best->text : std::string(name);
      surname_first = &f;
    }
    if (surname_first) return surname_first->text;
  }
  // A surname that opens with a particle, which is no given name ("EMIR AL THANI" / "Emir
  // Tamim bin Hamad Al Thani", "DE GAULLE" / "Charles de Gaulle"), ends the person's full
  // name: the longer one, when the page has one such.
  if (me.words >= 2 && (!best || best->parts.words <= me.words) &&
      is_name_particle(scan::fold_word(split_words(name).front()))) {
    const std::string tail = " " + scan::fold_word(name);
    const Form* longer = nullptr;
    for (const Form& f : forms_) {
      if (f.parts.words <= me.words || f.parts.surname != me.surname || !scan::fold_word(f.text).ends_with(tail)) {
        continue;
      }
      if (longer && longer->text != f.text) {
        longer = nullptr;
        break;
      }
      longer = &f;
    }
    if (longer) return longer->text;
  }
  // Every form of one person maps to the same best form (ranked above: a bare surname never
  // wins over a full name).
  return best ? best->text : std::string(name);
}

}  // namespace transcript
