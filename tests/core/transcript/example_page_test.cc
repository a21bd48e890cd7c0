// The bundled example page (mid.ru, English, with the Russian sidebar and the missions
// directory after the transcript): the exact figures issue 2 asks for.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/text/utf8.h"
#include "core/transcript/transcript.h"

namespace transcript {
namespace {

std::string read_file(const std::string& name) {
  std::ifstream in(std::string(TRANSCRIPT_TEST_DATA) + "/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Byte offset of a code point offset.
std::size_t to_byte(std::string_view page, std::int64_t chars) {
  std::size_t i = 0;
  for (std::int64_t c = 0; c < chars && i < page.size(); ++c) {
    ++i;
    while (i < page.size() && is_continuation_byte(static_cast<unsigned char>(page[i]))) ++i;
  }
  return i;
}

class ExamplePage : public ::testing::Test {
 protected:
  void SetUp() override {
    page = read_file("mid_ru_lavrov_mgimo_2020.txt");
    ASSERT_FALSE(page.empty());
    doc = parse_transcript(page);
  }
  std::string page;
  Transcript doc;
};

TEST_F(ExamplePage, HasTwentyNineTurnsOfTheRightKinds) {
  ASSERT_EQ(doc.turns.size(), 29u);
  int remarks = 0, questions = 0, answers = 0, statements = 0;
  for (const Turn& t : doc.turns) {
    remarks += t.kind == TurnKind::remarks;
    questions += t.kind == TurnKind::question;
    answers += t.kind == TurnKind::answer;
    statements += t.kind == TurnKind::statement;
  }
  EXPECT_EQ(remarks, 1);
  EXPECT_EQ(questions, 14);
  EXPECT_EQ(answers, 14);
  EXPECT_EQ(statements, 0);
  for (std::size_t i = 0; i < doc.turns.size(); ++i) EXPECT_EQ(doc.turns[i].seq, static_cast<int>(i) + 1);
}

TEST_F(ExamplePage, OpeningRemarksBySergeyLavrov) {
  const Turn& t = doc.turns.at(0);
  EXPECT_EQ(t.kind, TurnKind::remarks);
  EXPECT_EQ(t.speaker, "Sergey Lavrov");
  EXPECT_EQ(t.label, std::nullopt);
  EXPECT_EQ(t.reply_to, std::nullopt);
  EXPECT_TRUE(t.text.starts_with("Mr Torkunov,")) << t.text.substr(0, 40);
  EXPECT_TRUE(t.text.ends_with("Let\u2019s go to the interactive format.")) << t.text.substr(t.text.size() - 60);
  EXPECT_EQ(t.line, 5);
  EXPECT_EQ(t.lang, "en");
  EXPECT_EQ(t.paragraphs, 24);
  EXPECT_NE(t.text.find("Mr Torkunov,\n\nMr Yakovenko,\n\nTraditionally"), std::string::npos);
}

TEST_F(ExamplePage, QuestionsAndAnswersAlternate) {
  for (std::size_t i = 1; i < doc.turns.size(); ++i) {
    const Turn& t = doc.turns[i];
    if (i % 2 == 1) {
      EXPECT_EQ(t.kind, TurnKind::question) << i;
      EXPECT_EQ(t.label, "Question");
      EXPECT_EQ(t.speaker, std::nullopt);
      EXPECT_EQ(t.reply_to, std::nullopt);
    } else {
      EXPECT_EQ(t.kind, TurnKind::answer) << i;
      EXPECT_EQ(t.label, "Sergey Lavrov");
      EXPECT_EQ(t.speaker, "Sergey Lavrov");
      EXPECT_EQ(t.reply_to, t.seq - 1);
    }
    EXPECT_EQ(t.lang, "en");
  }
  // "Question:\u00A0I would like…": the no-break space after the colon is not text.
  EXPECT_TRUE(doc.turns[9].text.starts_with("I would like to thank you")) << doc.turns[9].text.substr(0, 30);
}

TEST_F(ExamplePage, LastTurnEndsBeforeTheSidebar) {
  const Turn& last = doc.turns.back();
  EXPECT_TRUE(last.text.ends_with("to a fundamentally new positive level.")) << last.text.substr(last.text.size() - 60);
  for (const Turn& t : doc.turns) {
    EXPECT_EQ(t.text.find("\u0414\u043e\u043f\u043e\u043b\u043d\u0438\u0442\u0435\u043b\u044c"), std::string::npos);
    EXPECT_EQ(t.text.find("Wisconsin Ave"), std::string::npos);
    EXPECT_EQ(t.text.find("mid.ru"), std::string::npos);
    EXPECT_EQ(t.text.find("\u0424\u043e\u0442\u043e"), std::string::npos);  // Фото
  }
  EXPECT_EQ(doc.end_byte, page.find("\u0414\u043e\u043f\u043e\u043b\u043d\u0438\u0442\u0435\u043b\u044c\u043d\u044b\u0435 \u043c\u0430\u0442\u0435\u0440\u0438\u0430\u043b\u044b"));
}

TEST_F(ExamplePage, SpansStartWithTheLabelOrTheText) {
  std::int64_t previous_end = 0;
  for (const Turn& t : doc.turns) {
    ASSERT_LT(t.start_char, t.end_char);
    EXPECT_GE(t.start_char, previous_end);
    previous_end = t.end_char;
    const std::size_t b = to_byte(page, t.start_char), e = to_byte(page, t.end_char);
    const std::string_view span = std::string_view(page).substr(b, e - b);
    const std::string head = t.label ? *t.label + ":" : t.text.substr(0, t.text.find('\n'));
    EXPECT_TRUE(span.starts_with(head)) << t.seq << ": " << span.substr(0, 40);
    // The span ends where the text ends.
    const std::string tail = t.text.substr(t.text.rfind('\n') + 1);
    EXPECT_TRUE(span.ends_with(tail)) << t.seq;
  }
  EXPECT_EQ(doc.turns[1].line, 53);
  EXPECT_EQ(doc.turns[2].line, 55);
  EXPECT_EQ(doc.turns[3].line, 73);
}

TEST_F(ExamplePage, Metadata) {
  EXPECT_EQ(doc.info.title,
            "Foreign Minister Sergey Lavrov's remarks and answers to questions from MGIMO "
            "students and academic staff on the occasion of the beginning of a new academic "
            "year, Moscow, September 1, 2020");
  EXPECT_EQ(doc.info.date, "2020-09-01");
  EXPECT_EQ(doc.info.place, "Moscow");
  EXPECT_EQ(doc.info.time, "13:42");
  EXPECT_EQ(doc.info.speaker, "Sergey Lavrov");
  EXPECT_EQ(doc.info.lang, "en");
  EXPECT_EQ(doc.info.chars, static_cast<std::int64_t>(count_chars(page)));
}

}  // namespace
}  // namespace transcript
