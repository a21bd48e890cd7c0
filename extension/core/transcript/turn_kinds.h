// Kinds follow roles: each speaker's role on the page is decided from the whole page first
// (asks, answers, chairs), then every turn is typed by its speaker's role.
//
// Evidence, per speaker (a person, by canonical name; an office label, by its title):
//   - question labels (`Question`, `Q`, `Вопрос`, outlets) ask; answer labels (`A`,
//     `Answer`, `Ответ`) answer; other role labels (`Moderator`, `Remark`, `Реплика`) make
//     statements;
//   - the principal speaker (the page's own speaker: named by the title, or its host) and a
//     guest the title names ("joint news conference with … Ayman Safadi") never ask;
//   - a person whose turns mostly put a question (half or more: a question mark in a turn of
//     at most 200 words, or in the last paragraph of a longer one, not a rhetorical question
//     halfway through a report) asks — a journalist, a member at question time, a
//     participant — unless nobody else speaks after their questions;
//   - a person (not the principal) with two turns or more, most of them short (thirty words
//     or fewer), of which most hand over to someone who asks ("Let us go on. Please.",
//     "Mr. Speaker: Order. …"), chairs; so does a label whose title names a chair
//     (`Moderator`, `Host`, `Speaker`, `Chair`, `Ведущий`);
//   - everyone else answers.
// The page is a question-and-answer event when its title announces questions (a press or
// news conference, a briefing, an interview, answers to questions), or some question label
// or some asker is found;
// otherwise it is a meeting (ministers reporting to a president, a conversation of
// leaders): there every labelled turn is a `statement`, the president's own short
// questions included.
// Kinds, in page order, at a question-and-answer event:
//   - `question`: a turn of a question label or an asker — a journalist's turn is a
//     question also when it answers a counter-question or follows up without a question
//     mark; it opens a question. Not a question: an asker's closing courtesy or sign-off
//     (thanks that ask nothing, among the page's last two turns or followed only by turns
//     of twelve words or fewer, four at most), and the page's first turn when it welcomes
//     the guest and asks nothing ("Vice President Pence is here. And welcome, sir, …");
//   - `answer`: a turn of an answerer (or an answer label, or an interview's unlabelled
//     answer) while a question is open, reply_to that question; several answerers all
//     reply to it. A closing courtesy ("Thank you.", "Спасибо, на этом всё.": eight words
//     or fewer, all of thanks and leave-taking) or a few words giving the floor is a
//     statement, except right after the question it follows, when the question is whole
//     (not broken off with "--" or "…") and the turn is not the page's closing thanks:
//     "Please do." answers "So I have several questions from our users.";
//   - `statement`: chairs, other roles, and answerers with no open question; but an
//     audience label (`Remark`, `Реплика`, `Voice`) at a question-and-answer event puts a
//     question;
//   - `remarks`: the unlabelled opening speech.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/transcript/speaker_label.h"
#include "core/transcript/transcript.h"

namespace transcript {

struct KindInput {
  const SpeakerLabel* label = nullptr;  // nullptr: an unlabelled turn
  bool unlabelled_answer = false;       // an interview's answer printed without a label
  std::string_view text;
  std::optional<std::string> speaker;   // the canonical person, when the turn has one
  bool guest = false;                   // the title names the speaker as its guest ("… with X")
};

struct KindOutput {
  TurnKind kind = TurnKind::statement;
  std::optional<int> reply_to;          // seq (1-based) of the question answered
};

// A label title that names a journalist's work ("Editor-in-chief of the Kommersant
// newspaper", "President of China Media Group", «главный редактор»); not an office of the
// state over the press ("Minister of Communications and Mass Media", a federal agency).
bool press_title(const std::string& title);

// A label whose title says its speaker chairs ("Moderator Ksenia Razuvayeva", "Chair",
// «Ведущий»).
bool chair_title(const SpeakerLabel& l);

// A chair's title that names the event's moderator, no office ("Plenary session moderator,
// TV journalist …", "Host", «Ведущий»; not "Chairman of the Union of Journalists").
bool moderator_title(const SpeakerLabel& l);

// principal: the page's principal speaker (canonical), if any. questions_announced: the
// title announces questions (a press conference, a briefing, an interview:
// title_announces_questions()).
std::vector<KindOutput> assign_kinds(const std::vector<KindInput>& turns, const std::optional<std::string>& principal,
                                     bool questions_announced);

}  // namespace transcript
