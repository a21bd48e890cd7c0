#include "core/text/utf8.h"

#include <gtest/gtest.h>

#include "core/text/input_error.h"
#include "core/text/json.h"
#include "core/text/lines.h"

namespace transcript {
namespace {

TEST(Utf8, AcceptsValidText) {
  EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("plain ASCII text that is longer than eight bytes"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("Лавров — 𝄞 ß"), std::nullopt);
}

TEST(Utf8, ReportsTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("abc\xFFzz"), 3u);
  EXPECT_EQ(find_invalid_utf8("abcdefghij\xC0\xAF"), 10u);        // overlong
  EXPECT_EQ(find_invalid_utf8("a\xED\xA0\x80"), 1u);              // surrogate
  EXPECT_EQ(find_invalid_utf8("ab\xF4\x90\x80\x80"), 2u);         // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("Лавр\xD0"), 8u);                   // truncated at the end
}

TEST(Utf8, RequireNamesTheOffset) {
  try {
    require_utf8("ok\x80");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "invalid UTF-8 at byte 2");
  }
}

TEST(Utf8, CountsAndMapsCodePoints) {
  const std::string s = "Лавров: ok";
  EXPECT_EQ(count_chars(s), 10u);
  ByteToChar map(s);
  EXPECT_EQ(map(0), 0);
  EXPECT_EQ(map(12), 6);  // after "Лавров"
  EXPECT_EQ(map(s.size()), 10);
  EXPECT_EQ(map(2), 1);   // going back works too
}

TEST(Utf8, DecodesAndEncodes) {
  std::string s;
  for (char32_t cp : {U'a', U'й', U'€', U'𝄞'}) append_utf8(s, cp);
  std::size_t pos = 0;
  EXPECT_EQ(decode_utf8(s, pos), U'a');
  EXPECT_EQ(decode_utf8(s, pos), U'й');
  EXPECT_EQ(decode_utf8(s, pos), U'€');
  EXPECT_EQ(decode_utf8(s, pos), U'𝄞');
  EXPECT_EQ(pos, s.size());
}

TEST(Lines, SplitsOnEveryLineEnd) {
  const std::string page = "\xEF\xBB\xBFone\r\ntwo\rthree\n\nfive";
  auto lines = split_lines(page);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].text, "one");
  EXPECT_EQ(lines[0].begin, 3u);
  EXPECT_EQ(lines[1].text, "two");
  EXPECT_EQ(lines[2].text, "three");
  EXPECT_EQ(lines[3].text, "");
  EXPECT_EQ(lines[4].text, "five");
  EXPECT_EQ(lines[4].number, 5u);
}

TEST(Lines, TrimsUnicodeSpaces) {
  EXPECT_EQ(trim("\xC2\xA0 Вопрос:\t \xE2\x80\xAF"), "Вопрос:");
  EXPECT_EQ(trim("   "), "");
  EXPECT_TRUE(is_blank(std::string("\0 \t", 3)));
}

TEST(Lines, CollapsesSpaceRuns) {
  EXPECT_EQ(collapse_spaces("\xC2\xA0 Pakistan -\tIslamabad\n\n(Embassy) \xE2\x80\xAF"), "Pakistan - Islamabad (Embassy)");
  EXPECT_EQ(collapse_spaces(" \t "), "");
  EXPECT_EQ(collapse_spaces("Вопрос"), "Вопрос");
}

TEST(Json, EscapesAndWritesNulls) {
  EXPECT_EQ(json_array(std::vector<std::string>{"a\"b", "в\\г", "\n"}),
            R"(["a\"b","в\\г","\n"])");
  EXPECT_EQ(json_array(std::vector<std::optional<std::string>>{"+1", std::nullopt}),
            R"(["+1",null])");
  EXPECT_EQ(json_objects({{{"title", "Посол"}, {"name", "X"}}}),
            R"([{"title":"Посол","name":"X"}])");
  EXPECT_EQ(json_array(std::vector<std::string>{}), "[]");
}

}  // namespace
}  // namespace transcript
