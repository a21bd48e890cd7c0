// page_chrome.h: lines that are page furniture or headings, not speech.
#include "core/transcript/page_chrome.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

// A directory's contact fields are furniture in every language the directory knows (one
// vocabulary: core/directory/field_labels.h); a person's title is not (it may label a
// speaker).
TEST(PageChrome, ContactFieldsOfEveryDirectoryLanguage) {
  for (const char* field : {"Dirección", "Correo electrónico", "E-posta", "Faks", "电子邮箱", "Strona internetowa",
                            "\u0627\u0644\u0628\u0631\u064a\u062f \u0627\u0644\u0625\u0644\u0643\u062a\u0631\u0648\u0646\u064a"}) {
    EXPECT_TRUE(is_contact_field(field)) << field;
  }
  EXPECT_FALSE(is_contact_field("Ambassador"));
  EXPECT_FALSE(is_contact_field("Sergey Lavrov"));
  EXPECT_TRUE(is_furniture_word("dirección"));
  EXPECT_TRUE(is_furniture_word("telefone"));
  EXPECT_FALSE(is_furniture_word("ambassador"));
  // A line with such a field is chrome, not a turn's label.
  EXPECT_TRUE(is_chrome_line("电子邮箱：chinaemb_ru@mfa.gov.cn"));
  EXPECT_TRUE(is_chrome_line("Correo electrónico: embajada@example.es"));
}

TEST(PageChrome, PhotoCaptionsWithTheirCredit) {
  EXPECT_TRUE(is_photo_caption("Secretary Blinken speaks to the press, March 20, 2023. [State Department photo by Chuck Kennedy/ Public Domain]"));
  EXPECT_TRUE(is_photo_caption("President Biden at the podium. (AP Photo/Evan Vucci)"));
  EXPECT_TRUE(is_photo_caption("Сергей Лавров и Ван И. (Фото: МИД России)"));
  EXPECT_TRUE(is_chrome_line("President Biden at the podium. (AP Photo/Evan Vucci)"));
  EXPECT_FALSE(is_photo_caption("We will continue our work. (Applause.)"));
  EXPECT_FALSE(is_photo_caption("The photo was taken in Kyiv (he said)"));
  EXPECT_FALSE(is_photo_caption("(Photo)"));
}

TEST(PageChrome, SectionHeadings) {
  for (const char* line : {"Questions and Answers", "Opening Remarks:", "Вопросы и ответы", "Fragen und Antworten"}) {
    EXPECT_TRUE(is_section_heading(line)) << line;
  }
  EXPECT_FALSE(is_section_heading("Questions and answers followed the statement."));
}

TEST(PageChrome, TranscriptHeadings) {
  // kremlin.ru sets them between the news item's lead and the transcript.
  for (const char* line : {"Transcript of the meeting with leaders of the Federation Council and the State Duma",
                           "Excerpts from transcript of State Council Presidium meeting",
                           "Excerpts from the transcript of the plenary session",
                           "Стенограмма заседания Совета по науке и образованию", "Из стенограммы встречи",
                           // Or they name the speech that follows.
                           "Speech at the opening ceremony", "Opening remarks at the State Council Presidium meeting",
                           "Conversation with Yamal LNG plant employees", "Address at the opening of the Moscow Concert Hall",
                           "Выступление на церемонии спуска на воду атомного подводного крейсера «Пермь»"}) {
    EXPECT_TRUE(is_transcript_heading(line)) << line;
  }
  // A sentence, a long paragraph or another word first is none.
  for (const char* line : {"Transcript of the meeting is published below.", "The transcript of the meeting",
                           "Speech is silver.", "Thank you very much", "The President met the students",
                           "Transcripts are published on the website within a day of every meeting of the council "
                           "and of every press conference given by the President or his press secretary"}) {
    EXPECT_FALSE(is_transcript_heading(line)) << line;
  }
}

}  // namespace
}  // namespace transcript
