// JsonDocument (core/text/json_reader.h): strict RFC 8259 reading, lookups, string decoding
// with its map back to the document, and documents no reader should crash on.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/text/json.h"
#include "core/text/json_reader.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

TEST(JsonReader, AcceptsEveryKindOfValue) {
  for (const char* json : {"{}", "[]", "0", "-0", "12.5e-3", "1E+2", "-7", "true", "false", "null", "\"\"",
                           " \t\r\n{ \"a\" : [ 1 , { } , [ ] , \"x\" , null ] }\n",
                           "{\"a\":{\"b\":{\"c\":[true,false]}}}", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"",
                           "\xEF\xBB\xBF{\"bom\":1}", "\"caf\xC3\xA9 \xE2\x80\x99\""}) {
    std::string error;
    EXPECT_TRUE(JsonDocument::read(json, &error)) << json << ": " << error;
  }
}

TEST(JsonReader, RejectsWhatRfc8259Rejects) {
  const char* const bad[] = {
      "", "  ", "{", "[", "}", "{\"a\":1,}", "[1,]", "[,1]", "{,}", "{'a':1}", "{a:1}", "{\"a\" 1}", "{\"a\":}",
      "[1 2]", "01", "-01", "1.", ".5", "+1", "-", "1e", "1e+", "NaN", "Infinity", "tru", "nul", "True",
      "\"unterminated", "\"bad \\x escape\"", "\"\\u12\"", "\"\\u12G4\"", "\"raw\ttab\"", "\"raw\nline\"",
      "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\\ud800x\"", "\"\xFF\"", "\"\xC3\"", "\"\xC0\xAF\"",
      "\"\xED\xA0\x80\"", "[1]]", "[1] 2", "{} {}", "/* comment */ {}", "{\"a\":1} // comment", "[1,2,3",
      "\xEF\xBB\xBF", "\xEF\xBB", "[\"a\",\xC3\xA9]"};
  for (const char* json : bad) {
    std::string error;
    EXPECT_FALSE(JsonDocument::read(json, &error)) << json;
    EXPECT_TRUE(error.starts_with("invalid JSON at byte ")) << json;
  }
  // A NUL after the value is more data, not an end.
  EXPECT_FALSE(JsonDocument::read(std::string_view("{\"a\":1}\0", 8)));
  std::string error;
  EXPECT_FALSE(JsonDocument::read("{\"a\": [1, 2,]}", &error));
  EXPECT_EQ(error, "invalid JSON at byte 12: expected a value");
  EXPECT_FALSE(JsonDocument::read("{\"a\": 1 \"b\": 2}", &error));
  EXPECT_EQ(error, "invalid JSON at byte 8: expected ',' or '}'");
  EXPECT_FALSE(JsonDocument::read("[\"\\ud83d\"]", &error));
  EXPECT_EQ(error, "invalid JSON at byte 2: lone UTF-16 surrogate");
  EXPECT_FALSE(JsonDocument::read("{\"a\":1} x", &error));
  EXPECT_EQ(error, "invalid JSON at byte 8: more data after the value");
}

TEST(JsonReader, RootSpanAndTypes) {
  const std::string json = "  {\"n\": -1.5, \"s\": \"x\", \"t\": true, \"z\": null, \"a\": [1], \"o\": {}}  ";
  const auto doc = JsonDocument::read(json);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->root().type, JsonType::object);
  EXPECT_EQ(doc->root().begin, 2u);
  EXPECT_EQ(doc->root().end, json.size() - 2);
  const auto type_of = [&](const char* key) { return doc->member(doc->root(), key)->type; };
  EXPECT_EQ(type_of("n"), JsonType::number);
  EXPECT_EQ(type_of("s"), JsonType::string);
  EXPECT_EQ(type_of("t"), JsonType::boolean);
  EXPECT_EQ(type_of("z"), JsonType::null);
  EXPECT_EQ(type_of("a"), JsonType::array);
  EXPECT_EQ(type_of("o"), JsonType::object);
  const auto n = doc->member(doc->root(), "n");
  EXPECT_EQ(json.substr(n->begin, n->end - n->begin), "-1.5");
  const auto o = doc->member(doc->root(), "o");
  EXPECT_EQ(json.substr(o->begin, o->end - o->begin), "{}");
  EXPECT_EQ(JsonDocument::read("42")->root().type, JsonType::number);
  EXPECT_EQ(JsonDocument::read("\"42\"")->string(JsonDocument::read("\"42\"")->root()), "42");
}

TEST(JsonReader, MembersAndElements) {
  const std::string json =
      "{\"details\": {\"body\": \"<p>one</p>\", \"parts\": [{\"body\": \"a\"}, 2, [3], {\"body\": \"b\"}]},"
      " \"dup\": 1, \"dup\": 2, \"a\\u0062\": \"escaped key\", \"e\": []}";
  const auto doc = JsonDocument::read(json);
  ASSERT_TRUE(doc);
  const auto details = doc->member(doc->root(), "details", JsonType::object);
  ASSERT_TRUE(details);
  EXPECT_EQ(doc->string(*doc->member(*details, "body")), "<p>one</p>");
  EXPECT_FALSE(doc->member(*details, "body", JsonType::array));
  EXPECT_FALSE(doc->member(*details, "missing"));
  EXPECT_FALSE(doc->member(*doc->member(*details, "body"), "x"));  // not an object
  const std::vector<JsonValue> parts = doc->elements(*doc->member(*details, "parts"));
  ASSERT_EQ(parts.size(), 4u);
  EXPECT_EQ(doc->string(*doc->member(parts[0], "body")), "a");
  EXPECT_EQ(parts[1].type, JsonType::number);
  EXPECT_EQ(parts[2].type, JsonType::array);
  EXPECT_EQ(doc->string(*doc->member(parts[3], "body")), "b");
  EXPECT_EQ(doc->elements(*doc->member(*details, "parts"), 2).size(), 2u);
  EXPECT_TRUE(doc->elements(*doc->member(doc->root(), "e")).empty());
  EXPECT_TRUE(doc->elements(*details).empty());  // not an array
  // A key given twice: its first value. A key written with escapes matches its text.
  EXPECT_EQ(json.substr(doc->member(doc->root(), "dup")->begin, 1), "1");
  EXPECT_EQ(doc->string(*doc->member(doc->root(), "ab")), "escaped key");
}

TEST(JsonReader, StringsDecodeWithAMapToTheirSource) {
  const std::string json = "[\"a\\n\\u00e9\\ud83d\\ude00\\\"\xE2\x80\x99z\"]";
  const auto doc = JsonDocument::read(json);
  ASSERT_TRUE(doc);
  const JsonValue s = doc->elements(doc->root()).at(0);
  std::string text = "<";
  std::vector<std::uint32_t> source = {0};
  doc->append_string(s, &text, &source);
  EXPECT_EQ(text, "<a\n\xC3\xA9\xF0\x9F\x98\x80\"\xE2\x80\x99z");
  ASSERT_EQ(source.size(), text.size());
  const std::vector<std::uint32_t> expected = {0, 2, 3, 5, 5, 11, 11, 11, 11, 23, 25, 26, 27, 28};
  EXPECT_EQ(source, expected);
  EXPECT_EQ(json[source[3]], '\\');  // é came from its \u escape
  EXPECT_EQ(doc->string(doc->root()), "");  // not a string
}

TEST(JsonReader, ReadsBackWhatTheWriterWrites) {
  const std::vector<std::string> values = {"", "plain", "quote \" backslash \\ slash /", "\b\f\n\r\t",
                                           std::string("nul \0 and \x01\x1f", 12), "Лавров: «Да»",
                                           "\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7 flags"};
  const std::string json = json_array(values);
  const auto doc = JsonDocument::read(json);
  ASSERT_TRUE(doc) << json;
  const std::vector<JsonValue> got = doc->elements(doc->root());
  ASSERT_EQ(got.size(), values.size());
  for (std::size_t k = 0; k < values.size(); ++k) EXPECT_EQ(doc->string(got[k]), values[k]) << k;
}

TEST(JsonReader, DeepNestingReadsWithoutRecursion) {
  const std::size_t depth = 200000;
  std::string deep(depth, '[');
  deep.append(depth, ']');
  const auto doc = JsonDocument::read(deep);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->root().end, deep.size());
  EXPECT_EQ(doc->elements(doc->root()).size(), 1u);
  std::string objects;
  for (std::size_t k = 0; k < depth; ++k) objects += "{\"a\":";
  objects += "1";
  objects.append(depth, '}');
  EXPECT_TRUE(JsonDocument::read(objects));
  EXPECT_FALSE(JsonDocument::read(std::string(depth, '[')));
  EXPECT_FALSE(JsonDocument::read(objects.substr(0, objects.size() - 1)));
}

TEST(JsonReader, EveryPrefixOfADocumentIsReadOrRejectedSafely) {
  const std::string json =
      "{\"title\": \"Caf\xC3\xA9 \\u2019\", \"details\": {\"body\": \"<p>x</p>\", \"n\": [1.5e3, -0, true, null]}}";
  std::size_t accepted = 0;
  for (std::size_t cut = 0; cut <= json.size(); ++cut) {
    const auto doc = JsonDocument::read(std::string_view(json).substr(0, cut));
    if (!doc) continue;
    ++accepted;
    const auto title = doc->member(doc->root(), "title");
    if (title) {
      EXPECT_FALSE(find_invalid_utf8(doc->string(*title)));
    }
  }
  EXPECT_EQ(accepted, 1u);  // only the whole document
}

}  // namespace
}  // namespace transcript
