// Helpers shared by the transcript parser tests: reading fixtures, converting offsets back
// to bytes, and comparing a page's turns with a compact table of expectations.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/text/utf8.h"
#include "core/transcript/scan.h"
#include "core/transcript/transcript.h"

namespace transcript::testing {

inline std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(TRANSCRIPT_TEST_DATA) + "/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::size_t to_byte(std::string_view page, std::int64_t chars) {
  std::size_t i = 0;
  for (std::int64_t c = 0; c < chars && i < page.size(); ++c) {
    ++i;
    while (i < page.size() && is_continuation_byte(static_cast<unsigned char>(page[i]))) ++i;
  }
  return i;
}

inline std::string_view span_of(std::string_view page, const Turn& t) {
  const std::size_t b = to_byte(page, t.start_char), e = to_byte(page, t.end_char);
  return page.substr(b, e - b);
}

// The kinds of a page's first turns, in order (the caller asserts how many turns there are).
inline void expect_kinds(const Transcript& doc, std::initializer_list<TurnKind> kinds) {
  if (doc.turns.size() < kinds.size()) {
    ADD_FAILURE() << doc.turns.size() << " turns, fewer than the " << kinds.size() << " kinds expected";
    return;
  }
  std::size_t k = 0;
  for (TurnKind kind : kinds) {
    EXPECT_EQ(doc.turns[k].kind, kind) << k << ": " << doc.turns[k].text;
    ++k;
  }
}

// Short names for tables of expected turns.
namespace short_names {
constexpr auto Q = TurnKind::question;
constexpr auto A = TurnKind::answer;
constexpr auto S = TurnKind::statement;
constexpr auto R = TurnKind::remarks;
inline const std::optional<std::string> none;
inline const std::optional<int> no_reply;
}  // namespace short_names

struct Expected {
  TurnKind kind;
  std::optional<std::string> speaker;
  std::optional<std::string> label;
  std::optional<int> reply_to;
  std::string text;
};

// Checks every field the table gives, and that each span starts with the label (or the
// text) and ends with the end of the text.
inline void expect_turns(std::string_view page, const Transcript& doc,
                         const std::vector<Expected>& expected) {
  ASSERT_EQ(doc.turns.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Turn& t = doc.turns[i];
    const Expected& e = expected[i];
    SCOPED_TRACE("turn " + std::to_string(i + 1));
    EXPECT_EQ(t.seq, static_cast<int>(i) + 1);
    EXPECT_STREQ(turn_kind_name(t.kind), turn_kind_name(e.kind));
    EXPECT_EQ(t.speaker, e.speaker);
    EXPECT_EQ(t.label, e.label);
    EXPECT_EQ(t.reply_to, e.reply_to);
    EXPECT_EQ(t.text, e.text);
    const std::string_view span = span_of(page, t);
    if (t.label) {
      // No-break spaces inside a label are printed as one space in `label`.
      EXPECT_TRUE(collapse_spaces(span.substr(0, t.label->size() + 8)).starts_with(*t.label)) << span;
    }
    const std::string first_line = t.text.substr(0, t.text.find_first_of("\n"));
    const std::string last_line = t.text.substr(t.text.find_last_of('\n') + 1);
    if (!t.label) {
      EXPECT_TRUE(span.starts_with(first_line)) << span;
    }
    EXPECT_TRUE(span.ends_with(last_line)) << span;
  }
}

}  // namespace transcript::testing
