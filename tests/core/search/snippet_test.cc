#include "core/search/snippet.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "core/entities/gazetteer.h"
#include "core/search/query.h"

namespace transcript {
namespace {

class SnippetTest : public ::testing::Test {
 protected:
  std::vector<QueryHit> hits(std::string_view text, std::string_view query) {
    std::vector<QueryHit> out;
    Query::compile(query, builtin_gazetteer(), context).hits(text, context, out);
    return out;
  }
  SnippetFragment fragment(std::string_view text, std::string_view query, int max_tokens = 16) {
    SnippetOptions options;
    options.max_tokens = max_tokens;
    return best_snippet(text, hits(text, query), boundaries, options);
  }
  std::string snippet(std::string_view text, std::string_view query, int max_tokens = 16) {
    return fragment(text, query, max_tokens).text;
  }
  std::string highlighted(std::string_view text, std::string_view query) {
    return highlight(text, hits(text, query), "[", "]");
  }
  // Words (UAX #29, letters or digits) in text[begin, end).
  int words_in(std::string_view text, std::size_t begin, std::size_t end) {
    TextBoundaries b;
    b.set_text(text);
    int n = 0;
    for (std::size_t pos = begin;;) {
      auto w = b.next_word(pos);
      if (!w || w->end > end) return n;
      ++n;
      pos = w->end;
    }
  }
  MatchContext context;
  TextBoundaries boundaries;
};

// n filler words "w1 w2 …" (no query term among them).
std::string filler(int from, int to) {
  std::string out;
  for (int i = from; i <= to; ++i) out += (out.empty() ? "" : " ") + std::string("w") + std::to_string(i);
  return out;
}

TEST_F(SnippetTest, TextShorterThanTheWindowIsWhole) {
  EXPECT_EQ(snippet("The OSCE met.", "OSCE"), "The [OSCE] met.");
  EXPECT_EQ(snippet("OSCE", "OSCE"), "[OSCE]");
  EXPECT_EQ(snippet("", "OSCE"), "");
}

TEST_F(SnippetTest, NoHitGivesTheOpeningWords) {
  const std::string text = filler(1, 30) + ".";
  EXPECT_EQ(snippet(text, "Belarus"), filler(1, 16) + "…");
  EXPECT_EQ(snippet(text, "Belarus", 3), "w1 w2 w3…");
  // A query whose terms are not all present has no hits either.
  EXPECT_EQ(snippet("w1 OSCE w2", "OSCE Belarus", 2), "w1 OSCE…");
}

TEST_F(SnippetTest, HitAtTheVeryStartAndEnd) {
  const std::string start = "OSCE " + filler(1, 40);
  EXPECT_EQ(snippet(start, "OSCE"), "[OSCE] " + filler(1, 15) + "…");
  const std::string end = filler(1, 40) + " OSCE";
  EXPECT_EQ(snippet(end, "OSCE"), "…" + filler(26, 40) + " [OSCE]");
  const SnippetFragment f = fragment(end, "OSCE");
  EXPECT_EQ(f.end_byte, end.size());
  EXPECT_EQ(f.end_char, static_cast<std::int64_t>(end.size()));
}

TEST_F(SnippetTest, HitsSitNearTheMiddle) {
  const std::string text = filler(1, 40) + " OSCE " + filler(41, 80);
  // 16 words: 7 before, the hit, 8 after ((16 - 1) / 2 = 7).
  EXPECT_EQ(snippet(text, "OSCE"), "…" + filler(34, 40) + " [OSCE] " + filler(41, 48) + "…");
}

TEST_F(SnippetTest, DistinctTermsBeatRepeats) {
  const std::string text = "OSCE OSCE OSCE and OSCE. " + filler(1, 40) +
                           " Belarus asked the OSCE for help. " + filler(41, 80);
  const std::string s = snippet(text, "OSCE OR Belarus");
  EXPECT_NE(s.find("[Belarus]"), std::string::npos) << s;
  EXPECT_NE(s.find("[OSCE]"), std::string::npos) << s;
  // Two-term AND query: the window holding both.
  const std::string both = snippet(text, "OSCE Belarus");
  EXPECT_NE(both.find("[Belarus] asked the [OSCE]"), std::string::npos) << both;
}

TEST_F(SnippetTest, WindowStartsTheSentence) {
  const std::string text = filler(1, 30) + ". The delegates of the OSCE met in Vienna to discuss " +
                           filler(31, 60) + ".";
  EXPECT_EQ(snippet(text, "OSCE"),
            "…The delegates of the [OSCE] met in Vienna to discuss " + filler(31, 6 + 31 - 1) + "…");
}

TEST_F(SnippetTest, AbbreviationsDoNotEndSentences) {
  const std::string en = filler(1, 30) + ". Mr. Smith told Dr. Jones of the OSCE plans " +
                         filler(31, 60) + ".";
  EXPECT_EQ(snippet(en, "OSCE").rfind("…Mr. Smith told", 0), 0u);
  const std::string ru = filler(1, 30) + ". В 2020 г. Лавров, т.е. глава МИД, говорил об ОБСЕ " +
                         filler(31, 60) + ".";
  const std::string s = snippet(ru, "OSCE");
  EXPECT_EQ(s.substr(0, s.find(" 2020")), "…В") << s;
  EXPECT_NE(s.find("[ОБСЕ]"), std::string::npos) << s;
  const std::string us = filler(1, 30) + ". The U.S. Congress and the OSCE agreed " +
                         filler(31, 60) + ".";
  EXPECT_EQ(snippet(us, "OSCE").rfind("…The U.S. Congress", 0), 0u);
}

TEST_F(SnippetTest, SentenceEndNearTheWindowEndIsKept) {
  // The window would take three words of the next sentence: it stops at the full stop.
  const std::string text = filler(1, 30) + ". The OSCE met in Vienna to discuss the war in the east today. " +
                           "Then w41 w42 w43 w44 w45.";
  EXPECT_EQ(snippet(text, "OSCE"), "…The [OSCE] met in Vienna to discuss the war in the east today.…");
}

TEST_F(SnippetTest, LongWordsAreNeverSplit) {
  const std::string long_word(500, 'x');
  const std::string text = filler(1, 20) + " " + long_word + " OSCE " + long_word + " " + filler(21, 40);
  const std::string s = snippet(text, "OSCE", 3);
  EXPECT_EQ(s, "…" + long_word + " [OSCE] " + long_word + "…");
  EXPECT_EQ(snippet(text, "OSCE", 1), "…[OSCE]…");
}

TEST_F(SnippetTest, CyrillicAndCombiningMarks) {
  const std::string text = "Встреча с Лукаше\u0301нко прошла. " + filler(1, 30) +
                           " Jose\u0301 приехал к Сергеи\u0306 Лаврову.";
  EXPECT_EQ(snippet(text, "Lukashenko", 4), "Встреча с [Лукаше\u0301нко] прошла.…");
  // A marker never parts a letter from its combining mark.
  const std::string h = highlighted(text, "Jose OR Лавров");
  EXPECT_NE(h.find("[Jose\u0301]"), std::string::npos) << h;
  EXPECT_NE(h.find("[Сергеи\u0306 Лаврову]"), std::string::npos) << h;
  EXPECT_EQ(snippet(text, "ОБСЕ", 3), "Встреча с Лукаше\u0301нко…");
}

TEST_F(SnippetTest, CustomMarkers) {
  SnippetOptions o;
  o.open = "<b>";
  o.close = "</b>";
  o.ellipsis = "(...)";
  o.max_tokens = 3;
  const std::string text = "w1 w2 w3 Лукашенко w4 w5 w6";
  EXPECT_EQ(best_snippet(text, hits(text, "Лукашенко"), boundaries, o).text,
            "(...)w3 <b>Лукашенко</b> w4(...)");
  EXPECT_EQ(highlight(text, hits(text, "Lukashenko"), "", ""), text);
}

TEST_F(SnippetTest, AdjacentAndOverlappingHitsFormOneRun) {
  EXPECT_EQ(highlighted("the OSCE OSCE and OSCE, OSCE", "OSCE"), "the [OSCE OSCE] and [OSCE], [OSCE]");
  const std::string text = "one two three four";
  std::vector<QueryHit> manual = {{0, 4, 13, 4, 13}, {1, 0, 7, 0, 7}, {0, 14, 18, 14, 18}};
  EXPECT_EQ(highlight(text, manual, "[", "]"), "[one two three four]");
  manual = {{0, 0, 3, 0, 3}, {1, 4, 7, 4, 7}};
  EXPECT_EQ(highlight(text, manual, "[", "]"), "[one two] three four");
}

TEST_F(SnippetTest, FragmentsCoverNewTermsInTextOrder) {
  const std::string text = "Belarus " + filler(1, 40) + ". The OSCE met. " + filler(41, 80) +
                           ". The OSCE again. " + filler(81, 120) + ". Lukashenko spoke.";
  SnippetOptions o;
  o.max_tokens = 6;
  const std::vector<QueryHit> h = hits(text, "OSCE OR Belarus OR Lukashenko");
  const std::vector<SnippetFragment> f = snippet_fragments(text, h, boundaries, o, 3);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].text, "[Belarus] w1 w2 w3 w4 w5…");
  // Six words: the sentence end is not within the last quarter (one word).
  EXPECT_EQ(f[1].text, "…The [OSCE] met. w41 w42 w43…");
  // A window that starts the hit's sentence wins over one centred on it.
  EXPECT_EQ(f[2].text, "…[Lukashenko] spoke.");
  for (std::size_t i = 1; i < f.size(); ++i) EXPECT_LE(f[i - 1].end_byte, f[i].start_byte);
  for (const SnippetFragment& x : f) EXPECT_GE(x.score, 1000);
  // The first fragment chosen is the snippet.
  EXPECT_EQ(best_snippet(text, h, boundaries, o).text, f[0].text);
  // More fragments: repeats come last, at 1 point each (+ the sentence bonus).
  const std::vector<SnippetFragment> g = snippet_fragments(text, h, boundaries, o, 10);
  ASSERT_EQ(g.size(), 4u);
  EXPECT_EQ(g[2].text, "…The [OSCE] again. w81 w82 w83…");
  EXPECT_EQ(g[2].score, 101);
  // No hit: one fragment, the opening words.
  const std::vector<SnippetFragment> none = snippet_fragments(text, {}, boundaries, o, 3);
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(none[0].text, "Belarus w1 w2 w3 w4 w5…");
  EXPECT_EQ(none[0].score, 0);
  EXPECT_TRUE(snippet_fragments(" . ", {}, boundaries, o, 3).empty());
}

// Removes markers and ellipses; records the marked byte ranges of the plain text.
std::string strip(std::string s, const std::string& open, const std::string& close,
                  const std::string& ellipsis, std::vector<std::pair<std::size_t, std::size_t>>* marked) {
  std::string out;
  std::size_t pos = 0, run = 0;
  while (pos < s.size()) {
    if (s.compare(pos, open.size(), open) == 0) {
      run = out.size();
      pos += open.size();
    } else if (s.compare(pos, close.size(), close) == 0) {
      marked->push_back({run, out.size()});
      pos += close.size();
    } else if (s.compare(pos, ellipsis.size(), ellipsis) == 0) {
      pos += ellipsis.size();
    } else {
      out.push_back(s[pos++]);
    }
  }
  return out;
}

TEST_F(SnippetTest, PropertyExcerptIsAVerbatimPieceOnWordBoundaries) {
  const std::vector<std::string> vocabulary = {
      "OSCE", "ОБСЕ", "Belarus", "Беларусь", "Lukashenko", "Лукашенко", "Лаврова", "Lavrov's",
      "Mr.", "Dr.", "г.", "т.е.", "U.S.", "the", "и", "sanctions", "санкции", "2020", "—", ",",
      ".", "!", "?", "«", "»", "(", ")", "\n\n", "Jose\u0301", "Сергеи\u0306", "co-operation",
      "don't", "x" + std::string(70, 'y'), "…", "’s", "e\u0301\u0301", "中国", "  "};
  const std::vector<std::string> queries = {"OSCE", "ОБСЕ", "Belarus", "Lukashenko", "Lavrov",
                                            "OSCE Belarus", "sanctions OR Лукашенко", "\"the OSCE\"",
                                            "US", "Jose", "2020"};
  const std::string open = "⟦", close = "⟧", ellipsis = "⋯";
  std::mt19937 rng(20240605);
  TextBoundaries check;
  for (int round = 0; round < 600; ++round) {
    std::string text;
    const int n = std::uniform_int_distribution<int>(0, 120)(rng);
    for (int i = 0; i < n; ++i) {
      const std::string& w = vocabulary[rng() % vocabulary.size()];
      text += w;
      if (rng() % 4) text += ' ';
    }
    const std::string& query = queries[rng() % queries.size()];
    SnippetOptions o;
    o.open = open;
    o.close = close;
    o.ellipsis = ellipsis;
    o.max_tokens = std::uniform_int_distribution<int>(1, 20)(rng);
    const int max_fragments = std::uniform_int_distribution<int>(1, 4)(rng);
    const std::vector<QueryHit> h = hits(text, query);
    const std::vector<SnippetFragment> fragments =
        snippet_fragments(text, h, boundaries, o, max_fragments);
    check.set_text(text);
    ASSERT_LE(fragments.size(), static_cast<std::size_t>(max_fragments));
    std::size_t previous_end = 0;
    for (const SnippetFragment& f : fragments) {
      SCOPED_TRACE("text: " + text + "\nquery: " + query + "\nsnippet: " + f.text);
      std::vector<std::pair<std::size_t, std::size_t>> marked;
      const std::string plain = strip(f.text, open, close, ellipsis, &marked);
      ASSERT_LE(f.start_byte, f.end_byte);
      ASSERT_LE(f.end_byte, text.size());
      EXPECT_EQ(plain, text.substr(f.start_byte, f.end_byte - f.start_byte));
      EXPECT_TRUE(check.is_word_boundary(f.start_byte));
      EXPECT_TRUE(check.is_word_boundary(f.end_byte));
      EXPECT_LE(words_in(text, f.start_byte, f.end_byte), o.max_tokens);
      EXPECT_GE(f.start_byte, previous_end);  // text order, no overlap
      previous_end = f.end_byte;
      // Every hit inside the excerpt is marked.
      for (const QueryHit& hit : h) {
        if (hit.start_byte < f.start_byte || hit.end_byte > f.end_byte) continue;
        const std::size_t s = hit.start_byte - f.start_byte, e = hit.end_byte - f.start_byte;
        bool covered = false;
        for (auto [a, b] : marked) covered |= a <= s && e <= b;
        EXPECT_TRUE(covered) << "hit at byte " << hit.start_byte;
      }
    }
    // The snippet is the first fragment chosen, and the excerpt of best_snippet.
    const SnippetFragment best = best_snippet(text, h, boundaries, o);
    std::vector<std::pair<std::size_t, std::size_t>> marked;
    EXPECT_EQ(strip(best.text, open, close, ellipsis, &marked),
              text.substr(best.start_byte, best.end_byte - best.start_byte));
    // Highlight: the whole text.
    marked.clear();
    EXPECT_EQ(strip(highlight(text, h, open, close), open, close, ellipsis, &marked), text);
  }
}

}  // namespace
}  // namespace transcript
