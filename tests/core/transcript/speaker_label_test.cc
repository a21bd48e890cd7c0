// Label shapes, one line at a time (speaker_label.h).
#include "core/transcript/speaker_label.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "../test_data_pages.h"

namespace transcript {
namespace {

struct Case {
  const char* line;
  const char* label;
  std::optional<std::string> speaker;
  LabelRole role;
  const char* text;  // what follows the label on the line
};

TEST(SpeakerLabel, RecognisesEveryLayout) {
  const std::optional<std::string> none;
  const Case cases[] = {
      {"Sergey Lavrov: Thank you.", "Sergey Lavrov", "Sergey Lavrov", LabelRole::person, "Thank you."},
      {"С.В.Лавров: Спасибо.", "С.В.Лавров", "С.В.Лавров", LabelRole::person, "Спасибо."},
      {"M. Papchenkova: Is it?", "M. Papchenkova", "M. Papchenkova", LabelRole::person, "Is it?"},
      // The letters I, A and Q as initials before a surname and its colon (mfa.gr's "I.
      // KASOULIDES:"): no pronoun, no answer, no question.
      {"I. KASOULIDES: Thank you.", "I. KASOULIDES", "I. Kasoulides", LabelRole::person, "Thank you."},
      {"A. Kasoulides: Yes.", "A. Kasoulides", "A. Kasoulides", LabelRole::person, "Yes."},
      {"Q. DENDIAS: Yes.", "Q. DENDIAS", "Q. Dendias", LabelRole::person, "Yes."},
      {"President of Russia Vladimir Putin: Colleagues,", "President of Russia Vladimir Putin",
       "Vladimir Putin", LabelRole::person, "Colleagues,"},
      {"Foreign Minister Sergei Lavrov: Yes.", "Foreign Minister Sergei Lavrov", "Sergei Lavrov",
       LabelRole::person, "Yes."},
      {"President of the Russian Federation Vladimir Putin: Yes.",
       "President of the Russian Federation Vladimir Putin", "Vladimir Putin", LabelRole::person, "Yes."},
      {"President of Turkey Recep Tayyip Erdogan: Yes.", "President of Turkey Recep Tayyip Erdogan",
       "Recep Tayyip Erdogan", LabelRole::person, "Yes."},
      // A run cut inside the office's place by an institution's word ("the State", "the
      // film"): the words before a given name and a surname are the place's.
      {"Director of the State Hermitage Mikhail Piotrovsky: Mr President,",
       "Director of the State Hermitage Mikhail Piotrovsky", "Mikhail Piotrovsky", LabelRole::person, "Mr President,"},
      {"Producer of the film Frontier Dzhanik Fayziyev: Thank you.", "Producer of the film Frontier Dzhanik Fayziyev",
       "Dzhanik Fayziyev", LabelRole::person, "Thank you."},
      {"Chair of the Federation Council Committee on Constitutional Legislation and State Building Andrey Klishas: Mr "
       "President,",
       "Chair of the Federation Council Committee on Constitutional Legislation and State Building Andrey Klishas",
       "Andrey Klishas", LabelRole::person, "Mr President,"},
      // "of State" is an office: its three-word name stays whole.
      {"Secretary of State Hillary Rodham Clinton: Thank you.", "Secretary of State Hillary Rodham Clinton",
       "Hillary Rodham Clinton", LabelRole::person, "Thank you."},
      {"Head of the delegation Mohammed bin Salman: Yes.", "Head of the delegation Mohammed bin Salman",
       "Mohammed bin Salman", LabelRole::person, "Yes."},
      {"Министр иностранных дел России С.В.Лавров: Да.", "Министр иностранных дел России С.В.Лавров",
       "С.В.Лавров", LabelRole::person, "Да."},
      // Offices in German, Italian, Spanish before a surname alone.
      {"Präsident Macron: Vielen Dank.", "Präsident Macron", "Macron", LabelRole::person, "Vielen Dank."},
      {"Botschafterin Schmidt: Ja.", "Botschafterin Schmidt", "Schmidt", LabelRole::person, "Ja."},
      {"Ambasciatore Rossi: Grazie.", "Ambasciatore Rossi", "Rossi", LabelRole::person, "Grazie."},
      {"Secretario Blinken: Gracias.", "Secretario Blinken", "Blinken", LabelRole::person, "Gracias."},
      {"Question: Why?", "Question", none, LabelRole::question, "Why?"},
      {"Вопрос: Почему?", "Вопрос", none, LabelRole::question, "Почему?"},
      {"Answer: Because.", "Answer", none, LabelRole::answer, "Because."},
      {"Q: Why?", "Q", none, LabelRole::question, "Why?"},
      {"A:The same.", "A", none, LabelRole::answer, "The same."},
      {"Remark: Thanks.", "Remark", none, LabelRole::other, "Thanks."},
      {"Moderator: Next.", "Moderator", none, LabelRole::other, "Next."},
      {"The Prime Minister: Yes.", "The Prime Minister", none, LabelRole::office, "Yes."},
      {"MR. KIRBY: Okay.", "MR. KIRBY", "Kirby", LabelRole::person, "Okay."},
      {"PRESIDENT BIDEN: Folks,", "PRESIDENT BIDEN", "Biden", LabelRole::person, "Folks,"},
      {"Reuters: A question.", "Reuters", none, LabelRole::question, "A question."},
      {"RIA Novosti: Hello.", "RIA Novosti", none, LabelRole::question, "Hello."},
      {"Question (retranslated from Spanish): Hi.", "Question (retranslated from Spanish)", none,
       LabelRole::question, "Hi."},
      {"Вопрос (перевод с китайского): Да?", "Вопрос (перевод с китайского)", none,
       LabelRole::question, "Да?"},
      {"Sergey Lavrov (speaks after Wang Yi): Yes.", "Sergey Lavrov (speaks after Wang Yi)",
       "Sergey Lavrov", LabelRole::person, "Yes."},
      {"Sergey\u00A0Lavrov:\u00A0Yes.", "Sergey Lavrov", "Sergey Lavrov", LabelRole::person, "Yes."},
      {"**Mr. Hague:** Good morning.", "Mr. Hague", "Hague", LabelRole::person, "Good morning."},
      {"**Question**: Why?", "Question", none, LabelRole::question, "Why?"},
      {"> Q: Quoted?", "Q", none, LabelRole::question, "Quoted?"},
      {"Q    Thanks, Jen.", "Q", none, LabelRole::question, "Thanks, Jen."},
      {"Вопрос из зала: Можно?", "Вопрос из зала", none, LabelRole::question, "Можно?"},
      // A role, a preposition, then what describes the speaker in lower case and the name
      // (kremlin.ru 58537).
      {"Moderator of the Eastern Economic Forum’s plenary session Sergei Brilyov: Mr President.",
       "Moderator of the Eastern Economic Forum’s plenary session Sergei Brilyov", "Sergei Brilyov",
       LabelRole::other, "Mr President."},
      // An outlet's Russian name in Latin letters, "and" in lower case, and an outlet's web
      // name as the brand writes it (kremlin.ru 56639).
      {"Argumenty i Fakty Editor-in-Chief Igor Chernyak: Mr President.",
       "Argumenty i Fakty Editor-in-Chief Igor Chernyak", "Igor Chernyak", LabelRole::person, "Mr President."},
      {"Editor-in-Chief of the Lenta.Ru online media outlet Vladimir Todorov: Thank you.",
       "Editor-in-Chief of the Lenta.Ru online media outlet Vladimir Todorov", "Vladimir Todorov", LabelRole::person,
       "Thank you."},
      // The organisation's country in brackets before the name (kremlin.ru 56002).
      {"CEO of CIFAL (France) Gilles Remy: Mr President.", "CEO of CIFAL (France) Gilles Remy", "Gilles Remy",
       LabelRole::person, "Mr President."},
      {"Host of the Volunteer of Russia 2018 award ceremony Dmitry Guberniyev: Let's continue.",
       "Host of the Volunteer of Russia 2018 award ceremony Dmitry Guberniyev", "Dmitry Guberniyev", LabelRole::other,
       "Let's continue."},
      {"First Deputy Foreign Minister Vladimir Titov: Yes.",
       "First Deputy Foreign Minister Vladimir Titov", "Vladimir Titov", LabelRole::person, "Yes."},
      {"Sergey Lavrov:", "Sergey Lavrov", "Sergey Lavrov", LabelRole::person, ""},
      // "Title, Name:" and "Name, Affiliation:" (mea.gov.in).
      {"Official Spokesperson, Shri Arindam Bagchi: Namaskar.", "Official Spokesperson, Shri Arindam Bagchi",
       "Arindam Bagchi", LabelRole::person, "Namaskar."},
      {"Sidhant Sibal, WION: Sir, any update?", "Sidhant Sibal, WION", "Sidhant Sibal", LabelRole::person,
       "Sir, any update?"},
      {"Sergey Lavrov, Foreign Minister: Yes.", "Sergey Lavrov, Foreign Minister", "Sergey Lavrov",
       LabelRole::person, "Yes."},
      // A role word, a spaced dash and the text (diplomatie.gouv.fr).
      {"Q - Quelle est la réaction ?", "Q", none, LabelRole::question, "Quelle est la réaction ?"},
      {"R - La France a pris connaissance.", "R", none, LabelRole::answer, "La France a pris connaissance."},
      {"Вопрос — Как Вы оцениваете?", "Вопрос", none, LabelRole::question, "Как Вы оцениваете?"},
      {"Pregunta: ¿Cuándo?", "Pregunta", none, LabelRole::question, "¿Cuándo?"},
      {"P.- Ministro, ¿qué valoración hace?", "P.", none, LabelRole::question, "Ministro, ¿qué valoración hace?"},
      {"R.- Quiero expresar.", "R.", none, LabelRole::answer, "Quiero expresar."},
      {"Q. What about Syria?", "Q.", none, LabelRole::question, "What about Syria?"},
      {"A. We are working on it.", "A.", none, LabelRole::answer, "We are working on it."},
      {"Vors. Wolf: Herzlich willkommen.", "Vors. Wolf", "Wolf", LabelRole::other, "Herzlich willkommen."},
      {"Zusatzfrage (Müller): Und?", "Zusatzfrage (Müller)", none, LabelRole::question, "Und?"},
      // The outlet after the role word: quoted, after the kind of outlet, or an acronym;
      // none of them is a person (Kazakhstan's and Belarus's MFA briefings).
      {"Вопрос «Казинформ»: Какие?", "Вопрос «Казинформ»", none, LabelRole::question, "Какие?"},
      {"Вопрос агентства «Казинформ»: Какие?", "Вопрос агентства «Казинформ»", none, LabelRole::question, "Какие?"},
      {"Вопрос телеканала «Хабар 24»: Будет ли?", "Вопрос телеканала «Хабар 24»", none, LabelRole::question, "Будет ли?"},
      {"Вопрос агентства «Франс Пресс» (перевод с французского): Когда?",
       "Вопрос агентства «Франс Пресс» (перевод с французского)", none, LabelRole::question, "Когда?"},
      {"Question from “The Paper”: Will it?", "Question from “The Paper”", none, LabelRole::question, "Will it?"},
      {"Вопрос РИА Новости: Будет ли?", "Вопрос РИА Новости", none, LabelRole::question, "Будет ли?"},
      {"Вопрос БелТА: Будет ли?", "Вопрос БелТА", none, LabelRole::question, "Будет ли?"},
      {"Question, Reuters: Will it?", "Question, Reuters", none, LabelRole::question, "Will it?"},
      // Question and answer words of Chinese, Japanese and Korean (no person: 問 is no name),
      // and of Arabic and Persian, whose scripts have no capitals: a role word alone.
      {"问：中方的立场是什么？", "问", none, LabelRole::question, "中方的立场是什么？"},
      {"答：中方的立场是一贯的。", "答", none, LabelRole::answer, "中方的立场是一贯的。"},
      {"問：外務省の立場は？", "問", none, LabelRole::question, "外務省の立場は？"},
      {"記者：立場は？", "記者", none, LabelRole::question, "立場は？"},
      {"질문: 입장은 무엇입니까?", "질문", none, LabelRole::question, "입장은 무엇입니까?"},
      {"답변: 입장은 분명합니다.", "답변", none, LabelRole::answer, "입장은 분명합니다."},
      {"سؤال: ما هو موقف الوزارة؟", "سؤال", none, LabelRole::question, "ما هو موقف الوزارة؟"},
      {"جواب: موقفنا واضح.", "جواب", none, LabelRole::answer, "موقفنا واضح."},
      {"پرسش: موضع وزارت چیست؟", "پرسش", none, LabelRole::question, "موضع وزارت چیست؟"},
      {"پاسخ: موضع ما روشن است.", "پاسخ", none, LabelRole::answer, "موضع ما روشن است."},
      // British post-nominal letters are no part of the name, nor an office.
      {"Rt Hon Liz Truss MP: Thank you.", "Rt Hon Liz Truss MP", "Liz Truss", LabelRole::person, "Thank you."},
      {"John Smith QC: Thank you.", "John Smith QC", "John Smith", LabelRole::person, "Thank you."},
      {"Sir Alan Duncan KCMG MP: Thank you.", "Sir Alan Duncan KCMG MP", "Alan Duncan", LabelRole::person, "Thank you."},
      // Honorifics of other languages before the name: French S.E. (and M. after it), Spanish
      // Excmo., Sr. D.; German offices compounded ("Bundesaußenministerin").
      {"S.E. M. Jean-Yves Le Drian: Merci.", "S.E. M. Jean-Yves Le Drian", "Jean-Yves Le Drian", LabelRole::person, "Merci."},
      {"Excmo. Sr. D. José Manuel Albares: Gracias.", "Excmo. Sr. D. José Manuel Albares", "José Manuel Albares",
       LabelRole::person, "Gracias."},
      {"Bundesaußenministerin Annalena Baerbock: Danke.", "Bundesaußenministerin Annalena Baerbock", "Annalena Baerbock",
       LabelRole::person, "Danke."},
      {"Regierungssprecher Steffen Seibert: Danke.", "Regierungssprecher Steffen Seibert", "Steffen Seibert",
       LabelRole::person, "Danke."},
      // French "M." (Monsieur) before a surname in capitals or one that opens with its
      // particle; before a plain surname it may be an initial and stays.
      {"M. MACRON : Merci.", "M. MACRON", "Macron", LabelRole::person, "Merci."},
      {"M. Le Drian : Merci.", "M. Le Drian", "Le Drian", LabelRole::person, "Merci."},
      {"M. Smith: Thanks.", "M. Smith", "M. Smith", LabelRole::person, "Thanks."},
      // Outlets by their shape: an agency named for "inform", a hyphenated name of a known
      // outlet, a newspaper's word in its language.
      {"Укрінформ: Яка позиція?", "Укрінформ", none, LabelRole::question, "Яка позиція?"},
      {"Kazinform: What is it?", "Kazinform", none, LabelRole::question, "What is it?"},
      {"Interfax-Ukraine: What is it?", "Interfax-Ukraine", none, LabelRole::question, "What is it?"},
      {"Asahi Shimbun: What is it?", "Asahi Shimbun", none, LabelRole::question, "What is it?"},
      {"Süddeutsche Zeitung: Was?", "Süddeutsche Zeitung", none, LabelRole::question, "Was?"},
      // A reporter's next question (China's MFA in English): a role, nobody's name.
      {"Follow-up: Will China retaliate?", "Follow-up", none, LabelRole::question, "Will China retaliate?"},
      {"Follow up: Really?", "Follow up", none, LabelRole::question, "Really?"},
      {"Follow Up: Really?", "Follow Up", none, LabelRole::question, "Really?"},
      // Role words of two words (Vietnamese) and of Indonesian and Malay; an outlet after them.
      {"Phóng viên (TTXVN): Xin bà cho biết?", "Phóng viên (TTXVN)", none, LabelRole::question, "Xin bà cho biết?"},
      {"Trả lời: Lập trường nhất quán.", "Trả lời", none, LabelRole::answer, "Lập trường nhất quán."},
      {"Tanya (Kompas): Bagaimana?", "Tanya (Kompas)", none, LabelRole::question, "Bagaimana?"},
      {"Jawab: Indonesia terus mendorong.", "Jawab", none, LabelRole::answer, "Indonesia terus mendorong."},
      // Styles and post-nominals around names and offices: "His Excellency" is no pronoun,
      // "MP" before the comma that parts the name from the office is no part of either.
      {"His Excellency Sheikh Abdullah bin Zayed Al Nahyan: Yes.", "His Excellency Sheikh Abdullah bin Zayed Al Nahyan",
       "Abdullah bin Zayed Al Nahyan", LabelRole::person, "Yes."},
      {"The Rt Hon James Cleverly MP, Foreign Secretary: Yes.", "The Rt Hon James Cleverly MP, Foreign Secretary",
       "James Cleverly", LabelRole::person, "Yes."},
      // Chinese: an office, then the name; the office alone names nobody.
      {"俄罗斯外长拉夫罗夫：是的。", "俄罗斯外长拉夫罗夫", "拉夫罗夫", LabelRole::person, "是的。"},
      {"外交部发言人毛宁：是的。", "外交部发言人毛宁", "毛宁", LabelRole::person, "是的。"},
      {"总统：是的。", "总统", none, LabelRole::other, "是的。"},
      // Turkish offices before the name; Japanese labels in lenticular brackets.
      {"Dışişleri Bakanı Mevlüt Çavuşoğlu: Evet.", "Dışişleri Bakanı Mevlüt Çavuşoğlu", "Mevlüt Çavuşoğlu", LabelRole::person, "Evet."},
      {"【記者】　NHKの田中です。", "記者", none, LabelRole::question, "NHKの田中です。"},
      {"【上川外務大臣】　現在調整中です。", "上川外務大臣", "上川", LabelRole::person, "現在調整中です。"},
      // The one who asks, named after the role word (the German government's press
      // conference); a common word or a number after it names nobody.
      {"Frage Jung: Warum?", "Frage Jung", "Jung", LabelRole::question, "Warum?"},
      {"Zusatzfrage Jung: Und?", "Zusatzfrage Jung", "Jung", LabelRole::question, "Und?"},
      {"Journalist Ivan Petrov: Why?", "Journalist Ivan Petrov", "Ivan Petrov", LabelRole::question, "Why?"},
      {"Question Two: Why?", "Question Two", none, LabelRole::question, "Why?"},
      {"Question 2: Why?", "Question 2", none, LabelRole::question, "Why?"},
      {"Q1: Why?", "Q1", none, LabelRole::question, "Why?"},
      {"A12: Because.", "A12", none, LabelRole::answer, "Because."},
      // The words for question and answer in other languages of Europe name nobody.
      {"Domanda: Perché?", "Domanda", none, LabelRole::question, "Perché?"},
      {"Risposta: Perché sì.", "Risposta", none, LabelRole::answer, "Perché sì."},
      {"Pytanie: Dlaczego?", "Pytanie", none, LabelRole::question, "Dlaczego?"},
      {"Odpowiedź: Bo tak.", "Odpowiedź", none, LabelRole::answer, "Bo tak."},
      {"Питање: Зашто?", "Питање", none, LabelRole::question, "Зашто?"},
      {"Одговор: Зато.", "Одговор", none, LabelRole::answer, "Зато."},
      {"Soru: Neden?", "Soru", none, LabelRole::question, "Neden?"},
      {"Cevap: Çünkü.", "Cevap", none, LabelRole::answer, "Çünkü."},
      {"Ερώτηση: Γιατί;", "Ερώτηση", none, LabelRole::question, "Γιατί;"},
      {"Giornalista: Perché?", "Giornalista", none, LabelRole::question, "Perché?"},
      // A role word last, after a place or a qualifier in capitals.
      {"Санкт-Петербург Вопрос: Как?", "Санкт-Петербург Вопрос", none, LabelRole::question, "Как?"},
      {"Follow-up Question: And?", "Follow-up Question", none, LabelRole::question, "And?"},
      {"Audience question: Why?", "Audience question", none, LabelRole::question, "Why?"},
      {"Дополнительный вопрос: А сроки?", "Дополнительный вопрос", none, LabelRole::question, "А сроки?"},
      {"Рейтер: Вопрос о визите.", "Рейтер", none, LabelRole::question, "Вопрос о визите."},
      {"Question : Et la Biélorussie ?", "Question", none, LabelRole::question, "Et la Biélorussie ?"},
      {"Foreign Ministry Spokesperson Wang Wenbin: Yes.", "Foreign Ministry Spokesperson Wang Wenbin",
       "Wang Wenbin", LabelRole::person, "Yes."},
      // An organisation's acronym in brackets inside the office, the name after it
      // (kremlin.ru 55767, 57675, 59872): the acronym ends the organisation's name.
      {"Secretary General of the Gas Exporting Countries Forum (GECF) Seyed Mohammed Hossein Adeli: Thank you.",
       "Secretary General of the Gas Exporting Countries Forum (GECF) Seyed Mohammed Hossein Adeli",
       "Seyed Mohammed Hossein Adeli", LabelRole::person, "Thank you."},
      {"Austrian Broadcasting Corporation (ORF) news presenter Armin Wolf: Mr President,",
       "Austrian Broadcasting Corporation (ORF) news presenter Armin Wolf", "Armin Wolf", LabelRole::person,
       "Mr President,"},
      {"Chairman of the Federation of Independent Trade Unions of Russia (FNPR) Mikhail Shmakov: Yes.",
       "Chairman of the Federation of Independent Trade Unions of Russia (FNPR) Mikhail Shmakov",
       "Mikhail Shmakov", LabelRole::person, "Yes."},
      // A plain name, then a description (kremlin.ru, en): the name, not a capitalised run
      // at the description's end.
      {"Alexander Duimamet, welding engineer at a branch of JSC AEM-technology ATOMMASH: Thank you.",
       "Alexander Duimamet, welding engineer at a branch of JSC AEM-technology ATOMMASH", "Alexander Duimamet",
       LabelRole::person, "Thank you."},
      {"Vladimir Fortov, Secretary of the Department of Energy, Mechanical Engineering, Engine Operation and "
       "Control, Russian Academy of Sciences: Mr President,",
       "Vladimir Fortov, Secretary of the Department of Energy, Mechanical Engineering, Engine Operation and "
       "Control, Russian Academy of Sciences",
       "Vladimir Fortov", LabelRole::person, "Mr President,"},
      // A place, then the name; an office, then the name.
      {"Lipetsk, Yevgeny Zaitsev: Good afternoon.", "Lipetsk, Yevgeny Zaitsev", "Yevgeny Zaitsev",
       LabelRole::person, "Good afternoon."},
      {"Commander of the Southern Military District forces, Colonel General Aleksandr Dvornikov: Yes.",
       "Commander of the Southern Military District forces, Colonel General Aleksandr Dvornikov",
       "Aleksandr Dvornikov", LabelRole::person, "Yes."},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.line);
    const std::string_view line = c.line;
    const auto l = match_speaker_label(line);
    ASSERT_TRUE(l.has_value());
    EXPECT_EQ(l->label, c.label);
    EXPECT_EQ(l->speaker, c.speaker);
    EXPECT_EQ(static_cast<int>(l->role), static_cast<int>(c.role));
    EXPECT_EQ(line.substr(l->text_begin), c.text);
  }
}

// The title part of labels, mostly in capitals: an office noun before a surname is the title,
// not a given name ("ADMINISTRATOR FUGATE" is Fugate, Administrator); short words of the
// language are put in name case, acronyms, countries and regnal numbers stay in capitals,
// connectors in lower case; a style of address names the person before the see.
TEST(SpeakerLabel, TitlesOfLabelsInCapitals) {
  struct TitleCase {
    const char* line;
    std::optional<std::string> speaker, title;
  };
  const TitleCase cases[] = {
      {"ADMINISTRATOR FUGATE: Yes.", "Fugate", "Administrator"},
      {"SUPERINTENDENT SMITH: Yes.", "Smith", "Superintendent"},
      {"AIR FORCE REPRESENTATIVE: We fly.", std::nullopt, "Air Force Representative"},
      {"NEW CEO JONES: Hi.", "Jones", "New CEO"},
      {"US AMBASSADOR SMITH: Yes.", "Smith", "US Ambassador"},  // "US" a country, not "us"
      {"MAYOR DEAN: Thank you.", std::nullopt, "Mayor Dean"},  // "dean" is an office too: see the page test
      // Connectors in capitals part the office from the name.
      {"US AMBASSADOR TO THE UN SMITH: Yes.", "Smith", "US Ambassador to the UN"},
      // A style of address: the name before the see, a regnal number kept.
      {"KING ABDULLAH II OF JORDAN: Thank you.", "Abdullah II", "King of Jordan"},
      {"Patriarch Kirill of Moscow and All Russia: Mr President,", "Kirill", "Patriarch of Moscow and All Russia"},
      {"Patriarch John of Antioch and All the East: Thank you.", "John", "Patriarch of Antioch and All the East"},
      {"President Putin of Russia: Yes.", "Putin", "President of Russia"},
      {"Ambassador Extraordinary of Russia Sergey Kislyak: Hello.", "Sergey Kislyak", "Ambassador Extraordinary of Russia"},
      {"President of Turkey Recep Tayyip Erdogan: Yes.", "Recep Tayyip Erdogan", "President of Turkey"},
      {"XI JINPING: Thank you.", "Xi Jinping", std::nullopt},
      // A misprinted office in front of a name is still the office (whitehouse.gov 2017); a
      // name one misprint from a short title word is a name.
      {"PRESDIDENT TRUMP: Thank you.", "Trump", "Presdident"},
      {"VICE PRESIDENCE PENCE: Yes.", "Pence", "Vice Presidence"},
      {"SECRETRAY TILLERSON: Yes.", "Tillerson", "Secretray"},
      {"MAYER SMITH: Yes.", "Mayer Smith", std::nullopt},
      // Slavic offices in Latin letters; a ministry's abbreviation after the office, before a
      // name of two words, is the office's ("Rzecznik MSZ"); a surname in capitals before one
      // given name or a hyphenated one stays the name.
      {"Rzecznik MSZ Paweł Wroński: Dzień dobry.", "Paweł Wroński", "Rzecznik MSZ"},
      {"Mluvčí MZV Daniel Drake: Děkuji.", "Daniel Drake", "Mluvčí MZV"},
      {"Ministar Gordan Grlić Radman: Hvala.", "Gordan Grlić Radman", "Ministar"},
      {"Glasnogovornica Ana Marić: Dobar dan.", "Ana Marić", "Glasnogovornica"},
      {"Minister KIM Hong-kyun: Thank you.", "Kim Hong-kyun", "Minister"},
      // "The", then the office's body or place before the office; an organisation's
      // abbreviation keeps its capitals.
      {"THE UN ENVOY: Good afternoon.", std::nullopt, "UN Envoy"},
      {"THE EU HIGH REPRESENTATIVE: Thank you.", std::nullopt, "EU High Representative"},
      {"THE NATO SECRETARY GENERAL: Thank you.", std::nullopt, "NATO Secretary General"},
      {"The French Foreign Minister: Thank you.", std::nullopt, "French Foreign Minister"},
      {"NATO SECRETARY GENERAL STOLTENBERG: Yes.", "Stoltenberg", "NATO Secretary General"},
      // The office in brackets after the name.
      {"JENS STOLTENBERG (NATO Secretary General): Good afternoon.", "Jens Stoltenberg", "NATO Secretary General"},
      {"OANA LUNGESCU (NATO SPOKESPERSON): Thank you.", "Oana Lungescu", "NATO Spokesperson"},
      {"Sergey Lavrov (Foreign Minister of Russia): Yes.", "Sergey Lavrov", "Foreign Minister of Russia"},
      {"Ayman Safadi (retranslated from Arabic): Thank you.", "Ayman Safadi", std::nullopt},
      {"Tanaka (NHK): Yes.", "Tanaka", std::nullopt},
      // Offices written as capitals: Prime Minister, Foreign Minister, India's External
      // Affairs Minister.
      {"PM MODI: Thank you.", "Modi", "PM"},
      {"FM Wang Yi: Thank you.", "Wang Yi", "FM"},
      {"EAM Jaishankar: Thank you.", "Jaishankar", "EAM"},
      {"SG: Good afternoon.", std::nullopt, "SG"},  // the UN Secretary-General, no person "Sg"
      // Two offices in one word; a surname's own particles.
      {"HR/VP Josep Borrell: Thank you.", "Josep Borrell", "HR/VP"},
      {"High Representative/Vice-President Josep Borrell: Thank you.", "Josep Borrell", "High Representative/Vice-President"},
      {"VP Harris: Thank you.", "Harris", "VP"},
      {"President von der Leyen: Thank you.", "von der Leyen", "President"},
      {"Ursula von der Leyen: Thank you.", "Ursula von der Leyen", std::nullopt},
      // Initials joined to a surname in capitals; a Russian office in brackets; the person
      // a role's brackets name.
      {"С.ЛАВРОВ: Спасибо.", "С.Лавров", std::nullopt},
      {"Д.Песков (пресс-секретарь Президента): Да.", "Д.Песков", "пресс-секретарь Президента"},
      {"Moderator (John Smith): Welcome.", "John Smith", "Moderator"},
      {"ВЕДУЩИЙ (Д. КИСЕЛЁВ): Добрый вечер.", "Д. Киселёв", "Ведущий"},
      // Shortened Russian offices; an organisation's abbreviation is the office's place.
      {"Генсек ООН Гутерреш: Спасибо.", "Гутерреш", "Генсек ООН"},
      {"ГЕНСЕК ОБСЕ: Спасибо.", std::nullopt, "Генсек ОБСЕ"},
      {"Постпред России при ООН В.А.Небензя: Спасибо.", "В.А.Небензя", "Постпред России при ООН"},
      // A German office that is also a header's field word ("Sprecher:").
      {"SPRECHER SEIBERT: Danke.", "Seibert", "Sprecher"},
      // The government's press conference: the deputy spokeswoman ("SRS'in").
      {"SRS'in HOFFMANN: Guten Tag.", "Hoffmann", "SRS'in"},
      {"SRS WOLFFSOHN: Guten Tag.", "Wolffsohn", "SRS"},
      // Abbreviated titles (the Pentagon's transcripts): name-cased, "Sec." among them.
      {"SEC. AUSTIN: We have no information.", "Austin", "Sec."},
      {"GEN. MILLEY: Thank you.", "Milley", "Gen."},
      {"LT. GEN. SIMS: Good morning.", "Sims", "Lt. Gen."},
      {"Sec. Blinken: Thank you.", "Blinken", "Sec."},
      // An academic title is no part of an office (it is the title when there is none);
      // an article left before a courtesy title goes with it.
      {"EAM Dr. S. Jaishankar: Thank you.", "S. Jaishankar", "EAM"},
      {"Dr. Heiko Maas, Bundesminister des Ausw\u00e4rtigen: Danke.", "Heiko Maas", "Bundesminister des Ausw\u00e4rtigen"},
      {"Staatssekret\u00e4r Dr. Andreas Michaelis: Danke.", "Andreas Michaelis", "Staatssekret\u00e4r"},
      {"Dr. Smith: Hello.", "Smith", "Dr."},
      {"Professor of Skolkovo Institute Artyom Oganov: Yes.", "Artyom Oganov", "Professor of Skolkovo Institute"},
      {"Senator the Hon Penny Wong: Thanks.", "Penny Wong", "Senator"},
      // Malaysia's styles and honours are no name and no office; "Tan" is a style only
      // before "Sri".
      {"YB Dato' Sri Saifuddin Abdullah: Thank you.", "Saifuddin Abdullah", std::nullopt},
      {"YAB Tan Sri Muhyiddin Yassin: Thank you.", "Muhyiddin Yassin", std::nullopt},
      {"Datuk Seri Anwar Ibrahim: Thank you.", "Anwar Ibrahim", std::nullopt},
      {"Tun Dr. Mahathir Mohamad: Thank you.", "Mahathir Mohamad", "Dr."},
      {"Dato\u2019 Sri Mohamad Hasan, Minister of Foreign Affairs: Thank you.", "Mohamad Hasan", "Minister of Foreign Affairs"},
      {"Tan Kah Kee: Hello.", "Tan Kah Kee", std::nullopt},
      {"Minister Tan: Yes.", "Tan", "Minister"},
  };
  for (const TitleCase& c : cases) {
    SCOPED_TRACE(c.line);
    const auto l = match_speaker_label(c.line);
    ASSERT_TRUE(l.has_value());
    EXPECT_EQ(l->speaker, c.speaker);
    EXPECT_EQ(l->title, c.title);
  }
}

// A reporter's surname alone before the outlet: a journalist, affiliated ("Tanaka, NHK").
TEST(SpeakerLabel, SurnameAndOutlet) {
  for (const char* line : {"Tanaka, NHK: I would like to ask.", "Suzuki, Kyodo News: On a different topic.",
                           "Иванов, ТАСС: Здравствуйте."}) {
    SCOPED_TRACE(line);
    const auto l = match_speaker_label(line);
    ASSERT_TRUE(l.has_value());
    EXPECT_EQ(l->role, LabelRole::person);
    EXPECT_TRUE(l->affiliated);
  }
  EXPECT_EQ(match_speaker_label("Tanaka, NHK: Hi.")->speaker, "Tanaka");
  // The outlet first (mofa.go.jp).
  for (const char* line : {"Kyodo News, Nakamura: I would like to ask.", "NHK, Tanaka: On China."}) {
    SCOPED_TRACE(line);
    const auto l = match_speaker_label(line);
    ASSERT_TRUE(l.has_value());
    EXPECT_EQ(l->role, LabelRole::person);
    EXPECT_TRUE(l->affiliated);
  }
  EXPECT_EQ(match_speaker_label("NHK, Tanaka: Hi.")->speaker, "Tanaka");
  EXPECT_FALSE(match_speaker_label("Reuters, Yes: that is right."));
  EXPECT_TRUE(match_speaker_label("John Suzuki, Kyodo News: Hi.")->affiliated);  // "news" was read as a title
  // A country or a common word before the outlet is no reporter.
  EXPECT_FALSE(match_speaker_label("Russia, TASS: the agency reports."));
  EXPECT_FALSE(match_speaker_label("Yes, Reuters: that is right."));
}

// Someone a role word leaves unnamed: no speaker; a reporter asks.
TEST(SpeakerLabel, UnnamedPeople) {
  struct Case {
    const char* line;
    LabelRole role;
  };
  for (const Case& c : {Case{"Audience member: Thank you.", LabelRole::other},
                        Case{"UNIDENTIFIED SPEAKER: Yes.", LabelRole::other},
                        Case{"Unknown voice: Yes.", LabelRole::other},
                        Case{"Unidentified reporter: Can you say more?", LabelRole::question},
                        Case{"AUDIENCE QUESTION: Why?", LabelRole::question}}) {
    SCOPED_TRACE(c.line);
    const auto l = match_speaker_label(c.line);
    ASSERT_TRUE(l.has_value());
    EXPECT_EQ(l->role, c.role);
    EXPECT_EQ(l->speaker, std::nullopt);
  }
  EXPECT_EQ(match_speaker_label("Moderator Ivan Petrov: Yes.")->speaker, "Ivan Petrov");
  EXPECT_FALSE(match_speaker_label("Sprecher: Herr Seibert"));  // a header's field
  // A quotation after a question word that is no outlet's name, or inside a sentence.
  EXPECT_FALSE(match_speaker_label("Вопрос «почему»: потому что."));
  // In a script without capitals only a role word alone is a label; other words are a
  // candidate the page must repeat (turn_parser): "And the minister said:" is one.
  ASSERT_TRUE(match_speaker_label("وقال الوزير: نعم"));
  EXPECT_TRUE(match_speaker_label("وقال الوزير: نعم")->caseless);
  EXPECT_TRUE(match_speaker_label("وقال الوزير: نعم")->weak);
  EXPECT_FALSE(match_speaker_label("جواب: نعم")->caseless);
  EXPECT_FALSE(match_speaker_label("وقال إن الوزير قال لنا أمس: نعم"));  // five words
  EXPECT_FALSE(match_speaker_label("Он задал вопрос «Почему»: нет."));
  EXPECT_FALSE(match_speaker_label("Question “Why”, he said: no."));
  // A directory's contact fields end in their kind (us_embassy_moscow_contact.txt).
  EXPECT_FALSE(match_speaker_label("Emergency After-Hours Telephone: +7 (495) 728-5000"));
  EXPECT_FALSE(match_speaker_label("Consular Section Fax: +7 (495) 728-5090"));
  EXPECT_FALSE(match_speaker_label("Дежурный телефон: +7 495 244-24-44"));
  EXPECT_TRUE(match_speaker_label("Deputy Spokesperson Vedant Patel: Thank you."));
  EXPECT_FALSE(match_speaker_label("Yes/No: a question of that kind."));  // no office in the slash
}

// A recording's time code before the label is no part of it; numbered speakers are unnamed,
// not outlets.
TEST(SpeakerLabel, TimeCodesAndNumberedSpeakers) {
  struct Case {
    const char* line;
    std::string label;
    std::optional<std::string> speaker;
    LabelRole role;
  };
  for (const Case& c : {Case{"[00:00:05] Interviewer: Mr Lavrov, how are the talks?", "Interviewer", std::nullopt, LabelRole::question},
                        Case{"00:01:45 Sergey Lavrov: They are going well.", "Sergey Lavrov", "Sergey Lavrov", LabelRole::person},
                        Case{"(00:12) Question: And then?", "Question", std::nullopt, LabelRole::question},
                        Case{"Speaker 1 (00:00:05): Good morning.", "Speaker 1 (00:00:05)", std::nullopt, LabelRole::other},
                        Case{"SPEAKER 2: Yes.", "SPEAKER 2", std::nullopt, LabelRole::other},
                        Case{"Россия 24: Вопрос такой.", "Россия 24", std::nullopt, LabelRole::question}}) {
    SCOPED_TRACE(c.line);
    const auto l = match_speaker_label(c.line);
    ASSERT_TRUE(l.has_value());
    EXPECT_EQ(l->label, c.label);
    EXPECT_EQ(l->speaker, c.speaker);
    EXPECT_EQ(l->role, c.role);
  }
  // A time of day and a year are no time codes.
  EXPECT_FALSE(match_speaker_label("12:05 Moscow: the talks began."));
  EXPECT_FALSE(match_speaker_label("(2023) Lavrov: yes."));
}

// "The" and no office within its next three words opens a sentence, not a label.
TEST(SpeakerLabel, TheWithoutAnOfficeIsNoLabel) {
  EXPECT_FALSE(match_speaker_label("The talks went on: we met twice."));
  EXPECT_FALSE(match_speaker_label("THE QUESTION IS: what next?"));
  EXPECT_FALSE(match_speaker_label("The result of the talks: nothing."));
}

TEST(SpeakerLabel, RejectsSentencesAndFurniture) {
  for (const char* line : {
           "My question is: will they listen?", "Second, on Syria: we are ready.", "Just look: here.",
           "He also said:", "(In Russian): That is all.", "title: Remarks", "date: 2020-09-01",
           "Publication date: 01.09.2020", "Direct link: https://example.org", "Related News:",
           "Contact us Address: 32/34 Smolenskaya-Sennaya", "13:42", "Look: the numbers.",
           "Президент сказал: нет.", "We said: no.", "Mr Torkunov,", "Note: this is a draft.",
           "The results have been quite good: patrols are under way.", "Адрес :",
           "Web:https://example.org", "A good thing.", "Sergey Lavrov. Then:", "M: Hello",
           "Delivered on: 5 November 2020", "Delivered on:", "Last updated: 6 November 2020",
           "Location: London",
           // A numbered heading: the letter I and a word of the language.
           "I. Introduction: the scope.", "I. GENERAL: the scope.",
           // Commas: salutations, lists and sentences are not "Name, Affiliation".
           "Ladies and Gentlemen, Dear Friends: welcome.", "Moscow, Washington: both agree.",
           "Washington, DC: Today.", "Russia, China: partners.", "Mr Lavrov, Mr Blinken, Mr Yi: yes.",
           "Sidhant Sibal, WION:",
           // Addresses to a house in the middle of a speech.
           "My Lords and Members of the House of Commons:", "Members of the House of Commons:",
           // Dashes: only after a role word, with text after it.
           "Russia - China relations are good.", "Q -", "Qatar - a partner.",
           "Q.e.d. is Latin.", "A.lso", "Sprecher: StS Hebestreit, Burger (AA)", "Themen: Reise nach Jordanien",
           // The heading of a document's text.
           "Текст Указа: В целях совершенствования", "Text of the Decree: 1. To appoint",
           "Full text: The Parties", "Полный текст: Стороны", "PRESS RELEASE: Today",
           // A sentence that ends in a role word introduces the question it reads out
           // (kremlin.ru 57692, 59455, 55767, 76450).
           "And another question: “Why is cow meat called beef?”", "Here is one of the questions: “Why?”",
           "Trust me, just like you, almost word for word, I asked them this question: “Is it?”",
           "Today, at the Energy for Global Growth plenary session, we are discussing key, defining questions: first",
           "Тогда возникает вопрос: зачем?", "Александр Григорьевич, Владимир Владимирович, такой вопрос: как?",
           "Ольга Борисовна, вопрос: когда?", "Hence, the question: why?",
           // An ordinal or a verb before the word for a question, or that word inside the
           // words, introduces a question in a speech (kremlin.ru 76304, 76450 on one line).
           "Встаёт вопрос: что же с тех пор нового произошло?", "Второй вопрос: когда?",
           "Первый вопрос Владимиру Владимировичу: как Вы оцениваете готовность Украины?",
           "Last question: will you run?", "Second question to the President: why?",
           // A sentence that opens with a possessive addresses someone (kremlin.ru 76773).
           "Ваше Величество, Вы хорошо известны в России: Вы неоднократно бывали в стране.",
       }) {
    EXPECT_FALSE(match_speaker_label(line).has_value()) << line;
  }
}

TEST(SpeakerLabel, MarksSingleUnknownWordsAsWeak) {
  const auto l = match_speaker_label("Lavrov: Yes.");
  ASSERT_TRUE(l.has_value());
  EXPECT_TRUE(l->weak);
  EXPECT_EQ(l->speaker, "Lavrov");
  EXPECT_FALSE(match_speaker_label("В.Путин: Да.")->weak);
  EXPECT_FALSE(match_speaker_label("Reuters: Yes?")->weak);
}

TEST(SpeakerLabel, SurnameKeys) {
  EXPECT_EQ(surname_key("С.В.Лавров"), "лавров");
  EXPECT_EQ(surname_key("Sergey Lavrov"), "lavrov");
  EXPECT_EQ(surname_key("KIRBY"), "kirby");
}

// A spaced dash between two offices reads like a comma, also after a no-break space
// (kremlin.ru: "Officer\u00a0– Chairman"; 58671.html lost Oleg Belozerov's first turn).
TEST(SpeakerLabel, DashBetweenOfficesAfterANoBreakSpace) {
  for (const char* line : {"Russian Railways Chief Executive Officer \u2013 Chairman of the Executive Board Oleg Belozerov: Thank you.",
                           "Russian Railways Chief Executive Officer\u00a0\u2013 Chairman of the Executive Board Oleg Belozerov: Thank you."}) {
    SCOPED_TRACE(line);
    const auto l = match_speaker_label(line);
    ASSERT_TRUE(l.has_value());
    EXPECT_EQ(l->speaker, "Oleg Belozerov");
  }
}

// kremlin.ru's card for a guest without initials: the name as the page writes it, the same
// words with the surname first, the office, the interpreter's note (kremlin-ru-csv/76702.txt).
TEST(SpeakerLabel, CardWithTheNameRotated) {
  const auto l = match_speaker_label(
      "\u0422\u0430\u043C\u0438\u043C \u0411\u0435\u043D \u0425\u0430\u043C\u0430\u0434 \u0410\u043B\u044C "
      "\u0422\u0430\u043D\u0438 \u0410\u043B\u044C \u0422\u0430\u043D\u0438 \u0422\u0430\u043C\u0438\u043C "
      "\u0411\u0435\u043D \u0425\u0430\u043C\u0430\u0434 \u042D\u043C\u0438\u0440 \u0413\u043E\u0441\u0443"
      "\u0434\u0430\u0440\u0441\u0442\u0432\u0430 \u041A\u0430\u0442\u0430\u0440 (\u043A\u0430\u043A "
      "\u043F\u0435\u0440\u0435\u0432\u0435\u0434\u0435\u043D\u043E) : \u0411\u043E\u043B\u044C\u0448\u043E"
      "\u0435 \u0441\u043F\u0430\u0441\u0438\u0431\u043E.");
  ASSERT_TRUE(l.has_value());
  // Тамим Бен Хамад Аль Тани, Эмир Государства Катар
  EXPECT_EQ(l->speaker, "\u0422\u0430\u043C\u0438\u043C \u0411\u0435\u043D \u0425\u0430\u043C\u0430\u0434 "
                        "\u0410\u043B\u044C \u0422\u0430\u043D\u0438");
  EXPECT_EQ(l->title, "\u042D\u043C\u0438\u0440 \u0413\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432"
                      "\u0430 \u041A\u0430\u0442\u0430\u0440");
  // The same words twice in the same order are no card.
  EXPECT_FALSE(match_speaker_label("Anna Maria Anna Maria Hotel Director : welcome").has_value() &&
               match_speaker_label("Anna Maria Anna Maria Hotel Director : welcome")->title == "Hotel Director");
}

// A sentence's end is never inside a label: on a page kept on one line, "… Благодарю Вас.
// А.Бочаров: …" is the end of one turn and the label "А.Бочаров" (kremlin-ru-csv/76828.txt;
// five more pages: "Прошу Вас.", "Спасибо Вам.", "Успехов Вам."). Latin labels' abbreviated
// titles keep their stop.
TEST(SpeakerLabel, SentenceEndIsNoPartOfALabel) {
  EXPECT_FALSE(match_speaker_label("\u0411\u043B\u0430\u0433\u043E\u0434\u0430\u0440\u044E \u0412\u0430\u0441. "
                                   "\u0410.\u0411\u043E\u0447\u0430\u0440\u043E\u0432: \u0412\u043B\u0430\u0434"
                                   "\u0438\u043C\u0438\u0440 \u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440"
                                   "\u043E\u0432\u0438\u0447")
                   .has_value());
  const auto sen = match_speaker_label("Sen. John Smith: Thank you.");
  ASSERT_TRUE(sen.has_value());
  EXPECT_EQ(sen->speaker, "John Smith");
  const auto prof = match_speaker_label("Prof. Ivan Petrov: Thank you.");
  ASSERT_TRUE(prof.has_value());
  EXPECT_EQ(prof->speaker, "Ivan Petrov");
}

// count_words() counts sixteen bytes at a time where split_words() walks characters: for
// every limit it gives split_words()'s count when that is at most the limit, else limit + 1.
void expect_counted_as_split(std::string_view text, const std::string& what) {
  const std::size_t words = split_words(text).size();
  for (std::size_t limit : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{8}, std::size_t{40},
                            std::size_t{200}, words, words + 1}) {
    ASSERT_EQ(count_words(text, limit), std::min(words, limit + 1)) << what << ", limit " << limit;
    ASSERT_EQ(at_most_words(text, limit), words <= limit) << what << ", limit " << limit;
  }
}

TEST(SpeakerLabel, CountWordsAsSplitWordsSplits) {
  EXPECT_EQ(count_words("", 5), 0u);
  EXPECT_EQ(count_words("  Sergey\tLavrov\u00a0said: yes ", 5), 4u);
  EXPECT_EQ(count_words("one two three four", 2), 3u);  // stops at the word past the limit
  EXPECT_EQ(count_words("end.\n\nNext", 5), 1u);       // a line break is no space (split_words)
  const std::vector<std::string> pieces = {"a", "Lavrov", " ", "  ", "\t", "\n", "\v", "\f", std::string(1, '\0'),
                                           "\u00a0", "\u2009", "\u3000", "\ufeff", "\u00e9", "\u2014", "\u201c",
                                           "\u043b\u0430\u0432\u0440\u043e\u0432", "\u4e2d\u56fd", std::string(20, 'x'), ","};
  std::mt19937 random(20261207);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 50);
    for (int k = 0; k < count; ++k) text += pieces[random() % pieces.size()];
    expect_counted_as_split(text, "round " + std::to_string(round));
    if (HasFatalFailure()) return;
  }
  std::size_t pages = 0;
  for (const std::string& page : test_data_pages()) {
    expect_counted_as_split(page, "test page " + std::to_string(pages++));
    if (HasFatalFailure()) return;
  }
  EXPECT_GT(pages, 100u);
}

}  // namespace
}  // namespace transcript
