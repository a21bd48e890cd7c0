// The vocabulary of missions directories, as data: field labels per language, social
// network names, the phrases that give a mission's kind, person titles used as labels,
// and the prepositions that introduce a city in a mission's name.
//
// This is the one place to add a language or a label: the parser knows fields, not words.
// Matching ignores case (ICU case folding) and the spaces and colon around a label.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace transcript {

enum class DirectoryField {
  kAddress,
  kPhone,
  kHotline,
  kFax,
  kEmail,
  kWeb,
  kTelex,
  kSocial,  // a social network's name; the line itself is the value
  kPerson,  // a person's title used as a label ("Ambassador: Jane SMITH")
};

struct FieldLabel {
  const char* text;  // as printed, without the colon
  const char* lang;  // ISO 639-1, "" for names used in every language (Facebook, E-mail)
  DirectoryField field;
};

// Every known label. Tests check one label per field per language.
const std::vector<FieldLabel>& directory_field_labels();

// The field of a label as printed ("Телефон", "tel.", "Home Page"), nullopt when unknown.
// A label matches after case folding and with runs of spaces collapsed.
std::optional<DirectoryField> find_field_label(std::string_view label);

// A label with a qualifier that makes a phone number an emergency line: a phone label word
// and an emergency word (directory_emergency_words()) among at most 12 words ("Телефон
// дежурного дипломата", "Emergency After-Hours Telephone", "Teléfono de emergencia (solo
// casos urgentes)") -> kHotline; nullopt otherwise. Asked only about labels that
// find_field_label() does not know.
std::optional<DirectoryField> find_qualified_label(std::string_view label);
// Words (a trailing '*' matches any ending) that mark an emergency line.
const std::vector<std::string_view>& directory_emergency_words();

// A person's title used as a label that the list does not hold (nullopt otherwise):
// "Head of …" and its equivalents, a head word first (directory_head_words(): "Head of the
// Consular Section", "Руководитель консульского отдела", "Jefe de la Sección Consular"),
// or a known title with up to three qualifying words before it ("First Deputy Permanent
// Representative"); at most 8 words, no digits. Asked only about labels that
// find_field_label() does not know.
std::optional<DirectoryField> find_title_label(std::string_view label);
const std::vector<std::string_view>& directory_head_words();
// A deputy's title ("First Deputy Permanent Representative", "Заместитель Посла"): a deputy
// is never the head of a mission.
bool is_deputy_title(std::string_view title);

// A label of opening hours ("Office hours", "Часы работы", "Horario de atención",
// "Öffnungszeiten"): its values are kept in note.
bool is_hours_label(std::string_view label);

// A line naming a ministry ("Ministry of Foreign Affairs of the Republic of Belarus",
// "Министерство экономического развития Российской Федерации"): its first word is one of
// directory_ministry_words(), at most 12 words.
bool is_ministry_name(std::string_view line);

// A line that introduces a page's share buttons ("Share", "Поделиться", "Partager",
// "Teilen", "Compartir", "Compartilhar"), or the site's own accounts ("Follow us", "Redes
// sociais"): the social network names after it are not the entry's.
bool is_share_line(std::string_view line);
const std::vector<std::string_view>& directory_ministry_words();

// A name that names a service of the kind a one-line entry lists: a kind of mission or a
// service word (directory_service_words(): "служба", "центр", "линия", "service",
// "centre", "desk" …) among its words.
bool names_a_service(std::string_view name);
const std::vector<std::string_view>& directory_service_words();

// The columns of a directory printed as a table ("Mission<TAB>City<TAB>Address<TAB>Phone")
// that are not fields: the mission's name, its city, its country.
enum class DirectoryColumn { kName, kCity, kCountry };
struct ColumnLabel {
  const char* text;
  const char* lang;
  DirectoryColumn column;
};
const std::vector<ColumnLabel>& directory_column_labels();
// The column a table header cell names, matched like find_field_label(); nullopt when none.
std::optional<DirectoryColumn> find_column_label(std::string_view label);

// A phrase naming a kind of mission. Words ending in '*' match any word starting so
// ("посольств*" matches "Посольство" and "Посольства"); other words match whole words.
struct KindPhrase {
  const char* phrase;
  const char* lang;
  const char* kind;  // embassy, consulate_general, honorary_consulate, consular_agency, …, hotline
};
const std::vector<KindPhrase>& directory_kind_phrases();

// The kind named by a mission's name: the phrase that starts earliest in the name wins,
// the longest on a tie ("Консульский отдел Посольства" is a consular_section,
// "Consulate General" is not a consulate); Chinese phrases match inside words
// ("格鲁吉亚驻中国大使馆"). A consulate whose name has an honorary word
// (directory_honorary_words()) is an honorary_consulate. nullopt when no phrase occurs.
std::optional<std::string> find_kind(std::string_view name);

// Words that make a consulate honorary wherever they stand in its name ("Australian
// Consulate, Rio de Janeiro (Honorary)"); a trailing '*' matches any ending.
const std::vector<std::string_view>& directory_honorary_words();

// find_kind() with where its phrase starts: the index of its first word among
// kind_word_spans(name).
struct KindMatch {
  std::string kind;
  std::size_t word;        // index of its first word
  std::size_t length = 1;  // its number of words
};
std::optional<KindMatch> find_kind_match(std::string_view name);

// The words of a text as find_kind() splits them (at spaces and at punctuation other than
// '-' and '*'), as printed.
std::vector<std::string_view> kind_word_spans(std::string_view text);
// The same words case-folded, as find_kind() compares them.
std::vector<std::string> directory_words(std::string_view text);

// Words that introduce the mission's place (its city or its country) at the end of its
// name: "в Нью-Йорке", "на Пхукете", "in New York", "em Londres", "en Barcelona",
// "à Marseille", "au Canada", "في موسكو" (Arabic "in"). lang tells whether the Russian locative must be undone.
struct CityPreposition {
  const char* word;
  const char* lang;
};
const std::vector<CityPreposition>& directory_city_prepositions();

}  // namespace transcript
