// Speaker labels: recognising the `Name:` that opens a turn, and splitting it into the label
// as printed, the person who speaks and the role the label plays.
//
// match_speaker_label() looks at one line and decides by the label's shape alone (the page
// context — repetition, position — is weighed later by the turn parser):
//   - Markup in front is skipped: `> ` quote marks, `**`/`__` bold (`**Mr. Hague:**`).
//   - The label runs to the first colon outside parentheses, at most kMaxLabelBytes in; the
//     colon may be followed by the text without a space (`A:The …`) but not by a digit or a
//     slash (`13:42`, `https://`). A bare `Q` or `A` followed by a tab or two spaces, or
//     `Q.`/`A.` followed by a space and a capital, counts as `Q:` / `A:` (bare_q_a).
//   - A question or answer role word followed by a dash and the text (`Q - …`, `R - …`,
//     `Вопрос — …`, `P.- …`): the dash stands for the colon.
//   - One comma is allowed between two plain parts: `Title, Name:` (`Official Spokesperson,
//     Shri Arindam Bagchi`) and `Name, Affiliation:` (`Sidhant Sibal, WION`); the person is
//     the part that is not all titles and must look like a name (two words or initials);
//     salutations (`Ladies and Gentlemen, Dear Friends:`) are not labels, and the text must
//     follow on the same line.
//   - The part before any parenthesised annotation is 1–10 words, each made of letters,
//     hyphens, apostrophes and initials' periods (`С.В.Лавров`, `M.`, `Mr.`: every period
//     follows a 1–4 letter segment), or a number after the first word (`Rossiya 1`). Sentence
//     punctuation (`; ! ? " « » “ ” —`, and a comma except as below) anywhere before the
//     colon rejects the label (`Second, on Syria:`).
//   - The first word is capitalised; later lower-case words are allowed only when they are
//     name particles or connectors (`of`, `the`, `de`, `van`, `и`, `по`, …), when they follow
//     a Russian title word and do not look like verbs (`Министр иностранных дел России
//     С.В.Лавров`), or when a question role is followed by a preposition (`Вопрос из зала`).
//     So `My question is:`, `He also said:`, `Just look:` and `title:` are not labels.
//   - Labels whose first word is page furniture (`Publication date`, `Direct link`,
//     `Related News`, `Contact us …`, `Адрес`, `Телефон`) or a pronoun, discourse word or
//     imperative (`Look`, `Note`, `First`, `Итак`, `Например`) are not labels.
//   - Role words (any case): questions (`Question`, `Q`, `Вопрос`, `Journalist`,
//     `Interviewer`, `Pregunta`, `Frage`, `Zusatzfrage`, …), answers (`Answer`, `A`, `Ответ`,
//     `R`, `Réponse`, `Respuesta`, `Antwort`), other roles (`Moderator`, `Remark`,
//     `Реплика`, `Ведущий`, `Vors.`, …).
//     A role label names no person: speaker is empty.
//   - Outlets (`Reuters`, `RIA Novosti`, `ТАСС`, any label with a number) ask questions and
//     name no person.
//   - Otherwise the label names a person or an office. Leading titles (`President of Russia`,
//     `Foreign Minister`, `Mr.`, `MR.`, `Министр иностранных дел России`, with their `of …`
//     place phrases) are removed from the speaker; when nothing is left (`The Prime Minister`)
//     the label names an office and the speaker is empty.
//   - A single capitalised word that is none of the above (`Lavrov:`, `Asahi:`) is `weak`:
//     the turn parser accepts it only with support from the page. So is a long office of any
//     shape before a name (`Co-chair of the Central Headquarters … Yelena Shmeleva:`,
//     long_office): office_phrase.h splits it into the office (title) and the name.
//   - kremlin.ru's person card kept inside a label: initials and surname, the surname again,
//     first name, patronymic and office before a colon (`И.Руденя Руденя Игорь Михайлович
//     губернатор Тверской области :` -> Игорь Руденя, губернатор Тверской области), or a
//     rank and one name, the name again and the office (`Патриарх Кирилл Кирилл Патриарх
//     Московский и всея Руси :` -> Патриарх Кирилл).
//   - Labels that name nobody: collectives (`Volunteers`, `Participants`), document
//     headings (`PRESS RELEASE`, `Transcript`, `Appendix`), a country alone (`France:`),
//     a label holding a sentence end; an outlet may be written as its web address
//     (`Lenta.ru`).
//   - A bare `Q` with one space before a capital, a bracket, a quotation mark, or the dash
//     or dots of a question taken up in the middle (`Q -- the President …`), is a weak `Q:`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/transcript/office_phrase.h"

namespace transcript {

enum class LabelRole {
  question,   // Question, Q, Вопрос, and outlets
  answer,     // Answer, A, Ответ
  other,      // Moderator, Remark, … (a statement)
  person,     // names a person: speaker is set
  office,     // names an office only: The Prime Minister
};

struct SpeakerLabel {
  std::size_t label_begin = 0;  // byte offsets into the line: the label as printed,
  std::size_t label_end = 0;    //   without markup and without the colon
  std::size_t text_begin = 0;   // first byte of the speech on this line (line.size() if none)
  std::string label;            // as printed, white space runs collapsed to one space
  std::optional<std::string> speaker;  // the person, in name case ("KIRBY" -> "Kirby")
  std::optional<std::string> title;    // the office or title the label gives ("President of
                                       //   Russia", "Sberbank CEO"); nullopt when none
  LabelRole role = LabelRole::person;
  bool outlet = false;          // a news outlet asks (role is question)
  bool titled = false;          // carries an official title (President, Minister, Министр, …)
  bool weak = false;            // a single unknown capitalised word, or a long office
  bool long_office = false;     // an office phrase of any shape before a name (weak)
  bool affiliated = false;      // "Name, Affiliation" without a title: a journalist's outlet
  bool bare_q_a = false;        // `Q` / `A` without a colon
  bool unprinted = false;       // no label on the page: a question set in bold or italics (turn_parser)
  bool caseless = false;        // a name in a script without capitals ("سيرغي لافروف"): weak, and
                                // counts only where the page repeats it
};

constexpr std::size_t kMaxLabelBytes = 240;

// The label at the start of the line, or nullopt when the line does not open with one.
std::optional<SpeakerLabel> match_speaker_label(std::string_view line);

// A word that names a news outlet by itself ("TASS", "Reuters", "Интерфакс"): an outlet of
// the labels' list that is no common word ("agency", "news", "times" are).
bool names_outlet(std::string_view word);

// A name printed in capitals in name case, as labels in capitals give their speaker
// ("SERGEY LAVROV" -> "Sergey Lavrov", "JEAN-YVES LE DRIAN" -> "Jean-Yves Le Drian",
// "С.ЛАВРОВ" -> "С.Лавров"); a name with a lower-case letter as it is.
std::string in_name_case(std::string_view name);

// Splits on white space (any of scan::space_at()).
std::vector<std::string_view> split_words(std::string_view text);

// split_words(text).size() when it is at most limit, else limit + 1: counted without
// splitting, and the walk stops soon after the limit (a turn's text can be tens of kilobytes
// and the rules ask "at most n words?" of every line and turn).
std::size_t count_words(std::string_view text, std::size_t limit);
// Whether text has at most n words, words as split_words() splits them.
inline bool at_most_words(std::string_view text, std::size_t n) { return count_words(text, n) <= n; }

// The first n words of a text, as written (the whole text when it has n words or fewer).
std::string_view first_words(std::string_view text, std::size_t n);

// The person named by a sequence of words, without leading titles and their place phrases:
// "Foreign Minister Sergey Lavrov" -> "Sergey Lavrov"; "President of the Russian Federation
// Vladimir Putin" -> "Vladimir Putin"; "The Prime Minister" -> "". Sets *titled when a title
// was removed.
std::string strip_titles(const std::vector<std::string_view>& words, bool* titled = nullptr);


// The surname of a speaker for comparisons: last word, or the part after the initials
// ("С.В.Лавров" -> "лавров"), folded.
std::string surname_key(std::string_view speaker);

}  // namespace transcript
