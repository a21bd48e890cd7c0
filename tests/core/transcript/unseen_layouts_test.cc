// Pages in layouts the parser's rules were not written from (tests/data/turns/layouts/):
// written independently, each with the expected turns judged by hand. Where the parser and
// that judgement differ, the test pins what the parser does and says so:
//   - govuk_cleverly_speech: the date is the published date (12 May), not the delivered one.
// Each row: kind, speaker, label, reply_to, lang, the first five words of the text.
#include "turn_test_util.h"

namespace transcript {
namespace {

using testing::read_fixture;
using testing::span_of;
constexpr auto Q = TurnKind::question;
constexpr auto A = TurnKind::answer;
constexpr auto S = TurnKind::statement;
constexpr auto R = TurnKind::remarks;
const std::optional<std::string> none;
const std::optional<int> no_reply;

struct Row {
  TurnKind kind;
  std::optional<std::string> speaker, label;
  std::optional<int> reply_to;
  std::string lang, first_words;
};

struct Page {
  std::string file;
  std::optional<std::string> title, date, place, time, speaker;
  std::string lang;
  std::vector<Row> turns;
};

std::string first_words(const std::string& text, int n) {
  std::string out;
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word && ++words > n) break;
    if (space && in_word && words == n) break;
    if (space) {
      if (in_word && !out.empty()) out.push_back(' ');
    } else {
      out.push_back(c);
    }
    in_word = !space;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

const Page kPages[] = {
    {"diplomatie_point_de_presse_fr.txt", "Point de presse du porte-parole (14 mars 2023)", "2023-03-14", none, none, none, "fr", {
      {R, none, none, no_reply, "fr", "1 - Déplacement de Mme"},
      {Q, none, "Q", no_reply, "fr", "Quelle est la réaction de"},
      {A, none, "R", 2, "fr", "La France a pris connaissance"},
      {Q, none, "Q", no_reply, "fr", "La France envisage-t-elle de nouvelles"},
      {A, none, "R", 4, "fr", "Nous appelons l'ensemble des responsables"},
      {Q, none, "Q", no_reply, "fr", "Un déplacement de la ministre"},
      {A, none, "R", 6, "fr", "Je n'ai pas d'annonce à"},
    }},
    {"embassy_kommersant_labelled.txt", "Foreign Minister Sergey Lavrov's interview with Kommersant newspaper", "2022-12-28", none, "11:30", "Sergey Lavrov", "en", {
      {Q, none, "Kommersant", no_reply, "en", "Mr Lavrov, the year is"},
      {A, "Sergey Lavrov", "Sergey Lavrov", 1, "en", "The main outcome is that"},
      {Q, none, "Kommersant", no_reply, "en", "Is there any prospect of"},
      {A, "Sergey Lavrov", "Sergey Lavrov", 3, "en", "Brussels has effectively given up"},
      {Q, none, "Kommersant", no_reply, "en", "What about strategic stability? The"},
      {A, "Sergey Lavrov", "Sergey Lavrov", 5, "en", "We have never refused to"},
      {Q, none, "Kommersant", no_reply, "en", "And finally, a traditional question:"},
      {A, "Sergey Lavrov", "Sergey Lavrov", 7, "en", "Health, optimism and confidence in"},
    }},
    {"fmprc_wang_wenbin.txt", "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 3, 2023", "2023-03-03", none, none, "Wang Wenbin", "en", {
      {R, "Wang Wenbin", none, no_reply, "en", "At the invitation of the"},
      {Q, none, "CCTV", no_reply, "en", "We noted that the visit"},
      {A, "Wang Wenbin", "Wang Wenbin", 2, "en", "Kazakhstan is a friendly neighbor"},
      {Q, none, "AFP", no_reply, "en", "The German government said yesterday"},
      {A, "Wang Wenbin", "Wang Wenbin", 4, "en", "We have noted the relevant"},
      {Q, none, "AFP", no_reply, "en", "A follow-up question. If Germany"},
      {A, "Wang Wenbin", "Wang Wenbin", 6, "en", "I will not respond to"},
      {Q, none, "Bloomberg", no_reply, "en", "Reports say that the US"},
      {A, "Wang Wenbin", "Wang Wenbin", 8, "en", "The US has been overstretching"},
      {Q, none, "Reuters", no_reply, "en", "Can you confirm whether Foreign"},
      {A, "Wang Wenbin", "Wang Wenbin", 10, "en", "I have no information to"},
    }},
    {"govuk_cleverly_speech.txt", "Foreign Secretary James Cleverly's speech on the Indo-Pacific", "2023-05-12", none, none, "James Cleverly", "en", {
      {R, "James Cleverly", none, no_reply, "en", "Thank you very much for"},
    }},
    {"joint_presser_lavrov_wang_yi.txt", "Foreign Minister Sergey Lavrov's remarks and answers to media questions at a joint news conference with Foreign Minister of China Wang Yi following talks, Tunxi, March 30, 2022", "2022-03-30", "Tunxi", none, "Sergey Lavrov", "en", {
      {S, "Sergey Lavrov", "Sergey Lavrov", no_reply, "en", "Ladies and gentlemen, we have"},
      {S, "Wang Yi", "Wang Yi (retranslated from Chinese)", no_reply, "en", "I would like to thank"},
      {Q, none, "Question (to both ministers)", no_reply, "en", "How do you assess the"},
      {A, "Sergey Lavrov", "Sergey Lavrov", 3, "en", "We have explained our position"},
      {A, "Wang Yi", "Wang Yi (retranslated from Chinese)", 3, "en", "China supports all efforts conducive"},
      {Q, none, "Question (to Wang Yi)", no_reply, "en", "Will China continue to expand"},
      {A, "Wang Yi", "Wang Yi", 6, "en", "Normal economic and trade cooperation"},
      {Q, none, "Question (to Sergey Lavrov)", no_reply, "en", "Did you discuss the use"},
      {A, "Sergey Lavrov", "Sergey Lavrov", 8, "en", "Yes, we did. The share"},
    }},
    {"kremlin_putin_lavrov_meeting.txt", "Встреча с Министром иностранных дел Сергеем Лавровым", "2023-04-10", "Москва, Кремль", "16:20", none, "ru", {
      {S, "В.Путин", "В.Путин", no_reply, "ru", "Сергей Викторович, добрый день! Вы"},
      {S, "С.Лавров", "С.Лавров", no_reply, "ru", "Добрый день, Владимир Владимирович! Поездка"},
      {S, "В.Путин", "В.Путин", no_reply, "ru", "Подготовка ко второму саммиту «Россия"},
      {S, "С.Лавров", "С.Лавров", no_reply, "ru", "Да, работа идёт в плотном"},
      {S, "В.Путин", "В.Путин", no_reply, "ru", "Хорошо. Прошу держать эти вопросы"},
      {S, "С.Лавров", "С.Лавров", no_reply, "ru", "Обязательно, Владимир Владимирович. Будем информировать"},
    }},
    {"mea_india_weekly_briefing.txt", "Transcript of Weekly Media Briefing by the Official Spokesperson (March 09, 2023)", "2023-03-09", none, none, none, "en", {
      {S, "Arindam Bagchi", "Official Spokesperson, Shri Arindam Bagchi", no_reply, "en", "Namaskar, good afternoon and welcome"},
      {Q, "Sidhant Sibal", "Sidhant Sibal, WION", no_reply, "en", "Sir, there are reports that"},
      {Q, "Neha Sharma", "Neha Sharma, Doordarshan", no_reply, "en", "Sir, on the same subject,"},
      {A, "Arindam Bagchi", "Official Spokesperson, Shri Arindam Bagchi", 3, "en", "Let me take these together."},
      {Q, none, "Question", no_reply, "en", "Sir, can you give us"},
      {A, "Arindam Bagchi", "Official Spokesperson, Shri Arindam Bagchi", 5, "en", "Our Embassy in Khartoum remains"},
      {Q, "Sumit Dutta", "Sumit Dutta, ANI", no_reply, "en", "Sir, is there any update"},
      {A, "Arindam Bagchi", "Official Spokesperson, Shri Arindam Bagchi", 7, "en", "The dates are being worked"},
    }},
    {"mid_kommersant_unlabelled_answers.txt", "Interview of Foreign Minister Sergey Lavrov to the newspaper Kommersant, Moscow, 12 April 2022", "2022-04-12", "Moscow", "10:05", "Sergey Lavrov", "en", {
      {Q, none, "Question", no_reply, "en", "Mr Lavrov, how would you"},
      {A, "Sergey Lavrov", none, 1, "en", "They are at their lowest"},
      {Q, none, "Question", no_reply, "en", "Does this mean that Russia"},
      {A, "Sergey Lavrov", none, 3, "en", "We are not turning anywhere."},
      {Q, none, "Question", no_reply, "en", "The talks with the Ukrainian"},
      {A, "Sergey Lavrov", none, 5, "en", "The negotiating process continues, although"},
      {Q, none, "Question", no_reply, "en", "Finally, what do you expect"},
      {A, "Sergey Lavrov", none, 7, "en", "We appreciate the position of"},
    }},
    {"mid_zakharova_briefing_ru.txt", "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 15 марта 2023 года", "2023-03-15", "Москва", "17:42", "М.В.Захарова", "ru", {
      {R, "М.В.Захарова", none, no_reply, "ru", "Добрый день, уважаемые коллеги! Сегодня"},
      {Q, none, "Вопрос", no_reply, "ru", "Как в Москве оценивают заявления"},
      {A, "М.В.Захарова", "М.В.Захарова", 2, "ru", "Такие заявления свидетельствуют о том,"},
      {Q, none, "Вопрос", no_reply, "ru", "Планируется ли в ближайшее время"},
      {A, "М.В.Захарова", "М.В.Захарова", 4, "ru", "Таких планов на сегодняшний день"},
      {Q, none, "Вопрос", no_reply, "ru", "Прокомментируйте, пожалуйста, решение властей Латвии"},
      {A, "М.В.Захарова", "М.В.Захарова", 6, "ru", "Это очередное проявление политики «свободы"},
    }},
    {"state_dept_press_briefing.txt", "Department Press Briefing – February 14, 2023", "2023-02-14", "Washington, DC", "1:34 p.m.", none, "en", {
      {S, "PRICE", "MR PRICE", no_reply, "en", "Good afternoon, everyone. Just a"},
      {Q, none, "QUESTION", no_reply, "en", "Ned, on Ukraine, there are"},
      {A, "PRICE", "MR PRICE", 2, "en", "I'm not going to get"},
      {Q, none, "QUESTION", no_reply, "en", "But you're not ruling it"},
      {A, "PRICE", "MR PRICE", 4, "en", "We're not ruling anything in"},
      {Q, none, "QUESTION", no_reply, "en", "Can I go to China?"},
      {A, "PRICE", "MR PRICE", 6, "en", "Our lines of communication remain"},
      {S, none, "OPERATOR", no_reply, "en", "Thank you. Our first question"},
      {Q, none, "QUESTION", no_reply, "en", "Hi, Ned, thanks for taking"},
      {A, "PRICE", "MR PRICE", 9, "en", "We'll have more to say"},
    }},
};

TEST(UnseenLayouts, TurnsAndMetadata) {
  for (const Page& p : kPages) {
    SCOPED_TRACE(p.file);
    const std::string page = read_fixture("turns/layouts/" + p.file);
    const Transcript doc = parse_transcript(page);
    EXPECT_EQ(doc.info.title, p.title);
    EXPECT_EQ(doc.info.date, p.date);
    EXPECT_EQ(doc.info.place, p.place);
    EXPECT_EQ(doc.info.time, p.time);
    EXPECT_EQ(doc.info.speaker, p.speaker);
    EXPECT_EQ(doc.info.lang, p.lang);
    ASSERT_EQ(doc.turns.size(), p.turns.size());
    for (std::size_t i = 0; i < p.turns.size(); ++i) {
      SCOPED_TRACE("turn " + std::to_string(i + 1));
      const Turn& t = doc.turns[i];
      const Row& e = p.turns[i];
      EXPECT_STREQ(turn_kind_name(t.kind), turn_kind_name(e.kind));
      EXPECT_EQ(t.speaker, e.speaker);
      EXPECT_EQ(t.label, e.label);
      EXPECT_EQ(t.reply_to, e.reply_to);
      EXPECT_EQ(t.lang, e.lang);
      EXPECT_EQ(first_words(t.text, 5), e.first_words);
      // The span starts with the label, or with the text of an unlabelled turn.
      const std::string_view span = span_of(page, t);
      EXPECT_TRUE(span.starts_with(t.label ? std::string_view(*t.label).substr(0, 1)
                                           : std::string_view(t.text).substr(0, 10)))
          << span.substr(0, 40);
    }
  }
}

// Nothing of the page furniture after the transcript reaches the last turn.
TEST(UnseenLayouts, FootersStayOut) {
  for (const Page& p : kPages) {
    SCOPED_TRACE(p.file);
    const Transcript doc = parse_transcript(read_fixture("turns/layouts/" + p.file));
    ASSERT_FALSE(doc.turns.empty());
    const std::string& last = doc.turns.back().text;
    for (const char* furniture : {"Share", "Tags:", "Поделиться", "Опубликован", "Previous", "Partager",
                                  "Is this page useful", "Copyright", "\u00A9", "Постоянный адрес"}) {
      EXPECT_EQ(last.find(furniture), std::string::npos) << furniture;
    }
  }
}

}  // namespace
}  // namespace transcript
