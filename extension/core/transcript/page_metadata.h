// Page metadata read from the title and the header lines around it: dates to ISO 8601, the
// time as printed, the place written before the date, and the principal speaker named in
// the title.
//
// Dates: "September 1, 2020", "Sept. 1 2020", "1 September 2020", "1 сентября 2020 года",
// "1er septembre 2020", "1. September 2020", "1 de septiembre de 2020", "01.09.2020",
// "2020-09-01", "12/01/2024" (day first unless the first number cannot be a month, or the
// page shows US order: month_first_page()). Month names (wide and abbreviated, genitive and stand-alone) come from CLDR
// through ICU for English, Russian, Ukrainian, French, Spanish, German, Portuguese,
// Italian, Polish, Romanian, Bulgarian, Turkish, Kazakh, Arabic, Indonesian and Malay (where two name one month
// differently, the earlier language wins; each language's data counts against the portable
// library's 12 MB, packaging/icu-data.keep). Day 1–31,
// month 1–12, year 1900–2199; anything else is not a date. Time:
// "H:MM" or "HH:MM" not glued to other digits, with "a.m."/"p.m." (or "am"/"pm") when
// printed after it.
//
// Principal speaker, tried in this order on the title:
//   1. an English possessive: "Foreign Minister Sergey Lavrov's remarks" -> the capitalised
//      words before "'s" with their titles removed;
//   2. a Russian name with initials, in the genitive the title puts it in: "… Министра
//      иностранных дел России С.В.Лаврова …" -> "С.В.Лавров" (undo_russian_genitive);
//   3. "by", "with" or "of" followed by a titled name: "Remarks by Foreign Minister Sergey
//      Lavrov at …" -> "Sergey Lavrov";
//   4. a Russian title word in the genitive followed by a full name: "… Министра
//      иностранных дел Сергея Лаврова" -> "Сергей Лавров".
//   5. other languages: a title word, then the first run of two to four capitalised words
//      without office words ("Allocution du Ministre des Affaires étrangères Sergueï
//      Lavrov", "Rede des Außenministers Sergej Lawrow", "Secretary Antony J. Blinken at
//      …"), or a name alone between commas next to a titled part ("… del Ministro de
//      Asuntos Exteriores de Rusia, Serguéi Lavrov, …").
//   6. a Russian first name and surname in the genitive without a title: "Большая
//      пресс-конференция Владимира Путина" -> "Владимир Путин".
// A result must be two words or carry initials, so that "Russia's" is not a speaker.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace transcript {

struct DateMatch {
  std::string iso;        // YYYY-MM-DD
  std::size_t begin = 0;  // byte span of the date in the line
  std::size_t end = 0;
  // For a slash date that reads both ways ("10/4/2012"): the month-first reading, which
  // the page may show to be the right one (month_first_page()).
  std::optional<std::string> month_first;
};

std::optional<DateMatch> find_date(std::string_view line);

// True when a header line writes a time in a US time zone ("1:15 P.M. MDT", "11:26 a.m.
// EST"): the page writes its slash dates month first, as the US does.
bool us_time_zone_line(std::string_view trimmed);

// A venue line of a header: a short name of a place, building or vehicle, or a way of
// taking part ("Élysée Palace", "Aboard Air Force One", "En Route Hanoi, Vietnam", "Via
// Telephone"): one to eight words that start with a capital (connectors such as "de",
// "of", "the" aside), no digits but a number of one to three after two words or more
// ("Annaville Fire Station 5"), no date, no sentence punctuation (a full stop only ending an
// abbreviation: "Washington, D.C."), not all in capitals.
bool is_venue_line(std::string_view trimmed);

// The place of a dateline in brackets under a speech's heading, after its date and a comma
// ("（2019年2月16日，慕尼黑）" -> "慕尼黑", "(16 February 2019, Munich)" -> "Munich").
std::optional<std::string> bracketed_dateline_place(std::string_view line);

// A line that is one heading printed twice ("Press Releases Press Releases") as the heading
// once; any other line as it is.
std::string_view undoubled(std::string_view line);

// A title with a date or a place after a bar, as CMS headings print them ("Remarks by … |
// July 13, 2017", "… Before Bilateral Meeting | Manila, Philippines"): the title before it.
// A date that opens the line before a headline of four words or more (a kicker: "1. Februar
// 2022 Bundesministerin Raab: Mit Ländern …") is left out too.
std::string_view title_without_suffix(std::string_view title);

// Byte span of the first time of day ("13:42") in the line.
struct TimeMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
};
std::optional<TimeMatch> find_time(std::string_view line);

// True when the (trimmed) line holds only a time of day, or only a date with an optional
// time (and an optional remark in brackets after it), or a date with a place line before
// or after it ("Москва, 10 августа 2020 года", "February 15, 2022, The Kremlin, Moscow"):
// header chrome, never speech, never a title.
bool is_time_line(std::string_view trimmed);
bool is_date_line(std::string_view trimmed);

// The place written just before a date: "…, Moscow, September 1, 2020" -> "Moscow".
// A header line that is only a place with its qualifier, "Москва, Кремль" or "Washington,
// DC": two comma-separated parts of one to three capitalised words, no digits, no title
// words ("Ned Price, Department Spokesperson" is a byline). With `single`, one part alone
// ("Сочи", "New Delhi") is a place too; the caller allows that only right under a date or
// time line and rules out page furniture.
std::optional<std::string> place_line(std::string_view trimmed, bool single = false);

// Whether `before word` names a Russian region by its kind after an adjective ("Курская
// область", "Краснодарский край", "… автономный округ"); place_line() takes such a name.
bool russian_region_word(std::string_view before, std::string_view word);
std::optional<std::string> place_before(std::string_view line, std::size_t date_begin);
// The place written just after a date (and its time): "February 15, 2022, The Kremlin,
// Moscow" -> "The Kremlin, Moscow".
std::optional<std::string> place_after(std::string_view line, std::size_t date_end);

// True when a line that is no date line (a title) ends with its date and a place after a
// comma: "Ortak Basın Toplantısı, 30 Haziran 2022, Ankara", "… пресконференції, 15 лютого
// 2023 року, Київ" (place_after() then reads the place).
bool dated_at_the_end(std::string_view line, const DateMatch& date);

// The principal speaker named in a title (see above): the page's own speaker, never its
// guest (a name after "with" / «с» / "avec": "Meeting with Federal Chancellor of Germany
// Olaf Scholz" names none), never a country or an organisation ("Обращение Президента
// Российской Федерации" names none). "Remarks by President Trump": a surname alone after
// "by" and a title.
std::optional<std::string> principal_speaker(std::string_view title);

// The guests a title names after "with" / «с» / "avec" ("Meeting with Federal Chancellor of
// Germany Olaf Scholz" -> Olaf Scholz; "Встреча с Министром … Сергеем Лавровым" -> its last
// name word, "Лавровым"): compare them by surname stem.
std::vector<std::string> guest_names(std::string_view title);

// The people a title says hold the event, named after "by" ("Press Briefing by National
// Security Advisor Tom Donilon, Deputy National Security Advisor … Ben Rhodes and Press
// Secretary Jay Carney on …" -> the three): they answer, never ask. None for an interview,
// whose "by" names the interviewer.
std::vector<std::string> host_names(std::string_view title);

// The people a title names as those who ask: after a journalist's word ("Ответы на вопросы
// журналиста Павла Зарубина" -> "Павел Зарубин", the genitive undone; "… interview with
// journalist …") or after "by" in an interview's title ("Interview of the Vice President by
// Rush Limbaugh" -> "Rush Limbaugh"). They are never the page's host.
std::vector<std::string> interviewer_names(std::string_view title);

// The title announces questions: a press or news conference, a briefing, an interview,
// answers to questions, a direct line (in English, Russian, French, Spanish, German).
bool title_announces_questions(std::string_view title);

// Post-nominal letters after a name: two to six capitals, with or without full stops ("MP",
// "QC", "KCMG", "O.B.E.").
bool is_post_nominal(std::string_view word);

// The person a byline names, as a site's metadata writes it ("The Rt Hon David Cameron MP"
// -> "David Cameron", "Nick Gibb MP" -> "Nick Gibb", "Sir Alan Duncan KCMG MP" -> "Alan
// Duncan"): post-nominal letters (words of two to six capitals: MP, QC, KCMG), honorifics
// (The, Rt Hon, Right Honourable) and titles (strip_titles) dropped; nullopt unless two to
// four capitalised words remain ("Her Majesty the Queen", "The Rt Hon Lord McNally").
std::optional<std::string> byline_person(std::string_view byline);

// True when a would-be name holds a function word or a country, as no person's name does:
// "Executive Order On …", "The Best of Russia", "Northwest Russia", "Syria Bashar" (words of
// a title run together with a name).
bool holds_function_word_or_country(std::string_view name);

// Names a header line gives next to a title or office: "Press Secretary Jen Psaki" (an
// office, then two words or more of a name), "Ned Price, Department Spokesperson" (a name
// of two to four capitalised words beside a part with a title word).
std::vector<std::string> titled_names_in(std::string_view line);

// True when the office a label gives ("President", from "THE PRESIDENT") is a title the page
// title puts before its principal speaker ("Remarks by President Trump …"): the label is
// the principal speaking.
bool office_of_principal(std::string_view title, const std::string& principal, std::string_view office);

// A name whose surname comes first in capitals, as East Asian protocol prints it
// ("KAMIKAWA Yoko", "HAYASHI Yoshimasa"), in name case ("Kamikawa Yoko"); nullopt for any
// other shape.
std::optional<std::string> surname_first_cased(std::string_view name);

// True when `text` prints the two-word `name` surname first in capitals ("… Minister
// KAMIKAWA Yoko" for "Kamikawa Yoko").
bool printed_surname_first(std::string_view text, std::string_view name);

// The office a title names as its speaker without a name: "by the" and title words, then
// no name ("Remarks by the Vice President and Australian Prime Minister Turnbull", "Press
// Briefing by the Press Secretary joined by Ambassador Rice") -> "Vice President", "Press
// Secretary"; "by" and title words without the article when a lower-case word other than
// of/for/to/and follows, or nothing ("Special Briefing by Foreign Secretary on the visit
// …" -> "Foreign Secretary"); nullopt when a name follows ("by the Press Secretary, Josh
// Earnest") or the title says no such thing. principal_speaker() then names nobody: the person whose label
// holds that office is the principal (turn_parser.cc).
std::optional<std::string> nameless_office(std::string_view title);

// The nominative of a Russian name word in the genitive: "Лаврова" -> "Лавров",
// "Захаровой" -> "Захарова", "Зеленского" -> "Зеленский", "Сергея" -> "Сергей", "Игоря" ->
// "Игорь".
std::string undo_russian_genitive(std::string_view word);

}  // namespace transcript
