#include "core/search/query.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/entities/skeleton_filter.h"
#include "core/text/input_error.h"

namespace transcript {
namespace {

// The turns of the example page: lines 5-195, before «Дополнительные материалы».
std::string example_turns() {
  std::ifstream in(std::string(TRANSCRIPT_TEST_DATA) + "/mid_ru_lavrov_mgimo_2020.txt");
  std::string line, out;
  for (int n = 1; std::getline(in, line); ++n) {
    if (n >= 5 && n <= 195) out += line + "\n";
  }
  return out;
}

class QueryTest : public ::testing::Test {
 protected:
  std::int64_t find(std::string_view text, std::string_view query) {
    return Query::compile(query, builtin_gazetteer(), context).count(text, context);
  }
  MatchContext context;
};

TEST_F(QueryTest, CountsOnTheExamplePage) {
  const std::string turns = example_turns();
  ASSERT_FALSE(turns.empty());
  // 20 "OSCE"/"ОБСЕ", one of them inside "OSCE Minsk Group", a mention of the Minsk Group
  // (the longest mention wins, as in transcript_mentions).
  EXPECT_EQ(find(turns, "OSCE"), 19);
  EXPECT_EQ(find(turns, "Belarus"), 16);  // 15 "Belarus" + 1 "Belarus’s"; not Belarusian(s)
  EXPECT_EQ(find(turns, "Lukashenko"), 3);
  EXPECT_EQ(find(turns, "Лукашенко"), 3);
  EXPECT_EQ(find(turns, "Putin"), 12);
  EXPECT_EQ(find(turns, "ОБСЕ"), 19);
  EXPECT_EQ(find(turns, "osce"), 19);
}

// A long text with a few hits is analysed around them only (Query::focus): the hits are
// those of the whole text, on the example page and on a text padded with words that meet
// none of the query's needles, in either script; a text that meets no needle is ruled out.
TEST_F(QueryTest, FocusGivesTheHitsOfTheWholeText) {
  std::string filler;
  for (int i = 0; i < 60; ++i) filler += "The talks went on. Переговоры продолжились. ";
  const std::string padded = filler + "The OSCE Minsk Group met Sergey Lavrov's deputy. " + filler +
                             "ОБСЕ и Лавров. " + filler;
  const std::string turns = example_turns();
  for (const char* q : {"OSCE", "Lavrov", "\"Sergey Lavrov\"", "Minsk Group", "OSCE AND Lavrov",
                        "NEAR(OSCE Lavrov, 3)", "Lavrov NOT Putin", "Belarus OR OSCE", "Putin"}) {
    SCOPED_TRACE(q);
    const Query query = Query::compile(q, builtin_gazetteer(), context);
    for (const std::string* text : {&padded, &turns}) {
      std::vector<QueryHit> focused, whole;
      query.hits(*text, context, focused);
      query.hits(*text, context, whole, Query::Focus{false, 0, text->size()});
      ASSERT_EQ(focused.size(), whole.size());
      for (std::size_t i = 0; i < whole.size(); ++i) {
        EXPECT_EQ(focused[i].start_byte, whole[i].start_byte);
        EXPECT_EQ(focused[i].end_byte, whole[i].end_byte);
        EXPECT_EQ(focused[i].term, whole[i].term);
      }
      EXPECT_EQ(query.count(*text, context), static_cast<std::int64_t>(whole.size()));
    }
  }
  // A query checks nothing before it has read SkeletonFilter::kCheckAfter bytes: the whole
  // text, which then gives the same hits.
  const Query osce = Query::compile("OSCE", builtin_gazetteer(), context);
  const Query::Focus fresh = osce.focus(padded);
  EXPECT_FALSE(fresh.none);
  EXPECT_EQ(fresh.begin, 0u);
  EXPECT_EQ(fresh.end, padded.size());
  EXPECT_FALSE(osce.focus(filler).none);
  const std::string long_filler = [&] {
    std::string s;
    while (s.size() < SkeletonFilter::kCheckAfter) s += filler;
    return s;
  }();
  EXPECT_TRUE(osce.focus(long_filler).none);  // (a text that long is always checked)
  // The part analysed then: from a few words before the first word that can be part of a
  // match to a few after the last, inside the padding.
  const Query::Focus f = osce.focus(padded);
  EXPECT_FALSE(f.none);
  EXPECT_GT(f.begin, 0u);
  EXPECT_LT(f.begin, padded.find("The OSCE"));
  EXPECT_GT(f.end, padded.find("ОБСЕ"));
  EXPECT_LT(f.end, padded.size());
  EXPECT_TRUE(osce.focus(filler).none);
  // "Security" alone is no candidate: the pattern "Organization for Security and
  // Co-operation in Europe" needs its other words within its length.
  EXPECT_TRUE(osce.focus(filler + "security in Europe " + filler).none);
  // A prefix phrase cannot tell: the whole text.
  const Query prefix = Query::compile("Lavr*", builtin_gazetteer(), context);
  const Query::Focus p = prefix.focus(padded);
  EXPECT_FALSE(p.none);
  EXPECT_EQ(p.begin, 0u);
  EXPECT_EQ(p.end, padded.size());
}

TEST_F(QueryTest, UsInsideUsNeverCounts) {
  EXPECT_EQ(find("Let us talk to the US and tell us about the US’s plans.", "US"), 2);
  EXPECT_EQ(find("Let us talk, all of us.", "US"), 0);
  const std::string turns = example_turns();
  // 28 "US" + 3 "US’s" in capitals and 11 "United States"; the 11 "us" do not count
  // (nor "America"/"American", which are not aliases).
  EXPECT_EQ(find(turns, "US"), 42);
}

TEST_F(QueryTest, PersonsInEveryForm) {
  const std::string text =
      "С.В.Лавров встретился с Лукашенко. Сергей Лавров сказал. Лаврову позвонили. "
      "Lavrov's remarks. S. Lavrov. Лавров С.В. ответил. Сергей пришёл.";
  EXPECT_EQ(find(text, "\"Sergey Lavrov\""), 6);
  // Unquoted, two phrases (FTS5's implicit AND): each of Sergey and Lavrov counts.
  EXPECT_EQ(find(text, "Sergey Lavrov"), 8);
  EXPECT_EQ(find(text, "\"Сергей Лавров\""), 6);
  EXPECT_EQ(find(text, "Lavrov"), 6);
  // The surname alone, inflected, and with the initials; not after another given name
  // ("Dmitry Darchiev" is someone else).
  EXPECT_EQ(find("Dmitry Darchiev met Дарчиевым and А.Н.Дарчиев", "\"Alexander Darchiev\""), 2);
  EXPECT_EQ(find("Mr Darchiev met Дарчиевым and А.Н.Дарчиев", "\"Alexander Darchiev\""), 3);
  EXPECT_EQ(find("Dmitry Darchiev met Дарчиевым and А.Н.Дарчиев", "Alexander Darchiev"), 0);
}

TEST_F(QueryTest, HitsPointIntoTheOriginal) {
  const std::string text = "Straße — Лукашенко’s visit; Lukashenko's visit";
  Query q = Query::compile("Lukashenko", builtin_gazetteer(), context);
  std::vector<QueryHit> hits;
  q.hits(text, context, hits);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(text.substr(hits[0].start_byte, hits[0].end_byte - hits[0].start_byte), "Лукашенко");
  EXPECT_EQ(hits[0].start_char, 9);
  EXPECT_EQ(hits[0].end_char, 18);
  EXPECT_EQ(hits[1].start_char, 28);
  EXPECT_EQ(hits[1].end_char, 38);
}

TEST_F(QueryTest, AndOrAndWords) {
  const std::string text = "New sanctions against Belarus. The sanction regime.";
  EXPECT_EQ(find(text, "sanction"), 2);
  EXPECT_EQ(find(text, "sanctions Belarus"), 3);
  EXPECT_EQ(find(text, "sanctions Japan"), 0);
  EXPECT_EQ(find(text, "Japan OR Belarus"), 1);
  EXPECT_EQ(find(text, "\"sanction regime\""), 1);
  EXPECT_EQ(find(text, "\"UN Security Council\""), 0);
}

TEST_F(QueryTest, Fts5Syntax) {
  const std::string text = "Lavrov and Putin met; later Lavrov left. The oil price rose.";
  EXPECT_EQ(find(text, "Lavrov AND Putin"), 3);
  EXPECT_EQ(find(text, "Lavrov NOT Putin"), 0);
  EXPECT_EQ(find(text, "Lavrov NOT (Zakharova OR Medvedev)"), 2);
  EXPECT_EQ(find(text, "NEAR(Lavrov Putin, 1)"), 2);
  EXPECT_EQ(find(text, "NEAR(oil Lavrov, 1)"), 0);
  EXPECT_EQ(find(text, "lavr*"), 2);
  EXPECT_EQ(find(text, "^Lavrov"), 1);
  EXPECT_EQ(find(text, "oil + price"), 1);
  EXPECT_EQ(find(text, "\"\" OR Putin"), 1);
  EXPECT_EQ(find(text, "and"), 1);  // a word in lower case
}

TEST_F(QueryTest, ColumnFiltersAndSyntaxErrorsNameTheConstruct) {
  auto error = [&](std::string_view q) {
    try {
      find("x", q);
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error("text: a"), "column filters are not supported in query: 'text:'");
  EXPECT_EQ(error("{text}: a"), "column filters are not supported in query: '{text}:'");
  EXPECT_EQ(error("NOT a"), "syntax error in query near 'NOT'");
  EXPECT_EQ(error("a AND"), "syntax error at the end of the query");
  EXPECT_EQ(error("NEAR(a b, x)"), "expected integer after NEAR's comma, got 'x'");
  EXPECT_EQ(error("U.S."), "syntax error in query near '.'");
}

TEST_F(QueryTest, MalformedQueriesAreErrors) {
  EXPECT_THROW(find("x", ""), InputError);
  EXPECT_THROW(find("x", "  "), InputError);
  EXPECT_THROW(find("x", "\"open"), InputError);
  EXPECT_THROW(find("x", "OR a"), InputError);
  EXPECT_THROW(find("x", "a OR"), InputError);
  EXPECT_THROW(find("x", "a OR OR b"), InputError);
}

}  // namespace
}  // namespace transcript
