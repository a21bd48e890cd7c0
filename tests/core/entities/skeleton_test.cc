#include "core/entities/skeleton.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/entities/entity_matcher.h"
#include "core/entities/skeleton_filter.h"
#include "core/entities/token_keys.h"
#include "core/text/case_fold.h"
#include "core/text/utf8.h"
#include "core/text/word_tokens.h"
#include "../test_data_pages.h"

namespace transcript {
namespace {

std::string skeleton_of(std::string_view latin) {
  std::string out;
  return append_skeleton(latin, out) ? out : std::string("?");
}

// The word's skeleton is the key's and a tail its kind allows; false also when the key's
// skeleton is no prefix of the word's (a key the word cannot give).
bool allows(std::string_view key, std::string_view folded_word) {
  KeyTail kind = KeyTail::kName;
  std::string_view letters = key;
  if (key.starts_with("~r")) {
    kind = KeyTail::kRussianStem;
    letters.remove_prefix(2);
  }
  const std::string k = skeleton_of(letters), w = skeleton_of(latin_spelling(folded_word));
  if (k.empty() || !w.starts_with(k)) return false;
  const std::string_view tail = std::string_view(w).substr(k.size());
  return key_tails(kind, k.back() == kSkeletonVowel)
      ->allows(tail.substr(0, TailSet::kDepth), tail.size() > TailSet::kDepth);
}

// The keys whose tails are restricted: name keys and Russian stems.
std::vector<std::string> restricted_keys(TokenKeyer& keyer, std::string_view word,
                                         WordScript script) {
  const WordKeys& keys = keyer.text_keys(word, script);
  std::vector<std::string> out;
  for (const std::string& k : keys.names) {
    if (!k.empty() && k[0] != kInitialPrefix && k[0] != '!') out.push_back(k);
  }
  if (keys.stem.starts_with("~r")) out.push_back(keys.stem);
  return out;
}

TEST(KeyTails, DerivedFromTheEndings) {
  // A name key: the word itself, a case ending, a lost feminine -a, a possessive.
  EXPECT_TRUE(allows("lavrov", "лавров"));
  EXPECT_TRUE(allows("lavrov", "лавровыми"));   // "VmV"
  EXPECT_TRUE(allows("lavrov", "лаврова"));     // the feminine, or the genitive: "V"
  EXPECT_TRUE(allows("zelenskii", "зеленского"));  // a key ending in a vowel: "gV"
  EXPECT_TRUE(allows("lavrov", "lavrovs"));     // Lavrov's (the apostrophe vanishes)
  EXPECT_FALSE(allows("lavrov", "lavrovbrandt"));
  EXPECT_FALSE(allows("obse", "обсудили"));  // "dVlV": no case ending
  // A Russian stem: what Snowball removes, and nothing else.
  EXPECT_TRUE(allows("~robs", "обсе"));
  EXPECT_TRUE(allows("~rbezopasn", "безопасности"));
  EXPECT_TRUE(allows("~rsotrudnichestv", "сотрудничеству"));
  EXPECT_TRUE(allows("~rpodpisiva", "подписывающимися"));  // -ющ + -ими + -ся
  EXPECT_FALSE(allows("~robs", "обсудили"));
  EXPECT_FALSE(allows("~robs", "обстановка"));
  // Any other key: no set.
  EXPECT_EQ(key_tails(KeyTail::kAny, false), nullptr);
}

// Every page of tests/data but the deliberately broken ones.
std::vector<std::string> test_pages() { return test_data_pages(); }

struct Word {
  std::string whole;  // as the filter reads it (with a possessive 's)
  std::string keyed;  // what the keys come from
  WordScript script;
};

std::vector<Word> words_of_the_test_pages() {
  std::set<std::string> seen;
  std::vector<Word> out;
  std::vector<WordToken> tokens;
  for (const std::string& page : test_pages()) {
    if (find_invalid_utf8(page)) continue;
    const std::string folded = fold(page);
    tokens.clear();
    tokenize(folded, tokens);
    for (const WordToken& t : tokens) {
      std::string whole = folded.substr(t.begin, t.end - t.begin);
      if (!seen.insert(whole).second) continue;
      out.push_back({whole, folded.substr(t.begin, t.stem_end - t.begin), t.script});
    }
  }
  return out;
}

// Soundness of the tails: every name key and Russian stem that a word of the test pages
// gets allows what the word has past it. Russian stems are libstemmer's, so this checks
// the endings written in skeleton.cc against the stemmer itself.
TEST(KeyTails, EveryKeyOfEveryWordOfTheTestPagesAllowsTheWord) {
  TokenKeyer keyer;
  std::size_t names = 0, stems = 0;
  for (const Word& w : words_of_the_test_pages()) {
    if (w.script != WordScript::kLatin && w.script != WordScript::kCyrillic) continue;
    if (skeleton_of(latin_spelling(w.whole)) == "?") continue;  // not simple text
    for (const std::string& key : restricted_keys(keyer, w.keyed, w.script)) {
      if (skeleton_of(key.starts_with("~r") ? key.substr(2) : key) == "?") continue;
      EXPECT_TRUE(allows(key, w.whole)) << w.whole << " -> " << key;
      ++(key.starts_with("~r") ? stems : names);
    }
  }
  EXPECT_GT(names, 20000u);
  EXPECT_GT(stems, 4000u);
}

// The same on generated Russian words: a stem and random endings, pieced together from
// letters and from the endings of Russian words (not from skeleton.cc's lists), stemmed by
// libstemmer.
TEST(KeyTails, RussianStemsOfGeneratedWords) {
  TokenKeyer keyer;
  const std::vector<std::u32string> letters = {
      U"а", U"б", U"в", U"г", U"д", U"е", U"ж", U"з", U"и", U"й", U"к", U"л", U"м", U"н", U"о", U"п",
      U"р", U"с", U"т", U"у", U"ф", U"х", U"ц", U"ч", U"ш", U"щ", U"ъ", U"ы", U"ь", U"э", U"ю", U"я"};
  const std::vector<std::u32string> pieces = {
      U"ова", U"ован", U"ирован", U"ениями", U"ость", U"остями", U"ейш", U"ейшими", U"нн",
      U"енн", U"ующ", U"ющих", U"вшись", U"ившись", U"ывая", U"ся", U"сь", U"ть", U"ешь",
      U"ите", U"уйте", U"ему", U"ого", U"ыми", U"иями", U"ие", U"ья", U"ию", U"и", U"ы", U"а",
      U"у", U"ь", U"ами", U"ях", U"ов", U"ев", U"ей", U"ий", U"ой", U"ем", U"ом", U"ло", U"ли"};
  std::mt19937 random(7);
  std::uniform_int_distribution<std::size_t> letter(0, letters.size() - 1);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> count(0, 5);
  std::size_t checked = 0, shortened = 0;
  for (int n = 0; n < 100000; ++n) {
    std::u32string word;
    for (int i = 0, stem = 2 + count(random); i < stem; ++i) word += letters[letter(random)];
    for (int i = count(random); i > 0; --i) {
      word += (n % 2 ? pieces[piece(random)] : letters[letter(random)]);
    }
    const std::string utf8 = to_utf8(word);
    const std::string stem = keyer.stem_key(utf8, WordScript::kCyrillic);
    if (skeleton_of(stem.substr(2)).empty()) continue;  // no consonant left to compare
    ++checked;
    shortened += stem.size() - 2 < latin_spelling(utf8).size();
    EXPECT_TRUE(allows(stem, utf8)) << utf8 << " -> " << stem;
  }
  EXPECT_GT(checked, 90000u);
  EXPECT_GT(shortened, 50000u);
}

// Through the filter itself: a filter of one key passes every word that gives the key
// (a sample of the test pages' words: an automaton per key).
TEST(KeyTails, TheFilterPassesEveryWordThatGivesItsKey) {
  TokenKeyer keyer;
  std::map<std::string, SkeletonFilter> filters;
  std::size_t cyrillic = 0, latin = 0, checked = 0;
  for (const Word& w : words_of_the_test_pages()) {
    std::size_t& taken = w.script == WordScript::kCyrillic ? cyrillic : latin;
    if ((w.script != WordScript::kLatin && w.script != WordScript::kCyrillic) || taken >= 300) {
      continue;
    }
    ++taken;
    for (const std::string& key : restricted_keys(keyer, w.keyed, w.script)) {
      auto [it, added] = filters.try_emplace(key);
      if (added) it->second.add_pattern({PatternWord{{key}, CaseRule::kAny}});
      if (!it->second.enabled()) continue;
      ++checked;
      EXPECT_TRUE(it->second.may_match(w.whole, SkeletonFilter::Walk::kBytes))
          << w.whole << " -> " << key;
      EXPECT_TRUE(it->second.may_match(w.whole, SkeletonFilter::Walk::kCharacters))
          << w.whole << " -> " << key;
    }
  }
  EXPECT_GT(checked, 1000u);
}

}  // namespace
}  // namespace transcript
