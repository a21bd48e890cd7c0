#include "core/entities/skeleton_filter.h"

#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "core/entities/entity_matcher.h"
#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"
#include "core/entities/token_keys.h"
#include "core/search/query.h"
#include "core/text/case_fold.h"
#include "../test_data_pages.h"

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

// The filter's answer, asked of both walks (over bytes and by code points), which must agree.
bool may_match(const SkeletonFilter& f, std::string_view text) {
  const bool bytes = f.may_match(text, SkeletonFilter::Walk::kBytes);
  EXPECT_EQ(bytes, f.may_match(text, SkeletonFilter::Walk::kCharacters))
      << testing::PrintToString(std::string(text));
  return bytes;
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
    EXPECT_TRUE(may_match(f, text)) << text;
  }
}

TEST_F(SkeletonFilterTest, RejectsTextsWithoutTheWord) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "Lavrov")});
  for (std::string_view text :
       {"", "Lavrentiev and Lvov", "Лаврентьев", "La vrov", "Lav-rov",
        "Sergey Shoigu, 12 May 2020 — “quoted” words…"}) {
    EXPECT_FALSE(may_match(f, text)) << text;
  }
}

TEST_F(SkeletonFilterTest, NameKeysAllowACaseEndingStemsAnyEnding) {
  SkeletonFilter name;  // the name key alone: at most four symbols more
  name.add_pattern({PatternWord{{"lavrov"}, CaseRule::kAny}});
  EXPECT_TRUE(may_match(name, "Лавровыми"));     // l V v r V v m V: two more
  EXPECT_FALSE(may_match(name, "Lavrovbrandt"));  // l V v r V v b r V n d t: six more
  SkeletonFilter stem;  // with the English stem too, any ending
  stem.add_pattern({word(keyer, "Lavrov")});
  EXPECT_TRUE(may_match(stem, "Lavrovbrandt"));
}

TEST_F(SkeletonFilterTest, RussianStemsAllowOnlyWhatSnowballRemoves) {
  SkeletonFilter f;  // ОБСЕ: the name key "obse" and the Russian stem "obs"
  f.add_pattern({word(keyer, "ОБСЕ", true)});
  for (std::string_view text : {"ОБСЕ", "в ОБСЕ.", "OBSE's", "обсами", "обсостью"}) {
    EXPECT_TRUE(may_match(f, text)) << text;
  }
  // The same skeleton at the start, then what no ending gives.
  for (std::string_view text : {"обсудили", "обстановка", "обсуждение", "Obsidian"}) {
    EXPECT_FALSE(may_match(f, text)) << text;
  }
}

TEST_F(SkeletonFilterTest, ApostrophesJoinLettersOnly) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "O’Brien")});
  EXPECT_TRUE(may_match(f, "Mr O'Brien said"));
  EXPECT_TRUE(may_match(f, "Mr O’Brien said"));
  EXPECT_TRUE(may_match(f, "Mr OBrien said"));  // the key has no apostrophe
  // Not joined: "O" and "Brien" are two words, neither of which meets the key.
  EXPECT_FALSE(may_match(f, "Mr O' Brien said"));
  EXPECT_FALSE(may_match(f, "Mr O Brien said"));
  EXPECT_FALSE(may_match(f, "'Brien"));
}

TEST_F(SkeletonFilterTest, EveryFilteredWordOfAPatternMustBeMet) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "Maria"), word(keyer, "Zakharova")});
  EXPECT_TRUE(may_match(f, "Maria Zakharova"));
  EXPECT_TRUE(may_match(f, "Захарова ... Мария"));  // the filter does not check order
  EXPECT_FALSE(may_match(f, "Zakharova alone"));
  EXPECT_FALSE(may_match(f, "Maria alone"));
  // A second pattern: either may pass the text.
  f.add_pattern({word(keyer, "Zakharova")});
  EXPECT_TRUE(may_match(f, "Zakharova alone"));
}

TEST_F(SkeletonFilterTest, StemsAllowAnyEnding) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "possibility")});
  // Porter2: possibility -> possibl; possible / possibilities share the stem.
  EXPECT_TRUE(may_match(f, "every possibility"));
  EXPECT_TRUE(may_match(f, "all possibilities"));
  EXPECT_TRUE(may_match(f, "it is possible"));
  EXPECT_FALSE(may_match(f, "a possession"));
}

TEST_F(SkeletonFilterTest, TextItCannotReadPassesAtOnce) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "Lavrov")});
  EXPECT_TRUE(may_match(f, "Straße"));          // folding changes ß
  EXPECT_TRUE(may_match(f, "Lavrove\xCC\x81"));  // a combining mark
  EXPECT_TRUE(may_match(f, "中文"));             // another script
}

// Any bytes may come (transcript_find asks before validating a row): a text that is not
// UTF-8 is never ruled out, so that its row still gets its error.
TEST_F(SkeletonFilterTest, NeverRulesOutInvalidUtf8) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "Lavrov")});
  ASSERT_FALSE(may_match(f, "abc def"));
  for (std::string_view text : {std::string_view("abc\x80" "def"), std::string_view("abc\xC0\xAF"),
                                std::string_view("abc \xD0"), std::string_view("\xE2\x80" "abc"),
                                std::string_view("abc\xFF"), std::string_view("\xED\xA0\x80"),
                                std::string_view("abc\xF0\x9F\x98")}) {
    EXPECT_TRUE(may_match(f, text)) << testing::PrintToString(std::string(text));
  }
}

TEST_F(SkeletonFilterTest, WordsWithoutFilterableKeysTurnItOff) {
  SkeletonFilter f;
  f.add_pattern({PatternWord{{std::string(kAnyInitialKey)}, CaseRule::kAny}});
  EXPECT_FALSE(f.enabled());
  EXPECT_TRUE(may_match(f, "nothing here"));
}

TEST_F(SkeletonFilterTest, TooManyNeedlesTurnItOff) {
  SkeletonFilter f;
  for (int i = 0; i < 300; ++i) {
    f.add_pattern({PatternWord{{"name" + std::to_string(i * 7919)}, CaseRule::kAny}});
  }
  EXPECT_FALSE(f.enabled());
  EXPECT_TRUE(may_match(f, "nothing here"));
}

// The walk over bytes against the walk by code points (the reference), on random texts made
// of pieces the walk over bytes reads one way or another: letters of one and two bytes,
// apostrophes (ASCII and U+2019) between letters or not, punctuation of two and three bytes,
// spaces (where the text is split into parts), digits, and what it leaves to the other walk
// (U+02BC, Latin Extended, combining marks, ª, other scripts, bytes that are not UTF-8, a
// code point cut short).
std::vector<SkeletonFilter> differential_filters(TokenKeyer& keyer) {
  std::vector<SkeletonFilter> out(6);
  out[0].add_pattern({word(keyer, "Lavrov")});
  out[0].add_pattern({word(keyer, "Лавров", true)});
  out[1].add_pattern({word(keyer, "Sergey"), word(keyer, "Lavrov")});
  out[2].add_pattern({word(keyer, "O'Brien")});
  out[3].add_pattern({word(keyer, "Maria"), word(keyer, "Zakharova")});
  out[3].add_pattern({word(keyer, "Мария", true), word(keyer, "Захарова", true)});
  out[4].add_pattern({word(keyer, "security"), word(keyer, "cooperation"), word(keyer, "Europe")});
  out[5].add_pattern({word(keyer, "G20")});
  out[5].add_pattern({word(keyer, "OSCE")});
  out[5].add_pattern({word(keyer, "ОБСЕ", true)});
  for (const SkeletonFilter& f : out) EXPECT_TRUE(f.enabled());
  return out;
}

void expect_same_walks(const std::vector<SkeletonFilter>& filters, std::string_view text) {
  for (std::size_t i = 0; i < filters.size(); ++i) {
    const SkeletonFilter& f = filters[i];
    // (Built only for a failure's message.)
    auto shown = [&] {
      return "filter " + std::to_string(i) + " on " + testing::PrintToString(std::string(text));
    };
    ASSERT_EQ(f.may_match(text, SkeletonFilter::Walk::kBytes),
              f.may_match(text, SkeletonFilter::Walk::kCharacters)) << shown();
    const SkeletonFilter::Candidates bytes = f.candidates(text, SkeletonFilter::Walk::kBytes);
    const SkeletonFilter::Candidates chars = f.candidates(text, SkeletonFilter::Walk::kCharacters);
    ASSERT_EQ(bytes.answer, chars.answer) << shown();
    if (bytes.answer == SkeletonFilter::Candidates::kWithin) {
      ASSERT_EQ(bytes.begin, chars.begin) << shown();
      ASSERT_EQ(bytes.end, chars.end) << shown();
    }
  }
}

TEST_F(SkeletonFilterTest, WalkOverBytesAnswersAsTheWalkByCodePoints) {
  const std::vector<SkeletonFilter> filters = differential_filters(keyer);
  // Hand-picked: each piece of the walk over bytes.
  for (std::string_view text :
       {"Sergey Lavrov said", "Сергей Лавров сказал", "Lavrov’s", "Лаврова’", "O’Brien", "O'Brien",
        "O' Brien", "O’ Brien", "O’«Brien»", "O'\xD0\x91rien", "5'Brien", "Brien'",
        "Lavrov\xE2\x80",
        "Lavrov\xD0", "Lavrov\xC2", "«Лавров»", "Lavrov—Zakharova Maria", "ªLavrov", "µ Lavrov",
        "Lavrov\xCA\xBC s", "Lavrovč", "Lavrov\xCC\x81", "中 Lavrov", "Lavrov\xFF",
        "\xE2\x81\x80Lavrov",
        "OSCE G20 ОБСЕ", "security and cooperation in Europe", "Europe: security, cooperation.",
        "", " ", "'", "’", "a’’b Lavrov",
        // Stretches (candidates() walks again only near the words that meet a needle): words
        // far apart, a word many words past the space before it, a word met twice in one.
        "security a b c d e f g h i j cooperation Europe x y z security",
        "a.b.c.d.e.f.g.security,cooperation.Europe", "Europe a b c security.cooperation",
        "Europe’ cooperation a b c d e f security", "cooperation Europe a b c d security"}) {
    expect_same_walks(filters, text);
  }
  // Random texts long enough to be walked in parts.
  // The pieces the walk over bytes reads, then those it leaves to the walk by code points.
  const std::vector<std::string_view> pieces = {
      "Lavrov", "Лавров", "Лаврова", "Sergey", "Сергей", "O", "Brien", "Maria", "Zakharova",
      "Мария", "Захарова", "security", "cooperation", "Europe", "OSCE", "ОБСЕ", "G20", "x", "ks",
      "said", "и", "the", "5", "2024", " ", " ", " ", "  ", "\n", ".", ",", "-", "'", "’", "«",
      "»", "—", "…", "\xC2\xA0", "é", "É",
      "ʼ", "ß", "ª", "µ", "²", "č", "\xCC\x81", "中", "\xFF", "\xD0", "\xE2\x80", "\xE2\x81\x80",
      "\xE2\x82\xAC", "№"};
  const std::size_t readable = pieces.size() - 14;
  std::mt19937 random(20261206);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<std::size_t> readable_piece(0, readable - 1);
  std::uniform_int_distribution<int> length(0, 160);
  std::uniform_int_distribution<int> percent(0, 99);
  std::size_t read_over_bytes = 0, readable_texts = 0, matched = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const bool any_piece = percent(random) < 30;
    for (int i = length(random); i > 0; --i) {
      const std::string_view next = pieces[any_piece ? piece(random) : readable_piece(random)];
      // (An apostrophe before a character of several bytes is left to the walk by code
      // points: the readable texts have none.)
      const bool apostrophe = text.ends_with("'") || text.ends_with("’");
      if (!any_piece && apostrophe && static_cast<unsigned char>(next[0]) >= 0x80) text += ' ';
      text += next;
    }
    expect_same_walks(filters, text);
    if (HasFatalFailure()) return;
    if (any_piece) continue;
    // A text of the pieces it reads is answered by the walk over bytes itself.
    ++readable_texts;
    for (const SkeletonFilter& f : filters) {
      const std::optional<bool> answer = f.may_match_over_bytes(text);
      ASSERT_TRUE(answer.has_value()) << testing::PrintToString(text);
      ASSERT_EQ(*answer, f.may_match(text, SkeletonFilter::Walk::kCharacters));
      ++read_over_bytes;
      matched += *answer;
    }
  }
  EXPECT_GT(readable_texts, 12000u);
  EXPECT_GT(matched, read_over_bytes / 10);         // both answers are common
  EXPECT_LT(matched, read_over_bytes * 9 / 10);
}

// The walk over bytes is compiled by whichever thread first finds the filter past
// compile_bytes_after(); threads asking at the same time all get answers equal to the walk by
// code points (the TSan and ASan builds run this too).
TEST_F(SkeletonFilterTest, ThreadsShareTheLazilyCompiledWalk) {
  SkeletonFilter f;
  f.add_pattern({word(keyer, "Lavrov")});
  f.add_pattern({word(keyer, "ОБСЕ", true)});
  const std::vector<std::string> texts = {
      "Министры обсудили это. Мы говорили о безопасности в Европе. Sergey Lavrov said so.",
      "Министры ОБСЕ встретились. Мы говорили о безопасности в Европе.",
      "Министры обсудили это, и никто не назвал Лаврова (Lavrentiev and Lvov).",
      "Nothing here but words, words and more words about security in Europe."};
  std::vector<bool> expected;
  for (const std::string& t : texts) {
    expected.push_back(f.may_match(t, SkeletonFilter::Walk::kCharacters));
  }
  EXPECT_EQ(expected, (std::vector<bool>{true, true, true, false}));
  // The threads pass that in their first half (80,000 texts of about 90 bytes, read twice).
  EXPECT_LT(f.compile_bytes_after(), std::size_t{80000} * 90);
  EXPECT_GT(f.compile_bytes_after(), SkeletonFilter::kCompileBytesAfter);  // (states count)
  std::atomic<std::size_t> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      // 4 threads x 20,000 texts of about 90 bytes (may_match and candidates each read them).
      for (int i = 0; i < 20000; ++i) {
        const std::size_t k = static_cast<std::size_t>(i) % texts.size();
        // (Before kCheckAfter bytes read: true and kUnknown.)
        if (!f.may_match(texts[k]) && expected[k]) ++wrong;
        const SkeletonFilter::Candidates c = f.candidates(texts[k]);
        if (c.answer == SkeletonFilter::Candidates::kNone && expected[k]) ++wrong;
        if (c.answer == SkeletonFilter::Candidates::kWithin && !expected[k]) ++wrong;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0u);
  for (std::size_t k = 0; k < texts.size(); ++k) {  // past every threshold: the exact answers
    EXPECT_EQ(f.may_match(texts[k]), expected[k]) << k;
    EXPECT_EQ(f.candidates(texts[k]).answer == SkeletonFilter::Candidates::kNone, !expected[k]) << k;
  }
  EXPECT_TRUE(f.may_match_over_bytes(texts[0]).has_value());  // (texts it reads itself)
}

// Soundness on real text: a query counts through the filter (Query::count) and lists its
// hits without it (Query::hits); on every paragraph of the test pages, for queries of
// every kind, the two must agree, so the filter never drops a row that has a hit.
std::vector<std::string> paragraphs() {
  std::vector<std::string> out;
  for (const std::string& text : test_data_pages()) {
    for (std::size_t pos = 0; pos < text.size();) {
      std::size_t end = text.find("\n\n", pos);
      if (end == std::string::npos) end = text.size();
      if (end > pos) out.push_back(text.substr(pos, end - pos));
      pos = end + 2;
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

TEST(SkeletonFilterWalks, OverBytesAnswersAsByCodePointsOnTheTestPages) {
  TokenKeyer keyer;
  const std::vector<SkeletonFilter> filters = differential_filters(keyer);
  const std::vector<std::string> texts = paragraphs();
  std::size_t passed = 0;
  for (const std::string& text : texts) {
    expect_same_walks(filters, text);
    if (::testing::Test::HasFatalFailure()) return;
    passed += filters[0].may_match(text, SkeletonFilter::Walk::kBytes);
  }
  EXPECT_GT(passed, 50u);  // Lavrov is in these pages
}

}  // namespace
}  // namespace transcript
