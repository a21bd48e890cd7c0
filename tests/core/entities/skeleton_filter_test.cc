#include "core/entities/skeleton_filter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/entities/entity_matcher.h"
#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"
#include "core/entities/token_keys.h"
#include "core/search/query.h"
#include "core/text/case_fold.h"

namespace transcript {
namespace {

// A pattern word as a query makes it: the keys TokenKeyer gives the folded word (its name
// keys and its Snowball stem).
PatternWord word(TokenKeyer& keyer, std::string_view text, bool cyrillic = false) {
  const WordKeys& keys =
      keyer.text_keys(fold(text), cyrillic ? WordScript::kCyrillic : WordScript::kLatin);
  PatternWord w{keys.names, CaseRule::kAny};
  w.keys.push_back(keys.stem);
  return w;
}

class SkeletonFilterTest : public ::testing::Test {
 protected:
  TokenKeyer keyer;
};

TEST_F(SkeletonFilterTest, PassesEveryFormOfTheWord) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "Lavrov")});
  ASSERT_TRUE(f.enabled());
  for (std::string_view text :
       {"Lavrov", "Sergey Lavrov said", "LAVROV:", "Lavrov's remarks", "Lavrov’s remarks",
        "Лавров", "встреча с Лавровым", "Лаврова", "слова С.В.Лаврова.", "(Lavrova)",
        "x Lavrovs y", "L'avrov" /* one word, as the tokenizer reads it */}) {
    EXPECT_TRUE(f.may_match(text)) << text;
  }
}

TEST_F(SkeletonFilterTest, RejectsTextsWithoutTheWord) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "Lavrov")});
  for (std::string_view text :
       {"", "Lavrentiev and Lvov", "Лаврентьев", "La vrov", "Lav-rov",
        "Sergey Shoigu, 12 May 2020 — “quoted” words…"}) {
    EXPECT_FALSE(f.may_match(text)) << text;
  }
}

TEST_F(SkeletonFilterTest, NameKeysAllowACaseEndingStemsAnyEnding) {
  SkeletonFilter name;  // the name key alone: at most four symbols more
  name.add_pattern({PatternWord{{"lavrov"}, CaseRule::kAny}});
  EXPECT_TRUE(name.may_match("Лавровыми"));     // l V v r V v m V: two more
  EXPECT_FALSE(name.may_match("Lavrovbrandt"));  // l V v r V v b r V n d t: six more
  SkeletonFilter stem;  // with the English stem too, any ending
  stem.add_pattern({word(keyer, "Lavrov")});
  EXPECT_TRUE(stem.may_match("Lavrovbrandt"));
}

TEST_F(SkeletonFilterTest, ApostrophesJoinLettersOnly) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "O’Brien")});
  EXPECT_TRUE(f.may_match("Mr O'Brien said"));
  EXPECT_TRUE(f.may_match("Mr O’Brien said"));
  EXPECT_TRUE(f.may_match("Mr OBrien said"));  // the key has no apostrophe
  // Not joined: "O" and "Brien" are two words, neither of which meets the key.
  EXPECT_FALSE(f.may_match("Mr O' Brien said"));
  EXPECT_FALSE(f.may_match("Mr O Brien said"));
  EXPECT_FALSE(f.may_match("'Brien"));
}

TEST_F(SkeletonFilterTest, EveryFilteredWordOfAPatternMustBeMet) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "Maria"), word(keyer, "Zakharova")});
  EXPECT_TRUE(f.may_match("Maria Zakharova"));
  EXPECT_TRUE(f.may_match("Захарова ... Мария"));  // the filter does not check order
  EXPECT_FALSE(f.may_match("Zakharova alone"));
  EXPECT_FALSE(f.may_match("Maria alone"));
  // A second pattern: either may pass the text.
  f.add_pattern({word(keyer, "Zakharova")});
  EXPECT_TRUE(f.may_match("Zakharova alone"));
}

TEST_F(SkeletonFilterTest, StemsAllowAnyEnding) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "possibility")});
  // Porter2: possibility -> possibl; possible / possibilities share the stem.
  EXPECT_TRUE(f.may_match("every possibility"));
  EXPECT_TRUE(f.may_match("all possibilities"));
  EXPECT_TRUE(f.may_match("it is possible"));
  EXPECT_FALSE(f.may_match("a possession"));
}

TEST_F(SkeletonFilterTest, TextItCannotReadPassesAtOnce) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "Lavrov")});
  EXPECT_TRUE(f.may_match("Straße"));          // folding changes ß
  EXPECT_TRUE(f.may_match("Lavrove\xCC\x81"));  // a combining mark
  EXPECT_TRUE(f.may_match("中文"));             // another script
}

// Any bytes may come (transcript_find asks before validating a row): a text that is not
// UTF-8 is never ruled out, so that its row still gets its error.
TEST_F(SkeletonFilterTest, NeverRulesOutInvalidUtf8) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "Lavrov")});
  ASSERT_FALSE(f.may_match("abc def"));
  for (std::string_view text : {std::string_view("abc\x80" "def"), std::string_view("abc\xC0\xAF"),
                                std::string_view("abc \xD0"), std::string_view("\xE2\x80" "abc"),
                                std::string_view("abc\xFF"), std::string_view("\xED\xA0\x80"),
                                std::string_view("abc\xF0\x9F\x98")}) {
    EXPECT_TRUE(f.may_match(text)) << testing::PrintToString(std::string(text));
  }
}

TEST_F(SkeletonFilterTest, WordsWithoutFilterableKeysTurnItOff) {
  SkeletonFilter f;
  f.add_pattern({PatternWord{{std::string(kAnyInitialKey)}, CaseRule::kAny}});
  EXPECT_FALSE(f.enabled());
  EXPECT_TRUE(f.may_match("nothing here"));
}

TEST_F(SkeletonFilterTest, TooManyNeedlesTurnItOff) {
  SkeletonFilter f;
  for (int i = 0; i < 300; ++i) {
    f.add_pattern({PatternWord{{"name" + std::to_string(i * 7919)}, CaseRule::kAny}});
  }
  EXPECT_FALSE(f.enabled());
  EXPECT_TRUE(f.may_match("nothing here"));
}

// Soundness on real text: a query counts through the filter (Query::count) and lists its
// hits without it (Query::hits); on every paragraph of the test pages, for queries of
// every kind, the two must agree, so the filter never drops a row that has a hit.
std::vector<std::string> paragraphs() {
  std::vector<std::string> out;
  // Every page of tests/data but the deliberately broken ones (hostile/, bad_files/: links
  // that loop, invalid UTF-8).
  namespace fs = std::filesystem;
  for (auto it = fs::recursive_directory_iterator(std::string(TRANSCRIPT_TEST_DATA));
       it != fs::recursive_directory_iterator(); ++it) {
    const fs::directory_entry& entry = *it;
    if (entry.path().filename() == "hostile" || entry.path().filename() == "bad_files") {
      it.disable_recursion_pending();
      continue;
    }
    {
      std::error_code error;
      if (!entry.is_regular_file(error)) continue;
      const auto ext = entry.path().extension();
      if (ext != ".txt" && ext != ".md" && ext != ".csv" && ext != ".html") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream s;
      s << in.rdbuf();
      const std::string text = s.str();
      for (std::size_t pos = 0; pos < text.size();) {
        std::size_t end = text.find("\n\n", pos);
        if (end == std::string::npos) end = text.size();
        if (end > pos) out.push_back(text.substr(pos, end - pos));
        pos = end + 2;
      }
    }
  }
  return out;
}

TEST(SkeletonFilterSoundness, CountThroughTheFilterEqualsHitsWithoutIt) {
  const std::vector<std::string> texts = paragraphs();
  ASSERT_GT(texts.size(), 1000u);
  MatchContext context;
  std::size_t rows_with_hits = 0;
  for (std::string_view q :
       {"OSCE", "Lavrov", "Лавров", "\"Sergey Lavrov\"", "Putin", "Lukashenko", "NATO",
        "\"United States\"", "Россия", "Belarus", "\"European Union\"", "Macron", "Zelensky",
        "G20", "\"Black Sea\"", "\"nuclear weapons\"", "Ukraine", "Киев", "Blinken",
        "\"Maria Zakharova\"", "Merkel", "China", "Iran", "\"human rights\"", "O’Brien",
        "cooperation", "sanctions", "Захарова", "\"Министр иностранных дел\"", "EU", "US",
        "Xi", "Pompeo OR Tillerson", "Лавров NOT Захарова", "security NEAR Europe"}) {
    const Query query = Query::compile(q, builtin_gazetteer(), context);
    std::vector<QueryHit> hits;
    for (const std::string& text : texts) {
      query.hits(text, context, hits);
      ASSERT_EQ(query.count(text, context), static_cast<std::int64_t>(hits.size()))
          << "query " << q << " on: " << text.substr(0, 200);
      rows_with_hits += !hits.empty();
    }
  }
  EXPECT_GT(rows_with_hits, 300u);  // the queries do find things in these pages
}

}  // namespace
}  // namespace transcript
