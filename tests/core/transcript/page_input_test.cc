// Input forms: line ends, BOM, invalid UTF-8, NUL bytes, empty pages; and page-level label
// decisions that need more than one line (turns on consecutive lines, weak labels, a
// rhetorical question inside an answer).
#include <gtest/gtest.h>

#include "core/text/input_error.h"
#include "turn_test_util.h"

namespace transcript {
namespace {

using testing::read_fixture;
using testing::span_of;

std::string with_line_ends(std::string_view page, std::string_view end) {
  std::string out;
  for (char c : page) {
    if (c == '\n') out.append(end);
    else out.push_back(c);
  }
  return out;
}

TEST(PageInput, CrlfCrAndBomGiveTheSameTurns) {
  const std::string lf = read_fixture("turns/mid_ru_press_conference.txt");
  const Transcript base = parse_transcript(lf);
  ASSERT_EQ(base.turns.size(), 8u);
  for (const std::string& page : {with_line_ends(lf, "\r\n"), with_line_ends(lf, "\r"),
                                  "\xEF\xBB\xBF" + lf, "\xEF\xBB\xBF" + with_line_ends(lf, "\r\n")}) {
    const Transcript doc = parse_transcript(page);
    ASSERT_EQ(doc.turns.size(), base.turns.size());
    for (std::size_t i = 0; i < doc.turns.size(); ++i) {
      const Turn& a = base.turns[i];
      const Turn& b = doc.turns[i];
      EXPECT_EQ(a.text, b.text);
      EXPECT_EQ(a.kind, b.kind);
      EXPECT_EQ(a.label, b.label);
      EXPECT_EQ(a.line, b.line);
      // Offsets count the page as given: a BOM and each CR are characters.
      EXPECT_TRUE(span_of(page, b).starts_with(a.label ? *a.label : a.text.substr(0, 10)));
    }
    EXPECT_EQ(doc.info.title, base.info.title);
    EXPECT_EQ(doc.info.date, base.info.date);
    EXPECT_EQ(doc.info.time, base.info.time);
    EXPECT_EQ(doc.info.chars, static_cast<std::int64_t>(count_chars(page)));
    EXPECT_EQ(std::string_view(page).substr(doc.end_byte, 10), std::string_view("Дополнительные").substr(0, 10));
  }
  // Exact offsets with CRLF: line 10 starts after nine line ends of two bytes each.
  const std::string crlf = with_line_ends(lf, "\r\n");
  const Transcript doc = parse_transcript(crlf);
  EXPECT_EQ(doc.turns[1].start_char - base.turns[1].start_char, 9);
  const std::string bom = "\xEF\xBB\xBF" + lf;
  EXPECT_EQ(parse_transcript(bom).turns[1].start_char - base.turns[1].start_char, 1);
}

TEST(PageInput, InvalidUtf8NamesTheByte) {
  const std::string page = "Question: Why?\n\nSergey Lavrov: Bec\xC3\x28use.";
  try {
    parse_transcript(page);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "invalid UTF-8 at byte 34");
  }
  EXPECT_THROW(parse_transcript("\xFF"), InputError);
}

TEST(PageInput, EmptyAndBlankPagesHaveNoTurns) {
  for (std::string_view page : {std::string_view(""), std::string_view("\n\n  \r\n\t"),
                                std::string_view("\xEF\xBB\xBF"), std::string_view("\0\0\n", 3)}) {
    const Transcript doc = parse_transcript(page);
    EXPECT_TRUE(doc.turns.empty());
    EXPECT_EQ(doc.end_byte, page.size());
    EXPECT_EQ(doc.info.lang, "und");
    EXPECT_EQ(doc.info.title, std::nullopt);
  }
}

TEST(PageInput, NulBytesAreWhiteSpace) {
  const std::string page("Question:\0Why?\0\0\n\nSergey Lavrov: Because\0of that.\n", 51);
  const Transcript doc = parse_transcript(page);
  ASSERT_EQ(doc.turns.size(), 2u);
  EXPECT_EQ(doc.turns[0].text, "Why?");
  EXPECT_EQ(doc.turns[1].text, "Because of that.");
  EXPECT_EQ(doc.turns[1].words, 3);
  EXPECT_EQ(doc.turns[1].reply_to, 1);
}

TEST(PageInput, TurnsOnConsecutiveLines) {
  const std::string page =
      "Q: What is the plan?\nA: To talk.\nQ: When?\nA: Soon.\nThat is all\nfor now.\n";
  const Transcript doc = parse_transcript(page);
  ASSERT_EQ(doc.turns.size(), 4u);
  EXPECT_EQ(doc.turns[1].text, "To talk.");
  EXPECT_EQ(doc.turns[3].text, "Soon.\nThat is all for now.");
  EXPECT_EQ(doc.turns[3].paragraphs, 1);
  EXPECT_EQ(doc.turns[3].line, 4);
  EXPECT_EQ(doc.turns[3].reply_to, 3);
  EXPECT_EQ(doc.turns[2].start_char, 33);  // "Q: What is the plan?\n" + "A: To talk.\n"
  EXPECT_EQ(doc.turns[3].end_char, static_cast<std::int64_t>(page.size()) - 1);
}

TEST(PageInput, RhetoricalQuestionInsideAnAnswer) {
  const std::string page =
      "Вопрос: Как Вы оцениваете ситуацию?\n\n"
      "С.В.Лавров: Ситуация сложная.\n\n"
      "Вопрос: почему так? Потому что партнёры не слушают.\n\n"
      "Вопрос: Что дальше?\n\n"
      "С.В.Лавров: Будем работать.\n";
  const Transcript doc = parse_transcript(page);
  ASSERT_EQ(doc.turns.size(), 4u);
  EXPECT_EQ(doc.turns[1].kind, TurnKind::answer);
  EXPECT_EQ(doc.turns[1].text,
            "Ситуация сложная.\n\nВопрос: почему так? Потому что партнёры не слушают.");
  EXPECT_EQ(doc.turns[2].kind, TurnKind::question);
  EXPECT_EQ(doc.turns[3].reply_to, 3);
  EXPECT_EQ(doc.info.lang, "ru");
}

TEST(PageInput, WeakLabelsNeedSupportFromThePage) {
  // A single unknown word counts when it repeats...
  const Transcript repeated = parse_transcript(
      "Interviewer: Why?\n\nLavrov: Because.\n\nInterviewer: And then?\n\nLavrov: We will see.\n");
  ASSERT_EQ(repeated.turns.size(), 4u);
  EXPECT_EQ(repeated.turns[0].kind, TurnKind::question);
  EXPECT_EQ(repeated.turns[0].speaker, std::nullopt);  // "Interviewer" is a role
  EXPECT_EQ(repeated.turns[1].kind, TurnKind::answer);
  EXPECT_EQ(repeated.turns[1].speaker, "Lavrov");
  EXPECT_EQ(repeated.turns[3].reply_to, 3);
  // Two single names: the one who only asks is the interviewer.
  const Transcript named = parse_transcript("Smith: Why?\n\nLavrov: Because.\n\nSmith: And then?\n\nLavrov: We will see.\n");
  ASSERT_EQ(named.turns.size(), 4u);
  EXPECT_EQ(named.turns[0].kind, TurnKind::question);
  EXPECT_EQ(named.turns[0].speaker, "Smith");
  EXPECT_EQ(named.turns[3].kind, TurnKind::answer);
  EXPECT_EQ(named.turns[3].reply_to, 3);
  // A meeting: both also say things that are not questions, so nobody interviews anybody.
  const Transcript meeting = parse_transcript(
      "В.Путин: Добрый день! Как прошла поездка?\n\nС.Лавров: Хорошо.\n\nВ.Путин: Спасибо. Продолжайте.\n\n"
      "С.Лавров: Будем работать.\n");
  ASSERT_EQ(meeting.turns.size(), 4u);
  for (const Turn& t : meeting.turns) EXPECT_EQ(t.kind, TurnKind::statement) << t.seq;
  // The asker speaking again does not answer their own question.
  const Transcript own = parse_transcript(
      "Sergey Lavrov's interview with the BBC\n\nJohn Smith: Why?\n\nSergey Lavrov: Because.\n\n"
      "John Smith: I see. Thank you.\n");
  ASSERT_EQ(own.turns.size(), 3u);
  EXPECT_EQ(own.turns[0].kind, TurnKind::question);
  EXPECT_EQ(own.turns[1].kind, TurnKind::answer);
  EXPECT_EQ(own.turns[2].kind, TurnKind::statement);
  EXPECT_EQ(own.turns[2].reply_to, std::nullopt);
  // ...but not alone in a monologue.
  const Transcript alone = parse_transcript(
      "We have done a lot this year.\n\nPatience: that is what we need now.\n");
  ASSERT_EQ(alone.turns.size(), 1u);
  EXPECT_EQ(alone.turns[0].kind, TurnKind::remarks);
  EXPECT_EQ(alone.turns[0].paragraphs, 2);
}

TEST(PageInput, NewsLeadIsNotATurn) {
  const Transcript lead = parse_transcript(
      "Встреча с Сергеем Лавровым\n\nВладимир Путин провёл рабочую встречу с Министром иностранных дел.\n\n"
      "В.Путин: Добрый день!\n\nС.Лавров: Добрый день.\n");
  ASSERT_EQ(lead.turns.size(), 2u);
  EXPECT_EQ(lead.turns[0].label, "В.Путин");
  // First person: opening remarks that name the other speaker are speech.
  const Transcript remarks = parse_transcript(
      "Joint press conference\n\nWang Yi and I have just held productive talks.\n\n"
      "Wang Yi: Thank you.\n\nQuestion: What next?\n\nWang Yi: We will see.\n");
  ASSERT_EQ(remarks.turns.size(), 4u);
  EXPECT_EQ(remarks.turns[0].kind, TurnKind::remarks);
  // An editor's note is not a turn either.
  const Transcript note = parse_transcript(
      "Noon briefing\n\nThe following is a near-verbatim transcript of today's briefing.\n\n"
      "Spokesman: Good afternoon.\n\nQuestion: Any news?\n\nSpokesman: None.\n");
  ASSERT_EQ(note.turns.size(), 3u);
  EXPECT_EQ(note.turns[0].label, "Spokesman");
}

TEST(PageInput, LabelledPlaceInTheHeader) {
  const Transcript inline_place = parse_transcript(
      "Foreign Secretary's speech on Europe\nPublished 10 June 2025\nLocation: London\n\nThank you all for coming.\n");
  EXPECT_EQ(inline_place.info.place, "London");
  const Transcript next_line = parse_transcript(
      "Выступление Министра\n12 мая 2021 года\nМесто проведения:\nМосква, МИД России\n\nДобрый день, коллеги!\n");
  EXPECT_EQ(next_line.info.place, "Москва, МИД России");
  // In the speech it is text, not the place.
  const Transcript in_speech = parse_transcript("Remarks\n\nThank you.\n\nLocation: it matters.\n");
  EXPECT_EQ(in_speech.info.place, std::nullopt);
}

TEST(PageInput, PeriodQAndALabels) {
  const Transcript qa = parse_transcript(
      "Remarks to the press\n\nQ. What about Syria?\n\nA. We are working on it.\n\nQ. And Belarus?\n\nA. No comment.\n");
  ASSERT_EQ(qa.turns.size(), 4u);
  EXPECT_EQ(qa.turns[0].kind, TurnKind::question);
  EXPECT_EQ(qa.turns[0].label, "Q.");
  EXPECT_EQ(qa.turns[0].text, "What about Syria?");
  EXPECT_EQ(qa.turns[3].kind, TurnKind::answer);
  EXPECT_EQ(qa.turns[3].reply_to, 3);
  // An initial opening a sentence, on a page without questions, is speech.
  const Transcript initial = parse_transcript("Talks in Minsk\n\nA. Lukashenko and I agree that the talks went well.\n");
  ASSERT_EQ(initial.turns.size(), 1u);
  EXPECT_EQ(initial.turns[0].kind, TurnKind::remarks);
  EXPECT_EQ(initial.turns[0].text, "A. Lukashenko and I agree that the talks went well.");
  // The same sentence in the third person is a news item: no speech, no turn.
  EXPECT_EQ(parse_transcript("Talks in Minsk\n\nA. Lukashenko said the talks went well.\n").turns.size(), 0u);
}

TEST(PageInput, WordsAndLanguage) {
  const Transcript doc = parse_transcript(
      "Question: Lavrov's view on Nagorno-Karabakh and COVID-19 — 2020?\n\nС.В.Лавров: Да, это так.\n");
  ASSERT_EQ(doc.turns.size(), 2u);
  EXPECT_EQ(doc.turns[0].words, 7);
  EXPECT_EQ(doc.turns[0].lang, "en");
  EXPECT_EQ(doc.turns[1].words, 3);
  EXPECT_EQ(doc.turns[1].lang, "ru");
  EXPECT_EQ(parse_transcript("Question: 2020?\n\nAnswer: 42.\n").turns[0].lang, "und");
}

// The header's lead names the event's dates in a sentence; the page's date is its own
// line's (kremlin.ru 55050: the lead's range once gave the date and "on" the place).
TEST(PageInput, LeadSentenceDateComesAfterTheDateLine) {
  const Transcript doc = parse_transcript(
      "Greetings to Russian team at 23rd Summer Deaflympics\n\n"
      "Vladimir Putin sent his greetings to the Russian team at the upcoming 23rd Summer Deaflympics, which will be "
      "held in Samsun, Turkey, on July 18\u201330, 2017.\n\n"
      "July 14, 2017\n\n"
      "The message reads, in part: \u201CI wish you success.\u201D\n");
  EXPECT_EQ(doc.info.title, "Greetings to Russian team at 23rd Summer Deaflympics");
  EXPECT_EQ(doc.info.date, "2017-07-14");
  EXPECT_EQ(doc.info.place, std::nullopt);
  // Without a date line, the lead's date is the page's: the first day of its range.
  const Transcript lead_only = parse_transcript(
      "Visit to Turkey\n\n"
      "Vladimir Putin will visit Ankara at the invitation of the President of Turkey on April 3\u20134, 2018.\n\n"
      "The talks will cover trade and energy, and the two presidents will speak to the press.\n");
  EXPECT_EQ(lead_only.info.date, "2018-04-03");
}

// A label whose value is only a date is a field and opens no turn; a label whose every turn
// opens with a date and goes on is a field of a list of instructions, not a person; a
// speaker who once opens with a date is still a speaker.
TEST(PageInput, DatedFieldLabelsNameNobody) {
  const Transcript list = parse_transcript(
      "Instructions on implementation of the Address\n\n"
      "The Government was instructed to draft amendments to the law.\n\n"
      "Deadline: April 15, 2018.\n\n"
      "The Government was instructed to submit proposals on housing.\n\n"
      "Deadline: July 1, 2018.\n");
  EXPECT_TRUE(list.turns.empty());  // no labels, and no speech: a news item
  EXPECT_EQ(list.info.speaker, std::nullopt);
  const Transcript ru = parse_transcript(
      "Перечень поручений по итогам совещания\n\n"
      "Правительству поручено подготовить предложения.\n\n"
      "Срок: 1 июня 2018 года. Ответственный: Медведев Д.А.\n\n"
      "Правительству поручено внести изменения.\n\n"
      "Срок: 1 июля 2018 года. Ответственный: Медведев Д.А.\n");
  int deadlines = 0;
  for (const Turn& t : ru.turns) {
    if (!t.label || *t.label != "Срок") continue;
    ++deadlines;
    EXPECT_EQ(t.speaker, std::nullopt) << t.text;
  }
  EXPECT_EQ(deadlines, 2);
  EXPECT_EQ(ru.info.speaker, std::nullopt);
  const Transcript talk = parse_transcript(
      "Question: When did it start?\n\nSergey Lavrov: September 1, 2020 was the day.\n\n"
      "Question: And then?\n\nSergey Lavrov: We went on working.\n");
  ASSERT_EQ(talk.turns.size(), 4u);
  EXPECT_EQ(talk.turns[1].speaker, "Sergey Lavrov");
}

// A Chinese speech page as a browser shows it: a breadcrumb with arrows, the headline (one
// "word" between spaces, many by its shape), a source line with a full-width colon, the
// font-size widget, then the speech, which opens with a salutation at a line start.
TEST(PageInput, ChineseSpeechPage) {
  const Transcript doc = parse_transcript(
      "首页\n外交部\n首页\u00A0>\u00A0重要新闻\n"  // no-break spaces, as &nbsp;&gt;&nbsp; gives them
      "杨洁篪在第55届慕尼黑安全会议上的主旨演讲（全文）\n"
      "来源：（外交部供稿）    2019-02-17\n"
      "[字体：大 中 小]      打印本页\n\n"
      "尊敬的慕尼黑安全会议主席先生，\n女士们，先生们！\n\n"
      "　　很高兴出席本届慕尼黑安全会议。当前，国际形势加速深刻演变。\n\n"
      "　　谢谢大家！\n");
  EXPECT_EQ(doc.info.title, "杨洁篪在第55届慕尼黑安全会议上的主旨演讲（全文）");
  EXPECT_EQ(doc.info.date, "2019-02-17");
  EXPECT_EQ(doc.info.speaker, "杨洁篪");
  EXPECT_EQ(doc.info.lang, "zh");
  ASSERT_EQ(doc.turns.size(), 1u);
  EXPECT_EQ(doc.turns[0].kind, TurnKind::remarks);
  EXPECT_EQ(doc.turns[0].speaker, "杨洁篪");
  EXPECT_TRUE(doc.turns[0].text.starts_with("尊敬的")) << doc.turns[0].text;
  // The same page as a news report in the third person, a salutation quoted mid-sentence:
  // no speech.
  const Transcript news = parse_transcript(
      "首页 > 驻外报道 > 夫人活动\n"
      "驻英国大使夫人主办线上礼仪讲座\n"
      "来源：（驻英国使馆供稿）    2020-06-25\n\n"
      "　　2020年6月22日，驻英国使馆妇女小组举办线上礼仪讲座，向各国朋友们介绍中国礼仪。\n");
  EXPECT_EQ(news.info.title, "驻英国大使夫人主办线上礼仪讲座");
  EXPECT_EQ(news.turns.size(), 0u);
}

}  // namespace
}  // namespace transcript
