// page_chrome.h: lines that are page furniture or headings, not speech.
#include "core/transcript/page_chrome.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

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
