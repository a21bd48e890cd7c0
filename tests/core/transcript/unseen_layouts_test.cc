// Pages in layouts the parser's rules were not written from (tests/data/turns/layouts/):
// written independently in two batches, each with the expected turns judged by hand. Where
// the parser and that judgement differ, the test pins what the parser does and says so:
//   - kremlin_press_conference: the moderator's turns that give the floor after an answer
//     (Д.Песков) are answers to the open question, not statements;
//   - regpk_de: "Frage (Müller)" names no speaker (a role label; the annotation is not read);
//   - exteriores_es: the labels are "P." and "R." (the dash is the separator, like a colon).
// Each row: kind, speaker, label, reply_to, lang, the first five words of the text.
#include "turn_test_util.h"

namespace transcript {
namespace {

using testing::expect_kinds;
using testing::read_fixture;
using testing::span_of;
using namespace testing::short_names;

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

const char* const kLavrovAr = "\u0633\u064a\u0631\u063a\u064a \u0644\u0627\u0641\u0631\u0648\u0641";  // Sergey Lavrov in Arabic

const Page kPages[] = {
    {"bbc_interview.txt", "Sergey Lavrov's interview with the BBC, Moscow, 20 June 2023", "2023-06-20", "Moscow", none, "Sergey Lavrov", "en", {
      {Q, "John Smith", "John Smith", no_reply, "en", "Minister, thank you for talking"},
      {A, "Sergey Lavrov", "Sergey Lavrov", 1, "en", "Thank you. I am not"},
      {Q, "John Smith", "John Smith", no_reply, "en", "Western governments say Russia could"},
      {A, "Sergey Lavrov", "Sergey Lavrov", 3, "en", "This is a very convenient"},
      {Q, "John Smith", "John Smith", no_reply, "en", "Are there any contacts with"},
      {A, "Sergey Lavrov", "Sergey Lavrov", 5, "en", "Practically none. The British government"},
      {Q, "John Smith", "John Smith", no_reply, "en", "A final question. The African"},
      {A, "Sergey Lavrov", "Sergey Lavrov", 7, "en", "We appreciate the sincere interest"},
    }},
    {"china_mfa_ru.txt", "Регулярная пресс-конференция официального представителя МИД КНР Мао Нин 10 апреля 2024 года", "2024-04-10", none, "20:30", "Мао Нин", "ru", {
      {S, "Мао Нин", "Мао Нин", no_reply, "ru", "По приглашению члена Политбюро ЦК"},
      {Q, none, "Агентство Синьхуа", no_reply, "ru", "Вчера в Пекине состоялись переговоры"},
      {A, "Мао Нин", "Мао Нин", 2, "ru", "Во время визита министра Лаврова"},
      {Q, none, "Рейтер", no_reply, "ru", "Министр финансов США Джанет Йеллен"},
      {A, "Мао Нин", "Мао Нин", 4, "ru", "Так называемая «проблема избыточных мощностей»"},
      {Q, none, "Ассошиэйтед Пресс", no_reply, "ru", "Президент США Джо Байден проведёт"},
      {A, "Мао Нин", "Мао Нин", 6, "ru", "Мы выступаем против того, чтобы"},
      {Q, none, "Рейтер", no_reply, "ru", "Уточню по поводу визита Йеллен."},
      {A, "Мао Нин", "Мао Нин", 8, "ru", "Китай будет решительно защищать свои"},
    }},
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
    // Australia's DFAT: the minister's byline and office over the date (no title), a
    // SUBJECTS line, labels in capitals, ENDS. (A reader would give the place, Canberra,
    // from the title's last part; the parser takes places from date lines and venue lines
    // only.)
    {"dfat_au_press_conference.txt", "Press conference, Canberra", "2024-04-03", none, none, "Penny Wong", "en", {
      {S, "Penny Wong", "PENNY WONG", no_reply, "en", "Thanks very much for coming."},
      {Q, none, "JOURNALIST", no_reply, "en", "Minister, have you spoken to"},
      {A, "Penny Wong", "PENNY WONG", 2, "en", "I have. I spoke with"},
      {Q, none, "JOURNALIST", no_reply, "en", "What about the Pacific? Is"},
      {A, "Penny Wong", "PENNY WONG", 4, "en", "We are working with our"},
      {S, none, "JOURNALIST", no_reply, "en", "Thank you, Minister."},
    }},
    {"exteriores_es.txt", "Declaraciones del ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares, a los medios de comunicación tras su reunión con el cuerpo diplomático iberoamericano. Madrid, 12 de enero de 2024", "2024-01-12", "Madrid", none, "José Manuel Albares", "es", {
      {R, "José Manuel Albares", none, no_reply, "es", "Buenos días. Acabo de reunirme"},
      {Q, none, "P.", no_reply, "es", "Ministro, ¿qué valoración hace de"},
      {A, "José Manuel Albares", "R.", 2, "es", "Quiero expresar, en primer lugar,"},
      {Q, none, "P.", no_reply, "es", "¿Y sobre la oficialidad del"},
      {A, "José Manuel Albares", "R.", 4, "es", "Seguimos trabajando con todos los"},
      {Q, none, "P.", no_reply, "es", "Sobre Oriente Próximo, ¿va a"},
      {A, "José Manuel Albares", "R.", 6, "es", "El presidente del Gobierno ya"},
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
    {"govuk_cleverly_speech.txt", "Foreign Secretary James Cleverly's speech on the Indo-Pacific", "2023-05-11", none, none, "James Cleverly", "en", {
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
    {"kremlin_press_conference.txt", "Большая пресс-конференция Владимира Путина", "2023-12-14", "Москва", "12:00", "Владимир Путин", "ru", {
      {S, "Дмитрий Песков", "Д.Песков", no_reply, "ru", "Добрый день, уважаемые коллеги! Мы"},
      {S, "Владимир Путин", "В.Путин", no_reply, "ru", "Добрый день! Рад всех видеть."},
      {S, "Дмитрий Песков", "Д.Песков", no_reply, "ru", "Пожалуйста, ТАСС."},
      {Q, none, "Вопрос", no_reply, "ru", "Добрый день, Владимир Владимирович! Агентство"},
      {A, "Владимир Путин", "В.Путин", 4, "ru", "Вы правы, инфляция у нас"},
      // The press secretary gives the floor: he chairs, his turns are statements (issue 14).
      {S, "Дмитрий Песков", "Д.Песков", no_reply, "ru", "Спасибо. Андрей Колесников, «Коммерсантъ», пожалуйста."},
      {Q, "А.Колесников", "А.Колесников", no_reply, "ru", "Владимир Владимирович, в этом году"},
      {A, "Владимир Путин", "В.Путин", 7, "ru", "Запомнилось многое. Прежде всего встречи"},
      // A remark from the hall at a news conference is put to the president.
      {Q, none, "Реплика", no_reply, "ru", "В зале не все слышали."},
      {A, "Владимир Путин", "В.Путин", 9, "ru", "Хорошо, повторю специально для зала:"},
      {S, "Дмитрий Песков", "Д.Песков", no_reply, "ru", "Коллеги, переходим к следующему блоку"},
    }},
    {"kremlin_putin_lavrov_meeting.txt", "Встреча с Министром иностранных дел Сергеем Лавровым", "2023-04-10", "Москва, Кремль", "16:20", "Владимир Путин", "ru", {
      {S, "Владимир Путин", "В.Путин", no_reply, "ru", "Сергей Викторович, добрый день! Вы"},
      {S, "Сергей Лавров", "С.Лавров", no_reply, "ru", "Добрый день, Владимир Владимирович! Поездка"},
      {S, "Владимир Путин", "В.Путин", no_reply, "ru", "Подготовка ко второму саммиту «Россия"},
      {S, "Сергей Лавров", "С.Лавров", no_reply, "ru", "Да, работа идёт в плотном"},
      {S, "Владимир Путин", "В.Путин", no_reply, "ru", "Хорошо. Прошу держать эти вопросы"},
      {S, "Сергей Лавров", "С.Лавров", no_reply, "ru", "Обязательно, Владимир Владимирович. Будем информировать"},
    }},
    {"mea_india_weekly_briefing.txt", "Transcript of Weekly Media Briefing by the Official Spokesperson (March 09, 2023)", "2023-03-09", none, none, "Arindam Bagchi", "en", {
      {S, "Arindam Bagchi", "Official Spokesperson, Shri Arindam Bagchi", no_reply, "en", "Namaskar, good afternoon and welcome"},
      {Q, "Sidhant Sibal", "Sidhant Sibal, WION", no_reply, "en", "Sir, there are reports that"},
      {Q, "Neha Sharma", "Neha Sharma, Doordarshan", no_reply, "en", "Sir, on the same subject,"},
      {A, "Arindam Bagchi", "Official Spokesperson, Shri Arindam Bagchi", 3, "en", "Let me take these together."},
      {Q, none, "Question", no_reply, "en", "Sir, can you give us"},
      {A, "Arindam Bagchi", "Official Spokesperson, Shri Arindam Bagchi", 5, "en", "Our Embassy in Khartoum remains"},
      {Q, "Sumit Dutta", "Sumit Dutta, ANI", no_reply, "en", "Sir, is there any update"},
      {A, "Arindam Bagchi", "Official Spokesperson, Shri Arindam Bagchi", 7, "en", "The dates are being worked"},
    }},
    {"mfa_by_briefing.txt", "Брифинг официального представителя МИД Беларуси Анатолия Глаза, 5 мая 2023 г.", "2023-05-05", none, none, "Анатолий Глаз", "ru", {
      {S, "Анатолий Глаз", "А.Глаз", no_reply, "ru", "Добрый день, уважаемые представители средств"},
      {Q, none, "Вопрос (БелТА)", no_reply, "ru", "Польская сторона вновь заявила о"},
      {A, "Анатолий Глаз", "А.Глаз", 2, "ru", "Мы неоднократно говорили, что решения"},
      {Q, none, "Вопрос (Sputnik Беларусь)", no_reply, "ru", "Как Вы можете прокомментировать заявления"},
      {A, "Анатолий Глаз", "А.Глаз", 4, "ru", "Подобные заявления звучат не впервые."},
      {Q, none, "Вопрос (БелТА)", no_reply, "ru", "И ещё один вопрос. Когда"},
      {A, "Анатолий Глаз", "А.Глаз", 6, "ru", "Работа ведётся. Как только появятся"},
    }},
    {"mid_en_joint_press.txt", "Foreign Minister Sergey Lavrov’s statement and answers to media questions at a joint news conference with Deputy Prime Minister and Minister of Foreign Affairs and Expatriates of Jordan Ayman Safadi following their talks, Moscow, March 13, 2024", "2024-03-13", "Moscow", "17:45", "Sergey Lavrov", "en", {
      {S, "Sergey Lavrov", "Sergey Lavrov", no_reply, "en", "Ladies and gentlemen, We have"},
      {S, "Ayman Safadi", "Ayman Safadi (retranslated from Arabic)", no_reply, "en", "Thank you, Mr Minister, for"},
      {Q, none, "Question (to Sergey Lavrov)", no_reply, "en", "Washington says it is working"},
      {A, "Sergey Lavrov", "Sergey Lavrov", 3, "en", "We have not yet seen"},
      {Q, none, "Question (for both ministers, retranslated from Arabic)", no_reply, "en", "How do you see the"},
      {A, "Ayman Safadi", "Ayman Safadi (retranslated from Arabic)", 5, "en", "Jordan supports any effort that"},
      {A, "Sergey Lavrov", "Sergey Lavrov", 5, "en", "I agree with my colleague."},
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
    {"mid_ru_interview_izvestia.txt", "Интервью Министра иностранных дел Российской Федерации С.В.Лаврова газете «Известия», 3 октября 2023 года", "2023-10-03", none, "09:00", "С.В.Лавров", "ru", {
      {Q, none, "Вопрос", no_reply, "ru", "Сергей Викторович, на недавней сессии"},
      {A, "С.В.Лавров", "С.В.Лавров", 1, "ru", "Преодолеть его можно только в"},
      {Q, none, "Вопрос", no_reply, "ru", "Как Вы оцениваете итоги саммита"},
      {A, "С.В.Лавров", "С.В.Лавров", 3, "ru", "Саммит был успешным. Принято решение"},
      {Q, none, "Вопрос", no_reply, "ru", "Отношения с Арменией заметно осложнились."},
      {A, "С.В.Лавров", "С.В.Лавров", 5, "ru", "Мы видим, что нынешнее армянское"},
      {Q, none, "Вопрос", no_reply, "ru", "И последний вопрос. Возможны ли"},
      {A, "С.В.Лавров", "С.В.Лавров", 7, "ru", "Пока американцы не изменят свою"},
    }},
    {"mid_zakharova_briefing_ru.txt", "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 15 марта 2023 года", "2023-03-15", "Москва", "17:42", "Мария Захарова", "ru", {
      {R, "Мария Захарова", none, no_reply, "ru", "Добрый день, уважаемые коллеги! Сегодня"},
      {Q, none, "Вопрос", no_reply, "ru", "Как в Москве оценивают заявления"},
      {A, "Мария Захарова", "М.В.Захарова", 2, "ru", "Такие заявления свидетельствуют о том,"},
      {Q, none, "Вопрос", no_reply, "ru", "Планируется ли в ближайшее время"},
      {A, "Мария Захарова", "М.В.Захарова", 4, "ru", "Таких планов на сегодняшний день"},
      {Q, none, "Вопрос", no_reply, "ru", "Прокомментируйте, пожалуйста, решение властей Латвии"},
      {A, "Мария Захарова", "М.В.Захарова", 6, "ru", "Это очередное проявление политики «свободы"},
    }},
    // mid.ru's English briefing: a contents list under the date names the sections, whose
    // headings come again further down. The list is no speech (the remarks open with the
    // first sentence, not with the list) and a heading between two turns belongs to neither
    // ("On sanctions against Russian media" after an answer).
    {"mid_zakharova_briefing_en.txt", "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 22, 2023", "2023-03-22", "Moscow", "17:45", "Maria Zakharova", "en", {
      {R, "Maria Zakharova", none, no_reply, "en", "On March 23, Foreign Minister"},
      {Q, none, "Question", no_reply, "en", "How do you assess the"},
      {A, "Maria Zakharova", "Maria Zakharova", 2, "en", "The talks were held in"},
      {Q, none, "Question (retranslated from Spanish)", no_reply, "en", "Does Russia plan to expand"},
      {A, "Maria Zakharova", "Maria Zakharova", 4, "en", "Yes, of course. Latin America"},
      {Q, none, "Question", no_reply, "en", "Will Sergey Lavrov meet with"},
      {A, "Maria Zakharova", "Maria Zakharova", 6, "en", "No such meeting is planned."},
      {Q, none, "Question from RIA Novosti", no_reply, "en", "Latvia has blocked another Russian"},
      {A, "Maria Zakharova", "Maria Zakharova", 8, "en", "This is yet another attack"},
    }},
    // Malaysia's MFA: a speech whose title in capitals names the speaker after the styles
    // "YB Dato' Sri" (no name, no office); the name in name case as a label in capitals
    // gives it; the date is signed at the end, under the place (as printed).
    {"kln_my_speech.txt", "SPEECH BY YB DATO' SRI SAIFUDDIN ABDULLAH, MINISTER OF FOREIGN AFFAIRS OF MALAYSIA AT THE FLAG RAISING CEREMONY IN CONJUNCTION WITH THE 52ND ASEAN DAY", "2019-08-08", "WISMA PUTRA, PUTRAJAYA", none, "Saifuddin Abdullah", "en", {
      {R, "Saifuddin Abdullah", none, no_reply, "en", "Assalamualaikum Warahmatullahi Wabarakatuh and a"},
    }},
    // mid.ru in Arabic: the minister's name labels his turns in a script without
    // capitals; it counts because it comes back on a page with question labels. The place
    // stands before the date after an Arabic comma ("، موسكو، 14 مارس 2023").
    {"mid_ar_joint_press.txt", "\u0643\u0644\u0645\u0629 \u0648\u0632\u064a\u0631 \u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629 \u0627\u0644\u0631\u0648\u0633\u064a \u0633\u064a\u0631\u063a\u064a \u0644\u0627\u0641\u0631\u0648\u0641 \u0648\u0631\u062f\u0648\u062f\u0647 \u0639\u0644\u0649 \u0623\u0633\u0626\u0644\u0629 \u0648\u0633\u0627\u0626\u0644 \u0627\u0644\u0625\u0639\u0644\u0627\u0645 \u062e\u0644\u0627\u0644 \u0645\u0624\u062a\u0645\u0631 \u0635\u062d\u0641\u064a \u0645\u0634\u062a\u0631\u0643\u060c \u0645\u0648\u0633\u0643\u0648\u060c 14 \u0645\u0627\u0631\u0633 2023", "2023-03-14", "\u0645\u0648\u0633\u0643\u0648", none, kLavrovAr, "ar", {
      {S, kLavrovAr, kLavrovAr, no_reply, "ar", "\u0627\u0644\u0633\u064a\u062f\u0627\u062a \u0648\u0627\u0644\u0633\u0627\u062f\u0629\u060c \u0623\u062c\u0631\u064a\u0646\u0627 \u0627\u0644\u064a\u0648\u0645 \u0645\u062d\u0627\u062f\u062b\u0627\u062a"},
      {Q, none, "\u0633\u0624\u0627\u0644", no_reply, "ar", "\u0645\u0627 \u0647\u0648 \u0645\u0648\u0642\u0641 \u0631\u0648\u0633\u064a\u0627 \u0645\u0646"},
      {A, kLavrovAr, kLavrovAr, 2, "ar", "\u0646\u062d\u0646 \u0646\u0624\u064a\u062f \u0648\u062d\u062f\u0629 \u0627\u0644\u0623\u0631\u0627\u0636\u064a \u0627\u0644\u0633\u0648\u0631\u064a\u0629"},
      {Q, none, "\u0633\u0624\u0627\u0644", no_reply, "ar", "\u0647\u0644 \u0633\u062a\u0632\u0648\u0631\u0648\u0646 \u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u0642\u0631\u064a\u0628\u0627\u061f"},
      {A, kLavrovAr, kLavrovAr, 4, "ar", "\u0646\u0639\u0645\u060c \u0646\u062e\u0637\u0637 \u0644\u0632\u064a\u0627\u0631\u0629 \u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u0641\u064a"},
    }},
    // Japan's MOFA: the date line goes on with the time and the venue, which is the place;
    // reporters are labelled "Surname, Outlet". The title's "KAMIKAWA Yoko" puts the surname
    // first in capitals: the principal is "Kamikawa Yoko", and so is "Minister Kamikawa".
    {"mofa_japan_press_conference.txt", "Press Conference by Foreign Minister KAMIKAWA Yoko", "2024-04-02", "Ministry of Foreign Affairs", "3:25 p.m.", "Kamikawa Yoko", "en", {
      {S, "Kamikawa Yoko", "Minister Kamikawa", no_reply, "en", "I would like to make"},
      {Q, "Tanaka", "Tanaka, NHK", no_reply, "en", "I would like to ask"},
      {A, "Kamikawa Yoko", "Minister Kamikawa", 2, "en", "I expect a frank exchange"},
      {Q, "Suzuki", "Suzuki, Kyodo News", no_reply, "en", "On a different topic, please"},
      {A, "Kamikawa Yoko", "Minister Kamikawa", 4, "en", "We keep communicating at all"},
    }},
    // NATO: labels give the name in capitals and the office in brackets; the spokesperson
    // chairs (gives the floor, closes the event); questions name their outlet in brackets.
    {"nato_press_conference.txt", "Press conference by NATO Secretary General Jens Stoltenberg following the meeting of NATO Ministers of Foreign Affairs", "2024-04-04", none, none, "Jens Stoltenberg", "en", {
      {S, "Oana Lungescu", "OANA LUNGESCU (NATO Spokesperson)", no_reply, "en", "Good afternoon. The Secretary General"},
      {S, "Jens Stoltenberg", "JENS STOLTENBERG (NATO Secretary General)", no_reply, "en", "Good afternoon. We have just"},
      {S, "Oana Lungescu", "OANA LUNGESCU (NATO Spokesperson)", no_reply, "en", "We will start with Reuters."},
      {Q, none, "QUESTION [Reuters]", no_reply, "en", "Thank you. Secretary General, how"},
      {A, "Jens Stoltenberg", "JENS STOLTENBERG (NATO Secretary General)", 4, "en", "That is for Allies to"},
      {S, "Oana Lungescu", "OANA LUNGESCU (NATO Spokesperson)", no_reply, "en", "Next question, Deutsche Welle."},
      {Q, none, "QUESTION [Deutsche Welle]", no_reply, "en", "Is this plan realistic?"},
      {A, "Jens Stoltenberg", "JENS STOLTENBERG (NATO Secretary General)", 7, "en", "Yes, I believe it is."},
      {S, "Oana Lungescu", "OANA LUNGESCU (NATO Spokesperson)", no_reply, "en", "Thank you very much. This"},
    }},
    // Text of a PDF: the printed pages' numbers ("- 2 -", "Page 3 of 4") stand between the
    // turns; the spokesperson, who speaks right after every question, answers (short as the
    // answers are), and chairs nothing.
    {"pdf_briefing_page_numbers.txt", "Transcript of the Press Briefing by the Spokesperson", "2024-03-12", none, none, none, "en", {
      {S, none, "Spokesperson", no_reply, "en", "Good afternoon. I have two"},
      {Q, none, "Question", no_reply, "en", "What will the Minister discuss"},
      {A, none, "Spokesperson", 2, "en", "He will discuss the humanitarian"},
      {Q, none, "Question", no_reply, "en", "Thank you. Any update on"},
      {A, none, "Spokesperson", 4, "en", "Nothing new to announce."},
    }},
    {"regpk_de.txt", "Regierungspressekonferenz vom 15. März 2024", "2024-03-15", none, none, none, "de", {
      {S, "Wolf", "Vors. Wolf", no_reply, "de", "Meine Damen und Herren, herzlich"},
      {S, "Hebestreit", "Hebestreit (BReg)", no_reply, "de", "Schönen guten Tag auch von"},
      {S, "Wolf", "Vors. Wolf", no_reply, "de", "Gibt es Fragen zu den"},
      {Q, none, "Frage (Müller)", no_reply, "de", "Herr Hebestreit, Herr Burger, was"},
      {A, "Burger", "Burger (AA)", 4, "de", "Die Bundesregierung hat sich in"},
      {A, "Hebestreit", "Hebestreit (BReg)", 4, "de", "Ich kann das nur ergänzen."},
      {Q, none, "Zusatzfrage (Müller)", no_reply, "de", "Wird es auch um Waffenlieferungen"},
      {A, "Burger", "Burger (AA)", 7, "de", "Über einzelne Genehmigungen geben wir,"},
      {Q, none, "Frage (Jessen)", no_reply, "de", "Herr Hebestreit, plant der Kanzler"},
      {A, "Hebestreit", "Hebestreit (BReg)", 9, "de", "Ja, ein Treffen mit den"},
      {S, "Wolf", "Vors. Wolf", no_reply, "de", "Dann bedanke ich mich bei"},
    }},
    {"state_dept_caps.txt", "Secretary Antony J. Blinken at a Press Availability", "2024-04-04", "Brussels, Belgium", none, "Antony J. Blinken", "en", {
      {S, none, "MODERATOR", no_reply, "en", "Good afternoon, everyone. The Secretary"},
      {S, "Antony J. Blinken", "SECRETARY BLINKEN", no_reply, "en", "Well, good afternoon, everyone. We've"},
      {S, none, "MODERATOR", no_reply, "en", "The first question goes to"},
      {Q, none, "QUESTION", no_reply, "en", "Thank you, Mr. Secretary. Secretary"},
      {A, "Antony J. Blinken", "SECRETARY BLINKEN", 4, "en", "We welcome the Secretary General's"},
      {S, none, "MODERATOR", no_reply, "en", "Next question, Daniel Ortiz, Associated"},
      {Q, none, "QUESTION", no_reply, "en", "Mr. Secretary, on Gaza, the"},
      {A, "Antony J. Blinken", "SECRETARY BLINKEN", 7, "en", "The President made clear that"},
      {S, none, "MODERATOR", no_reply, "en", "Thank you, everyone. That's all"},
    }},
    {"state_dept_press_briefing.txt", "Department Press Briefing – February 14, 2023", "2023-02-14", "Washington, DC", "1:34 p.m.", "Ned Price", "en", {
      {S, "Ned Price", "MR PRICE", no_reply, "en", "Good afternoon, everyone. Just a"},
      {Q, none, "QUESTION", no_reply, "en", "Ned, on Ukraine, there are"},
      {A, "Ned Price", "MR PRICE", 2, "en", "I'm not going to get"},
      {Q, none, "QUESTION", no_reply, "en", "But you're not ruling it"},
      {A, "Ned Price", "MR PRICE", 4, "en", "We're not ruling anything in"},
      {Q, none, "QUESTION", no_reply, "en", "Can I go to China?"},
      {A, "Ned Price", "MR PRICE", 6, "en", "Our lines of communication remain"},
      {S, none, "OPERATOR", no_reply, "en", "Thank you. Our first question"},
      {Q, none, "QUESTION", no_reply, "en", "Hi, Ned, thanks for taking"},
      {A, "Ned Price", "MR PRICE", 9, "en", "We'll have more to say"},
    }},
    // The title names an office: the one person labelled by name, the spokesperson, is the host.
    {"un_noon_briefing.txt", "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General", "2024-02-08", none, none, "Stéphane Dujarric", "en", {
      {S, "Stéphane Dujarric", "Spokesperson Stéphane Dujarric", no_reply, "en", "Good afternoon, everyone. I have"},
      {Q, none, "Question", no_reply, "en", "Thank you, Steph. On Rafah,"},
      {A, none, "Spokesman", 2, "en", "We have been very clear"},
      {Q, none, "Correspondent", no_reply, "en", "But my question was about"},
      {A, none, "Spokesman", 4, "en", "I understand. There is no"},
      {Q, none, "Question", no_reply, "en", "On Haiti, is there any"},
      {A, none, "Spokesman", 6, "en", "The Secretary-General continues to encourage"},
      {Q, none, "Question", no_reply, "en", "And one more on Ukraine."},
      {A, none, "Spokesman", 8, "en", "Not in the last few"},
    }},
    // (Written for the session of 2026-12-07.) An editor's note opens the spokesman's
    // unlabelled announcements: the note is no part of the turn, and the announcements are
    // the spokesman's, whom the page names and whose answers are labelled by role.
    {"un_briefing_announcements.txt", "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General", "2023-03-14", none, none, "Stéphane Dujarric", "en", {
      {R, "Stéphane Dujarric", none, no_reply, "en", "Ukraine The Secretary-General spoke by"},
      {Q, none, "Question", no_reply, "en", "Steph, on the grain deal,"},
      {A, "Stéphane Dujarric", "Spokesman", 2, "en", "We are in contact with"},
      {Q, none, "Question", no_reply, "en", "And a follow-up: when does"},
      {A, "Stéphane Dujarric", "Spokesman", 4, "en", "On 18 March."},
      {S, none, "Correspondent", no_reply, "en", "Thank you."},
      {S, "Stéphane Dujarric", "Spokesman", no_reply, "en", "Edie?"},
      {Q, none, "Question", no_reply, "en", "Thank you, Steph. On Haiti,"},
      {A, "Stéphane Dujarric", "Spokesman", 8, "en", "I will get you the"},
    }},
    // The EEAS: "Check against delivery!" over the remarks is no part of them; "Q." labels,
    // answers without a label.
    {"eeas_press_remarks.txt", "Ukraine: Press remarks by High Representative Josep Borrell after the Foreign Affairs Council", "2023-03-20", "Brussels", none, "Josep Borrell", "en", {
      {R, "Josep Borrell", none, no_reply, "en", "Good afternoon. Today we had"},
      {Q, none, "Q.", no_reply, "en", "Mr Borrell, when will the"},
      {A, "Josep Borrell", none, 2, "en", "It depends on the Member"},
      {Q, none, "Q.", no_reply, "en", "On China, do you expect"},
      {A, "Josep Borrell", none, 4, "en", "China has a role to"},
    }},
    // Kazakhstan's MFA in Russian: the outlet in quotation marks after the question word,
    // after the kind of outlet too; "Ответ:" after a question is the spokesman's.
    {"mfa_kz_briefing_ru.txt", "Брифинг официального представителя МИД Республики Казахстан Айбека Смадиярова", "2023-03-14", "Астана", none, "Айбек Смадияров", "ru", {
      {R, "Айбек Смадияров", none, no_reply, "ru", "Добрый день, уважаемые журналисты! Сегодня"},
      {Q, none, "Вопрос «Казинформ»", no_reply, "ru", "Какие соглашения планируется подписать?"},
      {A, "Айбек Смадияров", "А.Смадияров", 2, "ru", "Планируется подписание ряда документов в"},
      {Q, none, "Вопрос телеканала «Хабар 24»", no_reply, "ru", "Будет ли обсуждаться вопрос транзита"},
      {A, "Айбек Смадияров", "Ответ", 4, "ru", "Да, этот вопрос будет на"},
    }},
    // China's MFA in English: outlets ask, "Follow-up:" is the next question of the one
    // before (a role, nobody's name).
    {"fmprc_press_conference_en.txt", "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 14, 2023", "2023-03-14", none, "20:30", "Mao Ning", "en", {
      {R, "Mao Ning", none, no_reply, "en", "At the invitation of Foreign"},
      {Q, none, "CCTV", no_reply, "en", "Could you share more details"},
      {A, "Mao Ning", "Mao Ning", 2, "en", "China and Kazakhstan are permanent"},
      {Q, none, "AFP", no_reply, "en", "The US has announced new"},
      {A, "Mao Ning", "Mao Ning", 4, "en", "China firmly opposes the illegal"},
      {Q, none, "Follow-up", no_reply, "en", "Will China retaliate?"},
      {A, "Mao Ning", "Mao Ning", 6, "en", "I have answered this question."},
      {Q, none, "Bloomberg", no_reply, "en", "There are reports that President"},
      {A, "Mao Ning", "Mao Ning", 8, "en", "I have nothing to release"},
      {Q, none, "Reuters", no_reply, "en", "A follow-up question. Has the"},
      {A, "Mao Ning", "Mao Ning", 10, "en", "China's position on the Ukraine"},
    }},
    // A Turkish joint press conference (mfa.gov.tr): offices in Turkish before the names
    // ("Dışişleri Bakanı", "Rusya Dışişleri Bakanı"), the honorific "Sayın", a case ending
    // after an apostrophe ending the title's name ("Çavuşoğlu'nun"), the place after the
    // date at the title's end; Turkish function words and letters make the page "tr".
    {"mfa_tr_joint_press.txt", "Dışişleri Bakanı Sayın Mevlüt Çavuşoğlu'nun Rusya Dışişleri Bakanı Sergey Lavrov ile Ortak Basın Toplantısı, 30 Haziran 2022, Ankara", "2022-06-30", "Ankara", none, "Mevlüt Çavuşoğlu", "tr", {
      {S, "Mevlüt Çavuşoğlu", "Dışişleri Bakanı Mevlüt Çavuşoğlu", no_reply, "tr", "Değerli basın mensupları, hoş geldiniz."},
      {S, "Sergey Lavrov", "Rusya Dışişleri Bakanı Sergey Lavrov", no_reply, "tr", "Teşekkür ederim, sevgili Mevlüt."},
      {Q, none, "Soru", no_reply, "tr", "Sayın Bakan, tahıl koridoru konusunda"},
      {A, "Mevlüt Çavuşoğlu", "Dışişleri Bakanı Mevlüt Çavuşoğlu", 3, "tr", "Evet, çalışmalar sürüyor."},
      {Q, none, "Soru", no_reply, "tr", "Sayın Lavrov, bir sorum da"},
      {A, "Sergey Lavrov", "Rusya Dışişleri Bakanı Sergey Lavrov", 5, "tr", "Buyurun."},
    }},
    // A Ukrainian joint press conference (mfa.gov.ua): names as labels, "Питання" and
    // "Питання (Укрінформ)", the place after the date and "року". The title names the
    // speaker in the Ukrainian genitive ("Міністра … Дмитра Кулеби"): the labelled speaker
    // whose name begins those words is the principal.
    {"mfa_ua_joint_press.txt", "Виступ Міністра закордонних справ України Дмитра Кулеби під час спільної пресконференції з Міністром закордонних справ Польщі, 15 лютого 2023 року, Київ", "2023-02-15", "Київ", none, "Дмитро Кулеба", "uk", {
      {S, "Дмитро Кулеба", "Дмитро Кулеба", no_reply, "uk", "Добрий день. Радий вітати у"},
      {S, "Збігнєв Рау", "Збігнєв Рау", no_reply, "uk", "Дякую, Дмитре."},
      {Q, none, "Питання", no_reply, "uk", "Пане Міністре, коли Україна отримає"},
      {A, "Дмитро Кулеба", "Дмитро Кулеба", 3, "uk", "Ми працюємо над цим щодня."},
      {Q, none, "Питання (Укрінформ)", no_reply, "uk", "Яка позиція Польщі?"},
      {A, "Збігнєв Рау", "Збігнєв Рау", 5, "uk", "Польща підтримує Україну."},
    }},
    // A Pentagon press conference: offices and ranks in capitals before the full names, then
    // abbreviated ("SEC. AUSTIN:", "GEN. MILLEY:", resolved to the names given before),
    // the press officer's "STAFF:" turns, bare "Q:".
    {"dod_press_conference.txt", "Secretary of Defense Lloyd J. Austin III and Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley Hold a Press Conference", "2023-03-15", none, none, "Lloyd J. Austin III", "en", {
      {S, "Lloyd J. Austin III", "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", no_reply, "en", "Good afternoon, everyone. I'm joined"},
      {S, "Mark A. Milley", "GENERAL MARK A. MILLEY", no_reply, "en", "Thank you, Mr. Secretary. Good"},
      {S, none, "STAFF", no_reply, "en", "Thank you, sir. We'll go"},
      {Q, none, "Q", no_reply, "en", "Thank you. Mr. Secretary, can"},
      {A, "Lloyd J. Austin III", "SEC. AUSTIN", 4, "en", "Well, Lita, as you know,"},
      {Q, none, "Q", no_reply, "en", "And General Milley, was there"},
      {A, "Mark A. Milley", "GEN. MILLEY", 6, "en", "There was no contact, as"},
      {S, none, "STAFF", no_reply, "en", "Next question, Tara Copp."},
      {Q, none, "Q", no_reply, "en", "Thank you both. Mr. Secretary,"},
      {A, "Lloyd J. Austin III", "SEC. AUSTIN", 9, "en", "I won't get ahead of"},
      {S, none, "STAFF", no_reply, "en", "Thank you, everyone."},
    }},
    // A kremlin.ru meeting saved as text with its asides between turns: "See also" with a
    // link and its date, a lone "Read more" and "Related" (no text of the turns around
    // them), then the taxonomy and the publication lines (the end).
    {"kremlin_text_asides.txt", "Meeting with Government members", "2019-03-04", "The Kremlin, Moscow", "14:00", "Vladimir Putin", "en", {
      {S, "Vladimir Putin", "President of Russia Vladimir Putin", no_reply, "en", "Good afternoon, colleagues. Today we"},
      {S, "Vladimir Yakushev", "Minister of Construction Vladimir Yakushev", no_reply, "en", "Mr President, colleagues, the programme"},
      {S, "Vladimir Putin", "Vladimir Putin", no_reply, "en", "Thank you. What about the"},
      {S, "Vladimir Yakushev", "Vladimir Yakushev", no_reply, "en", "Forty regions have signed their"},
      {S, "Vladimir Putin", "Vladimir Putin", no_reply, "en", "Good. Let us move on."},
      {S, "Anton Siluanov", "Minister of Finance Anton Siluanov", no_reply, "en", "Mr President, the funding has"},
      {S, "Vladimir Putin", "Vladimir Putin", no_reply, "en", "Thank you."},
    }},
    // state.gov remarks saved as text: the headline above a byline ("Antony J. Blinken,
    // Secretary of State": a name and its office, never the title), a photo's caption with
    // its bracketed credit between paragraphs, "Related Articles" with links and dates
    // between an answer and the next question, tags and share lines at the end.
    {"state_dept_remarks_asides.txt", "Secretary Blinken's Remarks to the Press", "2023-03-20", "Washington, D.C.", none, "Antony J. Blinken", "en", {
      {S, "Antony J. Blinken", "SECRETARY BLINKEN", no_reply, "en", "Good afternoon, everyone. Let me"},
      {S, "Price", "MR PRICE", no_reply, "en", "We'll take a few questions."},
      {Q, none, "QUESTION", no_reply, "en", "Thank you. On China, Mr."},
      {A, "Antony J. Blinken", "SECRETARY BLINKEN", 3, "en", "Not yet."},
      {Q, none, "QUESTION", no_reply, "en", "And on Iran?"},
      {A, "Antony J. Blinken", "SECRETARY BLINKEN", 5, "en", "Our position has not changed."},
    }},
    // mofa.go.jp in Japanese: labels in lenticular brackets without a colon (【記者】 asks;
    // 【上川外務大臣】 is the name 上川 and the office 外務大臣), the date in the Reiwa era
    // (令和6年 = 2024) with the weekday, the time (15時25分) and the venue after 於 (本省会見室).
    {"mofa_japan_ja_press_conference.txt", "\u4E0A\u5DDD\u5916\u52D9\u5927\u81E3\u4F1A\u898B\u8A18\u9332", "2024-04-02", "\u672C\u7701\u4F1A\u898B\u5BA4", "15\u664225\u5206", "\u4E0A\u5DDD", "ja", {
      {S, "\u4E0A\u5DDD", "\u4E0A\u5DDD\u5916\u52D9\u5927\u81E3", no_reply, "ja", "\u672C\u65E5\u3001\u79C1\u304B\u30891\u70B9\u7533\u3057\u4E0A\u3052\u307E\u3059\u3002\u65E5\u4E2D\u97D3\u5916\u76F8\u4F1A\u8B70\u3092\u958B\u50AC\u3057\u307E\u3059\u3002"},
      {Q, none, "\u8A18\u8005", no_reply, "ja", "NHK\u306E\u7530\u4E2D\u3067\u3059\u3002\u5916\u76F8\u4F1A\u8B70\u306E\u65E5\u7A0B\u306B\u3064\u3044\u3066\u4F3A\u3044\u307E\u3059\u3002"},
      {A, "\u4E0A\u5DDD", "\u4E0A\u5DDD\u5916\u52D9\u5927\u81E3", 2, "ja", "\u73FE\u5728\u8ABF\u6574\u4E2D\u3067\u3059\u3002"},
      {Q, none, "\u8A18\u8005", no_reply, "ja", "\u5171\u540C\u901A\u4FE1\u306E\u9234\u6728\u3067\u3059\u3002\u30ED\u30B7\u30A2\u3068\u306E\u95A2\u4FC2\u306B\u3064\u3044\u3066\u3002"},
      {A, "\u4E0A\u5DDD", "\u4E0A\u5DDD\u5916\u52D9\u5927\u81E3", 4, "ja", "\u5F15\u304D\u7D9A\u304D\u6BC5\u7136\u3068\u5BFE\u5FDC\u3057\u3066\u307E\u3044\u308A\u307E\u3059\u3002"},
    }},
    // kemlu.go.id in Indonesian: "Tanya (Kompas):" asks, "Jawab:" answers (no person),
    // "Menlu" is the office before the minister's name, the month in Indonesian (CLDR).
    // Indonesian by its function words (ini, akan); the short turns take the page's language.
    {"kemlu_id_press_briefing.txt", "Transkrip Press Briefing Menteri Luar Negeri RI", "2023-01-12", "Jakarta", none, "Retno Marsudi", "id", {
      {S, "Retno Marsudi", "Menlu Retno Marsudi", no_reply, "id", "Selamat siang rekan-rekan media. Hari"},
      {Q, none, "Tanya (Kompas)", no_reply, "id", "Ibu Menlu, bagaimana perkembangan isu"},
      {A, none, "Jawab", 2, "id", "Indonesia terus mendorong implementasi Konsensus"},
      {Q, none, "Tanya (Antara)", no_reply, "id", "Bagaimana dengan kunjungan ke Tiongkok?"},
      {A, none, "Jawab", 4, "id", "Kunjungan tersebut sedang dipersiapkan."},
    }},
    // esteri.it and gov.br/mre: offices before the names ("Ministro Tajani"), the asker's
    // outlet in brackets after the role ("Domanda (ANSA)", "Jornalista (O Globo)"), the
    // principal after the Romance "of" and a title ("del Ministro Tajani", "do Ministro
    // Mauro Vieira"), the place before the date.
    {"farnesina_it_joint_press.txt", "Conferenza stampa congiunta del Ministro Tajani con il Ministro degli Esteri egiziano Shoukry", "2023-06-12", "Roma", none, "Tajani", "it", {
      {S, "Tajani", "Ministro Tajani", no_reply, "it", "Buongiorno a tutti. Ringrazio il"},
      {S, "Shoukry", "Ministro Shoukry", no_reply, "it", "Grazie, caro Antonio. È un"},
      {Q, none, "Domanda (ANSA)", no_reply, "it", "Ministro, quali sono i prossimi"},
      {A, "Tajani", "Ministro Tajani", 3, "it", "Lavoriamo per un cessate il"},
      {Q, none, "Domanda (Al Ahram)", no_reply, "it", "Signor Ministro Shoukry, e la"},
      {A, "Shoukry", "Ministro Shoukry", 5, "it", "L'Egitto fa la sua parte."},
    }},
    // A special briefing (mea.gov.in): the title names the briefer by office alone ("by
    // Foreign Secretary", no article), whose label holds it ("Shri Vinay Kwatra, Foreign
    // Secretary"): he is the principal, so a journalist's first name asks and he answers.
    {"mea_india_special_briefing.txt", "Transcript of Special Briefing by Foreign Secretary on the visit of Prime Minister to Japan (May 22, 2023)", "2023-05-22", none, none, "Vinay Kwatra", "en", {
      {S, "Arindam Bagchi", "Shri Arindam Bagchi, Official Spokesperson", no_reply, "en", "Good evening friends. Welcome to"},
      {S, "Vinay Kwatra", "Shri Vinay Kwatra, Foreign Secretary", no_reply, "en", "Thank you Arindam. Good evening"},
      {Q, "Sidhant", "Sidhant", no_reply, "en", "Sir, my question is on"},
      {A, "Vinay Kwatra", "Shri Vinay Kwatra, Foreign Secretary", 3, "en", "The Quad leaders met on"},
      {A, "Meenakshi Lekhi", "Smt. Meenakshi Lekhi", 3, "en", "Let me add one point."},
      {S, "Arindam Bagchi", "Shri Arindam Bagchi, Official Spokesperson", no_reply, "en", "Thank you all for joining"},
    }},
    // Joint statements of two ministers (mfa.gr, English): labels by an initial and a surname
    // in capitals, one of them "I." (no pronoun), "JOURNALIST:" for the questions, the place
    // and date in brackets at the end of the title.
    {"mfa_gr_joint_statements.txt", "Joint statements of Minister of Foreign Affairs Nikos Dendias and Minister of Foreign Affairs of Cyprus Ioannis Kasoulides following their meeting (Athens, 15.03.2023)", "2023-03-15", "Athens", none, "Nikos Dendias", "en", {
      {S, "Nikos Dendias", "N. DENDIAS", no_reply, "en", "Dear Ioannis, it is a"},
      {S, "Ioannis Kasoulides", "I. KASOULIDES", no_reply, "en", "Thank you, Nikos. Cyprus and"},
      {Q, none, "JOURNALIST", no_reply, "en", "Minister, a question on Turkey."},
      {A, "Nikos Dendias", "N. DENDIAS", 3, "en", "We are always ready for"},
      {Q, none, "JOURNALIST", no_reply, "en", "And for Mr. Kasoulides?"},
      {A, "Ioannis Kasoulides", "I. KASOULIDES", 5, "en", "I fully agree with my"},
    }},
    // A Polish joint press conference (msz.gov.pl): offices in Polish before the names, the
    // ministry's abbreviation after the spokesman's office ("Rzecznik MSZ Paweł Wroński"),
    // the year's "r." after the date, the principal in the title's genitive ("Radosława
    // Sikorskiego"; the guest named second is not).
    {"msz_pl_joint_press.txt", "Konferencja prasowa ministra spraw zagranicznych Radosława Sikorskiego i ministra spraw zagranicznych Ukrainy Dmytro Kułeby", "2024-02-12", "Warszawa", none, "Radosław Sikorski", "pl", {
      {S, "Paweł Wroński", "Rzecznik MSZ Paweł Wroński", no_reply, "pl", "Dzień dobry, witamy na konferencji"},
      {S, "Radosław Sikorski", "Minister Radosław Sikorski", no_reply, "pl", "Dzień dobry państwu. Bardzo się"},
      {S, "Dmytro Kułeba", "Minister Dmytro Kułeba", no_reply, "pl", "Dziękuję bardzo. Polska jest naszym"},
      {Q, none, "Pytanie", no_reply, "pl", "Panie ministrze, czy rozmawiali panowie"},
      {A, "Radosław Sikorski", "Minister Radosław Sikorski", 4, "pl", "Tak, rozmawialiśmy o tym szczegółowo."},
      {Q, none, "Pytanie (TVN24)", no_reply, "pl", "A co z granicą?"},
      {A, "Dmytro Kułeba", "Minister Dmytro Kułeba", 6, "pl", "Granica pozostaje otwarta."},
    }},
    // A Czech press conference (mzv.gov.cz): Czech offices ("Ministr", "Mluvčí MZV"), a
    // three-letter given name in the title's genitive ("Jana Lipavského" is Jan Lipavský),
    // the language by its words and letters.
    {"mzv_cz_press_conference.txt", "Tisková konference ministra zahraničních věcí Jana Lipavského", "2024-03-05", "Praha", none, "Jan Lipavský", "cs", {
      {S, "Daniel Drake", "Mluvčí MZV Daniel Drake", no_reply, "cs", "Dobrý den, vítám vás. Jako"},
      {S, "Jan Lipavský", "Ministr Jan Lipavský", no_reply, "cs", "Dobrý den, vítám vás na"},
      {Q, none, "Otázka", no_reply, "cs", "Pane ministře, jaký je postoj"},
      {A, "Jan Lipavský", "Ministr Jan Lipavský", 3, "cs", "Česká republika stojí pevně na"},
      {Q, none, "Otázka (ČT24)", no_reply, "cs", "Kdy pojedete do Kyjeva?"},
      {A, "Jan Lipavský", "Ministr Jan Lipavský", 5, "cs", "Brzy, podle plánu ještě tento"},
    }},
    {"itamaraty_pt_press.txt", "Entrevista coletiva do Ministro Mauro Vieira após reunião com o Chanceler da Argentina", "2023-03-20", "Brasília", none, "Mauro Vieira", "pt", {
      {S, "Mauro Vieira", "Ministro Mauro Vieira", no_reply, "pt", "Bom dia a todos. Acabamos"},
      {Q, none, "Jornalista (Folha de S.Paulo)", no_reply, "pt", "Ministro, o senhor pode comentar"},
      {A, "Mauro Vieira", "Ministro Mauro Vieira", 2, "pt", "Sim. Estamos trabalhando para concluir"},
      {Q, none, "Jornalista (O Globo)", no_reply, "pt", "E sobre a Venezuela?"},
      {A, "Mauro Vieira", "Ministro Mauro Vieira", 4, "pt", "O Brasil defende o diálogo."},
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

// A contents list and the headings it names are no speech: the remarks hold their
// paragraphs without the list or the headings, an answer ends before the next heading.
TEST(UnseenLayouts, ContentsListAndItsHeadingsStayOut) {
  const Transcript doc = parse_transcript(read_fixture("turns/layouts/mid_zakharova_briefing_en.txt"));
  ASSERT_EQ(doc.turns.size(), 9u);
  EXPECT_EQ(doc.turns[0].text.find("schedule"), std::string::npos) << doc.turns[0].text;
  EXPECT_EQ(doc.turns[0].text.find("crimes\n"), std::string::npos) << doc.turns[0].text;
  EXPECT_TRUE(doc.turns[0].text.ends_with("We will continue to document these crimes.")) << doc.turns[0].text;
  EXPECT_EQ(doc.turns[6].text, "No such meeting is planned. If the American side has any proposals, they know how to contact us.");
  // In Russian the headings run longer (a list item of 140 Cyrillic letters is 280 bytes).
  const Transcript ru = parse_transcript(read_fixture("turns/layouts/mid_zakharova_briefing_ru_contents.txt"));
  ASSERT_EQ(ru.turns.size(), 3u);
  EXPECT_TRUE(ru.turns[0].text.starts_with("27 \u043c\u0430\u0440\u0442\u0430")) << ru.turns[0].text;
  EXPECT_EQ(ru.turns[0].paragraphs, 2);
  // Short lines that the page prints once are no contents list.
  const Transcript once = parse_transcript(
      "Briefing\n\nQuestion: What will you discuss?\n\nMaria Zakharova: Three things:\nSergey Lavrov's schedule\n"
      "The Kiev regime's crimes\nAnswers to media questions\n\nQuestion: And then?\n\nMaria Zakharova: Nothing.\n");
  ASSERT_EQ(once.turns.size(), 4u);
  EXPECT_EQ(once.turns[1].text, "Three things:\nSergey Lavrov's schedule The Kiev regime's crimes Answers to media questions");
}

// A speech signed with its place over its date: neither is speech.
TEST(UnseenLayouts, SignedPlaceAndDateAreNoSpeech) {
  const Transcript doc = parse_transcript(read_fixture("turns/layouts/kln_my_speech.txt"));
  ASSERT_EQ(doc.turns.size(), 1u);
  EXPECT_TRUE(doc.turns[0].text.ends_with("reality for our people.\n\nThank you.")) << doc.turns[0].text;
  // A last line that is no place stays speech.
  const Transcript thanks = parse_transcript(
      "Statement by the Minister\n\nWe condemn the attack in the strongest terms and call on all sides to show "
      "restraint at this difficult time.\n\nThank You All\n\n14 March 2023\n");
  ASSERT_EQ(thanks.turns.size(), 1u);
  EXPECT_TRUE(thanks.turns[0].text.ends_with("Thank You All")) << thanks.turns[0].text;
  EXPECT_EQ(thanks.info.place, std::nullopt);
}

// A name in a script without capitals labels turns only where it comes back on a page with
// a role label or another such name: "وقال الوزير:" ("and the minister said:") opening two
// paragraphs of a news item labels nothing.
TEST(UnseenLayouts, CaselessNamesNeedADialogue) {
  const std::string said = "\u0648\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631: ";
  const Transcript news = parse_transcript(
      "\u0627\u0644\u0648\u0632\u064a\u0631 \u064a\u0632\u0648\u0631 \u0627\u0644\u0642\u0627\u0647\u0631\u0629\n\n" +
      said + "\u0646\u062d\u0646 \u0646\u0624\u064a\u062f \u0627\u0644\u062d\u0648\u0627\u0631.\n\n" + said +
      "\u0633\u0646\u0648\u0627\u0635\u0644 \u0627\u0644\u0639\u0645\u0644.\n");
  for (const Turn& t : news.turns) EXPECT_EQ(t.label, std::nullopt) << t.text;
}

// The UN's verbatim record: "Mr. Nebenzia (Russian Federation) (spoke in Russian):" labels,
// the sitting's times in sentences of their own ("The meeting was called to order at 10.05
// a.m.", "The meeting rose at 12.10 p.m.") are no speech, the header's hour alone is a time.
TEST(UnseenLayouts, UnVerbatimRecord) {
  const Transcript doc = parse_transcript(read_fixture("turns/layouts/un_security_council_record.txt"));
  EXPECT_EQ(doc.info.date, "2023-03-14");
  EXPECT_EQ(doc.info.time, "10 a.m.");
  EXPECT_EQ(doc.info.place, "New York");
  // "Seventy-eighth year" and "9290th meeting" count the Council's years and meetings: no
  // title. By reading, the record's title is its agenda item ("The situation in the Middle
  // East", under the procedure); the parser gives none.
  EXPECT_EQ(doc.info.title, std::nullopt);
  // The procedure before the first label ("The agenda was adopted.", the item's heading) is
  // the record's narration, no turn: the President opens.
  ASSERT_EQ(doc.turns.size(), 6u);
  EXPECT_EQ(doc.turns[0].label, "The President (spoke in Spanish)");
  EXPECT_EQ(doc.turns[2].speaker, "Nebenzia");
  EXPECT_EQ(doc.turns[2].label, "Mr. Nebenzia (Russian Federation) (spoke in Russian)");
  EXPECT_EQ(doc.turns[5].text, "I thank you, Madam President.");
  for (const Turn& t : doc.turns) {
    EXPECT_EQ(t.text.find("called to order"), std::string::npos) << t.text;
    EXPECT_EQ(t.text.find("agenda was adopted"), std::string::npos) << t.text;
  }
}

// Nothing of the page furniture after the transcript reaches the last turn.
// A PDF's page numbers between the turns are no part of them.
TEST(UnseenLayouts, PageNumbersStayOut) {
  const Transcript doc = parse_transcript(read_fixture("turns/layouts/pdf_briefing_page_numbers.txt"));
  ASSERT_EQ(doc.turns.size(), 5u);
  EXPECT_EQ(doc.turns[1].text, "What will the Minister discuss in Geneva?");
  EXPECT_EQ(doc.turns[2].text, "He will discuss the humanitarian situation and meet the High Commissioner.");
}

TEST(UnseenLayouts, FootersStayOut) {
  for (const Page& p : kPages) {
    SCOPED_TRACE(p.file);
    const Transcript doc = parse_transcript(read_fixture("turns/layouts/" + p.file));
    ASSERT_FALSE(doc.turns.empty());
    const std::string& last = doc.turns.back().text;
    for (const char* furniture : {"Share", "Tags:", "Поделиться", "Опубликован", "Previous", "Partager",
                                  "Is this page useful", "Copyright", "\u00A9", "Постоянный адрес", "ENDS",
                                  "Page 3 of 4"}) {
      EXPECT_EQ(last.find(furniture), std::string::npos) << furniture;
    }
  }
}

// A widget's button saved between two parts of the text ("Share", "Tags:", "Print") ends
// nothing when speech follows it; at the end it is the end as before.
TEST(UnseenLayouts, WidgetLinesBetweenTurnsEndNothing) {
  for (const char* widget : {"Share", "Tags:", "Print", "\u041F\u043E\u0434\u0435\u043B\u0438\u0442\u044C\u0441\u044F"}) {
    SCOPED_TRACE(widget);
    const std::string page = std::string("Press conference\n\nMarch 4, 2019\n\n") +
                             "Sergey Lavrov: Good afternoon. We had talks today with our colleagues from China.\n\n" +
                             widget + "\n\nQuestion: What about the deal?\n\n" +
                             "Sergey Lavrov: We support it fully and will say so again tomorrow.\n\n" + widget +
                             "\n\nRelated news\n\nLavrov meets Wang Yi\n";
    const Transcript doc = parse_transcript(page);
    ASSERT_EQ(doc.turns.size(), 3u);
    EXPECT_EQ(doc.turns[0].text, "Good afternoon. We had talks today with our colleagues from China.");
    EXPECT_EQ(doc.turns[2].text, "We support it fully and will say so again tomorrow.");
  }
}

}  // namespace
}  // namespace transcript

namespace transcript {
namespace {

// Lines in a label's shape that print a field, not a turn (spm.gov.cm's list of documents
// and its "Cameroon in brief" box; kremlin.ru's lists of instructions): a label whose value
// is only a date, and three or more different labels in a row with short values.
TEST(UnseenLayouts, FieldsInALabelsShapeOpenNoTurn) {
  const std::string page =
      "Speeches\n\nSigned on : 25/11/2020\n\nADDRESS OF THE PRIME MINISTER TO THE NATION\n\n"
      "Prime Minister: Dear compatriots, I speak to you today about our budget.\n\n"
      "Journalist: When will the roads be finished?\n\n"
      "Prime Minister: Next year. Deadline: December 1, 2021\n\n"
      "Cameroon in brief\nCapital City : Yaounde\nArea : 475 442 km2\nPopulation: 23 739 218 hab. (2015)\n"
      "Currency : Franc CFA BEAC (XAF)\n";
  const Transcript doc = parse_transcript(page);
  EXPECT_EQ(doc.info.title, "ADDRESS OF THE PRIME MINISTER TO THE NATION");  // the headline under the dated field
  EXPECT_EQ(doc.info.date, "2020-11-25");
  ASSERT_EQ(doc.turns.size(), 3u);
  EXPECT_EQ(doc.turns[0].label, "Prime Minister");
  EXPECT_EQ(doc.turns[1].label, "Journalist");
  EXPECT_EQ(doc.turns[1].kind, TurnKind::question);
  EXPECT_EQ(doc.turns[2].label, "Prime Minister");
  EXPECT_EQ(doc.turns[2].kind, TurnKind::answer);
  EXPECT_EQ(doc.turns[2].text.substr(0, 37), "Next year. Deadline: December 1, 2021");
  // Two labels with short values are still turns: a quick exchange.
  const Transcript exchange = parse_transcript(
      "Interview\n\nVladimir Putin: Good morning\n\nJohn Smith: Good morning\n\nVladimir Putin: Shall we begin? We "
      "have little time.\n");
  EXPECT_EQ(exchange.turns.size(), 3u);
}

// A government's lineup read out in a meeting (kremlin.ru, May 2018): paragraphs "Office:
// Name." a blank line apart are the reader's speech, not turns of the ministers; an office
// too long for a label stays in the list; the speech after the list opens turns again.
TEST(UnseenLayouts, ALineupOfOfficesAndHoldersOpensNoTurn) {
  const std::string page =
      "Meeting on the new Government\n\n"
      "Vladimir Putin: Go ahead, Mr Medvedev.\n\n"
      "Dmitry Medvedev: I will name everyone.\n\n"
      "Interior Minister: Vladimir Kolokoltsev.\n\n"
      "Minister of Foreign Affairs: Sergei Lavrov.\n\n"
      "Minister of Healthcare: Veronika Skvortsova.\n\n"
      "Minister of Construction, Housing and Utilities and Regional Development: Vladimir Yakushev.\n\n"
      "Minister of Energy: Alexander Novak.\n\n"
      "Vladimir Putin: Thank you. I will sign the executive orders today.\n";
  const Transcript doc = parse_transcript(page);
  ASSERT_EQ(doc.turns.size(), 3u);
  EXPECT_EQ(doc.turns[1].speaker, "Dmitry Medvedev");
  EXPECT_NE(doc.turns[1].text.find("Minister of Healthcare: Veronika Skvortsova."), std::string::npos);
  EXPECT_NE(doc.turns[1].text.find("Minister of Energy: Alexander Novak."), std::string::npos);
  EXPECT_EQ(doc.turns[2].speaker, "Vladimir Putin");
  EXPECT_EQ(doc.turns[2].text, "Thank you. I will sign the executive orders today.");
  // Greetings a blank line apart are speech, though each is a short value after a label;
  // and so are people who answer with their names.
  const Transcript greetings = parse_transcript(
      "Meeting\n\nVladimir Putin: Good morning\n\nJohn Smith: Good morning\n\nAngela Merkel: Hello\n\n"
      "Vladimir Putin: Shall we begin? We have little time.\n");
  EXPECT_EQ(greetings.turns.size(), 4u);
  const Transcript names = parse_transcript(
      "Meeting with students\n\nVladimir Putin: Please introduce yourselves.\n\nStudent: Anna Petrova.\n\n"
      "Journalist: Ivan Sidorov.\n\nTeacher: Olga Ivanova.\n\nVladimir Putin: Thank you.\n");
  EXPECT_EQ(names.turns.size(), 5u);
}

}  // namespace
}  // namespace transcript

namespace transcript {
namespace {

// An office label that no other label names ("Spokesman:", "THE VICE PRESIDENT:") takes
// the person the page's text prints beside that office: in apposition after the name (the
// UN's noon briefings: "… by Stéphane Dujarric, Spokesman for the Secretary-General") or
// after the office ("Vice President Mike Pence with us"); nobody when the text ties the
// office to two people.
TEST(UnseenLayouts, AnOfficeLabelTakesThePersonThePageNamesBesideIt) {
  const std::string briefing =
      "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n12 April 2023\n\n"
      "The following is a near-verbatim transcript of today's noon briefing by St\u00e9phane Dujarric, "
      "Spokesman for the Secretary-General.\n\n"
      "Question: Has the Secretary-General spoken to General Burhan?\n\n"
      "Spokesman: Not yet. He has been in contact with leaders in the region.\n\n"
      "Question: And on Haiti?\n\n"
      "Spokesman: The Secretary-General continues to call for a specialized force.\n";
  const Transcript doc = parse_transcript(briefing);
  ASSERT_EQ(doc.turns.size(), 4u);  // the line that introduces the transcript is no turn
  EXPECT_EQ(doc.turns[1].label, "Spokesman");
  EXPECT_EQ(doc.turns[1].speaker, "St\u00e9phane Dujarric");
  EXPECT_EQ(doc.turns[1].speaker_title, "Spokesman");
  EXPECT_EQ(doc.turns[3].speaker, "St\u00e9phane Dujarric");
  EXPECT_EQ(doc.info.speaker, "St\u00e9phane Dujarric");

  const std::string interview =
      "Interview of the Vice President by KKTX\n\n"
      "THE VICE PRESIDENT: Good morning, Frank.\n\n"
      "Q: Vice President Mike Pence with us this morning. Did you ever cover a disaster?\n\n"
      "THE VICE PRESIDENT: Never on this scale.\n";
  const Transcript pence = parse_transcript(interview);
  ASSERT_EQ(pence.turns.size(), 3u);
  EXPECT_EQ(pence.turns[2].speaker, "Mike Pence");
  EXPECT_EQ(pence.info.speaker, "Mike Pence");

  // A sentence that opens with a preposition: the name after it.
  const Transcript by = parse_transcript(
      "Daily Press Briefing\n12 April 2023\n\nNoon briefing. By St\u00e9phane Dujarric, Spokesman for the "
      "Secretary-General.\n\nQuestion: Any news?\n\nSpokesman: None.\n\nQuestion: And Haiti?\n\nSpokesman: Later.\n");
  ASSERT_GE(by.turns.size(), 4u);
  EXPECT_EQ(by.turns.back().speaker, "St\u00e9phane Dujarric");

  // Two people beside the office: nobody.
  const std::string two = interview + "\nQ: Vice President Joe Biden said the same in 2012. Do you agree?\n\n"
                                      "THE VICE PRESIDENT: I do.\n";
  const Transcript ambiguous = parse_transcript(two);
  ASSERT_EQ(ambiguous.turns.size(), 5u);
  EXPECT_FALSE(ambiguous.turns[2].speaker.has_value());
}

}  // namespace
}  // namespace transcript

namespace transcript {
namespace {

// Japan's MOFA: a dateline with the weekday, the time and the venue after it (longer than
// the 80 bytes a date line used to be allowed), headings of the event's parts between the
// turns, and reporters labelled by their outlet and surname ("Kyodo News, Nakamura:").
TEST(UnseenLayouts, DatelineWithVenueSectionHeadingsAndOutletFirstLabels) {
  const std::string page =
      "Press Conference by Foreign Minister HAYASHI Yoshimasa\n"
      "Tuesday, March 14, 2023, 10:27 a.m. Front Entrance Hall, Ministry of Foreign Affairs\n\n"
      "Opening Remarks\n\n"
      "Minister Hayashi: I will visit India next week to attend the G20 meeting.\n\n"
      "Questions and Answers\n\n"
      "Kyodo News, Nakamura: I would like to ask about the Japan-ROK summit. What are your expectations?\n\n"
      "Minister Hayashi: I expect the summit to strengthen our relations.\n\n"
      "NHK, Tanaka: On China, has a meeting been arranged?\n\n"
      "Minister Hayashi: Nothing has been decided at this point.\n";
  const Transcript doc = parse_transcript(page);
  EXPECT_EQ(doc.info.title, "Press Conference by Foreign Minister HAYASHI Yoshimasa");
  EXPECT_EQ(doc.info.date, "2023-03-14");
  EXPECT_EQ(doc.info.time, "10:27 a.m.");
  EXPECT_EQ(doc.info.place, "Front Entrance Hall, Ministry of Foreign Affairs");
  ASSERT_EQ(doc.turns.size(), 5u);
  EXPECT_EQ(doc.turns[0].text, "I will visit India next week to attend the G20 meeting.");  // no heading
  EXPECT_EQ(doc.turns[1].label, "Kyodo News, Nakamura");
  EXPECT_EQ(doc.turns[1].speaker, "Nakamura");
  EXPECT_EQ(doc.turns[1].kind, TurnKind::question);
  EXPECT_EQ(doc.turns[2].kind, TurnKind::answer);
  EXPECT_EQ(doc.turns[2].reply_to, 2);
  EXPECT_EQ(doc.turns[3].speaker, "Tanaka");
  EXPECT_EQ(doc.turns[3].kind, TurnKind::question);
  // The minister's name, surname first in capitals as the ministry prints it, in name case;
  // "Minister Hayashi" is the same person, written the title's way.
  EXPECT_EQ(doc.info.speaker, "Hayashi Yoshimasa");
  EXPECT_EQ(doc.turns[0].speaker, "Hayashi Yoshimasa");
  EXPECT_EQ(doc.turns[2].speaker, "Hayashi Yoshimasa");
  const Transcript remarks = parse_transcript(
      "Press Conference by Foreign Minister KAMIKAWA Yoko\n\nGood morning. I have one announcement today.\n");
  EXPECT_EQ(remarks.info.speaker, "Kamikawa Yoko");
  ASSERT_EQ(remarks.turns.size(), 1u);
  EXPECT_EQ(remarks.turns[0].speaker, "Kamikawa Yoko");
  // A heading is left out only as a paragraph of its own: a sentence that says it is text.
  const Transcript said = parse_transcript(
      "Briefing\n\nSpokesman: We now go to questions and answers.\n\nQuestion: Thanks. Any news?\n\nSpokesman: None.\n");
  ASSERT_EQ(said.turns.size(), 3u);
  EXPECT_EQ(said.turns[0].text, "We now go to questions and answers.");
}

}  // namespace
}  // namespace transcript

namespace transcript {
namespace {

// An interview set as a dialogue of dashes (Russian papers, and others in Europe): the
// dashed paragraphs take turns, the first asking; a paragraph without a dash continues the
// answer; the answers are the principal's; a list of points set with hyphens is no dialogue.
TEST(UnseenLayouts, AnInterviewSetAsADialogueOfDashes) {
  const std::string page =
      "\u0418\u043d\u0442\u0435\u0440\u0432\u044c\u044e \u041c\u0438\u043d\u0438\u0441\u0442\u0440\u0430 "
      "\u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0445 \u0434\u0435\u043b \u0421.\u0412.\u041b\u0430"
      "\u0432\u0440\u043e\u0432\u0430 \u0433\u0430\u0437\u0435\u0442\u0435 \u00ab\u0418\u0437\u0432\u0435\u0441\u0442"
      "\u0438\u044f\u00bb, 12 \u043c\u0430\u0440\u0442\u0430 2023 \u0433\u043e\u0434\u0430\n\n"
      "\u2014 \u041a\u0430\u043a \u0412\u044b \u043e\u0446\u0435\u043d\u0438\u0432\u0430\u0435\u0442\u0435 "
      "\u0438\u0442\u043e\u0433\u0438 \u0432\u0441\u0442\u0440\u0435\u0447\u0438?\n\n"
      "\u2014 \u0412\u0441\u0442\u0440\u0435\u0447\u0430 \u0431\u044b\u043b\u0430 \u043f\u043e\u043b\u0435\u0437"
      "\u043d\u043e\u0439.\n\n"
      "\u041c\u044b \u0438\u0437\u043b\u043e\u0436\u0438\u043b\u0438 \u043d\u0430\u0448\u0443 \u043f\u043e\u0437"
      "\u0438\u0446\u0438\u044e.\n\n"
      "\u2014 \u0420\u0430\u0441\u0441\u043a\u0430\u0436\u0438\u0442\u0435 \u043e \u043f\u043b\u0430\u043d\u0430"
      "\u0445.\n\n"
      "\u2014 \u041f\u043b\u0430\u043d\u044b \u0431\u043e\u043b\u044c\u0448\u0438\u0435.\n\n"
      "\u2014 \u0410 \u0437\u0435\u0440\u043d\u043e\u0432\u0430\u044f \u0441\u0434\u0435\u043b\u043a\u0430?\n\n"
      "\u2014 \u042d\u0442\u043e \u0437\u0430\u0432\u0438\u0441\u0438\u0442 \u043e\u0442 \u043f\u0430\u0440"
      "\u0442\u043d\u0451\u0440\u043e\u0432.\n";
  const Transcript doc = parse_transcript(page);
  ASSERT_EQ(doc.turns.size(), 6u);
  EXPECT_EQ(doc.turns[0].kind, TurnKind::question);
  EXPECT_FALSE(doc.turns[0].label.has_value());
  EXPECT_EQ(doc.turns[0].text, "\u041a\u0430\u043a \u0412\u044b \u043e\u0446\u0435\u043d\u0438\u0432\u0430\u0435"
                               "\u0442\u0435 \u0438\u0442\u043e\u0433\u0438 \u0432\u0441\u0442\u0440\u0435\u0447"
                               "\u0438?");
  EXPECT_EQ(doc.turns[1].kind, TurnKind::answer);
  EXPECT_EQ(doc.turns[1].reply_to, 1);
  EXPECT_EQ(doc.turns[1].speaker, "\u0421.\u0412.\u041b\u0430\u0432\u0440\u043e\u0432");
  EXPECT_EQ(doc.turns[1].paragraphs, 2);  // the paragraph without a dash continues it
  EXPECT_EQ(doc.turns[2].kind, TurnKind::question);  // a request, without a question mark
  EXPECT_EQ(doc.turns[3].kind, TurnKind::answer);
  EXPECT_EQ(doc.turns[5].reply_to, 5);

  // Points set with hyphens in a speech: no question among them, no dialogue.
  const Transcript points = parse_transcript(
      "Statement by the Minister\n\nMinister: We agreed on three points.\n\n- trade will grow;\n\n"
      "- visas will be eased;\n\n- talks will go on.\n\n- and a fourth, on culture.\n");
  ASSERT_EQ(points.turns.size(), 1u);
  EXPECT_NE(points.turns[0].text.find("- visas will be eased;"), std::string::npos);
}

}  // namespace
}  // namespace transcript

namespace transcript {
namespace {

// Romance layouts: the Élysée's "LE PRÉSIDENT DE LA RÉPUBLIQUE :" and "Olaf SCHOLZ :" (a
// space before the colon, the surname in capitals), La Moncloa's labels that end in ".-"
// ("Presidente del Gobierno.-", "P.-") under a dateline that puts the weekday between the
// place and the date. An office's place after "de" is no surname.
TEST(UnseenLayouts, FrenchAndSpanishPressConferences) {
  const Transcript elysee = parse_transcript(
      "Conf\u00e9rence de presse du Pr\u00e9sident Emmanuel Macron et du Chancelier Olaf Scholz\n"
      "22 janvier 2023 - Paris\n\n"
      "LE PR\u00c9SIDENT DE LA R\u00c9PUBLIQUE : Monsieur le Chancelier, je suis heureux de vous accueillir.\n\n"
      "Olaf SCHOLZ : Merci beaucoup, cher Emmanuel.\n\n"
      "QUESTION : Monsieur le Pr\u00e9sident, allez-vous livrer des chars ?\n\n"
      "LE PR\u00c9SIDENT DE LA R\u00c9PUBLIQUE : Rien n'est exclu.\n");
  ASSERT_EQ(elysee.turns.size(), 4u);
  EXPECT_EQ(elysee.turns[0].speaker, "Emmanuel Macron");
  EXPECT_EQ(elysee.turns[0].speaker_title, "Pr\u00e9sident de la R\u00e9publique");
  EXPECT_EQ(elysee.turns[1].speaker, "Olaf Scholz");
  EXPECT_EQ(elysee.turns[2].kind, TurnKind::question);
  EXPECT_EQ(elysee.turns[3].kind, TurnKind::answer);
  EXPECT_EQ(elysee.turns[3].speaker, "Emmanuel Macron");

  const Transcript moncloa = parse_transcript(
      "Rueda de prensa del presidente del Gobierno, Pedro S\u00e1nchez, tras el Consejo Europeo\n"
      "Bruselas, viernes 24 de marzo de 2023\n\n"
      "Presidente del Gobierno.- Buenas tardes. Quiero empezar agradeciendo el trabajo de todos.\n\n"
      "P.- Presidente, \u00bfqu\u00e9 opina de la reforma del mercado el\u00e9ctrico?\n\n"
      "Presidente del Gobierno.- Es una buena noticia para Espa\u00f1a.\n");
  EXPECT_EQ(moncloa.info.title,
            "Rueda de prensa del presidente del Gobierno, Pedro S\u00e1nchez, tras el Consejo Europeo");
  EXPECT_EQ(moncloa.info.date, "2023-03-24");
  EXPECT_EQ(moncloa.info.place, "Bruselas");
  ASSERT_EQ(moncloa.turns.size(), 3u);
  EXPECT_EQ(moncloa.turns[0].label, "Presidente del Gobierno");
  EXPECT_EQ(moncloa.turns[0].speaker_title, "Presidente del Gobierno");
  EXPECT_EQ(moncloa.turns[0].speaker, "Pedro S\u00e1nchez");
  EXPECT_EQ(moncloa.turns[0].text, "Buenas tardes. Quiero empezar agradeciendo el trabajo de todos.");
  EXPECT_EQ(moncloa.turns[1].kind, TurnKind::question);
  EXPECT_EQ(moncloa.turns[2].kind, TurnKind::answer);
  EXPECT_EQ(moncloa.turns[2].speaker, "Pedro S\u00e1nchez");
  // ".-" ends a label only before a space: "U.S.-China" and "Federation.-China" are text.
  const Transcript joined = parse_transcript(
      "Remarks by the President\n\nTHE PRESIDENT: Good afternoon.\n\nU.S.-China trade talks will resume.\n\n"
      "Q: Sir?\n\nTHE PRESIDENT: Russian Federation.-China relations are fine.\n");
  ASSERT_EQ(joined.turns.size(), 3u);
  EXPECT_EQ(joined.turns[0].text, "Good afternoon.\n\nU.S.-China trade talks will resume.");
}

// The Quai d'Orsay: the minister's long office in capitals, the minister named after a
// comma in the title ("… de Mme Catherine Colonna, ministre de l'Europe et des affaires
// étrangères"), a guest minister whose office adds a place the title does not give.
TEST(UnseenLayouts, FrenchOfficeInApposition) {
  const Transcript doc = parse_transcript(
      "Conf\u00e9rence de presse de Mme Catherine Colonna, ministre de l'Europe et des affaires "
      "\u00e9trang\u00e8res\n"
      "Paris, 12 janvier 2023\n\n"
      "LA MINISTRE DE L'EUROPE ET DES AFFAIRES \u00c9TRANG\u00c8RES : Mesdames et Messieurs, bonjour.\n\n"
      "Q - Madame la Ministre, une question sur l'Ukraine ?\n\n"
      "LA MINISTRE : Merci pour cette question.\n\n"
      "LE MINISTRE DES AFFAIRES \u00c9TRANG\u00c8RES D'UKRAINE : Merci beaucoup.\n");
  EXPECT_EQ(doc.info.speaker, "Catherine Colonna");
  ASSERT_EQ(doc.turns.size(), 4u);
  EXPECT_EQ(doc.turns[0].speaker, "Catherine Colonna");
  EXPECT_EQ(doc.turns[0].speaker_title, "Ministre de l'Europe et des Affaires \u00c9trang\u00e8res");
  EXPECT_EQ(doc.turns[1].kind, TurnKind::question);
  EXPECT_EQ(doc.turns[2].speaker, "Catherine Colonna");
  EXPECT_EQ(doc.turns[3].speaker, std::nullopt);
  EXPECT_EQ(doc.turns[3].speaker_title, "Ministre des Affaires \u00c9trang\u00e8res D'Ukraine");
}

// Spain's foreign ministry: the minister's office holds a comma ("Ministro de Asuntos
// Exteriores, Unión Europea y Cooperación"), and the title sets it off by commas before the
// minister's name; a label of that office, or of its first word, names the minister. An
// office whose second part ends in a name ("Minister of Construction, Housing and Utilities
// Mikhail Men", kremlin.ru) still names that person.
TEST(UnseenLayouts, SpanishOfficeWithAComma) {
  const Transcript doc = parse_transcript(
      "Rueda de prensa del ministro de Asuntos Exteriores, Uni\u00f3n Europea y Cooperaci\u00f3n, Jos\u00e9 "
      "Manuel Albares, tras el Consejo de Asuntos Exteriores\n"
      "Bruselas, lunes 20 de marzo de 2023\n\n"
      "Ministro de Asuntos Exteriores, Uni\u00f3n Europea y Cooperaci\u00f3n: Buenos d\u00edas.\n\n"
      "P.- Ministro, \u00bfqu\u00e9 opina de la propuesta?\n\n"
      "Ministro de Asuntos Exteriores, Uni\u00f3n Europea y Cooperaci\u00f3n: Es una buena propuesta.\n\n"
      "P.- \u00bfY sobre Marruecos?\n\n"
      "Ministro: Las relaciones son excelentes.\n");
  EXPECT_EQ(doc.info.speaker, "Jos\u00e9 Manuel Albares");
  ASSERT_EQ(doc.turns.size(), 5u);
  EXPECT_EQ(doc.turns[0].label, "Ministro de Asuntos Exteriores, Uni\u00f3n Europea y Cooperaci\u00f3n");
  EXPECT_EQ(doc.turns[0].speaker, "Jos\u00e9 Manuel Albares");
  EXPECT_EQ(doc.turns[0].speaker_title, "Ministro de Asuntos Exteriores, Uni\u00f3n Europea y Cooperaci\u00f3n");
  EXPECT_EQ(doc.turns[2].kind, TurnKind::answer);
  EXPECT_EQ(doc.turns[2].speaker, "Jos\u00e9 Manuel Albares");
  EXPECT_EQ(doc.turns[4].speaker, "Jos\u00e9 Manuel Albares");

  const Transcript kremlin = parse_transcript(
      "Meeting with Government members\n\nVladimir Putin: Good afternoon.\n\n"
      "Minister of Construction, Housing and Utilities Mikhail Men: Mr President, colleagues.\n");
  ASSERT_EQ(kremlin.turns.size(), 2u);
  EXPECT_EQ(kremlin.turns[1].speaker, "Mikhail Men");
}

// India's MEA weekly briefing: reporters labelled "Name, Outlet", an outlet's name ending in
// digits ("CNN News18": the label was text inside the answer before it), and "(Concludes)"
// closing the transcript.
TEST(UnseenLayouts, OutletWithANumberAndConcludes) {
  const Transcript doc = parse_transcript(
      "Transcript of Weekly Media Briefing by the Official Spokesperson (March 16, 2023)\n\n"
      "Official Spokesperson, Shri Arindam Bagchi: Good afternoon. I have a couple of announcements.\n\n"
      "Sidhant Sibal, WION: Sir, my question is on the G20 meeting.\n\n"
      "Official Spokesperson, Shri Arindam Bagchi: We will share details when we have them.\n\n"
      "Maha Siddiqui, CNN News18: Sir, on China?\n\n"
      "Official Spokesperson, Shri Arindam Bagchi: Our position is well known. Thank you all.\n\n"
      "(Concludes)\n");
  ASSERT_EQ(doc.turns.size(), 5u);
  EXPECT_EQ(doc.turns[3].label, "Maha Siddiqui, CNN News18");
  EXPECT_EQ(doc.turns[3].speaker, "Maha Siddiqui");
  EXPECT_EQ(doc.turns[3].speaker_title, "CNN News18");
  EXPECT_EQ(doc.turns[3].kind, TurnKind::question);
  EXPECT_EQ(doc.turns[4].reply_to, 4);
  EXPECT_EQ(doc.turns[4].text, "Our position is well known. Thank you all.");
  // Digits inside a name before the comma still make no label.
  const Transcript prose = parse_transcript("Remarks\n\nG20 summit, day two: leaders met in Delhi.\n");
  for (const Turn& t : prose.turns) EXPECT_NE(t.label, "G20 summit, day two");
}

TEST(UnseenLayouts, RomanceOfficesAndParticles) {
  struct Case {
    const char* label;
    std::optional<std::string> speaker, title;
  };
  const Case cases[] = {
      {"Ministro de Defensa", std::nullopt, "Ministro de Defensa"},
      {"Ministre des Affaires \u00e9trang\u00e8res", std::nullopt, "Ministre des Affaires \u00e9trang\u00e8res"},
      {"Ministre de l'Int\u00e9rieur", std::nullopt, "Ministre de l'Int\u00e9rieur"},
      {"Presidente de Francia", std::nullopt, "Presidente de Francia"},
      {"President de Gaulle", "de Gaulle", "President"},
      {"Mar\u00eda de los \u00c1ngeles P\u00e9rez", "Mar\u00eda de los \u00c1ngeles P\u00e9rez", std::nullopt},
      // In capitals: the adjective after the office's noun, and a place joined to "d'",
      // are no surname.
      {"LE MINISTRE DES AFFAIRES \u00c9TRANG\u00c8RES D'UKRAINE", std::nullopt,
       "Ministre des Affaires \u00c9trang\u00e8res D'Ukraine"},
      {"MINISTRO DE DEFENSA NACIONAL", std::nullopt, "Ministro de Defensa Nacional"},
      {"LE MINISTRE DE L'INT\u00c9RIEUR", std::nullopt, "Ministre de l'Int\u00e9rieur"},
      // A name after an office in capitals still is one.
      {"LE PR\u00c9SIDENT DE LA R\u00c9PUBLIQUE EMMANUEL MACRON", "Emmanuel Macron",
       "Pr\u00e9sident de la R\u00e9publique"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.label);
    const std::string line = std::string(c.label) + ": Merci.";
    const Transcript doc = parse_transcript("Conf\u00e9rence\n\n" + line + "\n\nQUESTION : Pourquoi ?\n\n" + line + "\n");
    ASSERT_EQ(doc.turns.size(), 3u);
    EXPECT_EQ(doc.turns[0].speaker, c.speaker);
    EXPECT_EQ(doc.turns[0].speaker_title, c.title);
  }
}

}  // namespace
}  // namespace transcript

namespace transcript {
namespace {

// A text page saved from Markdown that sets its labels alone in bold, without a colon.
TEST(UnseenLayouts, MarkdownBoldLabelsOnTheirOwnLines) {
  const Transcript doc = parse_transcript(
      "Interview of Foreign Minister Sergey Lavrov to RIA Novosti\n12 March 2023\n\n"
      "**Question**\n\nMr Lavrov, how do you assess the G20 meeting?\n\n"
      "**Sergey Lavrov**\n\nIt was useful. We stated our position.\n\n"
      "**Question**\n\nWhat about the grain deal?\n\n**Sergey Lavrov**\n\nIt depends on our partners.\n");
  ASSERT_EQ(doc.turns.size(), 4u);
  EXPECT_EQ(doc.turns[0].label, "Question");
  EXPECT_EQ(doc.turns[0].kind, TurnKind::question);
  EXPECT_EQ(doc.turns[1].label, "Sergey Lavrov");
  EXPECT_EQ(doc.turns[1].text, "It was useful. We stated our position.");
  EXPECT_EQ(doc.turns[3].kind, TurnKind::answer);
  // One bold line alone is a heading.
  const Transcript heading = parse_transcript(
      "Statement\n12 March 2023\n\n**Sergey Lavrov**\n\nWe stated our position at the meeting today.\n");
  for (const Turn& t : heading.turns) EXPECT_FALSE(t.label.has_value());
}

}  // namespace
}  // namespace transcript

namespace transcript {
namespace {

// The Chinese MFA's regular press conference (fmprc.gov.cn): Chinese labels with a
// full-width colon, reporters labelled by their outlet ("法新社记者："), a date written
// 2023年5月5日; an interview whose answers carry the surname alone ("蔡：") is the
// principal's; "相关新闻" (related news) and the copyright line end the transcript; page
// furniture ("来源：") is no label.
TEST(UnseenLayouts, ChinesePressConferenceAndInterview) {
  const Transcript doc = parse_transcript(
      "2023年5月5日外交部发言人毛宁主持例行记者会\n\n"
      "毛宁：今天我没有要发布的消息，下面请大家提问。\n\n"
      "法新社记者：菲律宾称中国海警船阻拦其巡逻船，你有何评论？\n\n"
      "毛宁：中方在南海问题上的立场是一贯的、明确的。\n\n"
      "彭博社记者：秦刚外长近期会见布林肯国务卿吗？\n\n"
      "毛宁：目前我没有可以发布的消息。\n\n"
      "相关新闻\n外交部发言人汪文斌主持例行记者会(2023-05-04)\n\n"
      "中华人民共和国外交部　版权所有\n");
  EXPECT_EQ(doc.info.date, "2023-05-05");
  EXPECT_EQ(doc.info.speaker, "毛宁");
  ASSERT_EQ(doc.turns.size(), 5u);
  EXPECT_EQ(doc.turns[0].speaker, "毛宁");
  EXPECT_EQ(doc.turns[1].label, "法新社记者");
  EXPECT_EQ(doc.turns[1].kind, TurnKind::question);
  EXPECT_FALSE(doc.turns[1].speaker.has_value());
  EXPECT_EQ(doc.turns[2].kind, TurnKind::answer);
  EXPECT_EQ(doc.turns[2].reply_to, 2);
  EXPECT_EQ(doc.turns[4].text, "目前我没有可以发布的消息。");

  const Transcript interview = parse_transcript(
      "驻欧盟大使夫人蔡潇丽接受欧盟媒体采访\n2020-03-09\n\n"
      "来源：驻欧盟使团\n\n"
      "记者：中国现在确诊的病例累计超过80000例，这对中国社会产生了什么影响？\n\n"
      "蔡：疫情来的突然，影响了正常生活。\n\n"
      "记者：您有什么特别信息要传递给欧洲女性吗？\n\n"
      "蔡：我希望大家积极应对疫情。\n");
  EXPECT_EQ(interview.info.speaker, "蔡潇丽");
  ASSERT_EQ(interview.turns.size(), 4u);
  EXPECT_EQ(interview.turns[0].kind, TurnKind::question);
  EXPECT_EQ(interview.turns[1].kind, TurnKind::answer);
  EXPECT_EQ(interview.turns[1].label, "蔡");
  EXPECT_EQ(interview.turns[1].speaker, "蔡潇丽");

  // A news item that quotes what someone said ("王毅说：", "毛宁表示：") has no labels.
  const Transcript news = parse_transcript(
      "王毅会见美国国务卿布林肯\n2023-06-19\n\n王毅说：中美关系正处在关键节点。\n\n毛宁表示：中方的立场是明确的。\n\n"
      "王毅说：希望美方客观理性看待中国。\n");
  for (const Turn& t : news.turns) EXPECT_FALSE(t.label.has_value()) << t.text;
}

// A name written surname first (East Asian order) in the title, a bare surname in the labels:
// the label's speaker is the full name ("PRIME MINISTER LEE" -> Lee Hsien Loong), when the page
// gives one such name.
TEST(UnseenLayouts, BareSurnameTakesTheNameWrittenSurnameFirst) {
  const Transcript doc = parse_transcript(
      "Remarks by President Trump and Prime Minister Lee Hsien Loong of Singapore Before Bilateral Meeting\n\n"
      "Hamburg, Germany\n\n"
      "PRESIDENT TRUMP: Thank you very much, everybody. It is an honor to have the Prime Minister here.\n\n"
      "PRIME MINISTER LEE: Well, thank you, Mr. President. We have many things going on.\n\n"
      "PRESIDENT TRUMP: Very good.\n");
  ASSERT_EQ(doc.turns.size(), 3u);
  EXPECT_EQ(doc.turns[1].speaker, "Lee Hsien Loong");
  EXPECT_EQ(doc.turns[0].speaker, "Trump");
}

// A surname that opens with a particle ("EMIR AL THANI": "Al" is no given name) and the title
// naming the office with the full name, particles among the given names ("Emir Tamim bin
// Hamad Al Thani"): the label's speaker is that full name (whitehouse.gov 2017; it was "Al
// Thani"). A host's sign-off that thanks with "appreciate" and asks nothing is a statement,
// and the guest's thanks back answer nothing.
TEST(UnseenLayouts, ParticleSurnameTakesTheFullNameAndAppreciationSignsOff) {
  const Transcript doc = parse_transcript(
      "Remarks by President Trump and Emir Tamim bin Hamad Al Thani of Qatar Before Bilateral Meeting\n\n"
      "Lotte New York Palace Hotel\n\n"
      "PRESIDENT TRUMP: Thank you very much, everybody. It is an honor to have the Emir here.\n\n"
      "EMIR AL THANI: Well, Mr. President, thank you very much for seeing me.\n\n"
      "PRESIDENT TRUMP: Thank you.\n");
  ASSERT_EQ(doc.turns.size(), 3u);
  EXPECT_EQ(doc.turns[1].speaker, "Tamim bin Hamad Al Thani");

  const Transcript radio = parse_transcript(
      "Interview of the Vice President on The Chris Salcedo Show\n\n"
      "Q Mr. Vice President, how are the rescue efforts going in Houston?\n\n"
      "THE VICE PRESIDENT: Well, let me assure all of your listeners that the focus is on lifesaving efforts.\n\n"
      "Q The Vice President of the United States, Mike Pence. Sir, we appreciate your leadership and "
      "appreciate your time on The Chris Salcedo Show.\n\n"
      "THE VICE PRESIDENT: Thank you, Chris. God bless you.\n");
  ASSERT_EQ(radio.turns.size(), 4u);
  EXPECT_EQ(radio.turns[0].kind, TurnKind::question);
  EXPECT_EQ(radio.turns[1].kind, TurnKind::answer);
  EXPECT_EQ(radio.turns[2].kind, TurnKind::statement);
  EXPECT_EQ(radio.turns[3].kind, TurnKind::statement);
  EXPECT_FALSE(radio.turns[3].reply_to.has_value());
}

// A gaggle with two officials (whitehouse.gov fragments 678, shortened): after one answers,
// the other moves the floor ("let's go to the filing center") or opens it to questions
// ("we'll endeavor to take questions from the press file"), and at the end thanks the room:
// none of it answers the question before. The header's editorial note in square brackets
// and a time with a zone of several words ("Local ET") leave the venue above them the place.
TEST(UnseenLayouts, SecondOfficialMovesTheFloorAndClosesAndAVenueUnderANote) {
  const Transcript doc = parse_transcript(
      "Press Gaggle by Press Secretary Jay Carney and Deputy National Security Advisor Ben Rhodes\n\n"
      "[As prepared by White House stenographer in real time]\n\n"
      "Killyhevlin Hotel\n"
      "Enniskillen, Northern Ireland\n\n"
      "9:22 P.M. Local ET\n\n"
      "MR. RHODES: Good evening, everybody. The President had a good meeting with Prime Minister Cameron.\n\n"
      "Q Did the President detail the kind of assistance in his meeting with Cameron?\n\n"
      "MR. RHODES: No. The meeting with Cameron was rather informal, as you saw.\n\n"
      "MR. CARNEY: So now we'll endeavor to take questions from the press file. We know there will be a "
      "delay. Somebody speak up.\n\n"
      "Q Jay, did Putin agree to stop sending arms to Assad?\n\n"
      "MR. RHODES: They discussed it at length.\n\n"
      "MR. CARNEY: Okay. As we bring this home, let's go to the filing center. Yes, sir.\n\n"
      "Q Any areas of disagreement on tax avoidance?\n\n"
      "MR. RHODES: My understanding is that there is an intent to find agreement.\n\n"
      "MR. CARNEY: Okay, thank you all very much. Hope this worked for you. Thanks.\n");
  ASSERT_EQ(doc.turns.size(), 10u);
  EXPECT_EQ(doc.info.place, "Killyhevlin Hotel, Enniskillen, Northern Ireland");
  for (std::size_t k : {2u, 5u, 8u}) {
    EXPECT_EQ(doc.turns[k].kind, TurnKind::answer) << k;
    EXPECT_EQ(doc.turns[k].reply_to, static_cast<int>(k)) << k;
  }
  for (std::size_t k : {3u, 6u, 9u}) {
    EXPECT_EQ(doc.turns[k].kind, TurnKind::statement) << k << ": " << doc.turns[k].text;
    EXPECT_FALSE(doc.turns[k].reply_to.has_value()) << k;
  }
}

// A guest answers at a briefing and the press secretary only names the next reporter
// ("Jon-Christopher.", "Norah, then Bill.": whitehouse.gov fragments 565, 1046); a reporter's
// wish at the end ("Happy Super Bowl.") and the wish back close the briefing. None of these
// is a question or an answer.
TEST(UnseenLayouts, NamingTheNextReporterAndAWishAnswerNothing) {
  const Transcript doc = parse_transcript(
      "Press Briefing by Press Secretary Jay Carney and SUNY Chancellor Nancy Zimpher\n\n"
      "MR. CARNEY: Good afternoon. I have with me Nancy Zimpher. Questions for the Chancellor? Christi.\n\n"
      "Q Chancellor, what is the goal of the summit?\n\n"
      "CHANCELLOR ZIMPHER: Well, the call to action started quite a while ago.\n\n"
      "MR. CARNEY: Jon-Christopher.\n\n"
      "Q How many colleges will take part?\n\n"
      "CHANCELLOR ZIMPHER: More than a hundred of them.\n\n"
      "MR. CARNEY: Norah, then Bill.\n\n"
      "Q Is there money in it?\n\n"
      "MR. CARNEY: Not new money, no.\n\n"
      "Q Happy Super Bowl.\n\n"
      "MR. CARNEY: And happy Super Bowl.\n");
  ASSERT_EQ(doc.turns.size(), 11u);
  expect_kinds(doc, {TurnKind::statement, TurnKind::question,  TurnKind::answer,    TurnKind::statement,
                    TurnKind::question,  TurnKind::answer,    TurnKind::statement, TurnKind::question,
                    TurnKind::answer,    TurnKind::statement, TurnKind::statement});
  EXPECT_EQ(doc.turns[5].reply_to, 5);
}

// A participant who says he has a question asks, though the President cuts in before it is
// put (kremlin.ru 56766: "I have a question. Our company offers …" / "How much is it?"); his
// replies to the counter-questions are his. An official's turn that gives the floor with
// no-break spaces between its words ("give the\u00A0floor", kremlin.ru 59455) answers nothing.
TEST(UnseenLayouts, AnnouncedQuestionAndTheFloorGivenWithNoBreakSpaces) {
  const Transcript doc = parse_transcript(
      "Visit to Rostselmash plant\n\nFebruary 1, 2018, Rostov-on-Don\n\n"
      "Vladimir Putin: Good afternoon, friends. Please, ask your questions.\n\n"
      "Question: Mr President, what about the planning horizon?\n\n"
      "Vladimir Putin: It should be wider, I agree with you.\n\n"
      "Alexander Romanchuk: Mr President, my\u00A0name is Alexander Romanchuk. I\u00A0have a\u00A0question. "
      "Our company offers an\u00A0interest-free loan to\u00A0employees.\n\n"
      "Vladimir Putin: How much is it?\n\n"
      "Alexander Romanchuk: The minimum interest rate is 9.5 percent provided that\u2026\n\n"
      "Vladimir Putin: There is a programme for young families.\n\n"
      "Dmitry Peskov: Mr President, let\u2019s give the\u00A0floor to\u00A0Andrei Kolesnikov.\n\n"
      "Question: Thank you. What about the roads?\n\n"
      "Vladimir Putin: They will be built.\n");
  ASSERT_EQ(doc.turns.size(), 10u);
  expect_kinds(doc, {TurnKind::statement, TurnKind::question, TurnKind::answer,
                    TurnKind::question,  TurnKind::answer,   TurnKind::question,
                    TurnKind::answer,    TurnKind::statement, TurnKind::question,
                    TurnKind::answer});
  EXPECT_EQ(doc.turns[4].reply_to, 4);
  EXPECT_EQ(doc.turns[6].reply_to, 6);
  EXPECT_FALSE(doc.turns[7].reply_to.has_value());
  EXPECT_EQ(doc.turns[9].reply_to, 9);
}

// A meeting with heads of media (kremlin.ru 56639): an editor's few words back to the
// President's own question before any question is open reply to it ("Press Day, right?" /
// "Russian Press Day."), and a head of a news agency, whose title names no press office,
// asks when most of his turns put a question (on a page where a question label shows that
// not every asker is named).
TEST(UnseenLayouts, ReplyBeforeTheQuestionsAndATitledParticipantWhoAsks) {
  const Transcript doc = parse_transcript(
      "Meeting with heads of Russian print media and news agencies\n\nJanuary 11, 2018, Moscow\n\n"
      "President of Russia Vladimir Putin: Good afternoon. I congratulate you all on your holiday. Press Day, "
      "right?\n\n"
      "Editor-in-chief of the Komsomolskaya Pravda newspaper Vladimir Sungorkin: Russian Press Day.\n\n"
      "Vladimir Putin: My congratulations to all those involved in this wonderful profession.\n\n"
      "Remark: Thank you.\n\n"
      "Vladimir Sungorkin: Mr President, what do you think of the election campaign?\n\n"
      "Vladimir Putin: I think it is normal and good.\n\n"
      "Rossiya Segodnya Director General Dmitry Kiselev: We have just celebrated the New Year. Where did "
      "you spend it?\n\n"
      "Vladimir Putin: I always spend the New Year in Russia.\n\n"
      "Dmitry Kiselev: But he goes to the Maldives. How come?\n\n"
      "Vladimir Putin: I do not know anything about this.\n\n"
      "Question: And the economy?\n\n"
      "Vladimir Putin: It grows.\n");
  ASSERT_EQ(doc.turns.size(), 12u);
  expect_kinds(doc, {TurnKind::statement, TurnKind::statement, TurnKind::statement, TurnKind::statement,
                    TurnKind::question,  TurnKind::answer,    TurnKind::question,  TurnKind::answer,
                    TurnKind::question,  TurnKind::answer});
  EXPECT_EQ(doc.turns[7].reply_to, 7);
  EXPECT_EQ(doc.turns[9].reply_to, 9);
}

// A reporter who only asks how the briefer is greets him ("Jay, how are you today?",
// whitehouse.gov fragments 622; "I'm good. How are you?", 509): no question, and the reply
// answers nothing, though a question was answered before it. "How are you interpreting
// those moves?" asks; so does a Chinese reporter's "？".
TEST(UnseenLayouts, HowAreYouGreetsAndAsksNothing) {
  const Transcript doc = parse_transcript(
      "Press Briefing by Press Secretary Jay Carney, 4/8/2014\n\n"
      "MR. CARNEY: Good afternoon. How are you?\n\n"
      "Q I'm good. How are you?\n\n"
      "MR. CARNEY: I'm great.\n\n"
      "Q What about the equal pay event?\n\n"
      "MR. CARNEY: It went well.\n\n"
      "Q Jay, how are you today?\n\n"
      "MR. CARNEY: I\u2019m excellent. Thank you, sir.\n\n"
      "Q How are you interpreting those moves?\n\n"
      "MR. CARNEY: As a signal.\n");
  ASSERT_EQ(doc.turns.size(), 9u);
  expect_kinds(doc, {TurnKind::statement, TurnKind::statement, TurnKind::statement,
                    TurnKind::question,  TurnKind::answer,    TurnKind::statement,
                    TurnKind::statement, TurnKind::question,  TurnKind::answer});
  EXPECT_FALSE(doc.turns[6].reply_to.has_value());
  EXPECT_EQ(doc.turns[8].reply_to, 8);
}

// A minister whose office oversees the press is no journalist (kremlin.ru 56814: "Minister
// of Communications and Mass Media Nikolai Nikiforov" at a working meeting): the meeting
// stays one of statements, a remark from the room included.
TEST(UnseenLayouts, MinisterOfMassMediaIsNoJournalist) {
  const Transcript doc = parse_transcript(
      "Meeting on preparations for the 2019 Winter Universiade\n\nFebruary 7, 2018, Krasnoyarsk\n\n"
      "President of Russia Vladimir Putin: Good afternoon, colleagues. Today we will discuss the preparations.\n\n"
      "Minister of Sport Pavel Kolobkov: Mr President, I would like to report on the preparations.\n\n"
      "Vladimir Putin: Thank you. Mr Nikiforov, the floor is yours.\n\n"
      "Remark: Quite possible.\n\n"
      "Minister of Communications and Mass Media Nikolai Nikiforov: Mr President, you said we need to clear up "
      "the situation with the networks. Is that done?\n\n"
      "Vladimir Putin: Thank you. And the deadlines?\n\n"
      "Nikolai Nikiforov: I am completely confident, Mr President.\n\n"
      "Vladimir Putin: Thank you.\n");
  ASSERT_EQ(doc.turns.size(), 8u);
  for (const Turn& t : doc.turns) {
    EXPECT_EQ(t.kind, TurnKind::statement) << t.seq << ": " << t.text;
    EXPECT_FALSE(t.reply_to.has_value()) << t.seq;
  }
}

// A named asker's thanks after the answer close the question, as under a question's label
// (kremlin.ru 57246: "That is great, thank you."): what the principal and the others say
// after it answers nothing, where 33 turns had answered the one question.
TEST(UnseenLayouts, NamedAskersThanksCloseTheQuestion) {
  const Transcript doc = parse_transcript(
      "Conversation with cosmonauts\n\nApril 12, 2018, Moscow\n\n"
      "Valentina Tereshkova: And we will do our best. Why are you so silent, everyone? Will we do our best?\n\n"
      "Test-cosmonaut Anna Kikina: Yes. Mr President, you said that we are going to fly to the Moon, didn't you?\n\n"
      "Vladimir Putin: Yes. You know that this programme is designed until 2030, at least its first part.\n\n"
      "Anna Kikina: That is great, thank you.\n\n"
      "Vladimir Putin: First the lunar orbit, circumnavigation, there are space stations to build for the "
      "lunar orbit.\n\n"
      "Valentina Tereshkova: It is sad that the years go by so quickly.\n");
  ASSERT_EQ(doc.turns.size(), 6u);
  expect_kinds(doc, {TurnKind::statement, TurnKind::question,  TurnKind::answer,
                    TurnKind::statement, TurnKind::statement, TurnKind::statement});
  EXPECT_EQ(doc.turns[2].reply_to, 2);
}

}  // namespace
}  // namespace transcript
