// Small realistic pages, one per layout and trap of issue 2 (tests/data/turns/).
#include "turn_test_util.h"

namespace transcript {
namespace {

using testing::expect_turns;
using testing::read_fixture;
using testing::span_of;
using namespace testing::short_names;

TEST(FixturePages, KremlinMeetingWithInitialsLabels) {
  const std::string page = read_fixture("turns/kremlin_ru_meeting.txt");
  const Transcript doc = parse_transcript(page);
  expect_turns(page, doc, {
      {S, "Владимир Путин", "В.Путин", no_reply,
       "Добрый день, уважаемые коллеги!\n\nСегодня обсудим развитие внутреннего туризма. Прошу Вас, Михаил Владимирович."},
      {S, "М.Мишустин", "М.Мишустин", no_reply,
       "Уважаемый Владимир Владимирович! Уважаемые коллеги!\n\nПравительство подготовило программу поддержки отрасли.\nПрограмма рассчитана на пять лет."},
      {S, "Владимир Путин", "В.Путин", no_reply, "Спасибо. Когда программа будет утверждена?"},
      {S, "М.Мишустин", "М.Мишустин", no_reply, "До конца месяца."},
      {Q, none, "Вопрос", no_reply, "Владимир Владимирович, как Вы оцениваете итоги сезона?"},
      {A, "Владимир Путин", "В.Путин", 5, "Итоги хорошие."},
  });
  // The lead paragraph above the date, the menu, `<…>`, `* * *` and the video/photo tabs
  // are not speech.
  EXPECT_EQ(doc.info.title, "Совещание с членами Правительства");
  EXPECT_EQ(doc.info.date, "2021-05-12");
  EXPECT_EQ(doc.info.time, "13:00");
  EXPECT_EQ(doc.info.place, "Ново-Огарёво");  // the name under the date and time lines
  // The title names nobody: the host, most turns; the lead prints his name in full.
  EXPECT_EQ(doc.info.speaker, "Владимир Путин");
  EXPECT_EQ(doc.info.lang, "ru");
  EXPECT_EQ(doc.end_byte, page.find("Видео"));
  EXPECT_EQ(doc.turns[0].line, 9);
  EXPECT_EQ(doc.turns[0].lang, "ru");
  EXPECT_EQ(doc.turns[1].paragraphs, 2);
  EXPECT_EQ(doc.turns[1].words, 15);
}

TEST(FixturePages, StateDepartmentCapitalsAndTwoOfficials) {
  const std::string page = read_fixture("turns/state_gov_briefing.txt");
  const Transcript doc = parse_transcript(page);
  expect_turns(page, doc, {
      {S, "Ned Price", "MR PRICE", no_reply,
       "Good afternoon, everybody. I have two items at the top.\n\nFirst, on Burma: we condemn the violence."},
      {Q, none, "QUESTION", no_reply,
       "Thanks, Ned. On Iran, is there any response to the European proposal?"},
      {A, "Ned Price", "MR PRICE", 2, "We have seen the reports.\nWe are consulting with our partners."},
      {Q, none, "QUESTION", no_reply, "A follow-up on that?"},
      {A, "Ned Price", "MR PRICE", 4, "Sure."},
      {A, "Kirby", "MR. KIRBY", 4, "If I may add one thing from the Pentagon."},
      {S, none, "QUESTION", no_reply, "Thank you."},  // a closing courtesy asks nothing
  });
  EXPECT_EQ(doc.info.date, "2021-03-01");
  EXPECT_EQ(doc.info.time, "2:19 p.m.");
  EXPECT_EQ(doc.info.place, "Washington, DC");  // past the byline "Ned Price, Department Spokesperson"
  EXPECT_EQ(doc.info.title, "Department Press Briefing \u2013 March 1, 2021");
  EXPECT_EQ(doc.end_byte, page.find("Related News:"));
}

TEST(FixturePages, GovUkMarkdownBoldAndQuotes) {
  const std::string page = read_fixture("turns/gov_uk_markdown.md");
  const Transcript doc = parse_transcript(page);
  expect_turns(page, doc, {
      {S, "William Hague", "Mr. Hague", no_reply,
       "Good morning. I have just come from a meeting of the National Security Council.\n\nLet me say a word about Syria."},
      {Q, none, "Question", no_reply, "Foreign Secretary, will you expel the ambassador?"},
      {A, "William Hague", "Mr. Hague", 2, "We keep all options under review."},
      {Q, none, "Q", no_reply, "And the sanctions?\nWill they be extended?"},
      {A, "William Hague", "Mr. Hague", 4, "Yes, they will."},
  });
  // Front matter and the `# ` heading are not turns; the bold markers are not in the label.
  EXPECT_EQ(doc.info.title, "Foreign Secretary William Hague's press conference in London");
  EXPECT_EQ(doc.info.date, "2012-03-12");
  EXPECT_EQ(doc.info.speaker, "William Hague");
  EXPECT_EQ(span_of(page, doc.turns[0]).substr(0, 10), "Mr. Hague:");
  EXPECT_EQ(doc.turns[3].line, 16);
}

TEST(FixturePages, WhiteHouseBareQ) {
  const std::string page = read_fixture("turns/whitehouse_bare_q.txt");
  const Transcript doc = parse_transcript(page);
  expect_turns(page, doc, {
      {S, "Jen Psaki", "MS. PSAKI", no_reply, "Hi, everyone. Happy Friday."},
      {Q, none, "Q", no_reply, "Thanks, Jen. Does the President support the change?"},
      {A, "Jen Psaki", "MS. PSAKI", 2, "He does."},
      {Q, none, "Q", no_reply, "And on vaccines?"},
      {A, "Jen Psaki", "MS. PSAKI", 4, "We will have more to say."},
      {A, "Biden", "PRESIDENT BIDEN", 4, "Let me add one thing."},
      {S, none, "Q", no_reply, "Thank you, Jen."},  // a closing courtesy
      {S, "Jen Psaki", "MS. PSAKI", no_reply, "Thanks, everyone."},  // a closing courtesy,
  });
  EXPECT_EQ(doc.info.speaker, "Jen Psaki");
  EXPECT_EQ(doc.info.time, "12:45 P.M.");
  EXPECT_EQ(doc.info.date, "2021-03-05");
  EXPECT_EQ(doc.info.place, "James S. Brady Press Briefing Room");  // the venue under the title
  EXPECT_EQ(span_of(page, doc.turns[1]).substr(0, 5), "Q    ");
}

// Words under a question's label that ask nothing (written for the shapes of
// whitehouse.gov gaggles in the corpus): "Okay." after an answer takes note of it and the
// answer goes on; a quip answered with a quip ("(Laughter.)" / "I'm sorry, go ahead.") is
// banter and ends the question; a reporter calling for the floor and "Yes." giving it; a
// second official naming the next asker gives the floor, answering nothing.
TEST(FixturePages, WhiteHouseAsidesUnderQuestionLabels) {
  const std::string page = read_fixture("turns/whitehouse_gaggle_asides.txt");
  const Transcript doc = parse_transcript(page);
  expect_turns(page, doc, {
      {S, "Robert Gibbs", "MR. GIBBS", no_reply, "Good morning. The President will arrive in Denver at noon. With that, questions."},
      {Q, none, "Q", no_reply, "Robert, on the stimulus bill, will the President sign it this weekend?"},
      {A, "Robert Gibbs", "MR. GIBBS", 2, "He will sign it on Tuesday in Denver."},
      {S, none, "Q", no_reply, "Okay."},
      {A, "Robert Gibbs", "MR. GIBBS", 2, "And he will make remarks about the jobs it creates."},
      {S, none, "Q", no_reply, "I'm used to it. (Laughter.)"},
      {S, "Robert Gibbs", "MR. GIBBS", no_reply, "Oh, really? (Laughter.) I'm sorry, go ahead."},
      {Q, none, "Q", no_reply, "Robert --"},
      {S, "Robert Gibbs", "MR. GIBBS", no_reply, "Yes."},
      {Q, none, "Q", no_reply, "Who will attend the signing?"},
      {A, "Robert Gibbs", "MR. GIBBS", 10, "The Governor and the Mayor."},
      {S, "Psaki", "MS. PSAKI", no_reply,
       "Thank you. The next question will go to Mark Knoller from CBS Radio, who has been waiting patiently."},
      {Q, none, "Q", no_reply, "Thank you. Does the President plan to meet the Governor afterwards?"},
      {A, "Robert Gibbs", "MR. GIBBS", 13, "He does."},
      {S, none, "Q", no_reply, "Thank you, Robert."},
  });
}

// A reporter who only says who they are takes the floor (under Q, a question, as the key
// reads it), and the "Yes." that gives it answers nothing (whitehouse.gov's joint press
// conferences).
TEST(FixturePages, SelfIntroductionAndTheFloor) {
  const Transcript doc = parse_transcript(
      "Remarks by President Trump and Senate Majority Leader Mitch McConnell in Joint Press Conference\n\n"
      "THE PRESIDENT: Thank you very much. We will take a few questions.\n\n"
      "Q: Mr. President, will the bill pass this year?\n\n"
      "THE PRESIDENT: I think so.\n\n"
      "Q: Ronica Cleary with Fox 5.\n\n"
      "THE PRESIDENT: Yes.\n\n"
      "Q: What about the opioid crisis?\n\n"
      "THE PRESIDENT: We will announce something next week.\n");
  std::vector<std::string> kinds;
  for (const Turn& t : doc.turns) kinds.push_back(turn_kind_name(t.kind));
  EXPECT_EQ(kinds, (std::vector<std::string>{"statement", "question", "answer", "question", "statement", "question",
                                             "answer"}));
  EXPECT_EQ(doc.turns[6].reply_to, 6);
}

// A moderator who says in his own words that he is a journalist ("My name is … I am a senior
// executive editor at …") is no host, however many turns he has: the President he asks is
// the principal, and his questions are questions (kremlin.ru's Russian Energy Week plenary).
TEST(FixturePages, ModeratorWhoIntroducesHimself) {
  const Transcript doc = parse_transcript(
      "Russian Energy Week Forum plenary session\n\n"
      "President of Russia Vladimir Putin: Good afternoon, ladies and gentlemen.\n\n"
      "John Fraher: President Putin, thank you very much. My name is John Fraher. I am a senior executive editor at "
      "Bloomberg News. Will the production cuts be extended?\n\n"
      "Vladimir Putin: I think this is possible.\n\n"
      "John Fraher: Could you see them lasting until the end of next year?\n\n"
      "Vladimir Putin: We do not know yet.\n\n"
      "John Fraher: Has the success of this agreement changed your mind on OPEC?\n\n"
      "Vladimir Putin: No, nothing has changed.\n\n"
      "John Fraher: Thank you, Mr President.\n");
  EXPECT_EQ(doc.info.speaker, "Vladimir Putin");
  ASSERT_EQ(doc.turns.size(), 8u);
  EXPECT_EQ(doc.turns[1].kind, TurnKind::question);
  EXPECT_EQ(doc.turns[2].kind, TurnKind::answer);
  EXPECT_EQ(doc.turns[2].reply_to, 2);
}

// A radio host's first words thank the guest for coming and ask nothing: no question, and
// the guest's thanks back answer none; "Wow." takes note of an answer that goes on.
TEST(FixturePages, RadioInterviewOpeningThanks) {
  const std::string page = read_fixture("turns/radio_interview_opening_thanks.txt");
  const Transcript doc = parse_transcript(page);
  ASSERT_EQ(doc.turns.size(), 8u);
  EXPECT_EQ(doc.turns[1].kind, TurnKind::statement);
  EXPECT_EQ(doc.turns[2].kind, TurnKind::statement);
  EXPECT_EQ(doc.turns[2].reply_to, std::nullopt);
  EXPECT_EQ(doc.turns[3].kind, TurnKind::question);
  EXPECT_EQ(doc.turns[4].kind, TurnKind::answer);
  EXPECT_EQ(doc.turns[4].reply_to, 4);
  EXPECT_EQ(doc.turns[5].kind, TurnKind::statement);  // "Wow."
  EXPECT_EQ(doc.turns[6].kind, TurnKind::answer);
  EXPECT_EQ(doc.turns[6].reply_to, 4);
  EXPECT_EQ(doc.turns[7].kind, TurnKind::statement);
}

// A plenary panel run by a journalist the label names as its moderator (written in the shape
// of kremlin.ru's 57035): he chairs, so his banter with the President and the panellists'
// reports are statements; the question he says he puts is one, and handing the floor on
// after its answer ends it.
TEST(FixturePages, PlenaryModeratorWhoIsAJournalist) {
  const std::string page = read_fixture("turns/plenary_moderator_journalist.txt");
  const Transcript doc = parse_transcript(page);
  std::vector<std::string> kinds;
  for (const Turn& t : doc.turns) kinds.push_back(turn_kind_name(t.kind));
  EXPECT_EQ(kinds, (std::vector<std::string>{"statement", "statement", "statement", "statement", "statement",
                                             "statement", "statement", "statement", "question", "answer",
                                             "statement", "statement"}));
  ASSERT_EQ(doc.turns.size(), 12u);
  EXPECT_EQ(doc.turns[9].reply_to, 9);
  EXPECT_EQ(doc.turns[1].speaker, "Sergei Brilyov");
  EXPECT_EQ(doc.info.speaker, "Vladimir Putin");
}

// A section's index (timor-leste.gov.tl's list of speeches, shortened): the heading that
// repeats the breadcrumb's last part is the title, not a dated headline of the sidebar above
// it; and an index has no date of its own.
TEST(FixturePages, IndexHeadingUnderItsBreadcrumb) {
  const Transcript doc = parse_transcript(
      "Prime Minister\nGovernment\nAnnouncements\n\nMedia Releases\n\n28 of February of 2022Day Off on March 2nd "
      "for the celebration of Ash Wednesdaymore\n23 of February of 2022Meeting of the Council of Ministers on "
      "February 23rd, 2022more\n\nHomepage \u203A Primeiro Ministro \u203A Speeches\n\nSpeeches\n\n28 of September "
      "of 2021\n\nBrief words on the Debate on the Authorization for the Renewal of the Declaration of the 18th State "
      "of Emergency\n\nNational Parliament, Dili, September 28th 2021\n\n1 2 3\n\nSite Map\nAbout\n");
  EXPECT_EQ(doc.info.title, "Speeches");
  EXPECT_EQ(doc.info.date, std::nullopt);
  EXPECT_TRUE(doc.turns.empty());
}

TEST(FixturePages, QAWithoutSpaceAndSentencesEndingInColons) {
  const std::string page = read_fixture("turns/interview_q_a.txt");
  const Transcript doc = parse_transcript(page);
  expect_turns(page, doc, {
      {Q, none, "Q", no_reply, "What do you expect from the new administration?"},
      // "A:" on a page whose title names who answers is that person (issue 14).
      {A, "Sergei Lavrov", "A", 1,
       "The same as always. My question is: will they listen?\n\nSecond, on Syria: we are ready to talk.\n\n"
       "He also said:\n\"We need a pause.\"\n\nJust look: the numbers speak for themselves.\n\n(In Russian): That is all."},
      {Q, none, "Q", no_reply, "And Ukraine?"},
      {A, "Sergei Lavrov", "A", 3, "Ukraine is a sovereign state."},
      {Q, none, "Question (retranslated from Spanish)", no_reply, "How do you see Latin America?"},
      {A, "Sergei Lavrov", "A", 5, "As a partner."},
  });
  EXPECT_EQ(doc.turns[1].paragraphs, 5);
  EXPECT_EQ(doc.info.speaker, "Sergei Lavrov");
  EXPECT_EQ(doc.info.place, "Moscow");
  EXPECT_EQ(doc.info.date, "2021-03-03");
}

TEST(FixturePages, MidRuPressConferenceTwoOfficialsAnswerOneQuestion) {
  const std::string page = read_fixture("turns/mid_ru_press_conference.txt");
  const Transcript doc = parse_transcript(page);
  expect_turns(page, doc, {
      {R, "С.В.Лавров", none, no_reply, "Уважаемые дамы и господа,\n\nМы провели полезные переговоры."},
      {Q, none, "Вопрос (перевод с китайского)", no_reply, "Как Вы оцениваете итоги переговоров?"},
      {A, "С.В.Лавров", "С.В.Лавров (говорит после Ван И)", 2, "Итоги хорошие."},
      {A, "Ван И", "Ван И (перевод с китайского)", 2, "Согласен с коллегой."},
      {Q, none, "Вопрос", no_reply, "Сергей Викторович, каковы планы на следующий год?"},
      {A, "С.В.Лавров", "С.В.Лавров", 5, "Планы большие."},
      {Q, none, "Вопрос", no_reply,
       "Почему? Мы часто спрашиваем себя об этом. И отвечаем: потому что так нужно."},
      {A, "С.В.Лавров", "С.В.Лавров", 7, "Именно так."},
  });
  EXPECT_EQ(doc.info.speaker, "С.В.Лавров");
  EXPECT_EQ(doc.info.date, "2020-09-10");
  EXPECT_EQ(doc.info.place, "Москва");
  EXPECT_EQ(doc.info.time, "15:10");
  EXPECT_EQ(doc.info.lang, "ru");
  EXPECT_EQ(doc.end_byte, page.find("Дополнительные материалы"));
  EXPECT_EQ(doc.turns[0].line, 6);
}

TEST(FixturePages, RhetoricalQuestionInsideAMonologue) {
  const std::string page = read_fixture("turns/mid_ru_monologue.txt");
  const Transcript doc = parse_transcript(page);
  expect_turns(page, doc, {
      {R, "С.В.Лавров", none, no_reply,
       "Уважаемые читатели,\n\nМеждународные отношения переживают сложный период.\n\n"
       "Вопрос: почему это происходит? Ответ очевиден: Запад не хочет признавать новые реалии.\n\n"
       "Мы будем и дальше отстаивать международное право."},
  });
  EXPECT_EQ(doc.turns[0].paragraphs, 4);
  EXPECT_EQ(doc.info.date, "2021-06-28");
  EXPECT_EQ(doc.end_byte, page.find("Поделиться"));
}

TEST(FixturePages, PressConferenceWithModeratorOutletsAndTitles) {
  const std::string page = read_fixture("turns/press_conference_en.txt");
  const Transcript doc = parse_transcript(page);
  expect_turns(page, doc, {
      {S, none, "Moderator", no_reply, "Good afternoon. Let us begin."},
      {S, "Vladimir Putin", "President of Russia Vladimir Putin", no_reply,
       "Mr Prime Minister, ladies and gentlemen,\n\nWe held productive talks."},
      {S, none, "The Prime Minister", no_reply, "Thank you, Mr President."},
      {Q, none, "Reuters", no_reply, "A question for both leaders. When will the peace treaty be signed?"},
      {A, "Vladimir Putin", "Vladimir Putin", 4, "We are working on it."},
      {A, none, "The Prime Minister", 4, "I agree with the President."},
      {Q, none, "RIA Novosti", no_reply, "Mr Putin, what about energy projects?"},
      {A, "Sergei Lavrov", "Foreign Minister Sergei Lavrov", 7, "If I may, the projects are on track."},
      {Q, "M. Papchenkova", "M. Papchenkova", no_reply, "Thank you. Is a visit planned?"},
      {A, "Vladimir Putin", "Vladimir Putin", 9, "Yes, in the autumn."},
      {S, none, "Remark", no_reply, "Thank you."},
      {S, none, "Moderator", no_reply, "This concludes the news conference."},
  });
  // Language links, breadcrumbs and furniture above are chrome; the footer ends the page.
  EXPECT_EQ(doc.info.title,
            "Joint news conference of President of Russia Vladimir Putin and Prime Minister of "
            "Japan Shinzo Abe, Moscow, January 22, 2018");
  EXPECT_EQ(doc.info.speaker, "Vladimir Putin");
  EXPECT_EQ(doc.info.place, "Moscow");
  EXPECT_EQ(doc.info.date, "2018-01-22");
  EXPECT_EQ(doc.end_byte, page.find("Contact us"));
  // "Vladimir<NBSP>Putin:" — the no-break space is one space in label and speaker.
  EXPECT_EQ(span_of(page, doc.turns[9]).substr(0, 15), "Vladimir\u00A0Putin");
}

// A title that names an office with "the" and no name ("… to the President"): the one
// labelled person whose office opens with it is the principal.
TEST(FixturePages, TheOfficeATitleNamesWithoutAName) {
  const std::string page = read_fixture("turns/ceremony_to_the_president.txt");
  const Transcript doc = parse_transcript(page);
  EXPECT_EQ(doc.info.speaker, "Vladimir Putin");
  ASSERT_EQ(doc.turns.size(), 2u);
  EXPECT_EQ(doc.turns[1].speaker, "Vladimir Alai");
  EXPECT_EQ(doc.turns[1].speaker_title, "Minister of the Interior of the Republic of Adygeya Major-General");
}

// A rhetorical "Question:" late in an address, its text going on in lower case, is the
// speaker's own sentence (kremlin.ru's 2018 Address): no question turn, though it is the
// page's last label after another one, as a closing "QUESTION: Thank you." would be.
TEST(FixturePages, RhetoricalQuestionLateInAnAddress) {
  const std::string page = read_fixture("turns/address_rhetorical_question.txt");
  const Transcript doc = parse_transcript(page);
  expect_turns(page, doc, {
      {S, "Vladimir Putin", "President of Russia Vladimir Putin", no_reply,
       "Citizens of Russia, members of the Federation Council and State Duma,\n\n"
       "Today’s Address is a very special landmark event.\n\n"
       "We need to double healthcare spending over the next six years.\n\n"
       "Question: at what expense? Where do we get these funds? First of all, it is essential to clearly "
       "prioritise these tasks.\n\nThank you."},
  });
}

// A label that lost its colon at the start of a paragraph ("Megyn Kelly With this?", as
// kremlin.ru printed it once) is the label the page prints with its colon elsewhere; the
// same name opening a sentence ("Megyn Kelly asked me …") is no label.
TEST(FixturePages, LabelThatLostItsColon) {
  const std::string page = read_fixture("turns/interview_label_without_colon.txt");
  const Transcript doc = parse_transcript(page);
  expect_turns(page, doc, {
      {S, "Megyn Kelly", "Megyn Kelly", no_reply, "Mr President, thank you for your time."},
      {S, "Vladimir Putin", "Vladimir Putin", no_reply, "You are welcome."},
      {Q, "Megyn Kelly", "Megyn Kelly", no_reply, "Will this violate Russian law?"},
      {A, "Vladimir Putin", "Vladimir Putin", 3, "Absolutely not. An inquiry is required for this."},
      {Q, "Megyn Kelly", "Megyn Kelly", no_reply, "With this?"},
      {A, "Vladimir Putin", "Vladimir Putin", 5,
       "Yes, with this.\n\nMegyn Kelly asked me the same last year, and the answer is the same."},
  });
  EXPECT_EQ(span_of(page, doc.turns[4]).substr(0, 17), "Megyn Kelly With ");
}

}  // namespace
}  // namespace transcript
