// Offices and names: where, in a speaker label or a title, the office phrase ends and the
// person's name begins ("Sberbank CEO" | "German Gref", "President of Russia" | "Vladimir
// Putin", "Министр иностранных дел России" | "С.В.Лавров", "Olympic ice hockey champion" |
// "Pavel Datsuk", "Mr." | "William Hague").
//
// split_office() reads the words from the end, by the shape of a name, not from a list of
// offices:
//   - The name is the run of name words that ends the phrase: capitalised words (also all in
//     capitals), middle initials (`R.`), name particles between them (`bin`, `al`, `de`,
//     `van`, `von`, `da`, `le` …). An initials-and-surname word (`С.В.Лавров`, `S.Lavrov`,
//     with separate initials before it: `М. В. Захарова`) is a whole name on its own.
//   - The run stops at a title or office word (`President`, `Minister`, `CEO`, `Aide`,
//     `Spokesperson`, `Editor-in-Chief` — a hyphenated word with a title part —,
//     `Министр`, `Mr.`), at a word naming an organisation or a place kind (`Federation`,
//     `Region`, `Bank`, `Institute`, `Agency`, `Media`, `Cooperation`, `Федерации` …: a
//     name never holds one), at a lower-case word other than a particle (`medallist`,
//     `newspaper`, `of`), and at a comma.
//   - After a place connector (`President of Turkey Recep Tayyip Erdogan`, `CEO of KamAZ
//     Sergei Kogogin`), the run starts with the place: a country name of one to three words
//     when the run starts with one (CLDR, entities/country_names.h: `South Africa`), else,
//     when three or more words are left, everything but the last two (a given name and a
//     surname: `International Cultural Cooperation` | `Mikhail Shvydkoy`), else its first
//     word (`Rosatom` | `Likhachev`).
//   - A run of three or more words cut by a word of the office's place (after a connector
//     that no title word follows: `Director of the State` | `Hermitage` `Mikhail
//     Piotrovsky`, `Producer of the film` | `Frontier` …) keeps a given name and a surname,
//     with a particle or an initial between them. A title word after `the` or `and` names an
//     institution there (`the State`); after `of` it is an office (`Secretary of State`
//     `Hillary Rodham Clinton`).
//   - A run of Cyrillic words after an office phrase keeps two words (three with a
//     patronymic): the words before are genitive place words (`Президент России Владимир
//     Путин`).
//   - Nothing left (`The Prime Minister`, `SENIOR ADMINISTRATION OFFICIAL`): an office, no name.
// The office phrase is `titled` when it holds a title or office word other than a courtesy
// title (`Mr.`, `Ms.`, `Herr`, `г-н`, `Hon.`, `H.E.`).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace transcript {

struct OfficeSplit {
  std::size_t name_begin = 0;  // words[name_begin, n) are the name; words[0, name_begin) the office phrase
  bool titled = false;         // the office phrase holds a title or office word, not only courtesy titles
};

OfficeSplit split_office(const std::vector<std::string_view>& words);

// The office phrase of words[0, split.name_begin) as a title: courtesy titles and a leading
// "The" dropped, trailing commas trimmed, words joined by one space; "" when none.
std::string office_title(const std::vector<std::string_view>& words, const OfficeSplit& split);

// A style of address: titles, the person's name of one or two words (a regnal number may
// follow), "of" and the see or the realm: "Patriarch Kirill of Moscow and All Russia",
// "King Abdullah II of Jordan", "Metropolitan Hilarion of Volokolamsk". The words
// [first, second) of the name with its number; {0, 0} when `words` has not this shape (the
// see is capitalised words and connectors, no title word: "President of Turkey Recep Tayyip
// Erdogan" opens with no name, "Ambassador Extraordinary and Plenipotentiary of Russia"
// holds titles only).
std::pair<std::size_t, std::size_t> styled_name(const std::vector<std::string_view>& words);

// A title or office word, folded, without a trailing period ("minister", "ceo", "министр",
// "mr"); a hyphenated word counts when one of its parts is one ("editor-in-chief").
bool is_title_word(std::string_view folded);

// A word one misprint from a title word of eight letters or more, with the same first
// letter, that is no title word itself: "presdident" (president), "secretray" (secretary).
// Labels print such words in front of a name; callers read it as the office.
bool is_misprinted_title(std::string_view folded);

// A courtesy title, folded, without a trailing period: "mr", "mrs", "ms", "m", "mme",
// "herr", "frau", "г-н", "hon", "h.e", Malaysia's "yb", "dato'", "tun" …
bool is_courtesy_title(std::string_view folded);

// An academic title before a name, abbreviated, folded, without its full stop: "dr", "prof"
// ("Professor of Skolkovo Institute" is an office).
bool is_academic_title(std::string_view folded);

// A word naming an organisation or a kind of place, which a person's name never holds
// ("federation", "region", "bank", "institute", "федерации").
bool is_organisation_word(std::string_view folded);

// A word that joins a title to its place: "of", "for", "to", "at", "in", "и", "по", "при".
bool is_place_connector(std::string_view folded);

// A particle inside a name: "bin", "al", "de", "van", "von", "da", "le" …
bool is_name_particle(std::string_view folded);

// A particle joined to a capitalised name: "al-Assad", "el-Sisi", "d'Estaing".
bool particle_joined(std::string_view word);

}  // namespace transcript
