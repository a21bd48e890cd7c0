#include "core/entities/skeleton.h"

#include <array>
#include <set>

#include "core/entities/token_keys.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

// The Russian Snowball algorithm's endings (russian.sbl), by step.
constexpr std::array<std::u32string_view, 9> kPerfectiveGerund{
    U"в", U"вши", U"вшись", U"ив", U"ивши", U"ившись", U"ыв", U"ывши", U"ывшись"};
constexpr std::array<std::u32string_view, 26> kAdjective{
    U"ее", U"ие", U"ые", U"ое", U"ими", U"ыми", U"ей", U"ий", U"ый", U"ой", U"ем", U"им", U"ым",
    U"ом", U"его", U"ого", U"ему", U"ому", U"их", U"ых", U"ую", U"юю", U"ая", U"яя", U"ою", U"ею"};
constexpr std::array<std::u32string_view, 8> kParticiple{U"ем", U"нн", U"вш", U"ющ",
                                                         U"щ",  U"ивш", U"ывш", U"ующ"};
constexpr std::array<std::u32string_view, 2> kReflexive{U"ся", U"сь"};
constexpr std::array<std::u32string_view, 46> kVerb{
    U"ла",  U"на",  U"ете", U"йте", U"ли",  U"й",   U"л",   U"ем",   U"н",    U"ло",
    U"но",  U"ет",  U"ют",  U"ны",  U"ть",  U"ешь", U"нно", U"ила",  U"ыла",  U"ена",
    U"ейте", U"уйте", U"ите", U"или", U"ыли", U"ей", U"уй",  U"ил",   U"ыл",   U"им",
    U"ым",  U"ен",  U"ило", U"ыло", U"ено", U"ят",  U"ует", U"уют",  U"ит",   U"ыт",
    U"ены", U"ить", U"ыть", U"ишь", U"ую",  U"ю"};
constexpr std::array<std::u32string_view, 36> kNoun{
    U"а",  U"ев", U"ов",  U"ие",  U"ье",  U"е",  U"иями", U"ями", U"ами", U"еи", U"ии", U"и",
    U"ией", U"ей", U"ой", U"ий",  U"й",   U"иям", U"ям",  U"ием", U"ем",  U"ам", U"ом", U"о",
    U"у",  U"ах", U"иях", U"ях",  U"ы",   U"ь",  U"ию",  U"ью",  U"ю",   U"ия", U"ья", U"я"};
constexpr std::array<std::u32string_view, 3> kDerivational{U"", U"ост", U"ость"};
constexpr std::array<std::u32string_view, 2> kI{U"", U"и"};
// Tidy-up: a superlative (and then one н of нн), one н of нн, or ь.
constexpr std::array<std::u32string_view, 7> kTidyUp{U"",    U"н",     U"ь",     U"ейш",
                                                     U"ейше", U"нейш", U"нейше"};

// The skeleton of a Cyrillic ending on its own.
std::string skeleton(std::u32string_view ending) {
  std::string out;
  append_skeleton(latin_spelling(to_utf8(ending)), out);
  return out;
}

// The skeleton of a word that is `a`'s letters followed by `b`'s: a vowel run across the
// join is one symbol.
std::string join(std::string_view a, std::string_view b) {
  std::string out(a);
  if (!b.empty() && b.front() == kSkeletonVowel && !out.empty() && out.back() == kSkeletonVowel) {
    b.remove_prefix(1);
  }
  out += b;
  return out;
}

using Skeletons = std::set<std::string>;

// Every join of one of `a` with one of `b`.
Skeletons joins(const Skeletons& a, const Skeletons& b) {
  Skeletons out;
  for (const std::string& x : a) {
    for (const std::string& y : b) out.insert(join(x, y));
  }
  return out;
}

template <std::size_t N>
Skeletons skeletons(const std::array<std::u32string_view, N>& endings, bool or_none) {
  Skeletons out;
  if (or_none) out.insert("");
  for (std::u32string_view e : endings) out.insert(skeleton(e));
  return out;
}

// Stand-ins for a stem's skeleton ending in a consonant, and one ending in a vowel: a tail
// depends only on that.
constexpr std::array<std::string_view, 2> kStems{"b", "bV"};

struct Tails {
  TailSet name[2], russian_stem[2];  // [key ends in a vowel]

  Tails() {
    // What a word whose skeleton is `word` adds to the skeleton `key` of its key.
    auto add = [](TailSet* sets, const std::string& key, const std::string& word) {
      if (!word.starts_with(key)) return;
      const std::string tail = word.substr(key.size());
      TailSet& set = sets[!key.empty() && key.back() == kSkeletonVowel];
      set.add(tail);
      set.add(tail + "s");  // a possessive 's
    };
    // Name keys: the word is a stem and a case ending (or nothing); the key the stem and a
    // nominative ending (or nothing), perhaps without a feminine -a (masculine_surname: the
    // key's last vowel run gone).
    Skeletons cases{""}, nominatives{""};
    for (std::u32string_view e : russian_case_endings()) cases.insert(skeleton(e));
    for (std::u32string_view e : russian_nominative_endings()) nominatives.insert(skeleton(e));
    // Russian stems: what the steps remove, in the word's order (tidy-up, derivational, и,
    // then the first step's ending).
    Skeletons adjectival = joins(skeletons(kParticiple, true), skeletons(kAdjective, false));
    Skeletons first = skeletons(kVerb, true);
    first.merge(skeletons(kNoun, false));
    first.merge(adjectival);
    first = joins(first, skeletons(kReflexive, true));
    first.merge(skeletons(kPerfectiveGerund, false));
    const Skeletons removed =
        joins(joins(joins(skeletons(kTidyUp, false), skeletons(kDerivational, false)),
                    skeletons(kI, false)),
              first);
    for (std::string_view stem : kStems) {
      for (const std::string& c : cases) {
        const std::string word = join(stem, c);
        for (const std::string& n : nominatives) {
          const std::string key = join(stem, n);
          add(name, key, word);
          if (key.size() > 1 && key.back() == kSkeletonVowel) {
            add(name, key.substr(0, key.size() - 1), word);
          }
        }
      }
      for (const std::string& r : removed) add(russian_stem, std::string(stem), join(stem, r));
    }
  }
};

}  // namespace

bool append_skeleton(std::string_view latin, std::string& out) {
  for (char c : latin) {
    switch (c) {
      case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
        if (out.empty() || out.back() != kSkeletonVowel) out.push_back(kSkeletonVowel);
        break;
      case 'x':
        out += "ks";
        break;
      case '\'':
        break;
      default:
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          out.push_back(c);
        } else {
          return false;
        }
    }
  }
  return true;
}

void TailSet::add(std::string_view tail) {
  if (tail.size() <= kDepth) {
    exact_[number(tail)] = true;
  } else {
    longer_[number(tail.substr(0, kDepth))] = true;
  }
  for (std::size_t i = 0; i <= tail.size() && i <= kDepth; ++i) {
    prefixes_[number(tail.substr(0, i))] = true;
  }
}

const TailSet* key_tails(KeyTail kind, bool key_ends_in_vowel) {
  static const Tails tails;
  switch (kind) {
    case KeyTail::kName: return &tails.name[key_ends_in_vowel];
    case KeyTail::kRussianStem: return &tails.russian_stem[key_ends_in_vowel];
    case KeyTail::kAny: break;
  }
  return nullptr;
}

}  // namespace transcript
