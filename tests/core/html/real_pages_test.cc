// The cases of issue 15 on real pages (tests/data/turns/real/, sources in its SOURCES.md):
// cut from pages of the development corpus where the corpus shows the case, else written in
// the shape of the publisher's pages. Each page goes through PageInput, as the SQL tables
// read it. Rows were judged by reading the pages; where the parser and that reading differ,
// the row pins what the parser does and a comment says what a reader would say.
// Each row: kind, speaker, label, reply_to, the first five words of the text.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "core/html/page_input.h"
#include "html_test_util.h"

namespace transcript {
namespace {

using testing::char_span;
using testing::read_data;

constexpr auto Q = TurnKind::question;
constexpr auto A = TurnKind::answer;
constexpr auto S = TurnKind::statement;
const std::optional<std::string> none;
const std::optional<int> no_reply;

struct Row {
  TurnKind kind;
  std::optional<std::string> speaker, label;
  std::optional<int> reply_to;
  std::string first_words;
};

struct Page {
  std::string file;
  std::optional<std::string> title, date, place, speaker;
  std::vector<Row> turns;
  // Words the page prints after the transcript: none of them is in the last turn.
  std::vector<std::string> after_the_end;
};

// The first n words, no-break spaces read as spaces.
std::string first_words(std::string text, int n) {
  for (std::size_t at; (at = text.find("\u00A0")) != std::string::npos;) text.replace(at, 2, " ");
  std::string out;
  int words = 0;
  std::size_t i = 0;
  while (i < text.size() && words < n) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    const std::size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
    if (i == b) break;
    if (!out.empty()) out.push_back(' ');
    out.append(text, b, i - b);
    ++words;
  }
  return out;
}

const Page kPages[] = {
    // The "See also" block between two turns is an aside: the turns after it come back.
    {"kremlin_see_also_inside.html", "Meeting with participants of 19th World Festival of Youth and Students",
     "2017-10-15", none, none, {
      {S, "Ksenia Razuvayeva", "Moderator Ksenia Razuvayeva", no_reply, "Mr Putin, good evening. Starting"},
      {S, "Vladimir Putin", "President of Russia Vladimir Putin", no_reply, "Let me begin by welcoming"},
      {S, "Ksenia Razuvayeva", "Ksenia Razuvayeva", no_reply, "Thank you very much. As"},
      {S, "Afroz Shah", "Afroz Shah", no_reply, "Very good evening to you,"},
     }, {"See also"}},
    // The pull quote repeats a sentence of the speech: no turn, no part of one.
    {"kremlin_pull_quote.html", "Chemical disarmament completed in Russia", "2017-10-01", none, none, {
      {S, "Vladimir Putin", "Vladimir Putin", no_reply, "Colleagues, good afternoon. Without exaggeration,"},
      {S, "Denis Manturov", "Minister of Industry and Trade Denis Manturov", no_reply, "Thank you, Mr President."},
     }, {}},
    // The date over the headline after some 100 lines of menu; "| Manila, Philippines" after
    // the headline is its place, not its title; the venue is read whole; END ends.
    {"whitehouse_date_over_headline.html",
     "Remarks by President Trump and President Duterte of the Philippines Before Bilateral Meeting", "2017-11-13",
     "Philippine International Convention Center, Manila, Philippines", "Trump", {
      {S, "Duterte", "PRESIDENT DUTERTE", no_reply, "(In progress.) But on the"},
      {S, "Trump", "PRESIDENT TRUMP", no_reply, "Yeah, I would. And I"},
      {S, "Duterte", "PRESIDENT DUTERTE", no_reply, "You're welcome, Mr. President."},
      {Q, none, "Q", no_reply, "Mr. President -- (inaudible) --"},
      {A, "Duterte", "PRESIDENT DUTERTE", 4, "We're not answering any --"},
      {S, "Trump", "PRESIDENT TRUMP", no_reply, "Thank you very much."},
      {A, "Duterte", "PRESIDENT DUTERTE", 4, "We will be talking on"},
     }, {"END", "1:07 P.M."}},
    // A bytes literal; three venue lines; "Q --" takes up a question; the title's "by" names
    // three hosts, who answer (Jay Carney by the title's full name). A reader calls Rhodes's
    // first turn (he starts his own briefing after Carney hands over) and Donilon's goodbye
    // statements; the parser answers the open question with both.
    {"whitehouse_fragment_venue.html",
     "Press Briefing by National Security Advisor Tom Donilon, Deputy National Security Advisor For Strategic "
     "Communications Ben Rhodes and Press Secretary Jay Carney on the Situation in Libya",
     none, "Press Filing Center, Windsor Barra, Rio de Janeiro, Brazil", "Tom Donilon", {
      {S, "Jay Carney", "MR. CARNEY", no_reply, "Everybody ready? Thank you for"},
      {Q, none, "Q", no_reply, "Jay, can we please put"},
      {A, "Jay Carney", "MR. CARNEY", 2, "We're not going to do"},
      {Q, none, "Q", no_reply, "-- the President very briefly"},
      {A, "Jay Carney", "MR. CARNEY", 4, "We had Mike Mullen on"},
      // Another briefer greets the room after Carney answered: a statement (as the reading
      // key has the whole page, tests/corpus/key).
      {S, "Ben Rhodes", "MR. RHODES", no_reply, "Hey, guys, I won't take"},
      {A, "Tom Donilon", "MR. DONILON", 4, "Sure. A couple of points."},
      {S, none, "Q", no_reply, "Thank you very much."},
      // (After the journalists' sign-off no question is open: a farewell.)
      {S, "Tom Donilon", "MR. DONILON", no_reply, "All right, good to see"},
     }, {"END", "8:11 P.M."}},
    // One line: the section crumb, the headline printed again over the text, the place, and
    // a person card without initials. The lead prints "Владимир Путин" in full: В.Путин is he.
    // A short news item: the headline stands after the menus and the footer, inside a
    // role="complementary" block that holds the whole article; whom the condolences go to
    // speaks nowhere; nobody speaks, and the lead's subject ("Vladimir Putin sent a message
    // of condolences to …") is the principal.
    {"kremlin_news_item.html", "Condolences to US President Donald Trump", "2017-10-02", none, "Vladimir Putin", {}, {}},
    {"kremlin_ru_collapsed_card.txt", "Встреча с Патриархом Московским и всея Руси Кириллом", "2025-02-01",
     "Москва, Кремль", "Владимир Путин", {
      {S, "Владимир Путин", "В.Путин", no_reply, "Ваше святейшество! Хочу Вас поздравить"},
      {S, "Патриарх Кирилл", "Патриарх Кирилл Кирилл Патриарх Московский и всея Руси", no_reply,
       "Благодарю Вас сердечно за Ваше"},
      {S, "Владимир Путин", "В.Путин", no_reply, "Спасибо за поддержку. <…>"},
     }, {"Темы", "Статус материала", "kremlin.ru/d/76191"}},
    // An outlet right after an answer asks; "Appendix: <title>" and its text end the page.
    {"fmprc_outlets_appendix.txt", "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on April 10, 2024",
     "2024-04-10", none, "Mao Ning", {
      {S, "Mao Ning", "Mao Ning", no_reply, "At the invitation of Foreign"},
      {Q, none, "CCTV", no_reply, "Can you share more details"},
      {A, "Mao Ning", "Mao Ning", 2, "China and Russia are each"},
      {Q, none, "The Paper", no_reply, "The Philippines held joint patrols"},
      {A, "Mao Ning", "Mao Ning", 4, "We have noted the reports."},
      {Q, none, "Bloomberg", no_reply, "Has the Chinese side received"},
      {A, "Mao Ning", "Mao Ning", 6, "I have no information to"},
     }, {"Appendix", "groundless", "Share"}},
    // The closing line in parentheses is no part of the last answer.
    {"state_dept_closing_line.txt", "Department Press Briefing – March 4, 2024", "2024-03-04", "Washington, D.C.",
     "Matthew Miller", {
      {S, "Matthew Miller", "MR MILLER", no_reply, "Good afternoon, everyone. I have"},
      {Q, none, "QUESTION", no_reply, "Thank you, Matt. Can you"},
      {A, "Matthew Miller", "MR MILLER", 2, "The talks continue. We believe"},
      {Q, none, "QUESTION", no_reply, "One more, on Haiti. Is"},
      {A, "Matthew Miller", "MR MILLER", 4, "I don't have any travel"},
     }, {"concluded", "Related"}},
    // A character reference in a bold Markdown label; "Delivered on" gives the date.
    // The title names nobody: the host, the one person with more than one labelled turn.
    {"markdown_char_ref.md", "Minister for Europe's remarks at the Welsh Assembly", "2023-05-11", none, "Siôn Simon", {
      {S, "Siôn Simon", "Mr. Siôn Simon", no_reply, "Thank you, Chair. It is"},
      {Q, none, "Chair", no_reply, "Minister, what will change for"},
      {A, "Siôn Simon", "Mr. Siôn Simon", 2, "Very little will change in"},
      {S, none, "Chair", no_reply, "Thank you, Minister."},
     }, {}},
    // Date and place on one line under the headline.
    {"kremlin_date_place_line.txt", "News conference following Russian-German talks", "2022-02-15",
     "The Kremlin, Moscow", "Vladimir Putin", {
      {S, "Vladimir Putin", "Vladimir Putin", no_reply, "Mr Federal Chancellor, ladies and"},
      {S, "Olaf Scholz", "Olaf Scholz (retranslated)", no_reply, "Thank you very much, Mr"},
      {Q, none, "Question", no_reply, "Mr President, is there a"},
      {A, "Vladimir Putin", "Vladimir Putin", 3, "We do not want a"},
     }, {}},
    // Place and date under the headline: the headline stays the title.
    {"mid_ru_place_date_line.txt",
     "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации С.В.Лаврова в ходе "
     "совместной пресс-конференции",
     "2020-08-10", "Москва", "С.В.Лавров", {
      {S, "С.В.Лавров", "С.В.Лавров", no_reply, "Уважаемые дамы и господа, мы"},
      {Q, none, "Вопрос", no_reply, "Как Вы оцениваете итоги переговоров?"},
      {A, "С.В.Лавров", "С.В.Лавров", 2, "Положительно. Договорились продолжать контакты."},
     }, {}},
};

TEST(RealPages, TurnsAndMetadata) {
  for (const Page& p : kPages) {
    SCOPED_TRACE(p.file);
    const std::string page = read_data("turns/real/" + p.file);
    ASSERT_FALSE(page.empty());
    const PageInput input(page, PageFormat::automatic);
    const Transcript doc = input.parse_transcript();
    EXPECT_EQ(doc.info.title, p.title);
    EXPECT_EQ(doc.info.date, p.date);
    EXPECT_EQ(doc.info.place, p.place);
    EXPECT_EQ(doc.info.speaker, p.speaker);
    ASSERT_EQ(doc.turns.size(), p.turns.size());
    std::int64_t previous_end = 0;
    for (std::size_t i = 0; i < p.turns.size(); ++i) {
      SCOPED_TRACE("turn " + std::to_string(i + 1));
      const Turn& t = doc.turns[i];
      const Row& e = p.turns[i];
      EXPECT_EQ(t.seq, static_cast<int>(i) + 1);
      EXPECT_STREQ(turn_kind_name(t.kind), turn_kind_name(e.kind));
      EXPECT_EQ(t.speaker, e.speaker);
      EXPECT_EQ(t.label, e.label);
      EXPECT_EQ(t.reply_to, e.reply_to);
      EXPECT_EQ(first_words(t.text, 5), e.first_words);
      // Spans follow each other inside the page.
      EXPECT_GE(t.start_char, previous_end);
      EXPECT_GT(t.end_char, t.start_char);
      EXPECT_LE(t.end_char, doc.info.chars);
      previous_end = t.end_char;
    }
    if (doc.turns.empty()) continue;
    const std::string& last = doc.turns.back().text;
    for (const std::string& w : p.after_the_end) EXPECT_EQ(last.find(w), std::string::npos) << w;
  }
}

// A text page's spans start with the label.
TEST(RealPages, TextSpansStartWithTheLabel) {
  for (const Page& p : kPages) {
    if (p.file.ends_with(".html")) continue;
    SCOPED_TRACE(p.file);
    const std::string page = read_data("turns/real/" + p.file);
    const PageInput input(page, PageFormat::automatic);
    for (const Turn& t : input.parse_transcript().turns) {
      ASSERT_TRUE(t.label);
      const std::string_view span = char_span(page, t.start_char, t.end_char);
      const std::string_view bare = span.starts_with("**") ? span.substr(2) : span;
      const std::string first = t.label->substr(0, t.label->find(' '));
      // A character reference is decoded in the label, not in the page.
      if (t.label->find("Siôn") == std::string::npos) {
        EXPECT_TRUE(bare.starts_with(first)) << span.substr(0, 40);
      }
    }
  }
}

}  // namespace
}  // namespace transcript
