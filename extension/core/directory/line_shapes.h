// What one line of a directory page can show by itself: the evidence the directory
// parser groups into entries (directory_parser.cc decides; these only look).
//
//   - values by their shape: a phone number (is_phone: starts with "+", a bracket or a
//     digit, five digits or more, few letters), an e-mail (is_email), a URL or bare
//     domain (is_url);
//   - a label (parse_label): a known field label (field_labels.h) alone or before its
//     value, with or without a colon; a social network's name with a short qualifier
//     ("Twitter Rus."); an unknown label joining a phone word and an emergency word (a
//     hotline); a title followed by a person's name ("Head of the Consular Section: Igor
//     V. Sokolov");
//   - a person (parse_person): "Title - NAME Name Patronymic";
//   - a country line (a short line that is a country's name), a name line (a short line
//     naming a kind of mission, name-shaped before its kind phrase: is_name_line), a
//     heading-like line;
//   - whole one-line entries ("Name: +7 (499) 244-19-88", parse_one_line; "Name — address;
//     tel. …; e-mail", parse_dash_entry), table rows and header rows;
//   - page furniture: a copyright footer line, times of day, a number followed by a
//     comment in brackets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/directory/field_labels.h"

namespace transcript::directory {

constexpr std::size_t kMaxHeaderBytes = 200;  // mission names are short

// Words separated by any Unicode white space; with a limit, only the first `limit` words.
std::vector<std::string_view> words_of(std::string_view text, std::size_t limit = SIZE_MAX);
// The words joined by single ASCII spaces.
std::string join_words(std::string_view text);
std::size_t count_digits(std::string_view s);
bool starts_upper(std::string_view s);
// The first letter belongs to a script without capitals (Hangul, Arabic, Han …).
bool starts_caseless(std::string_view s);

bool is_phone(std::string_view s);
// A phone number alone on its line ("+7 495 …", "8 (495) 624-12-69 (доб. 212)"), not an
// address line that starts with a postcode ("70403-900 - Brasília, DF").
bool is_number_line(std::string_view t);
bool is_email(std::string_view s);
bool is_url(std::string_view s);
bool has_shape(DirectoryField f, std::string_view value);
// "Igor V. Sokolov", "Самойлов Евгений Петрович", "H.E. Mr Carlos Sersale di Cerisano":
// 2–7 words, no digits, capitalised but for short particles inside.
bool is_person_name(std::string_view t);
// A line that is a person's title ("Ambassador Extraordinary and Plenipotentiary",
// "Honorary Consul"): printed under the person's name in lists of heads of mission.
bool is_title_line(std::string_view t);

// The numbers of one field value: split at " / ", " or " (and its equivalents), ";" and
// "," ("011-55-81-3416-3060 or 011-55-81-99916-9470").
std::vector<std::string_view> split_phone_list(std::string_view value);
// "+44 20 7136 6857 (line open 24/7)": the number before a remark in brackets; nullopt
// when the brackets hold no remark (an area code, an extension: "(доб. 212)").
std::optional<std::string_view> number_before_remark(std::string_view part);

struct LabelMatch {
  DirectoryField field;
  std::string_view label;  // as printed, without the colon
  std::string_view value;  // "" for a bare label
  bool colon = false;
};
std::optional<LabelMatch> parse_label(std::string_view t);

struct PersonMatch {
  std::string_view title, name;
};
std::optional<PersonMatch> parse_person(std::string_view t);

bool is_country_line(std::string_view t);
bool ends_like_sentence(std::string_view t);
// labelled: parse_label(t) finds a label (the parser passes its cached answer).
bool is_name_line(std::string_view t, bool labelled);
bool is_heading_like(std::string_view t, bool labelled);

// The parts of text between any of the separators, trimmed; empty parts only when asked.
std::vector<std::string_view> split_on(std::string_view text, std::string_view separators, bool keep_empty);

struct OneLine {
  std::string_view name;
  std::vector<std::string_view> phones;
};
std::optional<OneLine> parse_one_line(std::string_view t);

struct DashEntry {
  std::string_view name;
  std::optional<std::string_view> city, address;
  std::vector<std::pair<DirectoryField, std::string_view>> values;
};
std::optional<DashEntry> parse_dash_entry(std::string_view t);

// The cells of a tab-separated row, trimmed; empty unless there are at least three.
std::vector<std::string_view> table_cells(std::string_view t);
struct Column {
  std::optional<DirectoryColumn> column;
  std::optional<DirectoryField> field;
  std::string_view label;
};
std::vector<Column> table_columns(std::string_view t);

bool is_footer(std::string_view t);
bool has_time(std::string_view t);
std::optional<std::string_view> number_before_comment(std::string_view value);
std::string_view copyright_holder(std::string_view t);
bool same_mission(std::string_view a, std::string_view b);

}  // namespace transcript::directory
