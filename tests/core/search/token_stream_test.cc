#include "core/search/token_stream.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/text/input_error.h"

namespace transcript {
namespace {

// The tokens (not the synonyms) of a text, as "key@start-end".
std::vector<std::string> primary(TokenStream& stream, std::string_view text,
                                 TokenMode mode = TokenMode::kDocument) {
  std::vector<std::string> out;
  for (const OwnedToken& t : stream.tokens(text, mode)) {
    if (!t.colocated) {
      out.push_back(t.text + "@" + std::to_string(t.start) + "-" + std::to_string(t.end));
    }
  }
  return out;
}

// Every key of the word at position `index` (token first, then its synonyms).
std::vector<std::string> keys_at(TokenStream& stream, std::string_view text, std::size_t index,
                                 TokenMode mode = TokenMode::kDocument) {
  std::vector<std::string> out;
  std::size_t position = 0;
  bool first = true;
  for (const OwnedToken& t : stream.tokens(text, mode)) {
    if (!t.colocated && !first) ++position;
    first = false;
    if (position == index) out.push_back(t.text);
  }
  return out;
}

bool shares_key(TokenStream& stream, std::string_view document, std::string_view query) {
  for (const OwnedToken& d : stream.tokens(document, TokenMode::kDocument)) {
    for (const OwnedToken& q : stream.tokens(query, TokenMode::kQuery)) {
      if (d.text == q.text) return true;
    }
  }
  return false;
}

// FTS5's prefix match: some document key starts with the prefix token.
bool prefix_matches(TokenStream& stream, std::string_view document, std::string_view prefix) {
  const std::vector<OwnedToken> q = stream.tokens(prefix, TokenMode::kPrefix);
  EXPECT_EQ(q.size(), 1u) << prefix;
  if (q.empty()) return false;
  for (const OwnedToken& d : stream.tokens(document, TokenMode::kDocument)) {
    if (d.text.starts_with(q[0].text)) return true;
  }
  return false;
}

std::string options_error(std::vector<std::string_view> args) {
  try {
    parse_tokenizer_options(args);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(TokenizerOptions, DefaultsAndValues) {
  const TokenizerOptions d = parse_tokenizer_options({});
  EXPECT_TRUE(d.translit);
  EXPECT_TRUE(d.stem);
  EXPECT_TRUE(d.entities);
  std::vector<std::string_view> args{"translit", "0", "STEM", "0", "entities", "1"};
  const TokenizerOptions o = parse_tokenizer_options(args);
  EXPECT_FALSE(o.translit);
  EXPECT_FALSE(o.stem);
  EXPECT_TRUE(o.entities);
}

TEST(TokenizerOptions, ErrorsQuoteTheOffendingText) {
  EXPECT_EQ(options_error({"colour", "1"}), "unknown option 'colour'");
  EXPECT_EQ(options_error({"stem"}), "option 'stem' needs a value (0 or 1)");
  EXPECT_EQ(options_error({"stem", "yes"}), "option 'stem' must be 0 or 1, got 'yes'");
  EXPECT_EQ(options_error({"translit", ""}), "option 'translit' must be 0 or 1, got ''");
  EXPECT_EQ(options_error({"stem", "1", "stem", "0"}), "option 'stem' given more than once");
}

TEST(TokenStream, MixedTextOffsetsPointIntoTheOriginal) {
  TokenStream stream;
  // "Сергей" is 12 bytes, a space, "Lavrov" 6 bytes and its possessive, which stays outside
  // the span, as transcript_highlight marks it ([Lavrov]'s).
  const std::string text = "Сергей Lavrov's: 2020, «ОБСЕ»!";
  EXPECT_EQ(primary(stream, text),
            (std::vector<std::string>{"sergei@0-12", "lavrov@13-19", "2020@23-27", "obse@31-39"}));
  EXPECT_EQ(text.substr(13, 6), "Lavrov");
  EXPECT_EQ(text.substr(31, 8), "ОБСЕ");
}

TEST(TokenStream, CyrillicAndLatinMeet) {
  TokenStream stream;
  EXPECT_TRUE(shares_key(stream, "Лаврова", "Lavrov"));
  EXPECT_TRUE(shares_key(stream, "Лаврову", "Лавров"));
  EXPECT_TRUE(shares_key(stream, "Lavrov's remarks", "лавров"));
  EXPECT_TRUE(shares_key(stream, "Lukashenko", "лукашенко"));
  EXPECT_TRUE(shares_key(stream, "Sergei", "Сергея"));
  EXPECT_FALSE(shares_key(stream, "Belarusian", "Belarus"));
}

TEST(TokenStream, StemsMeetInflections) {
  TokenStream stream;
  EXPECT_TRUE(shares_key(stream, "the sanctions were", "sanction"));
  EXPECT_TRUE(shares_key(stream, "санкции", "санкциями"));
  // The stem carries its language: English "german" is not the stem of Германия.
  EXPECT_FALSE(shares_key(stream, "Германия", "German"));
  EXPECT_EQ(keys_at(stream, "sanctions", 0), (std::vector<std::string>{"sanctions", "sanction"}));
  // A word that is its own stem has no synonym; Russian stems keep their tag.
  EXPECT_EQ(keys_at(stream, "the sanction", 1), (std::vector<std::string>{"sanction"}));
  const std::vector<std::string> ru = keys_at(stream, "санкциями", 0);
  EXPECT_NE(std::find(ru.begin(), ru.end(), "~rsankts"), ru.end());
}

TEST(TokenStream, EntitiesMeetAcrossScriptsInCapitalsOnly) {
  TokenStream stream;
  EXPECT_TRUE(shares_key(stream, "the OSCE said", "ОБСЕ"));
  EXPECT_TRUE(shares_key(stream, "the OSCE said", "обсе"));  // a query: case ignored
  EXPECT_TRUE(shares_key(stream, "США", "USA"));
  EXPECT_TRUE(shares_key(stream, "in the US", "США"));
  // In a document, an acronym counts only in capitals: "us" is no country.
  EXPECT_FALSE(shares_key(stream, "tell us", "США"));
  const std::vector<std::string> osce = keys_at(stream, "OSCE", 0);
  EXPECT_EQ(osce.front(), "osce");
  // In capitals: "^osce", the only key the query `OSCE` would look up were it no entity.
  EXPECT_EQ(osce, (std::vector<std::string>{"osce", "osc", "^osce", "=osce"}));
  const std::vector<std::string> usa = keys_at(stream, "США", 0);
  EXPECT_NE(std::find(usa.begin(), usa.end(), "=united states"), usa.end());
  // Inflected country names are found through their name keys: России is Russia.
  const std::vector<std::string> russia = keys_at(stream, "России", 0);
  EXPECT_NE(std::find(russia.begin(), russia.end(), "=russia"), russia.end());
}

TEST(TokenStream, OptionsTurnSynonymsOff) {
  TokenStream no_translit({.translit = false});
  // Not an entity (whose keys ignore the option): Петрова is Petrov's only in Cyrillic.
  EXPECT_FALSE(shares_key(no_translit, "Петрова", "Petrov"));
  EXPECT_TRUE(shares_key(no_translit, "Петрова", "Петров"));
  EXPECT_TRUE(shares_key(no_translit, "Lavrov's", "Lavrov"));
  EXPECT_EQ(primary(no_translit, "Лавров Lavrov"),
            (std::vector<std::string>{"#lavrov@0-12", "lavrov@13-19"}));

  TokenStream no_stem({.stem = false, .entities = false});
  EXPECT_FALSE(shares_key(no_stem, "sanctions", "sanction"));
  EXPECT_TRUE(shares_key(no_stem, "Лавров", "Lavrov"));
  EXPECT_EQ(keys_at(no_stem, "sanctions", 0), (std::vector<std::string>{"sanctions"}));

  TokenStream no_entities({.entities = false});
  EXPECT_FALSE(shares_key(no_entities, "OSCE", "ОБСЕ"));
}

TEST(TokenStream, PrefixGivesTheSpellingOfTheLastWord) {
  TokenStream stream;
  const std::vector<OwnedToken> q = stream.tokens("лукаш", TokenMode::kPrefix);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "lukash");
  EXPECT_TRUE(prefix_matches(stream, "Lukashenko", "лукаш"));
  EXPECT_TRUE(prefix_matches(stream, "Лавровым", "lavr"));
  // The feminine form keeps its plain spelling in the index for prefixes.
  EXPECT_TRUE(prefix_matches(stream, "Захарова", "захарова"));
  EXPECT_TRUE(prefix_matches(stream, "Argentina", "argentina"));
  EXPECT_FALSE(prefix_matches(stream, "Lavrov", "lavra"));
  // Earlier words of a prefix phrase are ordinary query words.
  const std::vector<OwnedToken> phrase = stream.tokens("sanctions lavr", TokenMode::kPrefix);
  EXPECT_EQ(phrase.front().text, "sanctions");
  EXPECT_EQ(phrase.back().text, "lavr");
  EXPECT_FALSE(phrase.back().colocated);
}

TEST(TokenStream, AuxGivesTheSamePositionsWithoutSynonyms) {
  TokenStream stream;
  const std::string text = "Лаврову и Lavrov's sanctions, ОБСЕ: 42 — Захарова.";
  const std::vector<OwnedToken> aux = stream.tokens(text, TokenMode::kAux);
  for (const OwnedToken& t : aux) EXPECT_FALSE(t.colocated) << t.text;
  EXPECT_EQ(primary(stream, text, TokenMode::kAux), primary(stream, text, TokenMode::kDocument));
  // A phrase of words gives the same positions in a query, where a word in capitals gives
  // its acronym key alone.
  const std::string words = "Лаврову и Lavrova's sanctions, ОБСЕ: 42 — Захарчук.";
  std::vector<std::string> query = primary(stream, words, TokenMode::kQuery);
  std::vector<std::string> document = primary(stream, words, TokenMode::kDocument);
  ASSERT_EQ(query.size(), document.size());
  for (std::size_t i = 0; i < query.size(); ++i) {
    EXPECT_EQ(query[i].substr(query[i].find('@')), document[i].substr(document[i].find('@')));
  }
  EXPECT_EQ(query[4].substr(0, query[4].find('@')), "^obse");
}

TEST(TokenStream, EmptyAndPunctuationOnlyTextGiveNothing) {
  TokenStream stream;
  EXPECT_TRUE(stream.tokens("", TokenMode::kDocument).empty());
  EXPECT_TRUE(stream.tokens("", TokenMode::kPrefix).empty());
  EXPECT_TRUE(stream.tokens(" — «…», !?; - ", TokenMode::kDocument).empty());
}

TEST(TokenStream, DigitsAndPunctuation) {
  TokenStream stream;
  EXPECT_EQ(primary(stream, "On 1.09.2020, at 13:42 (G20)"),
            (std::vector<std::string>{"on@0-2", "1@3-4", "09@5-7", "2020@8-12", "at@14-16",
                                      "13@17-19", "42@20-22", "g20@24-27"}));
  // Numbers get no stem key.
  EXPECT_EQ(keys_at(stream, "2020", 0), (std::vector<std::string>{"2020"}));
  // Hyphens separate words, as in unicode61.
  EXPECT_EQ(primary(stream, "Co-operation"),
            (std::vector<std::string>{"co@0-2", "operation@3-12"}));
}

TEST(TokenStream, CaseFoldingThatChangesLengthKeepsOffsets) {
  TokenStream stream;
  const std::string text = "Straße ﬁnal";  // ß -> ss, ﬁ -> fi
  const std::vector<std::string> p = primary(stream, text);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0], "strasse@0-7");
  EXPECT_EQ(p[1], "final@8-" + std::to_string(text.size()));
}

TEST(TokenStream, InvalidUtf8SeparatesWords) {
  TokenStream stream;
  const std::string text = std::string("abc\xff") + "def \xc3";
  EXPECT_EQ(primary(stream, text), (std::vector<std::string>{"abc@0-3", "def@4-7"}));
}

TEST(TokenStream, VeryLongTokensAreOneTokenCutToTheFts5Limit) {
  TokenStream stream;
  const std::string long_word(40000, 'a');
  const std::string text = "x " + long_word + " z";
  const std::vector<OwnedToken> tokens = stream.tokens(text, TokenMode::kDocument);
  // x, the long word (no synonyms), z.
  std::vector<OwnedToken> word;
  for (const OwnedToken& t : tokens) {
    if (t.start == 2) word.push_back(t);
  }
  ASSERT_EQ(word.size(), 1u);
  EXPECT_EQ(word[0].text.size(), kMaxTokenBytes);
  EXPECT_EQ(word[0].end, 2 + long_word.size());
  EXPECT_EQ(primary(stream, text).back(), "z@40003-40004");

  // Cut at a character boundary: 20000 Cyrillic letters are 40000 bytes, their Latin keys
  // have multi-letter letters ("щ" -> "shch"); the cut never splits a UTF-8 sequence.
  std::string other;
  for (int i = 0; i < 20000; ++i) other += "日";  // 3 bytes each, kept as they are
  const std::vector<OwnedToken> t2 = stream.tokens(other, TokenMode::kDocument);
  ASSERT_EQ(t2.size(), 1u);
  EXPECT_LE(t2[0].text.size(), kMaxTokenBytes);
  EXPECT_EQ(t2[0].text.size() % 3, 0u);

  // A long word is no name: index and prefix agree on its key.
  const std::string medium(200, 'b');
  EXPECT_TRUE(prefix_matches(stream, medium, std::string(150, 'b')));
}

TEST(TokenStream, SinkStopsTheStream) {
  TokenStream stream;
  int seen = 0;
  const int rc = stream.tokenize("one two three", TokenMode::kAux, &seen, [](void* c, const Token&) {
    return ++*static_cast<int*>(c) == 2 ? 7 : 0;
  });
  EXPECT_EQ(rc, 7);
  EXPECT_EQ(seen, 2);
}

}  // namespace
}  // namespace transcript
