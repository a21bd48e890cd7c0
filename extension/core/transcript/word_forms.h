// What a word's shape says of its grammar, without a dictionary: the few Russian endings and
// function words that tell where a news lead starts in a header whose line breaks were lost
// (collapsed_text.h) and whether a name in a title is its speaker or the object of a verb
// (page_metadata.h). Each takes a word folded with scan::fold_word() (lower case, ё kept).
//
// The endings are those of Russian grammar, not of any page: a past-tense verb ends in -л,
// -ла, -ло, -ли (reflexive -лся, -лась, -лось, -лись); a masculine noun or name in the
// nominative ends in a consonant, an adjective in -ый, -ий, -ая, -яя; the oblique cases a
// headline puts its words in after the first end in a vowel, in -м (-ом, -ем, -ым, -им) or
// in -ых, -их. They are cues, not analyses: "стол" reads as a verb's -л would not, so
// callers ask them only where a headline and a sentence meet.
//
// Thread-safety: pure functions.
#pragma once

#include <string_view>

namespace transcript {

// A preposition or conjunction that a headline writes in lower case and a sentence opens
// with (в, по, на, после, in, during, the): capitalised inside a header, it starts the lead.
bool is_sentence_opening_function_word(std::string_view folded);

// A Russian past-tense verb (провёл, доложила, встретился, обсуждались), five letters or
// more. A capitalised word counts only in a reflexive form (Состоялся, Обсуждались): -ли
// also ends names (Эмомали).
bool is_past_tense_verb(std::string_view folded, bool capitalised);
// A Russian verb in the third person singular, present or future, in lower case:
// "проведёт", "встретится", "посетит", "примет" (five letters or more; an announcement's
// verb: "Владимир Путин проведёт переговоры …").
bool is_third_person_verb(std::string_view folded);

// A Russian word that reads as a nominative, four letters or more: ends in a consonant other
// than -м (Президент, Губернатор, Владимир) or in -ый, -ий, -ая, -яя (Генеральный, Рабочая);
// not a compound with a hyphen (Ураза-байрам), not -ых, -их (Труфановых).
bool reads_as_nominative(std::string_view folded);

// A Russian adjective in the nominative, five letters or more: -ый, -ий, -ая, -яя
// (Генеральный директор, Рабочая поездка).
bool reads_as_nominative_adjective(std::string_view folded);

// A Russian given name in the nominative (Владимир, Рустам, Сергей, Дмитрий, Ирина), not an
// oblique form (Владимиром, Сергею, Ириной, Натальей, Марией, Ирине). -а/-я count (Ирина),
// though they also end a masculine genitive (Владимира): callers compare the surname too.
bool reads_as_nominative_given_name(std::string_view folded);

// A Russian word in the instrumental, four letters or more: -ом, -ем, -ём, -ым, -им, -ой,
// -ей, -ою, -ею (Валерием, Герасимовым, Ириной; "с … Валерием Герасимовым").
bool reads_as_instrumental(std::string_view folded);

// A Russian noun of the -а/-я declension, four letters or more (Глава, Вероника): a
// nominative, or a genitive of a masculine noun (Президента); callers decide by what
// follows.
bool ends_in_a_or_ya(std::string_view folded);

}  // namespace transcript
