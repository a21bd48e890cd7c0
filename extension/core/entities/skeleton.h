// The consonant skeleton of a word (skeleton_filter.h says why), and the tails a word of
// running text may have past the skeleton of one of its keys.
//
// Every key of a text word comes from the word (token_keys.h), so the word's skeleton is the
// key's followed by a tail, and the kind of key says which tails:
//  - a name key: none (the word itself), a lost feminine -a ("Иванова" -> ivanov: "V"), or a
//    case ending where the key has a nominative one ("Лавровыми" -> lavrov: "VmV",
//    "Зеленского" -> zelenskii: "gV"). Derived from token_keys' own lists of endings, so the
//    two cannot drift apart.
//  - a Russian Snowball stem: what the Russian algorithm (snowballstem.org, russian.sbl, the
//    one libstemmer runs) removes. In the word's order: a tidy-up ending (ейш/ейше after an
//    optional н, one н of нн, or ь), a derivational ост/ость, an и, and either a perfective
//    gerund or a participle + adjective, a verb or a noun ending with an optional reflexive
//    ся/сь after it. The lists below are the algorithm's; tests compare them with libstemmer
//    on every word of the test pages and on generated words.
//  - anything else (English Porter2 stems, which rewrite endings as well as remove them:
//    possibility -> possibl; keys of other scripts): any tail.
// Each may be followed by a possessive "s" (Lavrov's: the keys leave the 's out).
//
// A tail is compared on its first kDepth symbols: one longer than that passes when they
// begin a longer allowed tail. That keeps the filter's automaton small (a Russian stem's
// tails have about 2,300 prefixes, their first three symbols 70) and still rules out most
// of what the whole tails would: of the 900 occurrences of Cyrillic words in the corpus
// whose skeleton begins with ОБСЕ's stem "Vbs" (обсудили, обстановка), 85 pass.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace transcript {

// A run of vowels (a e i o u y) in a skeleton.
inline constexpr char kSkeletonVowel = 'V';

// Appends the skeleton of canonical Latin letters (token_keys.h: latin_spelling) to `out`,
// joining a vowel run that continues one `out` ends with: consonants and digits stay, x is
// ks, apostrophes vanish. False for a character no simple text gives (another script).
bool append_skeleton(std::string_view latin, std::string& out);

enum class KeyTail : std::uint8_t { kAny, kName, kRussianStem };

// The tails one kind of key allows a word, by their first kDepth symbols.
class TailSet {
 public:
  static constexpr std::size_t kDepth = 3;

  TailSet() : exact_(kHeads), longer_(kHeads), prefixes_(kHeads) {}

  // `head`: a tail's first symbols (all of them when it has at most kDepth, else kDepth);
  // `longer`: it has more than kDepth.
  // Whether a word with that tail may give the key.
  bool allows(std::string_view head, bool longer) const {
    return (longer ? longer_ : exact_)[number(head)];
  }
  // Whether some tail beginning so may give the key (allows() may become true).
  bool may_continue(std::string_view head, bool longer) const {
    return (longer ? longer_ : prefixes_)[number(head)];
  }

  void add(std::string_view tail);

  // A head's number, below kHeads: its symbols (V, a-z, 0-9, numbered from 1) as the digits
  // of a number in base kSymbols, the first lowest.
  static constexpr std::size_t kSymbols = 38;
  static constexpr std::size_t kHeads = kSymbols * kSymbols * kSymbols;
  static_assert(kDepth == 3, "kHeads is kSymbols to the power kDepth");
  static std::size_t number(std::string_view head) {
    std::size_t n = 0;
    for (std::size_t i = head.size(); i-- > 0;) n = n * kSymbols + symbol_number(head[i]);
    return n;
  }
  static std::size_t symbol_number(char c) {
    if (c == kSkeletonVowel) return 1;
    if (c >= 'a' && c <= 'z') return 2 + static_cast<std::size_t>(c - 'a');
    if (c >= '0' && c <= '9') return 28 + static_cast<std::size_t>(c - '0');
    return 0;  // (skeletons hold nothing else)
  }

 private:
  std::vector<bool> exact_;     // allowed tails of at most kDepth symbols
  std::vector<bool> longer_;    // the first kDepth symbols of longer ones
  std::vector<bool> prefixes_;  // every head a tail begins with
};

// The tails of a kind of key whose skeleton ends in a vowel or not (a vowel run the word
// continues is one symbol); null for KeyTail::kAny.
const TailSet* key_tails(KeyTail kind, bool key_ends_in_vowel);

}  // namespace transcript
