// speech_evidence.h: whether a text speaks to its listeners, and titles that name a speech.
#include "core/transcript/speech_evidence.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

TEST(SpeechEvidence, RegnalNumberIsNoFirstPerson) {
  EXPECT_EQ(speech_evidence("Yesterday I met the ministers."), SpeechEvidence::kDirect);  // a sentence's "I"
  EXPECT_EQ(speech_evidence("We talked. Then Lavrov and I met the ministers."), SpeechEvidence::kDirect);
  EXPECT_EQ(speech_evidence("The President conveyed to Bartholomew I best wishes."), SpeechEvidence::kNone);
}

TEST(SpeechEvidence, DirectWordsAndSalutations) {
  for (const char* text : {"I am glad to be here.", "We will respond.", "Thank you for coming.",
                           "Мы ответим.", "Добрый день, коллеги.", "Nous répondrons.", "Wir antworten.",
                           "J'ai dit non.", "Let me tell you something."}) {
    EXPECT_EQ(speech_evidence(text), SpeechEvidence::kDirect) << text;
    EXPECT_TRUE(reads_as_speech(text)) << text;
  }
}

TEST(SpeechEvidence, OnlyOurIsPossessive) {
  // A ministry's press release writes "our" of itself (kln.gov.my: "our Missions abroad",
  // "the mutual benefits of our nations"); so does a ministry's statement (mfa.gov.by: "our
  // country will take similar steps").
  for (const char* text : {"It was distributed to our diplomatic frontliners and our Missions abroad.",
                           "Our country will take similar steps.", "Сотрудничество наших стран растёт.",
                           "Notre pays répondra.", "Unsere Länder arbeiten zusammen."}) {
    EXPECT_EQ(speech_evidence(text), SpeechEvidence::kPossessive) << text;
    EXPECT_TRUE(reads_as_speech(text)) << text;
  }
  // "our" and a direct word: direct.
  EXPECT_EQ(speech_evidence("Our country is ready, and we will act."), SpeechEvidence::kDirect);
}

TEST(SpeechEvidence, EveryLineCountsButMenus) {
  // A person word that opens a paragraph counts (split_words() does not split at line
  // breaks; "goods.\n\nWe" was one word).
  EXPECT_EQ(speech_evidence("The Government has banned goods.\n\nWe will take similar steps."),
            SpeechEvidence::kDirect);
  // A line that is no sentence (fewer than five words, no sentence end) is a menu's:
  // spm.gov.cm's footer "Find Us", "About us", "Our team".
  EXPECT_EQ(speech_evidence("Cameroon in brief\n\nFind Us\n\nHome PM's Office Government News"),
            SpeechEvidence::kNone);
  EXPECT_EQ(speech_evidence("About us\nOur team\nContact"), SpeechEvidence::kNone);
  EXPECT_EQ(speech_evidence("Thank you.\nWe agree."), SpeechEvidence::kDirect);
}

TEST(SpeechEvidence, AcronymsAndWordsInsideWordsAreNoEvidence) {
  // "EU" is no Portuguese "eu", "US" no "us"; "chers" inside "Mauerkircherstraße" greets
  // nobody (a directory page's address line).
  EXPECT_EQ(speech_evidence("Embassies of the Republic of Belarus in the EU and their heads."),
            SpeechEvidence::kNone);
  EXPECT_EQ(speech_evidence("Both sides discussed the US decision to move the US Embassy."), SpeechEvidence::kNone);
  EXPECT_EQ(speech_evidence("Address: Mauerkircherstraße 17, 81679 München"), SpeechEvidence::kNone);
  EXPECT_EQ(speech_evidence("Chers amis, bienvenue."), SpeechEvidence::kDirect);
  EXPECT_EQ(speech_evidence("Let us go on."), SpeechEvidence::kDirect);
}

TEST(SpeechEvidence, NewsReportsHaveNone) {
  for (const char* text : {"The President visited the plant and learned about its work.",
                           "The President of Russia conveyed to Bartholomew I best wishes from Patriarch Kirill.",
                           "Владимир Путин провёл рабочую встречу с губернатором.",
                           "Malaysia has today received 500,000 doses of vaccine."}) {
    EXPECT_EQ(speech_evidence(text), SpeechEvidence::kNone) << text;
    EXPECT_FALSE(reads_as_speech(text)) << text;
  }
}

// A message quoted under the words that announce it is its sender's, however it is worded
// (kremlin.ru's greetings and condolences, often without a first-person word).
TEST(SpeechEvidence, AnnouncedMessages) {
  EXPECT_TRUE(announces_quoted_message("The message reads, in part:\n\n\u201CIn recent years, the university has proven itself \u2026"));
  EXPECT_TRUE(announces_quoted_message("The President\u2019s message reads:\n\n\u201CPlease accept my greetings.\u201D"));
  EXPECT_TRUE(announces_quoted_message("The message reads\u00A0in part: \u201CValentin Falin was \u2026"));  // a no-break space
  EXPECT_TRUE(announces_quoted_message("В приветствии, в частности, говорится: \u00ABУчастники форума \u2026"));
  // Reading something other than a message, or "reads" without its colon.
  EXPECT_FALSE(announces_quoted_message("The Executive Order reads: \u201CSection 1 \u2026\u201D"));
  EXPECT_FALSE(announces_quoted_message("The message reads well. The President visited the plant."));
  EXPECT_FALSE(announces_quoted_message("The President read the message. It reads: \u201C\u2026\u201D"));
}

// A news report quoting its subject (bundeskanzleramt.gv.at): first persons only inside
// quotations that the report attributes.
TEST(SpeechEvidence, ReportedQuotations) {
  EXPECT_TRUE(reports_quoted_speech(
      "Mehr Geld für Kinderbetreuung\n\n\"Für mich als Ministerin ist es wichtig, dass wir alles tun\", betonte "
      "Bundesministerin Susanne Raab. \"Wir werden mehr Geld investieren\", so die Ministerin. Mehr denn je sei "
      "das wichtig, hielt sie fest; ihr Ressort habe 600 Arbeitgeber zertifiziert."));
  EXPECT_TRUE(reports_quoted_speech(
      "\u201CWe will not back down,\u201D the minister said. \u201CWe are ready,\u201D she added on Monday."));
  // A speech quoting someone, or its own first persons outside the quotations.
  EXPECT_FALSE(reports_quoted_speech(
      "\u201CWe will not back down,\u201D said one of them. \u201CNever,\u201D said another. I agree with them."));
  // One attributed quotation is enough only when it is all the text but its attribution.
  EXPECT_TRUE(reports_quoted_speech("\u201CWe are ready,\u201D the minister said."));
  EXPECT_TRUE(reports_quoted_speech(
      "\u201CRelations between Russia and France date back centuries, as we were reminded at Versailles,\u201D the "
      "Russian President wrote in his message."));
  EXPECT_FALSE(reports_quoted_speech(
      "\u201CWe are ready,\u201D the minister said. The talks began in the morning and went on until late in the "
      "evening, when the delegations met the press and the host thanked the guests for their patience."));
  // An announced message is the sender's own words (announces_quoted_message).
  EXPECT_FALSE(reports_quoted_speech("The message reads: \u201CDear friends, I congratulate you.\u201D"));
}

TEST(SpeechEvidence, Rosters) {
  EXPECT_TRUE(reads_as_roster("МИШУСТИН Михаил Владимирович – Председатель Правительства Российской Федерации "
                              "ОРЕШКИН Максим Станиславович – заместитель Руководителя Администрации Президента "
                              "ДЮМИН Алексей Геннадьевич – помощник Президента Российской Федерации"));
  EXPECT_TRUE(reads_as_roster("Sergei Lavrov – Minister of Foreign Affairs\nAnton Siluanov – Minister of Finance\n"
                              "Elvira Nabiullina – Governor of the Central Bank"));
  // Speech with a dash or two, or names without dashes, is no roster.
  EXPECT_FALSE(reads_as_roster("Sergei Lavrov – Minister of Foreign Affairs – said that the talks went well."));
  EXPECT_FALSE(reads_as_roster("I met Sergei Lavrov, Anton Siluanov and Elvira Nabiullina today."));
  std::string speech = "Anton Siluanov – Minister of Finance – Elvira Nabiullina – and Sergei Lavrov – were there.";
  for (int i = 0; i < 20; ++i) speech += " We discussed the budget and the state of the economy in some detail today.";
  EXPECT_FALSE(reads_as_roster(speech));  // fewer than one entry per forty words
}

TEST(SpeechEvidence, TitlesThatNameASpeech) {
  for (const char* title : {"Statement by the Foreign Ministry on countermeasures",
                            "Statement of the Ministry of Foreign Affairs of the Republic of Belarus",
                            "Address to the Federal Assembly", "Opening remarks at the meeting",
                            "Заявление МИД России", "Обращение к гражданам России", "Discours du Président",
                            "Rede von Bundespräsident Johannes Rau", "Christmas 2016: Prime Minister's message",
                            "Поздравление Президента»", "«Statement»"}) {
    EXPECT_TRUE(title_names_speech(title)) << title;
  }
  for (const char* title : {"UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF COVID-19 VACCINE TO MALAYSIA",
                            "Телефонный разговор с Президентом США Дональдом Трампом",
                            "Meeting with Federal Chancellor of Germany Olaf Scholz", "Press Releases",
                            "Redeployment of forces discussed",
                            // A headline that reports sending one names the act (kremlin-ru 76503: a
                            // news item on greetings sent; "направил" also lost its last letter to
                            // the marks of "»" before, and was read as no verb).
                            "Владимир Путин направил поздравления по случаю праздника Навруз",
                            "Vladimir Putin sent a message of condolences to the President of Indonesia"}) {
    EXPECT_FALSE(title_names_speech(title)) << title;
  }
}

}  // namespace
}  // namespace transcript
